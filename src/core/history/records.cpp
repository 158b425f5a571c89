#include "core/history/records.h"

#include <algorithm>

namespace tpf::history {

std::string_view toString(EndReason reason) {
    switch (reason) {
    case EndReason::Completed: return "completed";
    case EndReason::StoppedByUser: return "stopped_by_user";
    case EndReason::SharpPain: return "sharp_pain";
    case EndReason::SafetyBlock: return "safety_block";
    }
    return "completed";
}

std::optional<EndReason> parseEndReason(std::string_view text) {
    for (EndReason r :
         {EndReason::Completed, EndReason::StoppedByUser, EndReason::SharpPain, EndReason::SafetyBlock})
        if (toString(r) == text)
            return r;
    return std::nullopt;
}

std::optional<Side> parseSide(std::string_view text) {
    for (Side s : {Side::Left, Side::Right, Side::Midline})
        if (tpf::toString(s) == text)
            return s;
    return std::nullopt;
}

std::string toString(const PointRef& p) { return p.trigger_point + ":" + std::string(tpf::toString(p.side)); }

void sortByStart(Records& records) {
    std::stable_sort(records.begin(), records.end(), [](const SessionRecord& a, const SessionRecord& b) {
        return a.start_ms != b.start_ms ? a.start_ms < b.start_ms : a.id < b.id;
    });
}

} // namespace tpf::history
