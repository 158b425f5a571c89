#include "core/history/helped.h"

#include <cmath>
#include <set>

namespace tpf::history {

HelpedBefore helpedBefore(const Records& records, const PointRef& point, const Rules& rules,
                          std::int64_t now_ms) {
    const HelpedRule& h = rules.helped;
    HelpedBefore out;
    double weighted = 0, weights = 0;
    for (const PointSession& s : pointSessions(records, point, 0)) {
        out.last_ms = std::max(out.last_ms, s.start_ms);
        if (s.sharp_pain)
            ++out.sharp_pain_sessions;
        if (!s.first_tenderness && !s.sharp_pain)
            continue;
        bool helped = false;
        if (!s.sharp_pain) {
            ++out.rated_sessions;
            const int before = *s.first_tenderness, after = *s.last_tenderness;
            helped = before - after >= h.min_session_drop ||
                     (before > rules.released.max_tenderness && after <= rules.released.max_tenderness);
            out.helped_sessions += helped;
        }
        const double ageDays = std::max<double>(0, double(now_ms - s.start_ms) / double(kMsPerDay));
        const double w = std::pow(0.5, ageDays / h.half_life_days);
        weighted += helped ? w : 0;
        weights += w;
    }
    out.score = (weighted + 0.5 * h.prior_sessions) / (weights + h.prior_sessions);
    if (weights + h.prior_sessions <= 0)
        out.score = 0.5;
    out.helped = out.helped_sessions > 0 && out.score >= h.min_score;
    return out;
}

HelpedBefore helpedBefore(const Records& records, std::string_view trigger_point, const Rules& rules,
                          std::int64_t now_ms) {
    HelpedBefore best;
    bool any = false;
    for (Side side : {Side::Left, Side::Right, Side::Midline}) {
        HelpedBefore h = helpedBefore(records, PointRef{std::string(trigger_point), side}, rules, now_ms);
        if (h.last_ms == 0)
            continue;
        if (!any || h.score > best.score) {
            best = h;
            any = true;
        }
    }
    return best;
}

std::map<std::string, HelpedBefore> helpedBeforeAll(const Records& records, const Rules& rules,
                                                    std::int64_t now_ms) {
    std::set<std::string> ids;
    for (const SessionRecord& r : records)
        for (const HoldRecord& hold : r.holds)
            ids.insert(hold.point.trigger_point);
    std::map<std::string, HelpedBefore> out;
    for (const std::string& id : ids)
        out.emplace(id, helpedBefore(records, id, rules, now_ms));
    return out;
}

} // namespace tpf::history
