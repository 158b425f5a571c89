#pragma once
// Escalation: what the history says about each point, by the rules of data/history.json.
// Order of precedence: rising tenderness (see a professional), released (prevention tips),
// regular work without improvement (see a professional), otherwise keep going.

#include "core/history/rules.h"
#include "core/history/trends.h"

#include <string>
#include <vector>

namespace tpf::history {

enum class AdviceKind {
    NotEnoughData, // no tenderness rating yet
    InProgress,    // keep going
    Released,      // goal reached: prevention tips
    NoImprovement, // see a professional
    Worsening,     // see a professional
};
const char* toString(AdviceKind kind); // "not_enough_data", "in_progress", "released", ...

struct Advice {
    PointRef point;
    AdviceKind kind = AdviceKind::NotEnoughData;
    std::string advice_id; // safety.json see_a_professional id when a professional is advised
    std::string text;      // from the data files
    std::vector<Tip> tips; // prevention tips when released
    std::string why;       // the ratings behind the advice, in plain words
    bool seeProfessional() const {
        return kind == AdviceKind::NoImprovement || kind == AdviceKind::Worsening;
    }
};

// The rated sessions of the latest episode (a break longer than episode_gap_days starts anew).
std::vector<PointSession> currentEpisode(const PointTrend& trend, const Rules& rules);

Advice assess(const PointTrend& trend, const Rules& rules);
// One per point that was ever held; points that need a professional first, then released, then the rest.
std::vector<Advice> assessAll(const Records& records, const Rules& rules, const Clock& clock);

} // namespace tpf::history
