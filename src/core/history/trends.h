#pragma once
// Trends per trigger point and side, computed from the records alone (pure functions).
// A session's tenderness for a point is its FIRST tenderness rating in that session: how tender
// the point was before the day's work. The last rating shows what the session itself did; using
// it for day-to-day trends would mistake the short relief right after a hold for progress.

#include "core/history/days.h"
#include "core/history/records.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tpf::history {

// One session's work on one point.
struct PointSession {
    std::int64_t session_id = 0;
    std::int64_t start_ms = 0;
    std::int64_t day = 0; // local day (days.h)
    int holds = 0;
    std::optional<int> first_tenderness; // before the day's work
    std::optional<int> last_tenderness;  // after the last hold
    std::optional<int> max_pressure;
    bool sharp_pain = false; // the session stopped for sharp pain while on this point
    std::optional<EndReason> end_reason;
};

struct DayValue {
    std::int64_t day = 0;
    double value = 0;
};

struct PointTrend {
    PointRef point;
    std::vector<PointSession> sessions;      // sessions that held this point, oldest first
    std::vector<DayValue> tenderness_by_day; // mean session tenderness (first rating) per local day
    std::vector<DayValue> after_by_day;      // mean last rating per local day
    int times_worked = 0;                    // sessions that held the point
    int holds = 0;
    std::int64_t first_ms = 0;
    std::int64_t last_ms = 0;
    int days_since_first = 0; // local days between the first session and now
    int days_since_last = 0;
};

// The sessions of `records` that held `point`, oldest first.
std::vector<PointSession> pointSessions(const Records& records, const PointRef& point,
                                        int utc_offset_minutes);

// One trend per point that was ever held, ordered by point id then side.
std::vector<PointTrend> pointTrends(const Records& records, const Clock& clock);
std::optional<PointTrend> pointTrend(const Records& records, const PointRef& point, const Clock& clock);

struct DayCount {
    std::int64_t day = 0;
    int sessions = 0;
};
// Sessions started per local day, from `first_day` to `last_day` inclusive (zeros included).
std::vector<DayCount> sessionsPerDay(const Records& records, std::int64_t first_day, std::int64_t last_day,
                                     int utc_offset_minutes);

} // namespace tpf::history
