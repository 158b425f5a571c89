#include "session/SessionController.h"

#include "session/SessionSink.h"

#include <QDateTime>
#include <QTimer>

namespace tpf::gui {

using namespace tpf::session;

namespace {
constexpr int kRepaintIntervalMs = 100; // ~10 Hz: smooth enough for the ring's arc, cheap to recompute
}

SessionController::SessionController(Plan plan, Clock clock, QObject* parent)
    : QObject(parent), plan_(std::move(plan)), clock_(std::move(clock)), wakeUp_(new QTimer(this)),
      repaint_(new QTimer(this)) {
    if (!clock_) {
        elapsed_.start();
        clock_ = [this] { return std::int64_t(elapsed_.elapsed()); };
    }
    wallClock_ = [] { return std::int64_t(QDateTime::currentMSecsSinceEpoch()); };
    wakeUp_->setSingleShot(true);
    wakeUp_->setTimerType(Qt::PreciseTimer);
    wakeUp_->setObjectName(QStringLiteral("sessionWakeUpTimer"));
    connect(wakeUp_, &QTimer::timeout, this, &SessionController::poll);
    repaint_->setInterval(kRepaintIntervalMs);
    repaint_->setObjectName(QStringLiteral("sessionRepaintTimer"));
    connect(repaint_, &QTimer::timeout, this, &SessionController::stateChanged);
}

SessionController::~SessionController() = default;

const Phase* SessionController::phase(const SessionState& s) const {
    if (s.finished || s.phase_index < 0 || s.phase_index >= int(plan_.phases.size()))
        return nullptr;
    return &plan_.phases[std::size_t(s.phase_index)];
}

bool SessionController::repaintTimerActive() const { return repaint_->isActive(); }

void SessionController::start() {
    if (started_)
        return;
    started_ = true;
    startMono_ = clock_();
    startUnix_ = wallClock_();
    if (sink_)
        report(sink_->sessionStarted(plan_, startUnix_));
    record(Event::at(startMono_, EventKind::Start));
}

void SessionController::pause() {
    const SessionState s = state();
    if (s.started && !s.paused && !s.finished)
        record(Event::at(clock_(), EventKind::Pause));
}

void SessionController::resume() {
    const SessionState s = state();
    if (s.paused && !s.finished)
        record(Event::at(clock_(), EventKind::Resume));
}

void SessionController::togglePause() {
    if (state().paused)
        resume();
    else
        pause();
}

void SessionController::skip() { record(Event::at(clock_(), EventKind::Skip)); }
void SessionController::foundIt() { record(Event::at(clock_(), EventKind::FoundIt)); }
void SessionController::released() { record(Event::at(clock_(), EventKind::Released)); }
void SessionController::sharpPain() { record(Event::at(clock_(), EventKind::SharpPain)); }
void SessionController::stop() { record(Event::at(clock_(), EventKind::Stop)); }

void SessionController::rate(int value, RatingKind kind) {
    if (value < 0 || value > plan_.rules.scale_max)
        return;
    record(Event::rate(clock_(), value, kind));
}

void SessionController::record(Event e) {
    // Nothing is recorded before start or after the end: the log describes one session only.
    if (!started_ || finishedEmitted_)
        return;
    log_.push_back(e);
    poll();
}

void SessionController::report(const QString& error) {
    if (error.isEmpty())
        return;
    sinkError_ = error;
    emit sinkErrorRaised(error);
}

std::int64_t SessionController::toUnix(std::int64_t monotonicMs) const {
    return startUnix_ + (monotonicMs - startMono_);
}

void SessionController::poll() {
    if (!started_ || finishedEmitted_)
        return;
    const std::int64_t now = clock_();
    const SessionState s = stateAt(plan_, log_, now);

    // Phases that ended since the last look, in order, each with the ratings given during it.
    for (; reportedHistory_ < s.history.size(); ++reportedHistory_) {
        const PhaseRecord& rec = s.history[reportedHistory_];
        if (!sink_)
            continue;
        std::vector<RatingRecord> ratings;
        for (const RatingRecord& r : s.ratings)
            if (r.phase == rec.phase)
                ratings.push_back(r);
        report(sink_->phaseEnded(plan_, rec, toUnix(rec.ended_ms), ratings));
    }

    if (!s.finished && s.phase_index != lastPhase_) {
        lastPhase_ = s.phase_index;
        emit phaseChanged(s.phase_index);
        emit cue(0);
    }
    if (!s.finished && s.countdown > 0 &&
        (s.countdown != lastCountdown_ || s.phase_index != lastCountdownPhase_)) {
        lastCountdown_ = s.countdown;
        lastCountdownPhase_ = s.phase_index;
        emit cue(s.countdown);
    }

    armTimers(s, now);
    emit stateChanged();

    if (s.finished) {
        finishedEmitted_ = true;
        if (sink_)
            report(sink_->sessionEnded(s.end_reason, toUnix(s.ended_at_ms.value_or(now))));
        emit finished(s.end_reason);
    }
}

void SessionController::armTimers(const SessionState& s, std::int64_t now) {
    wakeUpAt_.reset();
    const Phase* ph = phase(s);
    const bool running = s.started && !s.paused && !s.finished && ph;
    if (!running || !s.next_boundary_ms) {
        wakeUp_->stop();
        repaint_->stop();
        return;
    }
    // The earliest future moment at which something changes without user input: a countdown
    // cue (boundary - 3 s, - 2 s, - 1 s) or the boundary itself.
    const std::int64_t boundary = *s.next_boundary_ms;
    std::int64_t due = boundary;
    for (int k = plan_.rules.countdown_seconds; k >= 1; --k) {
        const std::int64_t t = boundary - std::int64_t(k) * 1000;
        if (t > now) {
            due = t;
            break;
        }
    }
    wakeUpAt_ = due;
    wakeUp_->start(int(std::max<std::int64_t>(0, due - now)));
    if (!repaint_->isActive())
        repaint_->start();
}

} // namespace tpf::gui
