#include "session/CountdownRing.h"

#include "session/SessionText.h"
#include "settings/Theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace tpf::gui {

using namespace tpf::session;
namespace st = sessiontext;

RingModel ringModel(const Plan& plan, const SessionState& s) {
    RingModel m;
    if (s.finished || s.phase_index < 0 || s.phase_index >= int(plan.phases.size())) {
        m.time = s.finished ? QStringLiteral("\u2713") : QString();
        m.phase = s.finished ? st::endTitle(s.end_reason) : QString();
        m.accent = QColor(128, 132, 140);
        m.fraction = s.finished ? std::optional<double>(s.end_reason == EndReason::Completed ? 1.0 : 0.0)
                                : std::nullopt;
        return m;
    }
    const Phase& ph = plan.phases[std::size_t(s.phase_index)];
    m.accent = st::phaseColour(ph.kind);
    m.phase = st::phaseTitle(plan, s.phase_index);
    m.next = st::nextText(plan, s.phase_index);
    m.paused = s.paused;
    m.countdown = s.countdown;
    if (!ph.duration_ms) {
        m.time = QCoreApplication::translate("tpf::gui::CountdownRing", "Press Found it");
        m.timeIsText = true;
        m.detail =
            QCoreApplication::translate("tpf::gui::CountdownRing", "Enter when you are on it \u00b7 %1")
                .arg(st::clockUp(s.elapsed_in_phase_ms));
    } else if (ph.counts_up) {
        const double cap = double(*ph.duration_ms);
        m.fraction = std::clamp(double(s.elapsed_in_phase_ms) / cap, 0.0, 1.0);
        m.time = st::clockUp(s.elapsed_in_phase_ms);
        m.detail = QCoreApplication::translate("tpf::gui::CountdownRing", "until released \u00b7 max %1")
                       .arg(st::clock(*ph.duration_ms));
    } else {
        const std::int64_t remaining = s.remaining_in_phase_ms.value_or(*ph.duration_ms);
        m.fraction = std::clamp(double(remaining) / double(*ph.duration_ms), 0.0, 1.0);
        m.time = st::clockDown(remaining);
        m.detail =
            QCoreApplication::translate("tpf::gui::CountdownRing", "of %1").arg(st::clock(*ph.duration_ms));
    }
    if (s.paused)
        m.detail = QCoreApplication::translate("tpf::gui::CountdownRing", "Paused \u00b7 Space to resume");
    return m;
}

namespace {

// The largest font (up to `maxPx` pixels) at which `text` fits `width`.
QFont fitted(QFont font, const QString& text, double width, double maxPx, double minPx = 9) {
    double px = maxPx;
    font.setPixelSize(int(px));
    while (px > minPx && QFontMetricsF(font).horizontalAdvance(text) > width) {
        px *= 0.92;
        font.setPixelSize(int(px));
    }
    return font;
}

} // namespace

RingColours ringColours(const RingModel& m, const QPalette& palette) {
    const QColor window = palette.color(QPalette::Window);
    const QColor muted = mutedText(palette);
    RingColours c;
    c.arc = readableOn(m.paused ? mix(m.accent, muted, 0.7) : m.accent, window, 3.0);
    c.phase = readableOn(c.arc, window, 4.5);
    c.time = m.paused ? muted : palette.color(QPalette::WindowText);
    c.detail = muted;
    return c;
}

void paintRing(QPainter& p, const QRectF& area, const RingModel& m, const QPalette& palette) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);

    const RingColours colours = ringColours(m, palette);
    const QColor& accent = colours.arc;

    // The ring is a square above one line of "Next: ..."; the next line is kept even when empty
    // so the ring does not jump when it appears.
    const double nextH = std::max(22.0, area.height() * 0.07);
    const double side = std::max(40.0, std::min(area.width(), area.height() - nextH) - 8);
    const QRectF square(area.center().x() - side / 2, area.top() + 4, side, side);
    const double thick = std::max(8.0, side * 0.075);
    const QRectF ringRect = square.adjusted(thick / 2, thick / 2, -thick / 2, -thick / 2);

    QColor track = accent;
    track.setAlphaF(0.16f);
    p.setPen(QPen(track, thick, Qt::SolidLine, Qt::FlatCap));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(ringRect);

    if (m.fraction && *m.fraction > 0) {
        QColor arc = accent;
        if (m.countdown > 0)
            arc = arc.lighter(112);
        p.setPen(QPen(arc, thick, Qt::SolidLine, Qt::RoundCap));
        // Clockwise from twelve o'clock; Qt angles are in 1/16 degree, counter-clockwise positive.
        const int span = -int(std::lround(*m.fraction * 360.0 * 16.0));
        p.drawArc(ringRect, 90 * 16, span);
    } else if (!m.fraction) {
        // Open-ended: a dashed ring says "no clock runs out here".
        QPen dashed(accent, thick * 0.35, Qt::DashLine, Qt::RoundCap);
        p.setPen(dashed);
        p.drawEllipse(ringRect);
    }

    // Inside: phase name, the time (or call to action), detail.
    const double inner = ringRect.width() - thick * 2.2;
    const QRectF box(ringRect.center().x() - inner / 2, ringRect.center().y() - inner / 2, inner, inner);
    QFont base = p.font();

    QFont phaseFont = fitted(base, m.phase, inner * 0.76, side * 0.072);
    phaseFont.setBold(true);
    QFont timeFont = base;
    if (m.timeIsText) {
        timeFont = fitted(base, m.time, inner * 0.86, side * 0.11);
        timeFont.setBold(true);
    } else {
        timeFont = fitted(base, m.time, inner * 0.9, side * 0.27);
        timeFont.setWeight(QFont::DemiBold);
        timeFont.setStyleHint(QFont::SansSerif);
    }
    QFont detailFont = fitted(base, m.detail, inner * 0.86, side * 0.05);

    const double timeH = QFontMetricsF(timeFont).height();
    const double phaseH = QFontMetricsF(phaseFont).height();
    const double detailH = QFontMetricsF(detailFont).height();
    const double gap = side * 0.02;
    const double blockH = phaseH + gap + timeH + gap + detailH;
    double y = box.center().y() - blockH / 2;

    p.setPen(colours.phase);
    p.setFont(phaseFont);
    p.drawText(QRectF(box.left(), y, box.width(), phaseH), Qt::AlignCenter, m.phase);
    y += phaseH + gap;
    p.setPen(colours.time);
    p.setFont(timeFont);
    p.drawText(QRectF(box.left(), y, box.width(), timeH), Qt::AlignCenter, m.time);
    y += timeH + gap;
    p.setPen(colours.detail);
    p.setFont(detailFont);
    p.drawText(QRectF(box.left(), y, box.width(), detailH), Qt::AlignCenter, m.detail);

    if (!m.next.isEmpty()) {
        QFont nextFont = fitted(base, m.next, area.width() - 8, std::max(14.0, side * 0.055));
        p.setFont(nextFont);
        p.setPen(colours.detail);
        p.drawText(QRectF(area.left(), square.bottom() + 2, area.width(), nextH),
                   Qt::AlignHCenter | Qt::AlignTop, m.next);
    }
    p.restore();
}

CountdownRing::CountdownRing(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("countdownRing"));
    setAccessibleName(tr("Phase timer"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CountdownRing::setModel(const RingModel& model) {
    if (model == model_)
        return;
    const bool textChanged = model.phase != model_.phase || model.time != model_.time;
    model_ = model;
    // Screen readers get the phase and time as the description; the repaint is the visual side.
    if (textChanged)
        setAccessibleDescription(QStringLiteral("%1, %2, %3").arg(model_.phase, model_.time, model_.detail));
    update();
}

void CountdownRing::paintEvent(QPaintEvent*) {
    QPainter p(this);
    paintRing(p, QRectF(rect()), model_, palette());
}

} // namespace tpf::gui
