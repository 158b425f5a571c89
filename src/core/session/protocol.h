#pragma once
// Guided-session protocols (data/protocols.json): timings, pressure targets and every text the
// session shows. C++ holds the mechanism only; numbers and wording come from the file.

#include "core/diagnostics.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tpf::session {

using tpf::Problem; // file, JSON pointer (e.g. "/presets/1/hold/pressure_target/min"), message
using tpf::Problems;

struct PressureRange {
    int min = 0;
    int max = 0;
    friend bool operator==(const PressureRange&, const PressureRange&) = default;
};

// Rules and texts shared by every preset (pressure scale, stop rules, queue, hold-until-release).
struct SharedRules {
    int scale_max = 10;
    int ease_off_above = 7;       // a rating above this during a hold -> "ease off"
    int released_at_or_below = 3; // a tenderness rating at or below this -> point released
    int trend_min_change = 1;     // smaller changes between holds count as "steady"
    int countdown_seconds = 3;    // 3-2-1 cue before each timed phase change

    std::string breathing_prompt; // shown at every hold
    std::string ease_off_prompt;  // {value} {max}
    std::string released_prompt;  // {value}
    std::string trend_falling, trend_steady, trend_rising;

    std::string sharp_pain_label; // the button / question
    std::string sharp_pain_explanation;
    std::string safety_block_explanation;
    std::string stopped_by_user_explanation;
    std::string completed_message;

    int recommended_total_min_minutes = 15;
    int recommended_total_max_minutes = 30;
    int transition_seconds = 15;
    std::string next_point_instruction;  // {point}
    std::string switch_side_instruction; // {point} {side}
    std::string too_long_note;           // {minutes} {max}
    std::string side_left, side_right;   // how a side is named in texts

    int until_release_cap_seconds = 90;
    std::string until_release_instruction; // {point} {cap}
    std::string until_release_cap_prompt;  // shown while counting up: {cap}
};

// One preset ("standard", "gentle") resolved together with the shared rules.
struct Protocol {
    std::string id;
    std::string name;
    std::string description;

    bool warmup_default_on = false;
    int warmup_default_minutes = 5;
    int warmup_min_minutes = 5;
    int warmup_max_minutes = 15;
    std::string warmup_instruction; // {minutes}

    int locate_estimate_seconds = 30; // locate is untimed; this only feeds "time left" estimates
    std::string locate_instruction;   // {point}

    bool hold_from_point = true; // use the trigger point's own hold_seconds
    int hold_default_seconds = 60;
    int hold_min_seconds = 30;
    int hold_max_seconds = 90;
    PressureRange pressure_target{5, 7};
    std::string hold_instruction; // {point} {seconds}
    std::string target_prompt;    // {min} {max}

    int mobilize_seconds = 10;
    std::string mobilize_instruction; // {point} {seconds} {mobilization}
    std::string mobilize_fallback;    // used for {mobilization} when the point has none: {seconds}

    int cycle_seconds_per_point = 300; // alternate hold and mobilize for about this long
    int cycle_min_rounds = 1;
    int cycle_max_rounds = 8;

    int stretch_seconds = 60;
    std::string stretch_instruction; // {point} {seconds} {stretch}
    std::string stretch_fallback;    // used for {stretch} when the point has none: {seconds}

    SharedRules rules;
};

struct ProtocolSet {
    std::vector<Protocol> presets;
    const Protocol* find(const std::string& id) const;
};

struct ProtocolLoadResult {
    ProtocolSet protocols; // complete only when problems is empty
    Problems problems;     // every problem, in document order
    bool ok() const { return problems.empty(); }
};

// Validates and loads a parsed document. Reports every problem, never throws on bad content.
// `file` only labels the problems.
ProtocolLoadResult loadProtocols(const nlohmann::json& doc, const std::string& file = "protocols.json");
// Parses first; malformed JSON is one problem with line and column.
ProtocolLoadResult loadProtocolsFromText(std::string_view text, const std::string& file = "protocols.json");
// Problems name the file as the caller named it.
ProtocolLoadResult loadProtocolsFile(const std::string& path);

} // namespace tpf::session
