#include "session/SessionText.h"

#include <QCoreApplication>

namespace tpf::gui::sessiontext {

using namespace tpf::session;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tpf::gui::SessionText", text); }

int roundsOf(const Plan& plan, const Phase& ph) {
    int n = 0;
    for (const Phase& other : plan.phases)
        n += other.kind == ph.kind && other.point == ph.point && other.round > 0;
    return n;
}

const Phase* at(const Plan& plan, int i) {
    return i >= 0 && i < int(plan.phases.size()) ? &plan.phases[std::size_t(i)] : nullptr;
}

} // namespace

QString phaseName(PhaseKind kind) {
    switch (kind) {
    case PhaseKind::Warmup: return tr("Warm up");
    case PhaseKind::Locate: return tr("Find the point");
    case PhaseKind::Hold: return tr("Hold");
    case PhaseKind::Mobilize: return tr("Move");
    case PhaseKind::Stretch: return tr("Stretch");
    case PhaseKind::Transition: return tr("Rest");
    }
    return {};
}

QColor phaseColour(PhaseKind kind) {
    switch (kind) {
    case PhaseKind::Warmup: return {214, 134, 40};
    case PhaseKind::Locate: return {40, 110, 190};
    case PhaseKind::Hold: return {200, 72, 52};
    case PhaseKind::Mobilize: return {30, 146, 134};
    case PhaseKind::Stretch: return {84, 150, 64};
    case PhaseKind::Transition: return {128, 132, 140};
    }
    return {128, 132, 140};
}

QString clock(std::int64_t ms) {
    const std::int64_t total = std::max<std::int64_t>(0, ms) / 1000;
    const qint64 h = total / 3600, m = (total / 60) % 60, s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString clockDown(std::int64_t ms) { return clock(ms + 999); }
QString clockUp(std::int64_t ms) { return clock(ms); }

QString phaseTitle(const Plan& plan, int phaseIndex) {
    const Phase* ph = at(plan, phaseIndex);
    if (!ph)
        return {};
    QString name = phaseName(ph->kind);
    if (ph->round > 0) {
        const int rounds = roundsOf(plan, *ph);
        if (rounds > 1)
            return tr("%1 \u00b7 round %2 of %3").arg(name).arg(ph->round).arg(rounds);
    }
    return name;
}

QString nextText(const Plan& plan, int phaseIndex) {
    const Phase* cur = at(plan, phaseIndex);
    const Phase* next = at(plan, phaseIndex + 1);
    if (!cur)
        return {};
    if (!next)
        return tr("Last step");
    if (next->kind == PhaseKind::Transition || (next->point != cur->point && next->point >= 0))
        return tr("Next: %1").arg(QString::fromStdString(plan.points[std::size_t(next->point)].label));
    if (next->kind == PhaseKind::Locate || !next->duration_ms)
        return tr("Next: %1").arg(phaseName(next->kind));
    if (next->counts_up)
        return tr("Next: %1 until released").arg(phaseName(next->kind));
    return tr("Next: %1 \u00b7 %2").arg(phaseName(next->kind), clock(*next->duration_ms));
}

QString progressText(const Plan& plan, const SessionState& s) {
    if (plan.points.empty())
        return {};
    const Phase* ph = at(plan, s.phase_index);
    int point = ph ? ph->point : int(plan.points.size()) - 1;
    if (point < 0)
        point = 0; // the warm-up comes before the first point
    const QString label = QString::fromStdString(plan.points[std::size_t(point)].label);
    if (ph && ph->kind == PhaseKind::Warmup)
        return tr("Before point 1 of %1: %2").arg(plan.points.size()).arg(label);
    return tr("Point %1 of %2: %3").arg(point + 1).arg(plan.points.size()).arg(label);
}

QString timeLeftText(const SessionState& s) {
    const QString left = clockDown(s.total_remaining_ms);
    return s.total_remaining_exact ? tr("%1 left").arg(left) : tr("about %1 left").arg(left);
}

QString titleText(const Plan& plan, const SessionState& s) {
    if (s.finished)
        return endTitle(s.end_reason);
    const Phase* ph = at(plan, s.phase_index);
    if (!ph)
        return {};
    const QString left = timeLeftText(s);
    QString phase = phaseName(ph->kind);
    if (ph->counts_up)
        phase += QLatin1Char(' ') + clockUp(s.elapsed_in_phase_ms);
    else if (s.remaining_in_phase_ms)
        phase += QLatin1Char(' ') + clockDown(*s.remaining_in_phase_ms);
    const QString text = tr("%1 \u00b7 %2").arg(left, phase);
    return s.paused ? tr("Paused \u00b7 %1").arg(text) : text;
}

QString trendText(const PointProgress& p) {
    if (p.tenderness.empty())
        return {};
    QStringList values;
    // The last five holds are enough to read a direction; older ones are elided.
    const std::size_t first = p.tenderness.size() > 5 ? p.tenderness.size() - 5 : 0;
    if (first > 0)
        values << QStringLiteral("\u2026");
    for (std::size_t i = first; i < p.tenderness.size(); ++i)
        values << QString::number(p.tenderness[i]);
    QString text = values.join(QStringLiteral(" \u2192 "));
    switch (p.trend) {
    case Trend::Falling: text += QLatin1Char(' ') + tr("falling"); break;
    case Trend::Steady: text += QLatin1Char(' ') + tr("steady"); break;
    case Trend::Rising: text += QLatin1Char(' ') + tr("rising"); break;
    case Trend::Unknown: break;
    }
    return text;
}

QString endTitle(EndReason reason) {
    switch (reason) {
    case EndReason::Completed: return tr("Session complete");
    case EndReason::StoppedByUser: return tr("Session stopped");
    case EndReason::SharpPain: return tr("Stopped: sharp pain or numbness");
    case EndReason::SafetyBlock: return tr("Stopped by the safety check");
    case EndReason::None: break;
    }
    return {};
}

} // namespace tpf::gui::sessiontext
