// tpfinder-cli safety: print the safety questions and rules, or evaluate a file of answers.

#include "cli/args.h"
#include "cli/commands.h"
#include "core/data_dir.h"
#include "core/safety/evaluate.h"
#include "core/safety/load.h"
#include "core/text.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>

namespace tpf::cli {
namespace {

using namespace tpf::safety;
using ojson = nlohmann::ordered_json;

constexpr const char* kUsage = "Usage: tpfinder-cli safety [--json] [--answers FILE]\n";

std::optional<Rules> loadSafetyRules(Context& ctx) {
    DataDirResult dir = findDataDir(ctx.dataDirOption());
    if (!dir.ok()) {
        ctx.err << "tpfinder-cli: " << dir.error << '\n';
        return std::nullopt;
    }
    safety::LoadResult result = loadRulesFromFile(dir.path / "safety.json");
    for (const auto& p : result.problems)
        ctx.err << p.toString() << '\n';
    if (!result.ok())
        ctx.err << "tpfinder-cli: the safety data has " << result.problems.size() << " problem(s)\n";
    return std::move(result.rules);
}

// ---- printing the rules ----

ojson rulesJson(const Rules& rules) {
    ojson questions = ojson::array();
    for (const Question& q : rules.questions) {
        ojson j = {{"id", q.id},           {"category", toString(q.category)},
                   {"text", q.text},       {"explanation", q.explanation},
                   {"outcome", q.outcome}, {"instead", q.instead}};
        if (q.category == Category::red_flag)
            j["urgency"] = toString(q.urgency);
        if (q.category == Category::clinician_first) {
            j["outcome_cleared"] = q.outcome_cleared;
            j["excluded_areas"] = q.excluded_areas;
            j["excluded_danger_zones"] = q.excluded_danger_zones;
            if (!q.exclusion_text.empty())
                j["exclusion_text"] = q.exclusion_text;
        }
        j["sources"] = q.sources;
        questions.push_back(std::move(j));
    }
    ojson sessionRules = ojson::array();
    for (const SessionRule& r : rules.session_rules)
        sessionRules.push_back(
            {{"id", r.id}, {"when", toString(r.when)}, {"action", toString(r.action)}, {"text", r.text}});
    ojson advice = ojson::array();
    for (const ProfessionalAdvice& a : rules.see_a_professional) {
        ojson j = {{"id", a.id}, {"trigger", toString(a.trigger)}};
        if (a.days)
            j["days"] = *a.days;
        j["text"] = a.text;
        advice.push_back(std::move(j));
    }
    ojson sources = ojson::array();
    for (const Source& s : rules.sources)
        sources.push_back({{"id", s.id}, {"citation", s.citation}});
    const ReviewPolicy& p = rules.review_policy;
    return {{"disclaimer", rules.disclaimer},
            {"review_policy",
             {{"full_review_before_first_session", p.full_review_before_first_session},
              {"full_review_every_days", p.full_review_every_days},
              {"full_review_when_an_answer_changes", p.full_review_when_an_answer_changes},
              {"full_review_text", p.full_review_text},
              {"short_reconfirm_text", p.short_reconfirm_text}}},
            {"questions", questions},
            {"session_rules", sessionRules},
            {"see_a_professional", advice},
            {"sources", sources}};
}

void printRules(std::ostream& out, const Rules& rules) {
    out << rules.disclaimer << "\n\n" << rules.review_policy.full_review_text << '\n';
    const std::pair<Category, const char*> sections[] = {
        {Category::red_flag, "Red flags (yes: do not self-treat, seek medical care)"},
        {Category::clinician_first, "Ask a clinician first (yes: locked until a clinician has cleared it)"},
        {Category::local, "Asked for each chosen point (yes: that point is left out)"}};
    for (const auto& [category, title] : sections) {
        out << '\n' << title << ":\n";
        for (const Question* q : rules.questionsIn(category)) {
            out << "  [" << q->id << "] " << q->text << '\n'
                << "      Why: " << q->explanation << '\n'
                << "      If yes: " << q->outcome << '\n'
                << "      Instead: " << q->instead << '\n';
            if (!q->exclusion_text.empty())
                out << "      Always: " << q->exclusion_text << '\n';
        }
    }
    out << "\nDuring and after a session:\n";
    for (const SessionRule& r : rules.session_rules)
        out << "  - (" << toString(r.when) << ") " << r.text << '\n';
    out << "\nWhen to see a professional:\n";
    for (const ProfessionalAdvice& a : rules.see_a_professional)
        out << "  - " << a.text << '\n';
    out << "\nFull review before the first session and every " << rules.review_policy.full_review_every_days
        << " days, or when an answer changes; otherwise: " << rules.review_policy.short_reconfirm_text
        << '\n';
}

// ---- reading an answers file ----

struct Input {
    Answers answers;
    std::vector<PointContext> points;
    std::vector<std::string> errors; // "/json/pointer: message"
};

std::optional<Side> parseSide(const std::string& s) {
    if (s == "left")
        return Side::Left;
    if (s == "right")
        return Side::Right;
    if (s == "midline")
        return Side::Midline;
    return std::nullopt;
}

std::vector<std::string> idsIn(const Rules& rules, Category c) {
    std::vector<std::string> out;
    for (const Question* q : rules.questionsIn(c))
        out.push_back(q->id);
    return out;
}

void readGeneralAnswers(const Rules& rules, const nlohmann::json& root, Input& in) {
    const auto it = root.find("answers");
    if (it == root.end())
        return; // every question stays unanswered; evaluate() reports the review as incomplete
    if (!it->is_object()) {
        in.errors.push_back("/answers: expected an object {\"question_id\": true|false}");
        return;
    }
    std::vector<std::string> known = idsIn(rules, Category::red_flag);
    for (const auto& id : idsIn(rules, Category::clinician_first))
        known.push_back(id);
    for (const auto& [id, value] : it->items()) {
        const Question* q = rules.question(id);
        if (q && q->category == Category::local)
            in.errors.push_back("/answers/" + id + ": \"" + id +
                                "\" is asked per point (points/N/local_exclusions)");
        else if (!q)
            in.errors.push_back("/answers/" + id + ": unknown question \"" + id + "\"" +
                                didYouMean(closeMatches(id, known)));
        else if (value.is_boolean())
            in.answers.general[id] = value.get<bool>() ? Answer::yes : Answer::no;
        else if (!value.is_null()) // null: explicitly unanswered
            in.errors.push_back("/answers/" + id + ": expected true, false or null");
    }
}

void readClearances(const Rules& rules, const nlohmann::json& root, Input& in) {
    const auto it = root.find("clinician_cleared");
    if (it == root.end())
        return;
    if (!it->is_array()) {
        in.errors.push_back("/clinician_cleared: expected an array of question ids");
        return;
    }
    const auto known = idsIn(rules, Category::clinician_first);
    for (std::size_t i = 0; i < it->size(); ++i) {
        const auto& v = (*it)[i];
        const std::string path = "/clinician_cleared/" + std::to_string(i);
        const Question* q = v.is_string() ? rules.question(v.get<std::string>()) : nullptr;
        if (!v.is_string())
            in.errors.push_back(path + ": expected a question id");
        else if (!q || q->category != Category::clinician_first)
            in.errors.push_back(path + ": \"" + v.get<std::string>() +
                                "\" is not a clinician-first condition" +
                                didYouMean(closeMatches(v.get<std::string>(), known)));
        else
            in.answers.clinician_cleared.insert(q->id);
    }
}

PointContext contextOf(const Database& db, const TriggerPoint& tp, Side side) {
    PointContext p;
    p.point = {tp.id, side};
    p.name = tp.name;
    p.area = db.muscleOf(tp).area;
    for (const auto& id : tp.dangerZones)
        if (const DangerZone* z = db.dangerZone(id))
            p.danger_zones.push_back(*z);
    p.cautions = tp.cautions;
    return p;
}

void readPoints(Context& ctx, const Rules& rules, const nlohmann::json& root, Input& in, bool& dataFailed) {
    const auto it = root.find("points");
    if (it == root.end())
        return;
    if (!it->is_array()) {
        in.errors.push_back("/points: expected an array");
        return;
    }
    if (it->empty())
        return;
    const Database* db = ctx.database();
    if (!db) {
        dataFailed = true;
        return;
    }
    std::vector<std::string> pointIds;
    for (const auto& tp : db->triggerPoints)
        pointIds.push_back(tp.id);
    const auto localIds = idsIn(rules, Category::local);
    for (std::size_t i = 0; i < it->size(); ++i) {
        const auto& e = (*it)[i];
        const std::string path = "/points/" + std::to_string(i);
        if (!e.is_object()) {
            in.errors.push_back(path + ": expected {\"trigger_point\": ID, \"side\": \"left\"|\"right\"}");
            continue;
        }
        const TriggerPoint* tp = nullptr;
        if (auto id = e.find("trigger_point"); id == e.end() || !id->is_string())
            in.errors.push_back(path + "/trigger_point: expected a trigger point id");
        else if (!(tp = db->triggerPoint(id->get<std::string>())))
            in.errors.push_back(path + "/trigger_point: unknown trigger point \"" + id->get<std::string>() +
                                "\"" + didYouMean(closeMatches(id->get<std::string>(), pointIds)));
        std::optional<Side> side;
        if (auto s = e.find("side");
            s == e.end() || !s->is_string() || !(side = parseSide(s->get<std::string>())))
            in.errors.push_back(path + "/side: expected \"left\", \"right\" or \"midline\"");
        if (!tp || !side)
            continue;
        PointContext p = contextOf(*db, *tp, *side);
        if (auto local = e.find("local_exclusions"); local != e.end()) {
            if (!local->is_object()) {
                in.errors.push_back(path +
                                    "/local_exclusions: expected an object {\"question_id\": true|false}");
            } else {
                for (const auto& [qid, value] : local->items()) {
                    const Question* q = rules.question(qid);
                    const std::string qpath = path + "/local_exclusions/" + qid;
                    if (!q || q->category != Category::local)
                        in.errors.push_back(qpath + ": unknown local question \"" + qid + "\"" +
                                            didYouMean(closeMatches(qid, localIds)));
                    else if (value.is_boolean())
                        in.answers.local[p.point][qid] = value.get<bool>() ? Answer::yes : Answer::no;
                    else if (!value.is_null())
                        in.errors.push_back(qpath + ": expected true, false or null");
                }
            }
        }
        in.points.push_back(std::move(p));
    }
}

// ---- printing the outcome ----

ojson outcomeJson(const Outcome& o) {
    ojson reasons = ojson::array();
    for (const Reason& r : o.reasons)
        reasons.push_back({{"rule_id", r.rule_id},
                           {"category", toString(r.category)},
                           {"level", toString(r.level)},
                           {"urgency", toString(r.urgency)},
                           {"text", r.text},
                           {"instead", r.instead}});
    ojson excluded = ojson::array();
    for (const ExcludedPoint& e : o.excluded_points)
        excluded.push_back({{"trigger_point", e.point.trigger_point},
                            {"side", toString(e.point.side)},
                            {"name", e.name},
                            {"rule_id", e.rule_id},
                            {"text", e.text},
                            {"instead", e.instead}});
    ojson zones = ojson::array();
    for (const DangerZoneNotice& n : o.danger_zones) {
        ojson points = ojson::array();
        for (const PointRef& p : n.points)
            points.push_back(safety::toString(p));
        zones.push_back(
            {{"id", n.zone.id}, {"label", n.zone.label}, {"advice", n.zone.advice}, {"points", points}});
    }
    ojson cautions = ojson::array();
    for (const PointCautions& c : o.point_cautions)
        cautions.push_back(
            {{"point", safety::toString(c.point)}, {"name", c.name}, {"cautions", c.cautions}});
    return {{"level", toString(o.level)},
            {"can_proceed", o.canProceed()},
            {"acknowledgement_required", o.acknowledgement_required},
            {"reasons", reasons},
            {"unanswered", o.unanswered},
            {"excluded_points", excluded},
            {"danger_zones", zones},
            {"point_cautions", cautions}};
}

void printOutcome(std::ostream& out, const Rules& rules, const Outcome& o) {
    const std::string level = toString(o.level);
    out << "Safety review: " << level << (o.canProceed() ? " (you may start)" : " (do not start)") << "\n";
    for (const Reason& r : o.reasons) {
        out << "\n  [" << r.rule_id << "] " << r.text << '\n';
        if (r.urgency == Urgency::emergency)
            out << "      EMERGENCY\n";
        if (!r.instead.empty())
            out << "      Instead: " << r.instead << '\n';
    }
    if (!o.unanswered.empty()) {
        out << "\n  Not answered yet (nothing is assumed):\n";
        for (const auto& id : o.unanswered)
            out << "    - " << id << '\n';
    }
    if (!o.excluded_points.empty()) {
        out << "\n  Left out of this session:\n";
        for (const ExcludedPoint& e : o.excluded_points)
            out << "    - " << e.name << " (" << toString(e.point.side) << "): " << e.text << '\n';
    }
    if (!o.danger_zones.empty()) {
        out << "\n  Danger zones near your points:\n";
        for (const DangerZoneNotice& n : o.danger_zones)
            out << "    - " << n.zone.label << ": " << n.zone.advice << '\n';
    }
    if (!o.point_cautions.empty()) {
        out << "\n  Cautions:\n";
        for (const PointCautions& c : o.point_cautions)
            for (const auto& text : c.cautions)
                out << "    - " << c.name << ": " << text << '\n';
    }
    if (o.acknowledgement_required)
        out << "\n  Please read the above and confirm before you start.\n";
    out << '\n' << rules.disclaimer << '\n';
}

} // namespace

int cmdSafety(Context& ctx, const std::vector<std::string>& args) {
    const ParsedArgs parsed = parseArgs(args, {"--json"}, {"--answers"});
    if (!parsed.error.empty() || !parsed.positional.empty()) {
        ctx.err << "tpfinder-cli safety: "
                << (parsed.error.empty() ? "unexpected argument \"" + parsed.positional[0] + "\""
                                         : parsed.error)
                << '\n'
                << kUsage;
        return kExitUsage;
    }
    const bool json = parsed.has("--json");
    const std::optional<Rules> rules = loadSafetyRules(ctx);
    if (!rules)
        return kExitBadInput;

    const auto answersFile = parsed.values.find("--answers");
    if (answersFile == parsed.values.end()) {
        if (json)
            ctx.out << rulesJson(*rules).dump(2) << '\n';
        else
            printRules(ctx.out, *rules);
        return kExitOk;
    }

    std::ifstream file(answersFile->second, std::ios::binary);
    if (!file) {
        ctx.err << "tpfinder-cli safety: cannot open " << answersFile->second << '\n';
        return kExitBadInput;
    }
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(file);
    } catch (const nlohmann::json::parse_error& e) {
        ctx.err << answersFile->second << ": malformed JSON: " << e.what() << '\n';
        return kExitBadInput;
    }
    Input in;
    bool dataFailed = false;
    if (!root.is_object()) {
        in.errors.push_back(
            ": expected an object {\"answers\": ..., \"clinician_cleared\": ..., \"points\": ...}");
    } else {
        for (const auto& item : root.items())
            if (item.key() != "answers" && item.key() != "clinician_cleared" && item.key() != "points")
                in.errors.push_back("/" + item.key() +
                                    ": unknown field (expected answers, clinician_cleared, points)");
        readGeneralAnswers(*rules, root, in);
        readClearances(*rules, root, in);
        readPoints(ctx, *rules, root, in, dataFailed);
    }
    if (dataFailed)
        return kExitBadInput;
    if (!in.errors.empty()) {
        for (const auto& e : in.errors)
            ctx.err << answersFile->second << ":" << e << '\n';
        return kExitBadInput;
    }

    const Outcome outcome = evaluate(*rules, in.answers, in.points);
    if (json)
        ctx.out << outcomeJson(outcome).dump(2) << '\n';
    else
        printOutcome(ctx.out, *rules, outcome);
    return outcome.canProceed() ? kExitOk : kExitBadInput;
}

} // namespace tpf::cli
