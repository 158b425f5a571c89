// Loading data/safety.json and the broken fixtures in tests/data/safety_*.json.

#include "core/safety/load.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

using namespace tpf::safety;

namespace {

std::string describe(const tpf::Problems& problems) {
    std::string out;
    for (const auto& p : problems)
        out += p.toString() + "\n";
    return out;
}

bool hasProblemAt(const tpf::Problems& problems, const std::string& path) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const tpf::Problem& p) { return p.path == path; });
}

std::set<std::string> idsIn(const Rules& rules, Category c) {
    std::set<std::string> out;
    for (const Question* q : rules.questionsIn(c))
        out.insert(q->id);
    return out;
}

} // namespace

TEST_CASE("the shipped safety.json loads without problems", "[safety][data]") {
    auto result = loadRulesFromFile(TPF_SOURCE_DATA_DIR "/safety.json");
    INFO(describe(result.problems));
    REQUIRE(result.problems.empty());
    REQUIRE(result.ok());
    CHECK(result.rules->schema_version == 1);
    CHECK_FALSE(result.rules->disclaimer.empty());
}

TEST_CASE("the shipped safety.json asks about all nine red flags of issue 6", "[safety][data]") {
    auto result = loadRulesFromFile(TPF_SOURCE_DATA_DIR "/safety.json");
    REQUIRE(result.ok());
    const std::set<std::string> expected = {"numbness_tingling",
                                            "new_weakness",
                                            "radiating_pain",
                                            "fever_unwell",
                                            "swelling_warmth_redness",
                                            "recent_injury",
                                            "spreading_worsening",
                                            "chest_pain_breathless",
                                            "bladder_bowel"};
    CHECK(idsIn(*result.rules, Category::red_flag) == expected);
}

TEST_CASE("chest pain and loss of bladder or bowel control send the user to emergency care",
          "[safety][data]") {
    auto result = loadRulesFromFile(TPF_SOURCE_DATA_DIR "/safety.json");
    REQUIRE(result.ok());
    for (const char* id : {"chest_pain_breathless", "bladder_bowel"}) {
        INFO(id);
        const Question* q = result.rules->question(id);
        REQUIRE(q);
        CHECK(q->urgency == Urgency::emergency);
    }
}

TEST_CASE("the shipped safety.json lists the clinician-first conditions and local exclusions of issue 6",
          "[safety][data]") {
    auto result = loadRulesFromFile(TPF_SOURCE_DATA_DIR "/safety.json");
    REQUIRE(result.ok());
    CHECK(idsIn(*result.rules, Category::clinician_first) ==
          std::set<std::string>{"blood_thinners", "blood_clots", "osteoporosis", "diabetes", "pregnancy",
                                "recent_surgery", "varicose_veins", "cancer"});
    CHECK(idsIn(*result.rules, Category::local) ==
          std::set<std::string>{"open_skin", "bruise", "fresh_injury", "local_swelling"});
    const Question* varicose = result.rules->question("varicose_veins");
    REQUIRE(varicose);
    CHECK(std::count(varicose->excluded_areas.begin(), varicose->excluded_areas.end(), "leg") == 1);
}

TEST_CASE("the shipped review policy asks for a full review every 30 days", "[safety][data]") {
    auto result = loadRulesFromFile(TPF_SOURCE_DATA_DIR "/safety.json");
    REQUIRE(result.ok());
    CHECK(result.rules->review_policy.full_review_before_first_session);
    CHECK(result.rules->review_policy.full_review_every_days == 30);
    CHECK(result.rules->review_policy.full_review_when_an_answer_changes);
}

TEST_CASE("the shipped safety.json has session rules and when-to-see-a-professional advice",
          "[safety][data]") {
    auto result = loadRulesFromFile(TPF_SOURCE_DATA_DIR "/safety.json");
    REQUIRE(result.ok());
    std::set<std::string> rules, advice;
    for (const auto& r : result.rules->session_rules)
        rules.insert(r.id);
    for (const auto& a : result.rules->see_a_professional)
        advice.insert(a.id);
    CHECK(rules ==
          std::set<std::string>{"stop_sharp_pain", "ease_off_breath", "soreness_normal", "heat_not_ice"});
    CHECK(advice == std::set<std::string>{"no_change_two_weeks", "spreading_or_worse"});
    for (const auto& a : result.rules->see_a_professional)
        if (a.trigger == ProfessionalTrigger::no_improvement)
            CHECK(a.days == 14);
}

TEST_CASE("the safety loader reports every problem of a broken file with its JSON path", "[safety][loader]") {
    auto result = loadRulesFromFile(TPF_TEST_DATA_DIR "/safety_broken_fields.json");
    INFO(describe(result.problems));
    CHECK_FALSE(result.ok());
    for (const char* path :
         {"/schema_version", "/sources/1/id", "/sources/1/citation", "/disclaimer",
          "/review_policy/full_review_before_first_session", "/review_policy/full_review_every_days",
          "/questions/0/category", "/questions/0/sources/0", "/questions/1/urgency",
          "/questions/2/exluded_areas", "/questions/3/excluded_areas/0", "/questions/4/text",
          "/questions/5/id", "/questions/5/outcome_cleared", "/session_rules/0/when",
          "/see_a_professional/0/days"}) {
        INFO("expected a problem at " << path);
        CHECK(hasProblemAt(result.problems, path));
    }
    for (const auto& p : result.problems)
        CHECK(p.file.find("safety_broken_fields.json") != std::string::npos);
}

TEST_CASE("the safety loader suggests the intended word for a misspelt key or source", "[safety][loader]") {
    auto result = loadRulesFromFile(TPF_TEST_DATA_DIR "/safety_broken_fields.json");
    const std::string all = describe(result.problems);
    INFO(all);
    CHECK(all.find("\"exluded_areas\" (did you mean \"excluded_areas\"") != std::string::npos);
    CHECK(all.find("\"nsh\" (did you mean \"nhs\"") != std::string::npos);
}

TEST_CASE("the safety loader reports wrong shapes and unknown top-level fields", "[safety][loader]") {
    auto result = loadRulesFromFile(TPF_TEST_DATA_DIR "/safety_broken_shape.json");
    INFO(describe(result.problems));
    CHECK_FALSE(result.ok());
    for (const char* path : {"/sources", "/disclaimer", "/review_policy", "/no_points_left", "/questions",
                             "/session_rules/0", "/see_a_professional", "/colour"}) {
        INFO("expected a problem at " << path);
        CHECK(hasProblemAt(result.problems, path));
    }
}

TEST_CASE("the safety loader reports malformed JSON with line and column", "[safety][loader]") {
    auto result = loadRulesFromFile(TPF_TEST_DATA_DIR "/safety_broken_syntax.json");
    REQUIRE(result.problems.size() == 1);
    CHECK_FALSE(result.ok());
    CHECK(result.problems[0].line == 4);
    CHECK(result.problems[0].column > 1);
}

TEST_CASE("the safety loader reports a missing file", "[safety][loader]") {
    auto result = loadRulesFromFile(TPF_TEST_DATA_DIR "/no_such_safety.json");
    REQUIRE(result.problems.size() == 1);
    CHECK_FALSE(result.ok());
}

TEST_CASE("a clinician-first exclusion without its explanation text is refused", "[safety][loader]") {
    auto doc = nlohmann::json::parse(R"({
      "id": "varicose_veins", "category": "clinician_first", "text": "Varicose veins?", "explanation": "Veins.",
      "outcome": "Ask first.", "instead": "Ask.", "outcome_cleared": "Cleared.", "excluded_areas": ["leg"],
      "sources": ["ts2"]})");
    // Take the shipped file and replace its varicose veins question with one lacking exclusion_text.
    std::ifstream in(TPF_SOURCE_DATA_DIR "/safety.json");
    nlohmann::json root = nlohmann::json::parse(in);
    auto& questions = root["questions"];
    std::size_t index = 0;
    for (; index < questions.size(); ++index)
        if (questions[index]["id"] == "varicose_veins")
            break;
    REQUIRE(index < questions.size());
    questions[index] = doc;
    auto result = loadRules(root, "safety.json");
    INFO(describe(result.problems));
    CHECK_FALSE(result.ok());
    CHECK(hasProblemAt(result.problems, "/questions/" + std::to_string(index) + "/exclusion_text"));
}
