#include "core/history/trends.h"

#include <algorithm>
#include <map>
#include <set>

namespace tpf::history {
namespace {

std::vector<DayValue> meanPerDay(const std::vector<PointSession>& sessions,
                                 std::optional<int> PointSession::*field) {
    std::map<std::int64_t, std::pair<double, int>> sums;
    for (const PointSession& s : sessions)
        if (auto v = s.*field) {
            auto& [sum, n] = sums[s.day];
            sum += *v;
            ++n;
        }
    std::vector<DayValue> out;
    out.reserve(sums.size());
    for (const auto& [day, sn] : sums)
        out.push_back({day, sn.first / sn.second});
    return out;
}

} // namespace

std::vector<PointSession> pointSessions(const Records& records, const PointRef& point,
                                        int utc_offset_minutes) {
    std::vector<PointSession> out;
    for (const SessionRecord& r : records) {
        PointSession ps;
        ps.session_id = r.id;
        ps.start_ms = r.start_ms;
        ps.day = localDay(r.start_ms, utc_offset_minutes);
        ps.end_reason = r.end_reason;
        for (const HoldRecord& h : r.holds) {
            if (h.point != point)
                continue;
            ++ps.holds;
            if (h.tenderness) {
                if (!ps.first_tenderness)
                    ps.first_tenderness = h.tenderness;
                ps.last_tenderness = h.tenderness;
            }
            if (h.pressure)
                ps.max_pressure = std::max(ps.max_pressure.value_or(0), *h.pressure);
        }
        if (ps.holds == 0)
            continue;
        // Sharp pain stops the session at once, so it happened on the point of the last hold.
        ps.sharp_pain = r.end_reason == EndReason::SharpPain && r.holds.back().point == point;
        out.push_back(ps);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.start_ms < b.start_ms; });
    return out;
}

std::optional<PointTrend> pointTrend(const Records& records, const PointRef& point, const Clock& clock) {
    PointTrend t;
    t.point = point;
    t.sessions = pointSessions(records, point, clock.utc_offset_minutes);
    if (t.sessions.empty())
        return std::nullopt;
    t.tenderness_by_day = meanPerDay(t.sessions, &PointSession::first_tenderness);
    t.after_by_day = meanPerDay(t.sessions, &PointSession::last_tenderness);
    t.times_worked = int(t.sessions.size());
    for (const PointSession& s : t.sessions)
        t.holds += s.holds;
    t.first_ms = t.sessions.front().start_ms;
    t.last_ms = t.sessions.back().start_ms;
    const std::int64_t today = localDay(clock.now_ms, clock.utc_offset_minutes);
    t.days_since_first = int(std::max<std::int64_t>(0, today - t.sessions.front().day));
    t.days_since_last = int(std::max<std::int64_t>(0, today - t.sessions.back().day));
    return t;
}

std::vector<PointTrend> pointTrends(const Records& records, const Clock& clock) {
    std::set<PointRef> points;
    for (const SessionRecord& r : records)
        for (const HoldRecord& h : r.holds)
            points.insert(h.point);
    std::vector<PointTrend> out;
    for (const PointRef& p : points)
        if (auto t = pointTrend(records, p, clock))
            out.push_back(std::move(*t));
    return out;
}

std::vector<DayCount> sessionsPerDay(const Records& records, std::int64_t first_day, std::int64_t last_day,
                                     int utc_offset_minutes) {
    std::vector<DayCount> out;
    if (last_day < first_day)
        return out;
    for (std::int64_t d = first_day; d <= last_day; ++d)
        out.push_back({d, 0});
    for (const SessionRecord& r : records) {
        std::int64_t d = localDay(r.start_ms, utc_offset_minutes);
        if (d >= first_day && d <= last_day)
            ++out[std::size_t(d - first_day)].sessions;
    }
    return out;
}

} // namespace tpf::history
