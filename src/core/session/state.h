#pragma once
// "Where am I now" for a guided session: a pure function of the plan, the event log and the
// current monotonic time. Phase boundaries are computed from timestamps and active (unpaused)
// time, never by counting ticks, so a late or stalled poll shows exactly the right state.

#include "core/session/events.h"
#include "core/session/plan.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tpf::session {

enum class EndReason { None, Completed, StoppedByUser, SharpPain, SafetyBlock };
enum class PhaseEnd { Timed, Capped, Skipped, FoundIt, Released, Interrupted };
enum class Trend { Unknown, Falling, Steady, Rising };
const char* toString(EndReason r);
const char* toString(Trend t);

enum class PromptKind {
    Phase,    // a static prompt of the current phase (pressure target, breathing, cautions)
    EaseOff,  // the latest rating in this hold is above the ease-off threshold
    Released, // the point's latest tenderness rating is at or below the release threshold
    Trend,    // how the point's tenderness moved since the previous rated phase
};
struct Prompt {
    PromptKind kind = PromptKind::Phase;
    std::string text;
};

struct PhaseRecord {
    int phase = 0;
    std::int64_t started_ms = 0; // monotonic wall time
    std::int64_t ended_ms = 0;
    PhaseEnd end = PhaseEnd::Timed;
};

struct RatingRecord {
    std::int64_t t_ms = 0;
    int phase = 0;
    int point = -1;
    RatingKind kind = RatingKind::Pressure;
    int value = 0;
};

struct PointProgress {
    std::vector<int> tenderness;   // last tenderness rating of each phase in which it was rated
    Trend trend = Trend::Unknown;  // last vs previous entry of `tenderness`
    bool released_by_user = false; // a Released event during this point's phases
    bool released = false;         // released_by_user, or the last tenderness <= threshold
};

struct SessionState {
    bool started = false;
    bool paused = false;
    bool finished = false;
    EndReason end_reason = EndReason::None;
    std::string end_message; // explanation shown when finished (from protocols.json)
    std::optional<std::int64_t> ended_at_ms;

    int phase_index = 0; // == plan.phases.size() once completed
    std::optional<std::int64_t> phase_started_at_ms;
    std::int64_t elapsed_in_phase_ms = 0;              // active time; counts up for every phase
    std::optional<std::int64_t> remaining_in_phase_ms; // nullopt for open-ended phases
    std::int64_t active_elapsed_ms = 0;                // whole session, pauses excluded
    std::int64_t total_remaining_ms = 0;               // estimate while open-ended phases remain
    bool total_remaining_exact = false;
    std::optional<std::int64_t> next_boundary_ms; // when the current phase ends if nothing happens
    int countdown = 0;                            // 3, 2, 1 in the last seconds before a timed change; else 0

    std::vector<Prompt> prompts;
    std::vector<RatingRecord> ratings;
    std::vector<PointProgress> points; // one per Plan::points
    std::vector<PhaseRecord> history;  // phases that have ended, in order
};

SessionState stateAt(const Plan& plan, const EventLog& log, std::int64_t now_ms);

// The monotonic time of the next phase change if no further event arrives; nullopt when not
// running (not started, paused, finished) or in an open-ended phase. For a single-shot timer;
// the countdown cues fall at this time minus 3, 2 and 1 seconds.
std::optional<std::int64_t> nextPhaseBoundaryMs(const Plan& plan, const EventLog& log, std::int64_t now_ms);

bool hasPrompt(const SessionState& s, PromptKind kind);

} // namespace tpf::session
