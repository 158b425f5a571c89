#include "core/history/rules.h"
#include "core/json_checker.h"
#include "core/session/text_template.h"
#include "core/text.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

namespace tpf::history {
namespace {

using detail::child;
using nlohmann::json;

struct RulesChecker : detail::Checker {
    using detail::Checker::Checker;

    // A misspelt threshold would silently fall back to nothing; unknown fields are errors.
    void allowOnly(const json& object, const std::string& path, const std::vector<std::string>& allowed) {
        for (const auto& item : object.items())
            if (std::find(allowed.begin(), allowed.end(), item.key()) == allowed.end())
                problem(child(path, item.key()), "unknown field \"" + item.key() + "\"" +
                                                     didYouMean(closeMatches(item.key(), allowed)));
        // An optional "description" is for people reading the file, but still text.
        if (std::find(allowed.begin(), allowed.end(), "description") != allowed.end())
            (void)text(object, path, "description", false);
    }

    int boundedInt(const json& object, const std::string& path, std::string_view key, int min, int max) {
        auto v = integer(object, path, key);
        if (!v)
            return min;
        if (*v < min || *v > max) {
            problem(child(path, key), "expected an integer from " + std::to_string(min) + " to " +
                                          std::to_string(max) + ", found " + std::to_string(*v));
            return min;
        }
        return int(*v);
    }

    double boundedNumber(const json& object, const std::string& path, std::string_view key, double min,
                         double max) {
        auto v = number(object, path, key);
        if (!v)
            return min;
        if (*v < min || *v > max) {
            problem(child(path, key), "expected a number from " + detail::formatNumber(min) + " to " +
                                          detail::formatNumber(max) + ", found " + detail::formatNumber(*v));
            return min;
        }
        return *v;
    }

    const safety::ProfessionalAdvice* advice(const json& object, const std::string& path,
                                             const safety::Rules& safety,
                                             safety::ProfessionalTrigger trigger) {
        auto id = identifier(object, path, "see_a_professional");
        if (!id)
            return nullptr;
        std::vector<std::string> known;
        for (const auto& a : safety.see_a_professional) {
            if (a.id == *id) {
                if (a.trigger != trigger) {
                    problem(child(path, "see_a_professional"),
                            "safety.json advice \"" + *id + "\" has trigger \"" +
                                safety::toString(a.trigger) + "\" (expected \"" + safety::toString(trigger) +
                                "\")");
                    return nullptr;
                }
                return &a;
            }
            known.push_back(a.id);
        }
        problem(child(path, "see_a_professional"), "unknown safety.json see_a_professional id \"" + *id +
                                                       "\"" + didYouMean(closeMatches(*id, known)));
        return nullptr;
    }
};

const std::vector<std::string> kCommon = {"description"};
std::vector<std::string> with(std::vector<std::string> keys) {
    keys.insert(keys.end(), kCommon.begin(), kCommon.end());
    return keys;
}

void loadReleased(RulesChecker& c, const json& o, const std::string& p, Rules& r) {
    c.allowOnly(o, p,
                with({"max_tenderness", "band_from", "sessions", "text", "prevention_tips", "sources"}));
    r.released.max_tenderness = c.boundedInt(o, p, "max_tenderness", 0, 10);
    r.released.band_from = c.boundedInt(o, p, "band_from", 0, 10);
    if (r.released.band_from > r.released.max_tenderness)
        c.problem(child(p, "band_from"),
                  "above max_tenderness (" + std::to_string(r.released.max_tenderness) + ")");
    r.released.sessions = c.boundedInt(o, p, "sessions", 1, 20);
    r.released.text = c.text(o, p, "text").value_or("");
    r.released.sources = c.textList(o, p, "sources", true, 1);
    const json* tips = c.arrayMember(o, p, "prevention_tips");
    if (!tips)
        return;
    const std::string tp = child(p, "prevention_tips");
    if (tips->empty())
        c.problem(tp, "expected at least one prevention tip");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < tips->size(); ++i) {
        const std::string ip = child(tp, i);
        if (!c.isObject((*tips)[i], ip, "a tip"))
            continue;
        c.allowOnly((*tips)[i], ip, {"id", "text"});
        Tip tip{c.identifier((*tips)[i], ip, "id").value_or(""), c.text((*tips)[i], ip, "text").value_or("")};
        if (!tip.id.empty() && !seen.insert(tip.id).second)
            c.problem(child(ip, "id"), "duplicate tip id \"" + tip.id + "\"");
        r.released.prevention_tips.push_back(std::move(tip));
    }
}

void loadNoImprovement(RulesChecker& c, const json& o, const std::string& p, const safety::Rules& safety,
                       Rules& r) {
    c.allowOnly(
        o, p, with({"see_a_professional", "min_rated_days", "max_gap_days", "compare_sessions", "min_drop"}));
    auto& n = r.no_improvement;
    if (auto* a = c.advice(o, p, safety, safety::ProfessionalTrigger::no_improvement)) {
        n.advice_id = a->id;
        n.text = a->text;
        if (a->days && *a->days > 0)
            n.min_span_days = *a->days;
        else
            c.problem(child(p, "see_a_professional"),
                      "safety.json advice \"" + a->id + "\" has no \"days\" (the period of regular work)");
    }
    n.min_rated_days = c.boundedInt(o, p, "min_rated_days", 2, 60);
    n.max_gap_days = c.boundedInt(o, p, "max_gap_days", 1, 60);
    n.compare_sessions = c.boundedInt(o, p, "compare_sessions", 1, 10);
    n.min_drop = c.boundedInt(o, p, "min_drop", 1, 10);
    if (2 * n.compare_sessions > n.min_rated_days)
        c.problem(child(p, "compare_sessions"),
                  "twice compare_sessions (" + std::to_string(2 * n.compare_sessions) +
                      ") exceeds min_rated_days (" + std::to_string(n.min_rated_days) +
                      "): baseline and recent sessions would overlap");
}

void loadWorsening(RulesChecker& c, const json& o, const std::string& p, const safety::Rules& safety,
                   Rules& r) {
    c.allowOnly(o, p, with({"see_a_professional", "sessions", "min_rise"}));
    if (auto* a = c.advice(o, p, safety, safety::ProfessionalTrigger::worsening)) {
        r.worsening.advice_id = a->id;
        r.worsening.text = a->text;
    }
    r.worsening.sessions = c.boundedInt(o, p, "sessions", 2, 20);
    r.worsening.min_rise = c.boundedInt(o, p, "min_rise", 1, 10);
}

void loadHelped(RulesChecker& c, const json& o, const std::string& p, Rules& r) {
    c.allowOnly(o, p, with({"min_session_drop", "half_life_days", "prior_sessions", "min_score"}));
    r.helped.min_session_drop = c.boundedInt(o, p, "min_session_drop", 1, 10);
    r.helped.half_life_days = c.boundedNumber(o, p, "half_life_days", 1, 3650);
    r.helped.prior_sessions = c.boundedNumber(o, p, "prior_sessions", 0, 100);
    r.helped.min_score = c.boundedNumber(o, p, "min_score", 0, 1);
}

// A required text whose {placeholders} are all in `allowed`.
void templateText(RulesChecker& c, const json& o, const std::string& p, const char* key,
                  std::initializer_list<const char*> allowed, std::string& out) {
    auto v = c.text(o, p, key);
    if (!v)
        return;
    out = *v;
    for (const auto& name : session::placeholdersIn(out)) {
        if (std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return name == a; }))
            continue;
        std::string list;
        for (const char* a : allowed)
            list += std::string(list.empty() ? "" : ", ") + "{" + a + "}";
        c.problem(child(p, key), "unknown placeholder {" + name + "} (allowed: " + list + ")");
    }
}

void loadWhyTexts(RulesChecker& c, const json& o, const std::string& p, Rules& r) {
    c.allowOnly(o, p,
                with({"worsening", "released", "no_improvement", "first_session", "in_progress", "day_one",
                      "day_other", "decimal_mark"}));
    WhyTexts& w = r.why;
    templateText(c, o, p, "worsening", {"from", "to", "sessions"}, w.worsening);
    templateText(c, o, p, "released", {"max", "sessions"}, w.released);
    templateText(c, o, p, "no_improvement", {"rated_days", "span", "from", "to", "min_drop"},
                 w.no_improvement);
    templateText(c, o, p, "first_session", {"tenderness"}, w.first_session);
    templateText(c, o, p, "in_progress", {"from", "to", "sessions", "span"}, w.in_progress);
    templateText(c, o, p, "day_one", {"count"}, w.day_one);
    templateText(c, o, p, "day_other", {"count"}, w.day_other);
    if (auto mark = c.text(o, p, "decimal_mark")) {
        if (*mark == "." || *mark == ",")
            w.decimal_mark = *mark;
        else
            c.problem(child(p, "decimal_mark"), "expected \".\" or \",\", found \"" + *mark + "\"");
    }
}

void loadSources(RulesChecker& c, const json& root, Rules& r) {
    const json* list = c.arrayMember(root, "", "sources");
    if (!list)
        return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string ip = child("/sources", i);
        if (!c.isObject((*list)[i], ip, "a source"))
            continue;
        c.allowOnly((*list)[i], ip, {"id", "citation"});
        r.sources.push_back({c.identifier((*list)[i], ip, "id").value_or(""),
                             c.text((*list)[i], ip, "citation").value_or("")});
    }
    for (std::size_t i = 0; i < r.released.sources.size(); ++i) {
        const std::string& id = r.released.sources[i];
        bool known =
            std::any_of(r.sources.begin(), r.sources.end(), [&](const Source& s) { return s.id == id; });
        if (!known)
            c.problem(child("/released/sources", i), "unknown source id \"" + id + "\" (not in /sources)");
    }
}

} // namespace

RulesResult loadRules(const json& doc, const safety::Rules& safety, const std::string& file) {
    RulesResult result;
    RulesChecker c(file, result.problems);
    if (!c.isObject(doc, "", "the history rules"))
        return result;
    c.allowOnly(doc, "",
                with({"schema_version", "episode_gap_days", "not_enough_data_text", "in_progress_text",
                      "released", "no_improvement", "worsening", "helped_before", "why_texts", "sources"}));
    c.schemaVersion(doc);
    Rules r;
    r.episode_gap_days = c.boundedInt(doc, "", "episode_gap_days", 1, 365);
    r.not_enough_data_text = c.text(doc, "", "not_enough_data_text").value_or("");
    r.in_progress_text = c.text(doc, "", "in_progress_text").value_or("");
    if (const json* o = c.objectMember(doc, "", "released"))
        loadReleased(c, *o, "/released", r);
    if (const json* o = c.objectMember(doc, "", "no_improvement"))
        loadNoImprovement(c, *o, "/no_improvement", safety, r);
    if (const json* o = c.objectMember(doc, "", "worsening"))
        loadWorsening(c, *o, "/worsening", safety, r);
    if (const json* o = c.objectMember(doc, "", "helped_before"))
        loadHelped(c, *o, "/helped_before", r);
    if (const json* o = c.objectMember(doc, "", "why_texts"))
        loadWhyTexts(c, *o, "/why_texts", r);
    loadSources(c, doc, r);
    if (r.no_improvement.max_gap_days > r.episode_gap_days)
        c.problem("/no_improvement/max_gap_days",
                  "longer than episode_gap_days (" + std::to_string(r.episode_gap_days) + ")");
    if (result.problems.empty())
        result.rules = std::move(r);
    return result;
}

RulesResult loadRulesFromText(std::string_view text, const safety::Rules& safety, const std::string& file) {
    RulesResult result;
    auto doc = detail::parseJson(text, file, result.problems);
    if (!doc)
        return result;
    return loadRules(*doc, safety, file);
}

RulesResult loadRulesFromFile(const std::filesystem::path& path, const safety::Rules& safety) {
    RulesResult result;
    auto text = detail::readTextFile(path.string(), result.problems);
    if (!text)
        return result;
    return loadRulesFromText(*text, safety, path.string());
}

} // namespace tpf::history
