// History escalation rules (core/history/advice.h) and loading data/history.json.

#include "core/history/advice.h"
#include "core/history/days.h"
#include "core/safety/load.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace tpf::history;

namespace {

const std::int64_t kDay0 = daysFromCivil({2026, 11, 1});
const PointRef kTrap{"upper_trapezius.1", tpf::Side::Left};

// Rules written out here, so the tests state the thresholds they check.
Rules testRules() {
    Rules r;
    r.episode_gap_days = 28;
    r.not_enough_data_text = "rate it";
    r.in_progress_text = "keep going";
    r.released = {3, 2, 2, "released text", {{"posture", "sit tall"}}, {"seed"}};
    r.no_improvement.advice_id = "no_change_two_weeks";
    r.no_improvement.text = "see someone: no change";
    r.no_improvement.min_span_days = 14;
    r.no_improvement.min_rated_days = 5;
    r.no_improvement.max_gap_days = 7;
    r.no_improvement.compare_sessions = 2;
    r.no_improvement.min_drop = 2;
    r.worsening.advice_id = "spreading_or_worse";
    r.worsening.text = "see someone: worse";
    r.worsening.sessions = 3;
    r.worsening.min_rise = 2;
    return r;
}

// One session per (day, tenderness) on `point`: two holds, the second `drop` lower.
Records sessionsOn(const PointRef& point, const std::vector<std::pair<int, int>>& dayTenderness,
                   int drop = 1) {
    Records out;
    std::int64_t id = 1;
    for (auto [day, t] : dayTenderness) {
        SessionRecord r;
        r.id = id++;
        r.start_ms = (kDay0 + day) * kMsPerDay + 9 * 3'600'000;
        r.end_ms = r.start_ms + 600'000;
        r.end_reason = EndReason::Completed;
        r.points = {point};
        r.holds = {{point, r.start_ms + 120'000, 6, t},
                   {point, r.start_ms + 240'000, 6, std::max(0, t - drop)}};
        out.push_back(r);
    }
    return out;
}

Advice adviceFor(const Records& records, const Rules& rules = testRules()) {
    Clock clock{records.back().start_ms + kMsPerDay, 0};
    auto trend = pointTrend(records, records.front().points.front(), clock);
    REQUIRE(trend);
    return assess(*trend, rules);
}

} // namespace

TEST_CASE("history advice: regular work for 14 days without a drop of 2 means see a professional",
          "[history][advice]") {
    // Rated on 6 days over 14 days, no gap over 7 days; first two 6,6 -> last two 6,5: drop 0.5.
    Advice a = adviceFor(sessionsOn(kTrap, {{0, 6}, {3, 6}, {6, 7}, {9, 6}, {12, 6}, {14, 5}}));
    CHECK(a.kind == AdviceKind::NoImprovement);
    CHECK(a.seeProfessional());
    CHECK(a.advice_id == "no_change_two_weeks");
    CHECK(a.text == "see someone: no change");
    CHECK_THAT(a.why, Catch::Contains("6 days over 14 days"));
}

TEST_CASE("history advice: a drop of 2 over the same two weeks is improvement, not escalation",
          "[history][advice]") {
    Advice a = adviceFor(sessionsOn(kTrap, {{0, 7}, {3, 7}, {6, 6}, {9, 6}, {12, 5}, {14, 5}}));
    CHECK(a.kind == AdviceKind::InProgress);
    CHECK_FALSE(a.seeProfessional());
    CHECK(a.text == "keep going");
}

TEST_CASE("history advice: no escalation before 14 days of work", "[history][advice]") {
    Advice a = adviceFor(sessionsOn(kTrap, {{0, 6}, {2, 6}, {4, 6}, {6, 6}, {8, 6}, {13, 6}}));
    CHECK(a.kind == AdviceKind::InProgress);
}

TEST_CASE("history advice: work that is not regular does not escalate", "[history][advice]") {
    SECTION("too few rated days") {
        CHECK(adviceFor(sessionsOn(kTrap, {{0, 6}, {5, 6}, {10, 6}, {15, 6}})).kind ==
              AdviceKind::InProgress);
    }
    SECTION("a gap longer than 7 days") {
        CHECK(adviceFor(sessionsOn(kTrap, {{0, 6}, {1, 6}, {2, 6}, {3, 6}, {12, 6}, {14, 6}})).kind ==
              AdviceKind::InProgress);
    }
}

TEST_CASE("history advice: the latest two weeks count, so an early improvement that stalls escalates",
          "[history][advice]") {
    // 9 -> 5 in the first week, then stuck at 5 for 15 days.
    Advice a = adviceFor(
        sessionsOn(kTrap, {{0, 9}, {2, 7}, {4, 5}, {7, 5}, {10, 5}, {13, 5}, {16, 5}, {19, 5}, {22, 5}}));
    CHECK(a.kind == AdviceKind::NoImprovement);
}

TEST_CASE("history advice: tenderness rising over 3 sessions by 2 means see a professional",
          "[history][advice]") {
    Advice a = adviceFor(sessionsOn(kTrap, {{0, 4}, {1, 5}, {2, 6}}));
    CHECK(a.kind == AdviceKind::Worsening);
    CHECK(a.advice_id == "spreading_or_worse");
    CHECK(a.text == "see someone: worse");
    CHECK_THAT(a.why, Catch::Contains("from 4 to 6"));
}

TEST_CASE("history advice: a rise that dips in between is not worsening", "[history][advice]") {
    CHECK(adviceFor(sessionsOn(kTrap, {{0, 4}, {1, 3}, {2, 6}})).kind == AdviceKind::InProgress);
    CHECK(adviceFor(sessionsOn(kTrap, {{0, 4}, {1, 4}, {2, 5}})).kind == AdviceKind::InProgress);
}

TEST_CASE("history advice: a rise within the released level is not worsening", "[history][advice]") {
    CHECK(adviceFor(sessionsOn(kTrap, {{0, 1}, {1, 2}, {2, 3}})).kind == AdviceKind::Released);
}

TEST_CASE("history advice: worsening wins over no improvement", "[history][advice]") {
    Advice a = adviceFor(sessionsOn(kTrap, {{0, 6}, {3, 6}, {6, 6}, {9, 6}, {12, 7}, {14, 8}}));
    CHECK(a.kind == AdviceKind::Worsening);
}

TEST_CASE("history advice: 2-3/10 in the last two sessions is released, with prevention tips",
          "[history][advice]") {
    Advice a = adviceFor(sessionsOn(kTrap, {{0, 7}, {1, 5}, {2, 3}, {3, 2}}));
    CHECK(a.kind == AdviceKind::Released);
    CHECK(a.text == "released text");
    REQUIRE(a.tips.size() == 1);
    CHECK(a.tips[0].id == "posture");
}

TEST_CASE("history advice: one low session is not yet released", "[history][advice]") {
    CHECK(adviceFor(sessionsOn(kTrap, {{0, 7}, {1, 5}, {2, 3}})).kind == AdviceKind::InProgress);
}

TEST_CASE("history advice: the session's first rating counts, not the relief right after a hold",
          "[history][advice]") {
    // Every session ends at 2/10 but starts at 6: not released.
    CHECK(adviceFor(sessionsOn(kTrap, {{0, 6}, {1, 6}, {2, 6}}, 4)).kind == AdviceKind::InProgress);
}

TEST_CASE("history advice: a break longer than 28 days starts a new episode", "[history][advice]") {
    // An old stalled fortnight, then after 40 days two fresh sessions: not escalated any more.
    Advice a =
        adviceFor(sessionsOn(kTrap, {{0, 6}, {3, 6}, {6, 6}, {9, 6}, {12, 6}, {14, 6}, {54, 6}, {55, 5}}));
    CHECK(a.kind == AdviceKind::InProgress);
    CHECK_THAT(a.why, Catch::Contains("2 rated sessions"));
}

TEST_CASE("history advice: holds without ratings give not-enough-data", "[history][advice]") {
    Records records = sessionsOn(kTrap, {{0, 5}});
    for (auto& h : records[0].holds)
        h.tenderness.reset();
    Advice a = adviceFor(records);
    CHECK(a.kind == AdviceKind::NotEnoughData);
    CHECK(a.text == "rate it");
}

TEST_CASE("history advice: assessAll lists points that need a professional first", "[history][advice]") {
    const PointRef other{"levator_scapulae.1", tpf::Side::Right};
    Records records = sessionsOn(other, {{0, 7}, {1, 5}});
    Records worse = sessionsOn(kTrap, {{0, 4}, {1, 5}, {2, 6}});
    for (auto& r : worse) {
        r.id += 100;
        records.push_back(r);
    }
    sortByStart(records);
    auto all = assessAll(records, testRules(), Clock{(kDay0 + 3) * kMsPerDay, 0});
    REQUIRE(all.size() == 2);
    CHECK(all[0].point == kTrap);
    CHECK(all[0].kind == AdviceKind::Worsening);
    CHECK(all[1].point == other);
}

// ---- loading data/history.json ----

namespace {
tpf::safety::Rules shippedSafety() {
    auto s = tpf::safety::loadRulesFromFile(TPF_SOURCE_DATA_DIR "/safety.json");
    REQUIRE(s.ok());
    return *s.rules;
}
std::string problemsText(const tpf::Problems& problems) {
    std::string out;
    for (const auto& p : problems)
        out += p.toString() + "\n";
    return out;
}
} // namespace

TEST_CASE("history rules: the shipped history.json loads and takes its texts and 14 days from safety.json",
          "[history][data]") {
    auto safety = shippedSafety();
    auto result = loadRulesFromFile(TPF_SOURCE_DATA_DIR "/history.json", safety);
    INFO(problemsText(result.problems));
    REQUIRE(result.ok());
    const Rules& r = *result.rules;
    CHECK(r.no_improvement.min_span_days == 14);
    CHECK(r.no_improvement.text == safety.see_a_professional[0].text);
    CHECK_FALSE(r.worsening.text.empty());
    CHECK(r.released.max_tenderness == 3);
    CHECK(r.released.band_from == 2);
    CHECK(r.released.prevention_tips.size() >= 3);
}

TEST_CASE("history rules: every problem is reported with its JSON path", "[history][data]") {
    auto safety = shippedSafety();
    std::ifstream in(TPF_SOURCE_DATA_DIR "/history.json");
    nlohmann::json doc = nlohmann::json::parse(in);
    doc["released"]["max_tenderness"] = 12;
    doc["no_improvement"]["see_a_professional"] = "spreading_or_worse"; // wrong trigger
    doc["worsening"]["see_a_professional"] = "no_such_advice";
    doc["helped_before"]["min_scor"] = 0.5;
    doc["released"]["prevention_tips"][0].erase("text");
    auto result = loadRules(doc, safety);
    INFO(problemsText(result.problems));
    CHECK_FALSE(result.ok());
    auto at = [&](const std::string& path) {
        return std::any_of(result.problems.begin(), result.problems.end(),
                           [&](const tpf::Problem& p) { return p.path == path; });
    };
    CHECK(at("/released/max_tenderness"));
    CHECK(at("/no_improvement/see_a_professional"));
    CHECK(at("/worsening/see_a_professional"));
    CHECK(at("/helped_before/min_scor"));
    CHECK(at("/released/prevention_tips/0/text"));
}
