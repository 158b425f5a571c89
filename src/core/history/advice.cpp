#include "core/history/advice.h"

#include "core/json_checker.h"
#include "core/session/text_template.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace tpf::history {
namespace {

using session::fillTemplate;

// One decimal at most, with the rules' decimal mark ("4.5", or "4,5" in German).
std::string num(double v, const WhyTexts& why) {
    std::string out = detail::formatNumber(std::round(v * 10) / 10);
    if (why.decimal_mark != ".")
        if (auto dot = out.find('.'); dot != std::string::npos)
            out.replace(dot, 1, why.decimal_mark);
    return out;
}

double mean(std::vector<PointSession>::const_iterator first, std::vector<PointSession>::const_iterator last) {
    double sum = 0;
    int n = 0;
    for (auto it = first; it != last; ++it, ++n)
        sum += *it->first_tenderness;
    return n ? sum / n : 0;
}

std::string days(std::int64_t n, const WhyTexts& why) {
    return fillTemplate(n == 1 ? why.day_one : why.day_other, {{"count", std::to_string(n)}});
}

bool worsening(const std::vector<PointSession>& ep, const Rules& rules, Advice& a) {
    const auto& w = rules.worsening;
    if (ep.size() < std::size_t(w.sessions))
        return false;
    auto first = ep.end() - w.sessions;
    for (auto it = first + 1; it != ep.end(); ++it)
        if (*it->first_tenderness < *(it - 1)->first_tenderness)
            return false;
    const int from = *first->first_tenderness, to = *ep.back().first_tenderness;
    if (to - from < w.min_rise || to <= rules.released.max_tenderness)
        return false;
    a.kind = AdviceKind::Worsening;
    a.advice_id = w.advice_id;
    a.text = w.text;
    a.why = fillTemplate(rules.why.worsening, {{"from", std::to_string(from)},
                                               {"to", std::to_string(to)},
                                               {"sessions", std::to_string(w.sessions)}});
    return true;
}

bool released(const std::vector<PointSession>& ep, const Rules& rules, Advice& a) {
    const auto& r = rules.released;
    if (ep.size() < std::size_t(r.sessions))
        return false;
    for (auto it = ep.end() - r.sessions; it != ep.end(); ++it)
        if (*it->first_tenderness > r.max_tenderness)
            return false;
    a.kind = AdviceKind::Released;
    a.text = r.text;
    a.tips = r.prevention_tips;
    a.why = fillTemplate(rules.why.released, {{"max", std::to_string(r.max_tenderness)},
                                              {"sessions", std::to_string(r.sessions)}});
    return true;
}

bool noImprovement(const std::vector<PointSession>& ep, const Rules& rules, Advice& a) {
    const auto& n = rules.no_improvement;
    const std::int64_t lastDay = ep.back().day;
    // The latest stretch of at least min_span_days: from the latest session that far back.
    auto start = ep.end();
    for (auto it = ep.begin(); it != ep.end(); ++it)
        if (lastDay - it->day >= n.min_span_days)
            start = it;
    if (start == ep.end())
        return false;
    std::set<std::int64_t> ratedDays;
    for (auto it = start; it != ep.end(); ++it)
        ratedDays.insert(it->day);
    if (int(ratedDays.size()) < n.min_rated_days)
        return false;
    for (auto it = std::next(ratedDays.begin()); it != ratedDays.end(); ++it)
        if (*it - *std::prev(it) > n.max_gap_days)
            return false;
    const std::size_t count = std::size_t(ep.end() - start);
    if (count < 2 * std::size_t(n.compare_sessions))
        return false;
    const double baseline = mean(start, start + n.compare_sessions);
    const double recent = mean(ep.end() - n.compare_sessions, ep.end());
    if (baseline - recent >= n.min_drop)
        return false;
    a.kind = AdviceKind::NoImprovement;
    a.advice_id = n.advice_id;
    a.text = n.text;
    a.why = fillTemplate(rules.why.no_improvement, {{"rated_days", std::to_string(ratedDays.size())},
                                                    {"span", days(lastDay - start->day, rules.why)},
                                                    {"from", num(baseline, rules.why)},
                                                    {"to", num(recent, rules.why)},
                                                    {"min_drop", std::to_string(n.min_drop)}});
    return true;
}

int rank(AdviceKind k) {
    switch (k) {
    case AdviceKind::Worsening: return 0;
    case AdviceKind::NoImprovement: return 1;
    case AdviceKind::Released: return 2;
    case AdviceKind::InProgress: return 3;
    case AdviceKind::NotEnoughData: return 4;
    }
    return 5;
}

} // namespace

const char* toString(AdviceKind kind) {
    switch (kind) {
    case AdviceKind::NotEnoughData: return "not_enough_data";
    case AdviceKind::InProgress: return "in_progress";
    case AdviceKind::Released: return "released";
    case AdviceKind::NoImprovement: return "no_improvement";
    case AdviceKind::Worsening: return "worsening";
    }
    return "not_enough_data";
}

std::vector<PointSession> currentEpisode(const PointTrend& trend, const Rules& rules) {
    std::vector<PointSession> rated;
    for (const PointSession& s : trend.sessions)
        if (s.first_tenderness)
            rated.push_back(s);
    std::size_t begin = rated.size();
    while (begin > 0 &&
           (begin == rated.size() || rated[begin].day - rated[begin - 1].day <= rules.episode_gap_days))
        --begin;
    return {rated.begin() + std::ptrdiff_t(begin), rated.end()};
}

Advice assess(const PointTrend& trend, const Rules& rules) {
    Advice a;
    a.point = trend.point;
    const auto ep = currentEpisode(trend, rules);
    if (ep.empty()) {
        a.kind = AdviceKind::NotEnoughData;
        a.text = rules.not_enough_data_text;
        return a;
    }
    if (worsening(ep, rules, a) || released(ep, rules, a) || noImprovement(ep, rules, a))
        return a;
    a.kind = AdviceKind::InProgress;
    a.text = rules.in_progress_text;
    const int from = *ep.front().first_tenderness, to = *ep.back().first_tenderness;
    a.why = ep.size() == 1 ? fillTemplate(rules.why.first_session, {{"tenderness", std::to_string(to)}})
                           : fillTemplate(rules.why.in_progress,
                                          {{"from", std::to_string(from)},
                                           {"to", std::to_string(to)},
                                           {"sessions", std::to_string(ep.size())},
                                           {"span", days(ep.back().day - ep.front().day + 1, rules.why)}});
    return a;
}

std::vector<Advice> assessAll(const Records& records, const Rules& rules, const Clock& clock) {
    std::vector<Advice> out;
    for (const PointTrend& t : pointTrends(records, clock))
        out.push_back(assess(t, rules));
    std::stable_sort(out.begin(), out.end(),
                     [](const Advice& x, const Advice& y) { return rank(x.kind) < rank(y.kind); });
    return out;
}

} // namespace tpf::history
