#pragma once
// The big countdown ring of the session panel. paintRing() paints a RingModel onto any QPainter
// (the widget, an image in a test); the widget only holds the model. ringModel() derives the
// model from the session state, so what is painted is a function of (plan, state) alone.

#include "core/session/plan.h"
#include "core/session/state.h"

#include <QColor>
#include <QString>
#include <QWidget>
#include <optional>

class QPainter;

namespace tpf::gui {

struct RingModel {
    std::optional<double> fraction; // the filled part of the arc, 0..1; nullopt: open-ended (no arc)
    QString time;                   // "0:42"; for an open-ended phase the call to action
    bool timeIsText = false;        // `time` is words ("Press Found it"), painted smaller
    QString phase;                  // inside, above the time: "Hold · round 2 of 5"
    QString detail;                 // inside, below the time: "of 1:00", "until released · max 1:30"
    QString next;                   // under the ring: "Next: Move · 0:10"
    QColor accent = QColor(200, 72, 52);
    bool paused = false;
    int countdown = 0; // 3, 2, 1: the arc pulses in the last seconds
    bool operator==(const RingModel&) const = default;
};

RingModel ringModel(const session::Plan& plan, const session::SessionState& state);

// The colours paintRing uses: the phase's accent keeps its hue but is made readable on the
// palette's window colour (the arc 3:1 as a graphic, the phase title 4.5:1 as text).
struct RingColours {
    QColor arc, phase, time, detail;
};
RingColours ringColours(const RingModel& model, const QPalette& palette);
void paintRing(QPainter& painter, const QRectF& area, const RingModel& model, const QPalette& palette);

class CountdownRing : public QWidget {
    Q_OBJECT
public:
    explicit CountdownRing(QWidget* parent = nullptr);

    const RingModel& model() const { return model_; }
    void setModel(const RingModel& model);

    QSize sizeHint() const override { return {380, 420}; }
    QSize minimumSizeHint() const override { return {220, 250}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    RingModel model_;
};

} // namespace tpf::gui
