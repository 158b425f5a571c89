#include "core/safety/load.h"

#include "core/json_checker.h"
#include "core/text.h"

#include <algorithm>
#include <set>
#include <utility>

namespace tpf::safety {
namespace {

using detail::child;
using detail::describe;
using nlohmann::json;

template <class E> using Options = std::vector<std::pair<std::string_view, E>>;

const Options<Category> kCategories = {{"red_flag", Category::red_flag},
                                       {"clinician_first", Category::clinician_first},
                                       {"local", Category::local}};
const Options<Urgency> kUrgencies = {
    {"see_doctor", Urgency::see_doctor}, {"urgent", Urgency::urgent}, {"emergency", Urgency::emergency}};
const Options<When> kWhens = {{"before", When::before}, {"during", When::during}, {"after", When::after}};
const Options<Action> kActions = {
    {"stop", Action::stop}, {"ease_off", Action::ease_off}, {"info", Action::info}};
const Options<ProfessionalTrigger> kTriggers = {{"no_improvement", ProfessionalTrigger::no_improvement},
                                                {"worsening", ProfessionalTrigger::worsening}};

// What the shared checker does not cover: unknown keys (a misspelt "excluded_areas" would silently
// drop a safety exclusion), unique ids, bounded integers, booleans, and source references.
struct SafetyChecker : detail::Checker {
    using detail::Checker::Checker;

    struct SourceUse {
        std::string path;
        std::string id;
    };
    std::vector<SourceUse> sourceUses;

    void allowOnly(const json& object, const std::string& path, const std::vector<std::string>& allowed) {
        for (const auto& item : object.items())
            if (std::find(allowed.begin(), allowed.end(), item.key()) == allowed.end())
                problem(child(path, item.key()), "unknown field \"" + item.key() + "\"" +
                                                     didYouMean(closeMatches(item.key(), allowed)));
    }

    std::string uniqueId(const json& object, const std::string& path, std::set<std::string>& seen) {
        auto id = identifier(object, path, "id");
        if (!id)
            return {};
        if (!seen.insert(*id).second)
            problem(child(path, "id"), "duplicate id \"" + *id + "\"");
        return *id;
    }

    int boundedInt(const json& object, const std::string& path, std::string_view key, int min, int max,
                   int fallback) {
        auto v = integer(object, path, key);
        if (!v)
            return fallback;
        if (*v < min || *v > max) {
            problem(child(path, key), "expected a whole number from " + std::to_string(min) + " to " +
                                          std::to_string(max) + ", found " + std::to_string(*v));
            return fallback;
        }
        return static_cast<int>(*v);
    }

    bool boolean(const json& object, const std::string& path, std::string_view key, bool fallback) {
        const json* v = member(object, path, key, "true or false");
        if (!v)
            return fallback;
        if (!v->is_boolean()) {
            problem(child(path, key), "expected true or false, found " + describe(*v));
            return fallback;
        }
        return v->get<bool>();
    }

    std::vector<std::string> sources(const json& object, const std::string& path) {
        auto ids = textList(object, path, "sources", true, 1);
        for (std::size_t i = 0; i < ids.size(); ++i)
            sourceUses.push_back({child(child(path, "sources"), i), ids[i]});
        return ids;
    }

    // Array of objects under `key`, at least one; calls each(element, elementPath).
    template <class F>
    void forEach(const json& object, const std::string& path, std::string_view key, std::string_view what,
                 F&& each) {
        const json* list = arrayMember(object, path, key);
        if (!list)
            return;
        const std::string listPath = child(path, key);
        if (list->empty())
            problem(listPath, "expected at least 1 entry, found 0");
        for (std::size_t i = 0; i < list->size(); ++i)
            if (isObject((*list)[i], child(listPath, i), what))
                each((*list)[i], child(listPath, i));
    }
};

void readQuestion(SafetyChecker& c, const json& q, const std::string& p, std::set<std::string>& ids,
                  Rules& rules) {
    c.allowOnly(q, p,
                {"id", "category", "text", "explanation", "outcome", "instead", "urgency", "outcome_cleared",
                 "excluded_areas", "excluded_danger_zones", "exclusion_text", "sources"});
    Question out;
    out.id = c.uniqueId(q, p, ids);
    out.category = c.choice(q, p, "category", kCategories).value_or(Category::red_flag);
    out.text = c.text(q, p, "text").value_or("");
    out.explanation = c.text(q, p, "explanation").value_or("");
    out.outcome = c.text(q, p, "outcome").value_or("");
    out.instead = c.text(q, p, "instead").value_or("");
    out.sources = c.sources(q, p);

    if (out.category == Category::red_flag)
        out.urgency = c.choice(q, p, "urgency", kUrgencies).value_or(Urgency::urgent);
    else if (q.contains("urgency"))
        c.problem(child(p, "urgency"), "only red_flag questions have an urgency");

    if (out.category != Category::clinician_first) {
        for (const char* key :
             {"outcome_cleared", "excluded_areas", "excluded_danger_zones", "exclusion_text"})
            if (q.contains(key))
                c.problem(child(p, key), "only clinician_first questions have \"" + std::string(key) + "\"");
        rules.questions.push_back(std::move(out));
        return;
    }

    out.outcome_cleared = c.text(q, p, "outcome_cleared").value_or("");
    out.excluded_areas = c.textList(q, p, "excluded_areas", false, 0);
    out.excluded_danger_zones = c.textList(q, p, "excluded_danger_zones", false, 0);
    if (!out.excluded_areas.empty() || !out.excluded_danger_zones.empty())
        out.exclusion_text = c.text(q, p, "exclusion_text").value_or("");
    else if (q.contains("exclusion_text"))
        c.problem(child(p, "exclusion_text"), "only needed with excluded_areas or excluded_danger_zones");
    const auto& known = knownAreas();
    for (std::size_t i = 0; i < out.excluded_areas.size(); ++i) {
        const auto& area = out.excluded_areas[i];
        if (std::find(known.begin(), known.end(), area) == known.end())
            c.problem(child(child(p, "excluded_areas"), i),
                      "unknown muscle area \"" + area + "\"" + didYouMean(closeMatches(area, known)));
    }
    for (std::size_t i = 0; i < out.excluded_danger_zones.size(); ++i)
        if (!detail::isIdentifier(out.excluded_danger_zones[i]))
            c.problem(child(child(p, "excluded_danger_zones"), i),
                      "bad danger zone id \"" + out.excluded_danger_zones[i] + "\" (expected [a-z0-9_]+)");
    rules.questions.push_back(std::move(out));
}

void readReviewPolicy(SafetyChecker& c, const json& root, Rules& rules) {
    const json* v = c.objectMember(root, "", "review_policy");
    if (!v)
        return;
    const std::string p = "/review_policy";
    c.allowOnly(*v, p,
                {"full_review_before_first_session", "full_review_every_days",
                 "full_review_when_an_answer_changes", "full_review_text", "short_reconfirm_text"});
    auto& r = rules.review_policy;
    r.full_review_before_first_session = c.boolean(*v, p, "full_review_before_first_session", true);
    r.full_review_every_days = c.boundedInt(*v, p, "full_review_every_days", 1, 365, 30);
    r.full_review_when_an_answer_changes = c.boolean(*v, p, "full_review_when_an_answer_changes", true);
    r.full_review_text = c.text(*v, p, "full_review_text").value_or("");
    r.short_reconfirm_text = c.text(*v, p, "short_reconfirm_text").value_or("");
}

} // namespace

const std::vector<std::string>& knownAreas() {
    static const std::vector<std::string> areas = {
        "head",    "neck",     "shoulder", "upper_back", "chest", "arm",  "forearm", "hand",
        "abdomen", "low_back", "pelvis",   "hip",        "thigh", "knee", "leg",     "foot"};
    return areas;
}

LoadResult loadRules(const json& root, const std::string& file) {
    LoadResult result;
    SafetyChecker c(file, result.problems);
    if (!c.isObject(root, "", "the safety rules document"))
        return result;

    Rules rules;
    c.allowOnly(root, "",
                {"schema_version", "sources", "disclaimer", "review_policy", "no_points_left", "questions",
                 "session_rules", "see_a_professional"});
    c.schemaVersion(root);

    std::set<std::string> sourceIds;
    c.forEach(root, "", "sources", "a source", [&](const json& s, const std::string& p) {
        c.allowOnly(s, p, {"id", "citation"});
        rules.sources.push_back({c.uniqueId(s, p, sourceIds), c.text(s, p, "citation").value_or("")});
    });
    rules.disclaimer = c.text(root, "", "disclaimer").value_or("");
    readReviewPolicy(c, root, rules);
    if (const json* v = c.objectMember(root, "", "no_points_left")) {
        c.allowOnly(*v, "/no_points_left", {"text", "instead"});
        rules.no_points_left.text = c.text(*v, "/no_points_left", "text").value_or("");
        rules.no_points_left.instead = c.text(*v, "/no_points_left", "instead").value_or("");
    }

    std::set<std::string> questionIds;
    c.forEach(root, "", "questions", "a question",
              [&](const json& q, const std::string& p) { readQuestion(c, q, p, questionIds, rules); });
    if (root.contains("questions") && root["questions"].is_array())
        for (Category cat : {Category::red_flag, Category::clinician_first, Category::local})
            if (rules.questionsIn(cat).empty())
                c.problem("/questions",
                          std::string("expected at least one question of category ") + toString(cat));

    std::set<std::string> ruleIds;
    c.forEach(root, "", "session_rules", "a session rule", [&](const json& r, const std::string& p) {
        c.allowOnly(r, p, {"id", "when", "action", "text", "sources"});
        SessionRule out;
        out.id = c.uniqueId(r, p, ruleIds);
        out.when = c.choice(r, p, "when", kWhens).value_or(When::during);
        out.action = c.choice(r, p, "action", kActions).value_or(Action::info);
        out.text = c.text(r, p, "text").value_or("");
        out.sources = c.sources(r, p);
        rules.session_rules.push_back(std::move(out));
    });

    std::set<std::string> adviceIds;
    c.forEach(root, "", "see_a_professional", "an advice entry", [&](const json& a, const std::string& p) {
        c.allowOnly(a, p, {"id", "trigger", "days", "text", "sources"});
        ProfessionalAdvice out;
        out.id = c.uniqueId(a, p, adviceIds);
        out.trigger = c.choice(a, p, "trigger", kTriggers).value_or(ProfessionalTrigger::worsening);
        if (a.contains("days") || out.trigger == ProfessionalTrigger::no_improvement)
            out.days = c.boundedInt(a, p, "days", 1, 365, 14);
        out.text = c.text(a, p, "text").value_or("");
        out.sources = c.sources(a, p);
        rules.see_a_professional.push_back(std::move(out));
    });

    const std::vector<std::string> known(sourceIds.begin(), sourceIds.end());
    for (const auto& use : c.sourceUses)
        if (!sourceIds.count(use.id))
            c.problem(use.path,
                      "unknown source id \"" + use.id + "\"" + didYouMean(closeMatches(use.id, known)));

    if (result.problems.empty())
        result.rules = std::move(rules);
    return result;
}

LoadResult loadRulesFromText(std::string_view text, const std::string& file) {
    LoadResult result;
    if (auto root = detail::parseJson(text, file, result.problems))
        return loadRules(*root, file);
    return result;
}

LoadResult loadRulesFromFile(const std::filesystem::path& path) {
    LoadResult result;
    if (auto text = detail::readTextFile(path.string(), result.problems))
        return loadRulesFromText(*text, path.string());
    return result;
}

} // namespace tpf::safety
