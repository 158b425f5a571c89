#include "core/history/days.h"
#include "core/history/exchange.h"
#include "core/model.h"

#include <algorithm>
#include <set>

namespace tpf::history {

void checkRecords(const Records& records, const Database* known, const ReportFn& report) {
    std::set<std::int64_t> ids;
    auto rating = [&](std::size_t s, int h, const char* field, const std::optional<int>& v) {
        if (v && (*v < kRatingMin || *v > kRatingMax))
            report(s, h, field, "rating " + std::to_string(*v) + " outside 0-10");
    };
    auto knownPoint = [&](std::size_t s, int h, const char* field, const PointRef& p) {
        const TriggerPoint* tp = known ? known->triggerPoint(p.trigger_point) : nullptr;
        if (known && !tp)
            report(s, h, field, "unknown trigger point \"" + p.trigger_point + "\" (not in the muscle data)");
    };
    for (std::size_t i = 0; i < records.size(); ++i) {
        const SessionRecord& r = records[i];
        if (r.id < 1)
            report(i, -1, "id", "session id " + std::to_string(r.id) + " (expected 1 or more)");
        else if (!ids.insert(r.id).second)
            report(i, -1, "id", "duplicate session id " + std::to_string(r.id));
        if (r.end_ms.has_value() != r.end_reason.has_value())
            report(i, -1, r.end_ms ? "end_reason" : "end",
                   "end and end_reason must both be set (an ended session) or both be empty (never ended)");
        if (r.end_ms && *r.end_ms < r.start_ms)
            report(i, -1, "end",
                   "the session ends (" + isoUtc(*r.end_ms) + ") before it starts (" + isoUtc(r.start_ms) +
                       ")");
        if (r.phases_completed < 0)
            report(i, -1, "phases_completed", "negative count " + std::to_string(r.phases_completed));
        if (r.points.empty())
            report(i, -1, "points", "a session needs at least one trigger point");
        std::set<PointRef> planned;
        for (const PointRef& point : r.points) {
            if (!planned.insert(point).second)
                report(i, -1, "points", "point " + toString(point) + " listed twice");
            knownPoint(i, -1, "points", point);
        }
        for (std::size_t h = 0; h < r.holds.size(); ++h) {
            const HoldRecord& hold = r.holds[h];
            const int hi = int(h);
            if (!planned.empty() && !planned.count(hold.point))
                report(i, hi, "trigger_point",
                       "hold on " + toString(hold.point) + ", which is not among the session's points");
            if (hold.time_ms < r.start_ms || (r.end_ms && hold.time_ms > *r.end_ms))
                report(i, hi, "time",
                       "hold time " + isoUtc(hold.time_ms) + " outside the session (" + isoUtc(r.start_ms) +
                           " to " + (r.end_ms ? isoUtc(*r.end_ms) : "open") + ")");
            if (h > 0 && hold.time_ms < r.holds[h - 1].time_ms)
                report(i, hi, "time", "holds out of time order");
            rating(i, hi, "pressure", hold.pressure);
            rating(i, hi, "tenderness", hold.tenderness);
        }
    }
}

} // namespace tpf::history
