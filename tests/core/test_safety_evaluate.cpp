// Safety screening: red flags block, clinician-first conditions wait for clearance, local problems leave a
// point out, nothing unanswered is ever assumed, and danger zones travel with the chosen points.

#include "core/safety/evaluate.h"
#include "core/safety/load.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

using namespace tpf::safety;

namespace {

const Rules& shippedRules() {
    static const Rules rules = [] {
        auto result = loadRulesFromFile(TPF_SOURCE_DATA_DIR "/safety.json");
        if (!result.ok())
            FAIL("data/safety.json does not load: "
                 << (result.problems.empty() ? "" : result.problems[0].toString()));
        return *result.rules;
    }();
    return rules;
}

// Every general (red flag + clinician-first) question answered "no".
Answers allNo(const Rules& rules) {
    Answers a;
    for (const auto& q : rules.questions)
        if (q.category != Category::local)
            a.general[q.id] = Answer::no;
    return a;
}

void localAllNo(const Rules& rules, Answers& a, const PointContext& p) {
    for (const Question* q : rules.questionsIn(Category::local))
        a.local[p.point][q->id] = Answer::no;
}

PointContext point(std::string id, Side side, std::string area, std::vector<DangerZone> zones = {},
                   std::vector<std::string> cautions = {}) {
    PointContext p;
    p.point = {id, side};
    p.name = id;
    p.area = std::move(area);
    p.danger_zones = std::move(zones);
    p.cautions = std::move(cautions);
    return p;
}

const DangerZone kCarotid{"carotid_artery", "Carotid artery", "Never press where you feel a pulse."};
const DangerZone kPopliteal{"popliteal_fossa", "Hollow behind the knee", "Press only at its edges."};
const DangerZone kVaricose{"varicose_veins", "Varicose veins", "Never press on varicose veins."};

const PointContext kTrapezius = point("upper_trapezius.1", Side::Right, "neck");
const PointContext kCalf = point("gastrocnemius.1", Side::Left, "leg");

bool isExcluded(const Outcome& o, const PointRef& p, const std::string& rule) {
    return std::any_of(o.excluded_points.begin(), o.excluded_points.end(),
                       [&](const ExcludedPoint& e) { return e.point == p && e.rule_id == rule; });
}

bool hasReason(const Outcome& o, const std::string& rule, Level level) {
    return std::any_of(o.reasons.begin(), o.reasons.end(),
                       [&](const Reason& r) { return r.rule_id == rule && r.level == level; });
}

} // namespace

TEST_CASE("no to every question allows the session without acknowledgement when no danger zone applies",
          "[safety][evaluate]") {
    const Rules& rules = shippedRules();
    Answers a = allNo(rules);
    localAllNo(rules, a, kTrapezius);
    Outcome o = evaluate(rules, a, {kTrapezius});
    CHECK(o.level == Level::ok);
    CHECK(o.canProceed());
    CHECK(o.reasons.empty());
    CHECK(o.unanswered.empty());
    CHECK(o.excluded_points.empty());
    CHECK_FALSE(o.acknowledgement_required);
}

TEST_CASE("each red flag answered yes blocks self-treatment and says what to do instead",
          "[safety][evaluate]") {
    const Rules& rules = shippedRules();
    const auto redFlags = rules.questionsIn(Category::red_flag);
    REQUIRE(redFlags.size() == 9);
    for (const Question* q : redFlags) {
        DYNAMIC_SECTION("red flag " << q->id) {
            Answers a = allNo(rules);
            localAllNo(rules, a, kTrapezius);
            a.general[q->id] = Answer::yes;
            a.clinician_cleared.insert(q->id); // a clearance never lifts a red flag
            Outcome o = evaluate(rules, a, {kTrapezius});
            CHECK(o.level == Level::blocked);
            CHECK_FALSE(o.canProceed());
            CHECK_FALSE(o.acknowledgement_required);
            REQUIRE(o.reasons.size() == 1);
            CHECK(o.reasons[0].rule_id == q->id);
            CHECK(o.reasons[0].category == Category::red_flag);
            CHECK(o.reasons[0].urgency != Urgency::none);
            CHECK_FALSE(o.reasons[0].text.empty());
            CHECK_FALSE(o.reasons[0].instead.empty());
        }
    }
}

TEST_CASE("a red flag answered yes blocks even while other questions are unanswered", "[safety][evaluate]") {
    Answers a;
    a.general["chest_pain_breathless"] = Answer::yes;
    Outcome o = evaluate(shippedRules(), a, {kTrapezius});
    CHECK(o.level == Level::blocked);
    CHECK(hasReason(o, "chest_pain_breathless", Level::blocked));
    CHECK_FALSE(o.unanswered.empty());
}

TEST_CASE("each clinician-first condition blocks until a clinician cleared it, then allows with caution",
          "[safety][evaluate]") {
    const Rules& rules = shippedRules();
    const auto conditions = rules.questionsIn(Category::clinician_first);
    REQUIRE(conditions.size() == 8);
    for (const Question* q : conditions) {
        DYNAMIC_SECTION("condition " << q->id) {
            Answers a = allNo(rules);
            localAllNo(rules, a, kTrapezius);
            a.general[q->id] = Answer::yes;

            Outcome before = evaluate(rules, a, {kTrapezius});
            CHECK(before.level == Level::blocked);
            CHECK(hasReason(before, q->id, Level::blocked));
            CHECK_FALSE(before.reasons.at(0).instead.empty());

            a.clinician_cleared.insert(q->id);
            Outcome after = evaluate(rules, a, {kTrapezius});
            CHECK(after.level == Level::caution);
            CHECK(after.canProceed());
            CHECK(after.acknowledgement_required);
            CHECK(hasReason(after, q->id, Level::caution));
            CHECK(after.reasons.at(0).text == q->outcome_cleared);
        }
    }
}

TEST_CASE("a clearance for a condition the user does not have changes nothing", "[safety][evaluate]") {
    const Rules& rules = shippedRules();
    Answers a = allNo(rules);
    localAllNo(rules, a, kTrapezius);
    a.clinician_cleared.insert("pregnancy");
    CHECK(evaluate(rules, a, {kTrapezius}).level == Level::ok);
}

TEST_CASE("varicose veins never allow lower-leg points, even when a clinician cleared them",
          "[safety][evaluate]") {
    const Rules& rules = shippedRules();
    const PointContext popliteus = point("popliteus.1", Side::Left, "knee", {kPopliteal, kVaricose});
    Answers a = allNo(rules);
    for (const auto& p : {kTrapezius, kCalf, popliteus})
        localAllNo(rules, a, p);
    a.general["varicose_veins"] = Answer::yes;
    a.clinician_cleared.insert("varicose_veins");

    Outcome o = evaluate(rules, a, {kTrapezius, kCalf, popliteus});
    CHECK(o.level == Level::caution);
    CHECK(isExcluded(o, kCalf.point, "varicose_veins"));     // by muscle area "leg"
    CHECK(isExcluded(o, popliteus.point, "varicose_veins")); // by its varicose veins danger zone
    CHECK_FALSE(isExcluded(o, kTrapezius.point, "varicose_veins"));
    CHECK_FALSE(o.excluded_points.at(0).text.empty());

    SECTION("with only the calf chosen nothing is left, so the session is blocked") {
        Outcome only = evaluate(rules, a, {kCalf});
        CHECK(only.level == Level::blocked);
        CHECK(hasReason(only, "no_points_left", Level::blocked));
    }
}

TEST_CASE("pregnancy never allows abdominal points, even when a clinician cleared it", "[safety][evaluate]") {
    const Rules& rules = shippedRules();
    const PointContext abdominal = point("rectus_abdominis.1", Side::Left, "abdomen");
    Answers a = allNo(rules);
    localAllNo(rules, a, kTrapezius);
    localAllNo(rules, a, abdominal);
    a.general["pregnancy"] = Answer::yes;
    a.clinician_cleared.insert("pregnancy");
    Outcome o = evaluate(rules, a, {kTrapezius, abdominal});
    CHECK(o.level == Level::caution);
    CHECK(isExcluded(o, abdominal.point, "pregnancy"));
    CHECK(o.excluded_points.size() == 1);
}

TEST_CASE("a yes to a local question leaves only that point on that side out", "[safety][evaluate]") {
    const Rules& rules = shippedRules();
    const auto localQuestions = rules.questionsIn(Category::local);
    REQUIRE(localQuestions.size() == 4);
    const PointContext leftTrapezius = point("upper_trapezius.1", Side::Left, "neck");
    for (const Question* q : localQuestions) {
        DYNAMIC_SECTION("local question " << q->id) {
            Answers a = allNo(rules);
            localAllNo(rules, a, kTrapezius);
            localAllNo(rules, a, leftTrapezius);
            a.local[kTrapezius.point][q->id] = Answer::yes;
            Outcome o = evaluate(rules, a, {kTrapezius, leftTrapezius});
            CHECK(o.level == Level::caution);
            CHECK(o.acknowledgement_required);
            REQUIRE(o.excluded_points.size() == 1);
            CHECK(o.excluded_points[0].point == kTrapezius.point);
            CHECK(o.excluded_points[0].rule_id == q->id);
            CHECK(o.excluded_points[0].text == q->outcome);
            CHECK_FALSE(o.excluded_points[0].instead.empty());
        }
    }
}

TEST_CASE("a point left out by one local answer needs no further answers about it", "[safety][evaluate]") {
    const Rules& rules = shippedRules();
    const PointContext leftTrapezius = point("upper_trapezius.1", Side::Left, "neck");
    Answers a = allNo(rules);
    localAllNo(rules, a, leftTrapezius);
    a.local[kTrapezius.point]["open_skin"] = Answer::yes; // the other local questions stay unanswered
    Outcome o = evaluate(rules, a, {kTrapezius, leftTrapezius});
    CHECK(o.level == Level::caution);
    CHECK(o.unanswered.empty());
    CHECK(isExcluded(o, kTrapezius.point, "open_skin"));
}

TEST_CASE("when every chosen point is left out the session is blocked", "[safety][evaluate]") {
    const Rules& rules = shippedRules();
    Answers a = allNo(rules);
    localAllNo(rules, a, kTrapezius);
    a.local[kTrapezius.point]["bruise"] = Answer::yes;
    Outcome o = evaluate(rules, a, {kTrapezius});
    CHECK(o.level == Level::blocked);
    CHECK(hasReason(o, "no_points_left", Level::blocked));
    CHECK(o.reasons.back().text == rules.no_points_left.text);
}

TEST_CASE("an unanswered question makes the review incomplete; no answer is assumed", "[safety][evaluate]") {
    const Rules& rules = shippedRules();
    for (const auto& q : rules.questions) {
        if (q.category == Category::local)
            continue;
        DYNAMIC_SECTION("without an answer to " << q.id) {
            Answers a = allNo(rules);
            localAllNo(rules, a, kTrapezius);
            a.general.erase(q.id);
            Outcome o = evaluate(rules, a, {kTrapezius});
            CHECK(o.level == Level::incomplete);
            CHECK_FALSE(o.canProceed());
            CHECK(o.unanswered == std::vector<std::string>{q.id});
        }
    }
}

TEST_CASE("empty answers leave every general question unanswered", "[safety][evaluate]") {
    const Rules& rules = shippedRules();
    Outcome o = evaluate(rules, Answers{}, {});
    CHECK(o.level == Level::incomplete);
    CHECK(o.unanswered.size() == rules.questions.size() - rules.questionsIn(Category::local).size());
}

TEST_CASE("an unanswered local question for a chosen point makes the review incomplete",
          "[safety][evaluate]") {
    const Rules& rules = shippedRules();
    Answers a = allNo(rules);
    localAllNo(rules, a, kTrapezius);
    a.local[kTrapezius.point].erase("open_skin");
    Outcome o = evaluate(rules, a, {kTrapezius});
    CHECK(o.level == Level::incomplete);
    CHECK(o.unanswered == std::vector<std::string>{"open_skin@upper_trapezius.1/right"});
}

TEST_CASE("danger zones of the chosen points are collected once each, with the points they belong to",
          "[safety][evaluate]") {
    const Rules& rules = shippedRules();
    const PointContext scmRight = point("sternocleidomastoid.1", Side::Right, "neck", {kCarotid});
    const PointContext scmLeft = point("sternocleidomastoid.1", Side::Left, "neck", {kCarotid});
    const PointContext popliteus = point("popliteus.1", Side::Left, "knee", {kPopliteal});
    Answers a = allNo(rules);
    for (const auto& p : {scmRight, scmLeft, popliteus})
        localAllNo(rules, a, p);

    Outcome o = evaluate(rules, a, {scmRight, scmLeft, popliteus});
    CHECK(o.level == Level::ok);
    CHECK(o.acknowledgement_required); // the user confirms having read where not to press
    REQUIRE(o.danger_zones.size() == 2);
    CHECK(o.danger_zones[0].zone.id == "carotid_artery");
    CHECK(o.danger_zones[0].zone.advice == kCarotid.advice);
    CHECK(o.danger_zones[0].points == std::vector<PointRef>{scmRight.point, scmLeft.point});
    CHECK(o.danger_zones[1].zone.id == "popliteal_fossa");
    CHECK(o.danger_zones[1].zone.label == "Hollow behind the knee");

    SECTION("a point that is left out brings no danger zone") {
        a.local[popliteus.point]["fresh_injury"] = Answer::yes;
        Outcome without = evaluate(rules, a, {scmRight, scmLeft, popliteus});
        REQUIRE(without.danger_zones.size() == 1);
        CHECK(without.danger_zones[0].zone.id == "carotid_artery");
    }
}

TEST_CASE("cautions of the chosen points are passed on", "[safety][evaluate]") {
    const Rules& rules = shippedRules();
    const PointContext p = point("scalenes.1", Side::Left, "neck", {}, {"Light pressure only."});
    Answers a = allNo(rules);
    localAllNo(rules, a, p);
    Outcome o = evaluate(rules, a, {p});
    REQUIRE(o.point_cautions.size() == 1);
    CHECK(o.point_cautions[0].cautions == std::vector<std::string>{"Light pressure only."});
}
