#pragma once
// What the user did during a session, each stamped with a monotonic clock in milliseconds
// (QElapsedTimer in the GUI, a fake clock in tests). The log is append-only; the session
// state is recomputed from it, so nothing is counted tick by tick.

#include <cstdint>
#include <vector>

namespace tpf::session {

enum class EventKind {
    Start,
    Pause,
    Resume,
    Skip,        // end the current phase now (warm-up, a hold, anything)
    FoundIt,     // ends a locate phase
    Released,    // the user felt the point let go: ends a hold, marks the point released
    Rate,        // a 0..10 rating, see RatingKind
    SharpPain,   // sharp, shooting or electric pain, or numbness: stops the session at once
    SafetyBlock, // the safety screen blocked the session (e.g. an answer changed mid-session)
    Stop,        // the user stopped
};

enum class RatingKind {
    Pressure,   // how strong the pressure feels now (kept within the target)
    Tenderness, // how tender the point is under pressure (trend, release at 2-3)
};

struct Event {
    std::int64_t t_ms = 0;
    EventKind kind = EventKind::Start;
    int value = 0;                            // Rate only
    RatingKind rating = RatingKind::Pressure; // Rate only

    static Event at(std::int64_t t, EventKind k) { return {t, k, 0, RatingKind::Pressure}; }
    static Event rate(std::int64_t t, int value, RatingKind kind) {
        return {t, EventKind::Rate, value, kind};
    }
};

// Events in the order they happened. An event stamped earlier than its predecessor (it should
// not happen with a monotonic clock) is treated as happening at the predecessor's time.
using EventLog = std::vector<Event>;

} // namespace tpf::session
