#pragma once
// Where a running session reports what happens as it happens, so a store (the history) can write
// each hold, phase and end reason in its own transaction rather than once at the end: a crash or
// a power cut then loses at most the phase in progress.
//
// Times are Unix milliseconds (the controller maps its monotonic clock onto the wall clock once,
// at start). Every call is made from the GUI thread; an implementation returns an error message
// for the user, or an empty string.

#include "core/session/plan.h"
#include "core/session/state.h"

#include <QString>
#include <cstdint>

namespace tpf::gui {

class SessionSink {
public:
    virtual ~SessionSink() = default;

    virtual QString sessionStarted(const session::Plan& plan, std::int64_t startUnixMs) = 0;
    // A phase has ended (timed, capped, skipped, found, released or interrupted by a stop). For a
    // hold, `ratings` are the ratings given during it (the last of each kind is what counts).
    virtual QString phaseEnded(const session::Plan& plan, const session::PhaseRecord& record,
                               std::int64_t endUnixMs, const std::vector<session::RatingRecord>& ratings) = 0;
    virtual QString sessionEnded(session::EndReason reason, std::int64_t endUnixMs) = 0;
};

} // namespace tpf::gui
