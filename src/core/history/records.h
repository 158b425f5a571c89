#pragma once
// What the history keeps about past sessions: plain values, no I/O. The GUI store fills them from
// SQLite, the CLI from the same file through sqlite3, the importer from a JSON export.
// All times are Unix milliseconds (UTC); "which day" needs the caller's UTC offset (see days.h).

#include "core/model.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tpf::history {

using tpf::Side;

// Why a session ended. A session with no end reason was never ended: the app was closed or
// crashed while it ran (the store writes each event as it happens, so its holds are kept).
enum class EndReason { Completed, StoppedByUser, SharpPain, SafetyBlock };
std::string_view toString(EndReason reason);                    // "completed", "stopped_by_user", ...
std::optional<EndReason> parseEndReason(std::string_view text); // inverse of toString
std::optional<Side> parseSide(std::string_view text);           // "left" | "right" | "midline"

// One trigger point on one side: the unit that trends, advice and "helped before" are kept for.
struct PointRef {
    std::string trigger_point; // muscles.json id, e.g. "upper_trapezius.1"
    Side side = Side::Left;
    auto operator<=>(const PointRef&) const = default;
    bool operator==(const PointRef&) const = default;
};
std::string toString(const PointRef& p); // "upper_trapezius.1:left"

constexpr int kRatingMin = 0;
constexpr int kRatingMax = 10;

// One hold on a point. Ratings are optional because the user may skip rating a hold.
struct HoldRecord {
    PointRef point;
    std::int64_t time_ms = 0;      // when the hold ended
    std::optional<int> pressure;   // 0-10: how strong the pressure felt
    std::optional<int> tenderness; // 0-10: how tender the point was under pressure
    bool operator==(const HoldRecord&) const = default;
};

struct SessionRecord {
    std::int64_t id = 0; // store row id; exports keep it, imports renumber
    std::int64_t start_ms = 0;
    std::optional<std::int64_t> end_ms;  // unset: never ended (see EndReason)
    std::optional<EndReason> end_reason; // set together with end_ms
    std::vector<PointRef> points;        // the points planned for the session, in order
    int phases_completed = 0;
    std::vector<HoldRecord> holds; // in time order
    std::string notes;             // the user's own words (schema v2)
    bool operator==(const SessionRecord&) const = default;
};

using Records = std::vector<SessionRecord>;

// Sorted by start time (then id): every function below expects that order and keeps it.
void sortByStart(Records& records);

} // namespace tpf::history
