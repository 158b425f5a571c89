// SessionPanel: what the widgets show, as a function of the controller's state.
#include "session/CountdownRing.h"
#include "session/CuePlayer.h"
#include "session/RatingBar.h"
#include "session/SessionController.h"
#include "session/SessionPanel.h"
#include "session/SessionText.h"
#include "settings/Theme.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <algorithm>

namespace tpf::gui {

using namespace tpf::session;
namespace st = sessiontext;

namespace {

void setShown(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool contains(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

QString bullets(const QStringList& items) {
    QString html;
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html;
}

} // namespace

void SessionPanel::refresh() {
    const SessionState s = controller_->state();
    const Plan& plan = controller_->plan();
    if (s.finished) {
        if (!showingSummary())
            showSummary(s);
    }
    const QString title = st::titleText(plan, s);
    if (title != title_) {
        title_ = title;
        emit titleChanged(title_);
    }
    if (cues_) {
        const QSignalBlocker b1(sound_), b2(speak_);
        sound_->setChecked(!cues_->muted());
        speak_->setChecked(cues_->speechEnabled());
        sound_->setEnabled(cues_->soundAvailable() || !cues_->muted());
        speak_->setEnabled(cues_->speechAvailable());
        if (!cues_->speechAvailable())
            speak_->setToolTip(tr("No speech engine or voice is installed"));
    }
    sound_->setVisible(cues_ != nullptr);
    speak_->setVisible(cues_ != nullptr);
    if (s.finished)
        return;

    ring_->setModel(ringModel(plan, s));
    progress_->setText(st::progressText(plan, s));
    timeLeft_->setText(s.started ? st::timeLeftText(s)
                                 : tr("about %1 planned").arg(st::clock(plan.estimated_total_ms)));

    const Phase* ph = controller_->phase(s);
    if (!ph) {
        instruction_->clear();
        return;
    }
    instruction_->setText(QString::fromStdString(ph->instruction));

    // Sort the phase's own prompts: the point's cautions and danger zones go into one box, the
    // breathing reminder is its own line, and the target sentence joins the pressure target.
    const std::vector<std::string> noCautions;
    const std::vector<std::string>& cautions =
        ph->point >= 0 ? plan.points[std::size_t(ph->point)].spec.cautions : noCautions;
    QStringList cautionTexts, other;
    QString breathing, targetSentence;
    for (const Prompt& p : s.prompts) {
        if (p.kind != PromptKind::Phase)
            continue;
        const QString text = QString::fromStdString(p.text);
        if (contains(cautions, p.text))
            cautionTexts << text;
        else if (p.text == plan.rules.breathing_prompt)
            breathing = text;
        else if (ph->pressure_target && targetSentence.isEmpty())
            targetSentence = text;
        else
            other << text;
    }
    if (ph->pressure_target) {
        target_->setText(tr("<b>Target pressure %1\u2013%2 out of %3</b><br>%4")
                             .arg(ph->pressure_target->min)
                             .arg(ph->pressure_target->max)
                             .arg(plan.rules.scale_max)
                             .arg(targetSentence.toHtmlEscaped()));
        target_->show();
    } else {
        target_->hide();
    }
    setShown(breathing_, breathing);
    setShown(otherPrompts_, other.join(QLatin1Char('\n')));
    if (cautionTexts.isEmpty()) {
        cautions_->hide();
    } else {
        cautions_->setText(tr("<b>\u26a0 Take care here</b><ul style='margin-left:-20px'>%1</ul>")
                               .arg(bullets(cautionTexts)));
        cautions_->show();
    }
    QString easeOff, released, trend;
    for (const Prompt& p : s.prompts) {
        const QString text = QString::fromStdString(p.text);
        if (p.kind == PromptKind::EaseOff)
            easeOff = text;
        else if (p.kind == PromptKind::Released)
            released = text;
        else if (p.kind == PromptKind::Trend)
            trend = text;
    }
    setShown(easeOff_, easeOff);
    setShown(released_, released);
    setShown(trend_, trend);

    // Controls that apply to this phase only.
    const bool running = s.started && !s.finished;
    foundIt_->setEnabled(running && ph->kind == PhaseKind::Locate);
    foundIt_->setVisible(ph->kind == PhaseKind::Locate);
    releasedButton_->setEnabled(running && ph->kind == PhaseKind::Hold);
    releasedButton_->setVisible(ph->kind == PhaseKind::Hold);
    pause_->setEnabled(running);
    pause_->setText(s.paused ? tr("Resume (Space)") : tr("Pause (Space)"));
    pause_->setAccessibleName(s.paused ? tr("Resume") : tr("Pause"));
    skip_->setEnabled(running);
    stop_->setEnabled(running);
    sharp_->setEnabled(running);

    const bool rateable =
        running && ph->point >= 0 &&
        (ph->kind == PhaseKind::Hold || ph->kind == PhaseKind::Locate || ph->kind == PhaseKind::Mobilize);
    rating_->setEnabled(rateable);
    std::optional<int> current;
    for (auto r = s.ratings.rbegin(); r != s.ratings.rend() && r->phase == s.phase_index; ++r)
        if (r->kind == rating_->kind()) {
            current = r->value;
            break;
        }
    rating_->setCurrent(current);
    if (ph->point >= 0) {
        const PointProgress& pp = s.points[std::size_t(ph->point)];
        rating_->setTrend(st::trendText(pp), pp.tenderness);
    } else {
        rating_->setTrend({}, {});
    }
}

void SessionPanel::showSummary(const SessionState& s) {
    const Plan& plan = controller_->plan();
    summaryTitle_->setText(st::endTitle(s.end_reason));
    summaryMessage_->setText(QString::fromStdString(s.end_message));
    const bool alarm = s.end_reason == EndReason::SharpPain || s.end_reason == EndReason::SafetyBlock;
    summaryMessage_->setProperty("alarm", alarm);
    styleSummaryMessage();
    summaryMessage_->setAccessibleName(st::endTitle(s.end_reason));

    int holds = 0;
    for (const PhaseRecord& r : s.history)
        holds += plan.phases[std::size_t(r.phase)].kind == PhaseKind::Hold;
    QString html = tr("<p>Active time %1 \u00b7 %n hold(s) done</p>", nullptr, holds)
                       .arg(st::clock(s.active_elapsed_ms));
    html += QStringLiteral("<table cellspacing='6'>");
    for (std::size_t i = 0; i < plan.points.size(); ++i) {
        const PointProgress& p = s.points[i];
        QStringList pressure;
        for (const RatingRecord& r : s.ratings)
            if (r.point == int(i) && r.kind == RatingKind::Pressure)
                pressure << QString::number(r.value);
        QString ratings =
            p.tenderness.empty() ? tr("tenderness not rated") : tr("tenderness %1").arg(st::trendText(p));
        if (!pressure.isEmpty())
            ratings += tr(" \u00b7 pressure %1").arg(pressure.join(QStringLiteral(", ")));
        if (p.released)
            ratings += tr(" \u00b7 released");
        html +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(QString::fromStdString(plan.points[i].label).toHtmlEscaped(), ratings.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    summaryDetails_->setText(html);
    pages_->setCurrentIndex(1);
    back_->setFocus(Qt::OtherFocusReason);
}

void SessionPanel::styleSummaryMessage() {
    // Red for a sharp-pain or safety stop, green otherwise; both follow the palette.
    const bool alarm = summaryMessage_->property("alarm").toBool();
    const QColor accent = alarm ? QColor(0xb3, 0x26, 0x1e) : QColor(0x54, 0x96, 0x3f);
    const QPalette pal = themePalette(summaryMessage_);
    const QColor bg = tintedBackground(pal, accent);
    setStyleSheetIfChanged(summaryMessage_,
                           QStringLiteral("QLabel#summaryMessage { background: %1; color: %2; "
                                          "border-left: 6px solid %3; border-radius: 4px; }")
                               .arg(bg.name(), cardText(pal, bg).name(), accent.name()));
}

} // namespace tpf::gui
