#include "test_session_support.h"

using namespace tpf::session;
using namespace tpf::session::testing;
using K = PhaseKind;

TEST_CASE("standard plan: locate, hold/mobilize rounds filling about five minutes, then stretch",
          "[session][plan]") {
    const Plan plan = buildPlan(preset("standard"), {point("a", 60)});
    // 300 s / (60 s hold + 10 s mobilize) = 4 rounds.
    CHECK(kinds(plan) == std::vector<K>{K::Locate, K::Hold, K::Mobilize, K::Hold, K::Mobilize, K::Hold,
                                        K::Mobilize, K::Hold, K::Mobilize, K::Stretch});
    CHECK_FALSE(plan.phases[0].duration_ms.has_value()); // locate waits for "found it"
    for (const auto& ph : plan.phases) {
        if (ph.kind == K::Hold) {
            CHECK(ph.duration_ms == 60 * kSec);
            CHECK(ph.pressure_target == PressureRange{5, 7});
            CHECK_FALSE(ph.counts_up);
        }
        if (ph.kind == K::Mobilize)
            CHECK(ph.duration_ms == 10 * kSec);
    }
    CHECK(plan.phases.back().duration_ms == 60 * kSec);
    CHECK(plan.phases[1].round == 1);
    CHECK(plan.phases[7].round == 4);
    CHECK(plan.estimated_total_ms == (30 + 4 * 70 + 60) * kSec);
}

TEST_CASE("every hold shows the pressure target and the breathing reminder", "[session][plan]") {
    const Plan plan = buildPlan(preset("standard"), {point("a", 60)});
    const Phase& hold = plan.phases[1];
    REQUIRE(hold.prompts.size() >= 2);
    CHECK(hold.prompts[0].find("5 to 7") != std::string::npos);
    CHECK(hold.prompts[0].find("not a scream") != std::string::npos);
    CHECK(hold.prompts[1].find("holding your breath") != std::string::npos);
    CHECK(hold.prompts.back() == "Do not press on the pulse."); // the point's cautions
    CHECK(plan.phases[0].prompts == std::vector<std::string>{"Do not press on the pulse."});
}

TEST_CASE("the hold uses the trigger point's own hold_seconds", "[session][plan]") {
    for (int s : {30, 45, 90}) {
        const Plan plan = buildPlan(preset("standard"), {point("a", s)});
        CHECK(plan.phases[1].duration_ms == s * kSec);
        CHECK(plan.phases[1].instruction.find(std::to_string(s) + " seconds") != std::string::npos);
    }
    // Unknown hold time: the preset's default.
    CHECK(buildPlan(preset("standard"), {point("a", 0)}).phases[1].duration_ms == 60 * kSec);
    // Out-of-range values are clamped to the preset's 30..90 s.
    CHECK(buildPlan(preset("standard"), {point("a", 200)}).phases[1].duration_ms == 90 * kSec);
}

TEST_CASE("the number of rounds follows the hold time so each point takes about five minutes",
          "[session][plan]") {
    auto holds = [](const Plan& p) {
        return std::count_if(p.phases.begin(), p.phases.end(),
                             [](const Phase& ph) { return ph.kind == K::Hold; });
    };
    CHECK(holds(buildPlan(preset("standard"), {point("a", 90)})) == 3); // 300 / 100
    CHECK(holds(buildPlan(preset("standard"), {point("a", 30)})) == 8); // 300 / 40 = 7.5 -> 8
}

TEST_CASE("gentle is gentler: shorter holds, lower pressure target, shorter total", "[session][plan]") {
    for (int s : {30, 60, 90}) {
        const Plan standard = buildPlan(preset("standard"), {point("a", s)});
        const Plan gentle = buildPlan(preset("gentle"), {point("a", s)});
        for (const auto& ph : gentle.phases) {
            if (ph.kind != K::Hold)
                continue;
            CHECK(*ph.duration_ms <= *standard.phases[1].duration_ms);
            CHECK(*ph.duration_ms == 30 * kSec);
            CHECK(ph.pressure_target->max < standard.phases[1].pressure_target->max);
            CHECK(ph.pressure_target == PressureRange{3, 5});
        }
        CHECK(gentle.estimated_total_ms < standard.estimated_total_ms);
    }
    const Plan gentle = buildPlan(preset("gentle"), {point("a", 60)});
    CHECK(kinds(gentle) == std::vector<K>{K::Locate, K::Hold, K::Mobilize, K::Hold, K::Mobilize, K::Hold,
                                          K::Mobilize, K::Stretch});
    CHECK(gentle.phases.back().duration_ms == 45 * kSec);
}

TEST_CASE("warm-up is optional, clamped to 5-15 minutes and comes first", "[session][plan]") {
    CHECK(buildPlan(preset("standard"), {point("a", 60)}).phases.front().kind == K::Locate);
    PlanOptions o;
    o.warmup = true;
    Plan plan = buildPlan(preset("standard"), {point("a", 60)}, o);
    REQUIRE(plan.phases.front().kind == K::Warmup);
    CHECK(plan.phases.front().duration_ms == 5 * 60 * kSec);
    CHECK(plan.phases.front().point == -1);
    o.warmup_minutes = 40;
    CHECK(buildPlan(preset("standard"), {point("a", 60)}, o).phases.front().duration_ms == 15 * 60 * kSec);
    o.warmup_minutes = 1;
    CHECK(buildPlan(preset("standard"), {point("a", 60)}, o).phases.front().duration_ms == 5 * 60 * kSec);
}

TEST_CASE("hold-until-release holds count up with a 90 s cap", "[session][plan]") {
    PlanOptions o;
    o.hold_until_release = true;
    const Plan plan = buildPlan(preset("standard"), {point("a", 45)}, o);
    const Phase& hold = plan.phases[1];
    CHECK(hold.counts_up);
    CHECK(hold.duration_ms == 90 * kSec);
    CHECK(hold.estimate_ms == 45 * kSec);
    CHECK(hold.instruction.find("Released") != std::string::npos);
    CHECK(std::any_of(hold.prompts.begin(), hold.prompts.end(),
                      [](const std::string& p) { return p.find("90 seconds") != std::string::npos; }));
}

TEST_CASE("a queue with both sides treats each point left then right, alternating sides", "[session][plan]") {
    PlanOptions o;
    o.both_sides = true;
    PointSpec mid = point("m", 60, Side::Midline);
    const Plan plan = buildPlan(preset("standard"), {point("a", 60), point("b", 30), mid}, o);
    REQUIRE(plan.points.size() == 5);
    CHECK(plan.points[0].spec.side == Side::Left);
    CHECK(plan.points[1].spec.side == Side::Right);
    CHECK(plan.points[2].spec.side == Side::Left);
    CHECK(plan.points[3].spec.side == Side::Right);
    CHECK(plan.points[4].spec.side == Side::Midline);
    CHECK(plan.points[0].label == "Point a (left)");
    CHECK(plan.points[1].label == "Point a (right)");
    CHECK(plan.points[4].label == "Point m");
    CHECK(plan.points[3].spec.hold_seconds == 30);

    // Each side is located, held and stretched; a transition separates entries.
    std::vector<int> locateOf, transitions;
    for (const auto& ph : plan.phases) {
        if (ph.kind == K::Locate)
            locateOf.push_back(ph.point);
        if (ph.kind == K::Transition)
            transitions.push_back(ph.point);
    }
    CHECK(locateOf == std::vector<int>{0, 1, 2, 3, 4});
    CHECK(transitions == std::vector<int>{1, 2, 3, 4});
    const auto switchSide = std::find_if(plan.phases.begin(), plan.phases.end(),
                                         [](const Phase& p) { return p.kind == K::Transition; });
    CHECK(switchSide->instruction.find("right side") != std::string::npos);
    CHECK(switchSide->duration_ms == 15 * kSec);
}

TEST_CASE("a queue longer than the recommended 30 minutes gets a note", "[session][plan]") {
    PlanOptions o;
    o.both_sides = true;
    CHECK(buildPlan(preset("standard"), {point("a", 60), point("b", 60)}, o).notes.empty());
    const Plan big = buildPlan(preset("standard"), {point("a", 60), point("b", 60), point("c", 60)}, o);
    REQUIRE(big.notes.size() == 1);
    CHECK(big.notes[0].find("30 minutes") != std::string::npos);
}

TEST_CASE("mobilize and stretch use the point's own texts, or the preset's fallback", "[session][plan]") {
    PointSpec p = point("a", 60);
    Plan plan = buildPlan(preset("standard"), {p});
    CHECK(plan.phases[2].instruction.find("roll the shoulder slowly.") != std::string::npos);
    CHECK(plan.phases.back().instruction.find("tilt the head away.") != std::string::npos);
    p.mobilization.clear();
    p.stretch.clear();
    plan = buildPlan(preset("standard"), {p});
    CHECK(plan.phases[2].instruction.find("For about 10 seconds, move") != std::string::npos);
    CHECK(plan.phases.back().instruction.find("for about 60 seconds") != std::string::npos);
    for (const auto& ph : plan.phases)
        CHECK(ph.instruction.find('{') == std::string::npos);
}
