#include "core/safety/evaluate.h"

#include <algorithm>

namespace tpf::safety {

Answer Answers::answer(const std::string& question_id) const {
    auto it = general.find(question_id);
    return it == general.end() ? Answer::unanswered : it->second;
}

Answer Answers::localAnswer(const PointRef& point, const std::string& question_id) const {
    auto p = local.find(point);
    if (p == local.end())
        return Answer::unanswered;
    auto it = p->second.find(question_id);
    return it == p->second.end() ? Answer::unanswered : it->second;
}

namespace {

bool contains(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

bool excludedBy(const Question& q, const PointContext& p) {
    if (contains(q.excluded_areas, p.area))
        return true;
    return std::any_of(p.danger_zones.begin(), p.danger_zones.end(),
                       [&](const DangerZone& z) { return contains(q.excluded_danger_zones, z.id); });
}

const std::string& zoneKey(const DangerZone& z) { return z.id.empty() ? z.label : z.id; }

} // namespace

Outcome evaluate(const Rules& rules, const Answers& answers, const std::vector<PointContext>& chosenPoints) {
    Outcome out;
    bool blocked = false;
    bool incomplete = false;
    bool caution = false;
    std::vector<bool> excluded(chosenPoints.size(), false);

    auto exclude = [&](std::size_t i, const std::string& rule, const std::string& text,
                       const std::string& instead) {
        excluded[i] = true;
        out.excluded_points.push_back({chosenPoints[i].point, chosenPoints[i].name, rule, text, instead});
    };

    for (const Question& q : rules.questions) {
        if (q.category == Category::local)
            continue;
        const Answer a = answers.answer(q.id);
        if (a == Answer::unanswered) {
            out.unanswered.push_back(q.id);
            incomplete = true;
            continue;
        }
        if (a == Answer::no)
            continue;
        if (q.category == Category::red_flag) {
            out.reasons.push_back({q.id, q.category, Level::blocked, q.urgency, q.outcome, q.instead});
            blocked = true;
            continue;
        }
        // clinician_first: locked until cleared; some areas stay out even then.
        if (answers.clinician_cleared.count(q.id)) {
            out.reasons.push_back({q.id, q.category, Level::caution, q.urgency, q.outcome_cleared, {}});
            caution = true;
        } else {
            out.reasons.push_back({q.id, q.category, Level::blocked, q.urgency, q.outcome, q.instead});
            blocked = true;
        }
        for (std::size_t i = 0; i < chosenPoints.size(); ++i)
            if (!excluded[i] && excludedBy(q, chosenPoints[i]))
                exclude(i, q.id, q.exclusion_text, q.instead);
    }

    const auto localQuestions = rules.questionsIn(Category::local);
    for (std::size_t i = 0; i < chosenPoints.size(); ++i) {
        if (excluded[i])
            continue; // no point asking about the skin over a point that is out anyway
        const PointRef& ref = chosenPoints[i].point;
        // One "yes" settles the point; the remaining questions about it no longer matter.
        for (const Question* q : localQuestions) {
            if (answers.localAnswer(ref, q->id) == Answer::yes) {
                exclude(i, q->id, q->outcome, q->instead);
                break;
            }
        }
        if (excluded[i])
            continue;
        for (const Question* q : localQuestions) {
            if (answers.localAnswer(ref, q->id) == Answer::unanswered) {
                out.unanswered.push_back(q->id + "@" + toString(ref));
                incomplete = true;
            }
        }
    }

    const bool anyLeft = std::find(excluded.begin(), excluded.end(), false) != excluded.end();
    if (!chosenPoints.empty() && !anyLeft) {
        out.reasons.push_back({"no_points_left", Category::local, Level::blocked, Urgency::none,
                               rules.no_points_left.text, rules.no_points_left.instead});
        blocked = true;
    }

    for (std::size_t i = 0; i < chosenPoints.size(); ++i) {
        if (excluded[i])
            continue;
        const PointContext& p = chosenPoints[i];
        for (const DangerZone& z : p.danger_zones) {
            auto it = std::find_if(out.danger_zones.begin(), out.danger_zones.end(),
                                   [&](const DangerZoneNotice& n) { return zoneKey(n.zone) == zoneKey(z); });
            if (it == out.danger_zones.end()) {
                out.danger_zones.push_back({z, {}, {}});
                it = std::prev(out.danger_zones.end());
            }
            if (std::find(it->points.begin(), it->points.end(), p.point) == it->points.end()) {
                it->points.push_back(p.point);
                it->point_names.push_back(p.name);
            }
        }
        if (!p.cautions.empty())
            out.point_cautions.push_back({p.point, p.name, p.cautions});
    }

    if (blocked)
        out.level = Level::blocked;
    else if (incomplete)
        out.level = Level::incomplete;
    else if (caution || !out.excluded_points.empty())
        out.level = Level::caution;
    else
        out.level = Level::ok;

    // Danger zones are shown for every session; reading them is part of starting safely.
    out.acknowledgement_required =
        out.level == Level::caution || (out.level == Level::ok && !out.danger_zones.empty());
    return out;
}

const char* toString(Answer a) {
    switch (a) {
    case Answer::unanswered: return "unanswered";
    case Answer::no: return "no";
    case Answer::yes: return "yes";
    }
    return "?";
}

const char* toString(Level l) {
    switch (l) {
    case Level::ok: return "ok";
    case Level::caution: return "caution";
    case Level::blocked: return "blocked";
    case Level::incomplete: return "incomplete";
    }
    return "?";
}

std::string toString(const PointRef& p) { return p.trigger_point + "/" + std::string(tpf::toString(p.side)); }

} // namespace tpf::safety
