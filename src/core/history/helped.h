#pragma once
// "Helped before": did working on this point help this user in past sessions? The finder marks
// such points and uses the score to break ties between equally ranked candidates.

#include "core/history/rules.h"
#include "core/history/trends.h"

#include <map>
#include <string_view>

namespace tpf::history {

struct HelpedBefore {
    double score = 0.5;     // 0..1; 0.5 = no evidence either way
    int rated_sessions = 0; // sessions with at least one tenderness rating on the point
    int helped_sessions = 0;
    int sharp_pain_sessions = 0; // sessions stopped for sharp pain on this point
    bool helped = false;         // score >= min_score and helped at least once
    std::int64_t last_ms = 0;    // last session on the point (0: never)
};

// One point on one side.
HelpedBefore helpedBefore(const Records& records, const PointRef& point, const Rules& rules,
                          std::int64_t now_ms);
// Either side (the finder ranks trigger points before a side is chosen): the better side counts.
HelpedBefore helpedBefore(const Records& records, std::string_view trigger_point, const Rules& rules,
                          std::int64_t now_ms);
// Every trigger point id that was ever held.
std::map<std::string, HelpedBefore> helpedBeforeAll(const Records& records, const Rules& rules,
                                                    std::int64_t now_ms);

} // namespace tpf::history
