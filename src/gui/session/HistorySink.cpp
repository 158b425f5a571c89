#include "session/HistorySink.h"

#ifdef TPF_HAVE_HISTORY_STORE
#include "history/HistoryStore.h"

namespace tpf::gui {

using namespace tpf::session;

namespace {

tpf::Side toSide(session::Side s) {
    return s == session::Side::Left    ? tpf::Side::Left
           : s == session::Side::Right ? tpf::Side::Right
                                       : tpf::Side::Midline;
}

history::PointRef refOf(const PlannedPoint& p) { return {p.spec.trigger_point_id, toSide(p.spec.side)}; }

} // namespace

QString HistorySink::sessionStarted(const Plan& plan, std::int64_t startUnixMs) {
    std::vector<history::PointRef> points;
    for (const PlannedPoint& p : plan.points)
        points.push_back(refOf(p));
    const StoreResult<qint64> r = store_->beginSession(startUnixMs, points);
    sessionId_ = r.value.value_or(0);
    return r.error;
}

QString HistorySink::phaseEnded(const Plan& plan, const PhaseRecord& record, std::int64_t endUnixMs,
                                const std::vector<RatingRecord>& ratings) {
    if (sessionId_ == 0 || record.phase < 0 || record.phase >= int(plan.phases.size()))
        return {};
    const Phase& ph = plan.phases[std::size_t(record.phase)];
    QString error;
    if (ph.kind == PhaseKind::Hold && ph.point >= 0) {
        history::HoldRecord hold;
        hold.point = refOf(plan.points[std::size_t(ph.point)]);
        hold.time_ms = endUnixMs;
        for (const RatingRecord& r : ratings) // the last of each kind is what the user settled on
            (r.kind == RatingKind::Pressure ? hold.pressure : hold.tenderness) = r.value;
        error = store_->recordHold(sessionId_, hold);
    }
    if (record.end != PhaseEnd::Interrupted && error.isEmpty())
        error = store_->recordPhaseCompleted(sessionId_);
    return error;
}

QString HistorySink::sessionEnded(EndReason reason, std::int64_t endUnixMs) {
    if (sessionId_ == 0)
        return {};
    history::EndReason r = history::EndReason::Completed;
    switch (reason) {
    case EndReason::Completed: r = history::EndReason::Completed; break;
    case EndReason::StoppedByUser: r = history::EndReason::StoppedByUser; break;
    case EndReason::SharpPain: r = history::EndReason::SharpPain; break;
    case EndReason::SafetyBlock: r = history::EndReason::SafetyBlock; break;
    case EndReason::None: return {};
    }
    return store_->endSession(sessionId_, endUnixMs, r);
}

} // namespace tpf::gui
#endif
