#pragma once
// A session plan: the ordered list of phases for one or more trigger points, built from a
// protocol preset. The plan carries every text and rule the running session needs, so the
// session state is a function of (plan, events, now) alone.

#include "core/session/protocol.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tpf::session {

enum class Side { Left, Right, Midline };

// What the caller (GUI/CLI) knows about one trigger point, filled from the muscle database.
struct PointSpec {
    std::string trigger_point_id;      // e.g. "upper_trapezius.1"
    std::string name;                  // display name
    Side side = Side::Left;            // Left/Right for bilateral points, Midline otherwise
    int hold_seconds = 0;              // the point's own hold time; 0 = unknown (preset default)
    std::string mobilization;          // may be empty: the preset's fallback is used
    std::string stretch;               // may be empty
    std::vector<std::string> cautions; // cautions and danger-zone advice, shown while locating/holding
};

struct PlanOptions {
    std::optional<bool> warmup;        // unset: the preset's default
    std::optional<int> warmup_minutes; // clamped to the preset's range
    bool hold_until_release = false;   // holds count up until "released", capped
    bool both_sides = false;           // treat each bilateral point on the left, then the right
};

enum class PhaseKind { Warmup, Locate, Hold, Mobilize, Stretch, Transition };
const char* toString(PhaseKind k);

struct Phase {
    PhaseKind kind = PhaseKind::Locate;
    int point = -1;                          // index into Plan::points, -1 for the warm-up
    int round = 0;                           // 1-based hold/mobilize round within the point, else 0
    std::optional<std::int64_t> duration_ms; // nullopt: open-ended (ends on an event)
    std::int64_t estimate_ms = 0;            // expected length, for "time left" (== duration when timed)
    bool counts_up = false;                  // hold-until-release: the clock counts up to the cap
    std::string instruction;
    std::optional<PressureRange> pressure_target; // holds only
    std::vector<std::string> prompts;             // static prompts shown during the phase
};

struct PlannedPoint {
    PointSpec spec;    // side already resolved (both_sides expands one spec into two)
    std::string label; // "Upper trapezius (left)"
};

struct Plan {
    std::string preset_id;
    std::vector<PlannedPoint> points;
    std::vector<Phase> phases;
    SharedRules rules;                   // rating thresholds and texts for the running session
    std::int64_t estimated_total_ms = 0; // sum of Phase::estimate_ms
    std::vector<std::string> notes;      // e.g. "longer than the recommended 30 minutes"
};

// Builds the plan. Per point: locate, then hold/mobilize rounds filling about
// cycle_seconds_per_point, then stretch; a transition phase goes between points.
Plan buildPlan(const Protocol& protocol, const std::vector<PointSpec>& points,
               const PlanOptions& options = {});

} // namespace tpf::session
