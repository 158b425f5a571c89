#pragma once
// Runs one guided session: the plan, the append-only event log and a monotonic clock. "Where am I
// now" is always session::stateAt(plan, log, now), computed on demand; nothing is counted tick by
// tick. One single-shot timer is armed for the next moment something changes on its own (a
// countdown cue 3-2-1 s before a timed phase ends, or the phase boundary itself), and a ~10 Hz
// repaint timer runs only while a timed phase is running; it only asks for a repaint.
//
//   SessionController c(plan);               // or with a fake clock: SessionController c(plan, [&] { return
//   now; }); connect(&c, &SessionController::stateChanged, panel, ...); c.start();
//
// Tests move the fake clock and call poll(), which is what the timers do.

#include "core/session/events.h"
#include "core/session/plan.h"
#include "core/session/state.h"

#include <QElapsedTimer>
#include <QObject>
#include <cstdint>
#include <functional>
#include <optional>

class QTimer;

namespace tpf::gui {

class SessionSink;

class SessionController : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<std::int64_t()>; // monotonic milliseconds

    explicit SessionController(session::Plan plan, Clock clock = {}, QObject* parent = nullptr);
    ~SessionController() override;

    const session::Plan& plan() const { return plan_; }
    const session::EventLog& log() const { return log_; }
    std::int64_t now() const { return clock_(); }
    session::SessionState state() const { return session::stateAt(plan_, log_, clock_()); }
    // The phase the state is in, or nullptr once finished / for an empty plan.
    const session::Phase* phase(const session::SessionState& s) const;

    bool isStarted() const { return started_; }
    bool isFinished() const { return finishedEmitted_; }

    // Unix milliseconds for the history; QDateTime by default.
    void setWallClock(Clock unixMs) { wallClock_ = std::move(unixMs); }
    // Not owned; may be null. Set it before start().
    void setSink(SessionSink* sink) { sink_ = sink; }
    // The last error the sink reported (shown by the panel), empty if none.
    QString sinkError() const { return sinkError_; }

    // Test seams: whether the timers are armed, and when the single-shot one is due (monotonic ms).
    bool repaintTimerActive() const;
    std::optional<std::int64_t> wakeUpAt() const { return wakeUpAt_; }

public slots:
    void start();
    void pause();
    void resume();
    void togglePause();
    void skip();
    void foundIt();
    void released();
    void rate(int value, tpf::session::RatingKind kind);
    void sharpPain();
    void stop();
    // Re-reads the clock: emits what changed (phase, cue, finished) and re-arms the timers.
    void poll();

signals:
    void stateChanged(); // repaint: read state()
    void phaseChanged(int phaseIndex);
    void cue(int countdown); // 3, 2, 1 before a timed phase change; 0 when a new phase begins
    void finished(tpf::session::EndReason reason);
    void sinkErrorRaised(const QString& message);

private:
    void record(session::Event e);
    void report(const QString& error);
    std::int64_t toUnix(std::int64_t monotonicMs) const;
    void armTimers(const session::SessionState& s, std::int64_t now);

    session::Plan plan_;
    session::EventLog log_;
    Clock clock_;
    Clock wallClock_;
    QElapsedTimer elapsed_;
    SessionSink* sink_ = nullptr;
    QString sinkError_;

    QTimer* wakeUp_;
    QTimer* repaint_;
    std::optional<std::int64_t> wakeUpAt_;

    bool started_ = false;
    bool finishedEmitted_ = false;
    std::int64_t startMono_ = 0;
    std::int64_t startUnix_ = 0;
    int lastPhase_ = -1;
    std::size_t reportedHistory_ = 0;
    int lastCountdown_ = 0;
    int lastCountdownPhase_ = -1;
};

} // namespace tpf::gui
