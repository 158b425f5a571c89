#include "test_session_support.h"

using namespace tpf::session;
using namespace tpf::session::testing;
using K = PhaseKind;
using E = EventKind;

namespace {
Plan onePoint(int hold = 60, PlanOptions o = {}) {
    return buildPlan(preset("standard"), {point("a", hold)}, o);
}
Event ev(std::int64_t t, E k) { return Event::at(t, k); }
Event tender(std::int64_t t, int v) { return Event::rate(t, v, RatingKind::Tenderness); }
Event pressure(std::int64_t t, int v) { return Event::rate(t, v, RatingKind::Pressure); }
} // namespace

TEST_CASE("before start the session waits at the first phase with the full plan ahead", "[session][state]") {
    const Plan plan = onePoint();
    const SessionState s = stateAt(plan, {}, 5000);
    CHECK_FALSE(s.started);
    CHECK(s.phase_index == 0);
    CHECK(s.total_remaining_ms == plan.estimated_total_ms);
    CHECK_FALSE(s.next_boundary_ms.has_value());
    CHECK(s.prompts.empty());
}

TEST_CASE("locate is open-ended and 'found it' advances to the hold", "[session][state]") {
    const Plan plan = onePoint();
    EventLog log{ev(1000, E::Start)};
    SessionState s = stateAt(plan, log, 1000 + 10 * 60 * kSec);
    CHECK(s.phase_index == 0);
    CHECK(s.elapsed_in_phase_ms == 10 * 60 * kSec);
    CHECK_FALSE(s.remaining_in_phase_ms.has_value());
    CHECK_FALSE(s.next_boundary_ms.has_value());
    CHECK_FALSE(s.total_remaining_exact);

    log.push_back(ev(21000, E::FoundIt));
    s = stateAt(plan, log, 21000);
    CHECK(s.phase_index == 1);
    CHECK(plan.phases[1].kind == K::Hold);
    CHECK(s.phase_started_at_ms == 21000);
    CHECK(s.remaining_in_phase_ms == 60 * kSec);
    CHECK(s.next_boundary_ms == 81000);
    CHECK(s.total_remaining_exact);
    REQUIRE(s.history.size() == 1);
    CHECK(s.history[0].end == PhaseEnd::FoundIt);
    // "Found it" outside a locate phase changes nothing.
    log.push_back(ev(30000, E::FoundIt));
    CHECK(stateAt(plan, log, 30000).phase_index == 1);
}

TEST_CASE("timed phases follow each other from timestamps alone", "[session][state]") {
    const Plan plan = onePoint();
    const EventLog log{ev(0, E::Start), ev(20000, E::FoundIt)};
    // hold 20..80 s, mobilize 80..90 s, hold 90..150 s
    CHECK(stateAt(plan, log, 79999).phase_index == 1);
    SessionState s = stateAt(plan, log, 80000);
    CHECK(s.phase_index == 2);
    CHECK(s.elapsed_in_phase_ms == 0);
    s = stateAt(plan, log, 95000);
    CHECK(s.phase_index == 3);
    CHECK(s.phase_started_at_ms == 90000);
    CHECK(s.elapsed_in_phase_ms == 5000);
    CHECK(s.total_remaining_ms == 55000 + 10000 + 2 * 70000 + 60000);
    // Completed exactly at the end of the stretch: 20 + 4 * 70 + 60 = 360 s.
    s = stateAt(plan, log, 1000000);
    CHECK(s.finished);
    CHECK(s.end_reason == EndReason::Completed);
    CHECK(s.ended_at_ms == 360000);
    CHECK(s.phase_index == static_cast<int>(plan.phases.size()));
    CHECK(s.history.size() == plan.phases.size());
    CHECK(s.total_remaining_ms == 0);
    CHECK(s.end_message == plan.rules.completed_message);
}

TEST_CASE("pause freezes the clock and resume continues where it left off", "[session][state]") {
    const Plan plan = onePoint();
    const EventLog log{ev(0, E::Start), ev(20000, E::FoundIt), ev(50000, E::Pause), ev(170000, E::Resume)};
    SessionState s = stateAt(plan, log, 100000);
    CHECK(s.paused);
    CHECK(s.phase_index == 1);
    CHECK(s.elapsed_in_phase_ms == 30000);
    CHECK_FALSE(s.next_boundary_ms.has_value());
    CHECK(s.countdown == 0);
    s = stateAt(plan, log, 170000);
    CHECK_FALSE(s.paused);
    CHECK(s.elapsed_in_phase_ms == 30000);
    CHECK(s.next_boundary_ms == 200000);
    s = stateAt(plan, log, 200000);
    CHECK(s.phase_index == 2);
    CHECK(s.phase_started_at_ms == 200000);
    CHECK(s.history[1].ended_ms == 200000);
    // Pause twice or resume while running: harmless.
    EventLog twice = log;
    twice.insert(twice.begin() + 3, ev(60000, E::Pause));
    twice.push_back(ev(180000, E::Resume));
    CHECK(stateAt(plan, twice, 200000).phase_index == 2);
}

TEST_CASE("skip ends the current phase at once, even while paused", "[session][state]") {
    PlanOptions o;
    o.warmup = true;
    const Plan plan = onePoint(60, o);
    REQUIRE(plan.phases[0].kind == K::Warmup);
    EventLog log{ev(0, E::Start), ev(3000, E::Skip)};
    SessionState s = stateAt(plan, log, 3000);
    CHECK(s.phase_index == 1);
    CHECK(plan.phases[1].kind == K::Locate);
    CHECK(s.history[0].end == PhaseEnd::Skipped);
    log.push_back(ev(4000, E::FoundIt));
    log.push_back(ev(10000, E::Pause));
    log.push_back(ev(11000, E::Skip));
    s = stateAt(plan, log, 50000);
    CHECK(s.phase_index == 3); // the mobilize after the first hold
    CHECK(s.paused);
    CHECK(s.elapsed_in_phase_ms == 0);
}

TEST_CASE("stop ends the session with stopped_by_user and keeps what was done", "[session][state]") {
    const Plan plan = onePoint();
    const EventLog log{ev(0, E::Start),    ev(20000, E::FoundIt), tender(30000, 6),
                       ev(40000, E::Stop), ev(50000, E::Resume),  ev(60000, E::Skip)};
    const SessionState s = stateAt(plan, log, 100000);
    CHECK(s.finished);
    CHECK(s.end_reason == EndReason::StoppedByUser);
    CHECK(s.ended_at_ms == 40000);
    CHECK(s.phase_index == 1);
    CHECK(s.elapsed_in_phase_ms == 20000);
    CHECK(s.history.back().end == PhaseEnd::Interrupted);
    CHECK(s.ratings.size() == 1);
    CHECK(s.end_message == plan.rules.stopped_by_user_explanation);
    CHECK_FALSE(s.next_boundary_ms.has_value());
}

TEST_CASE("sharp, shooting or electric pain stops the session at once and says it may be a nerve",
          "[session][state]") {
    const Plan plan = onePoint();
    const EventLog log{ev(0, E::Start), ev(20000, E::FoundIt), ev(25500, E::SharpPain)};
    SessionState s = stateAt(plan, log, 25500);
    CHECK(s.finished);
    CHECK(s.end_reason == EndReason::SharpPain);
    CHECK(std::string(toString(s.end_reason)) == "sharp_pain");
    CHECK(s.ended_at_ms == 25500);
    CHECK(s.end_message.find("nerve") != std::string::npos);
    CHECK(s.prompts.empty());
    // Nothing after it continues the session.
    s = stateAt(plan, log, 10 * 60 * kSec);
    CHECK(s.end_reason == EndReason::SharpPain);
    CHECK(s.active_elapsed_ms == 25500);
    // Even while paused.
    const EventLog paused{ev(0, E::Start), ev(1000, E::Pause), ev(2000, E::SharpPain)};
    CHECK(stateAt(plan, paused, 2000).end_reason == EndReason::SharpPain);
}

TEST_CASE("a safety block ends the session with its own reason", "[session][state]") {
    const Plan plan = onePoint();
    const SessionState s = stateAt(plan, {ev(0, E::Start), ev(1000, E::SafetyBlock)}, 2000);
    CHECK(s.end_reason == EndReason::SafetyBlock);
    CHECK(s.end_message == plan.rules.safety_block_explanation);
}

TEST_CASE("a rating above 7 during a hold asks to ease off until a lower rating follows",
          "[session][state]") {
    const Plan plan = onePoint();
    EventLog log{ev(0, E::Start), ev(20000, E::FoundIt), pressure(25000, 7)};
    CHECK_FALSE(hasPrompt(stateAt(plan, log, 26000), PromptKind::EaseOff));
    log.push_back(pressure(30000, 8));
    SessionState s = stateAt(plan, log, 31000);
    REQUIRE(hasPrompt(s, PromptKind::EaseOff));
    const auto it = std::find_if(s.prompts.begin(), s.prompts.end(),
                                 [](const Prompt& p) { return p.kind == PromptKind::EaseOff; });
    CHECK(it->text.find("8/10") != std::string::npos);
    CHECK(it->text.find("Ease off") != std::string::npos);
    // The next hold starts without the prompt.
    CHECK_FALSE(hasPrompt(stateAt(plan, log, 90000), PromptKind::EaseOff));
    // Easing off and rating again clears it.
    log.push_back(pressure(40000, 6));
    CHECK_FALSE(hasPrompt(stateAt(plan, log, 41000), PromptKind::EaseOff));
    // A tenderness rating that high counts too.
    log.push_back(tender(45000, 9));
    CHECK(hasPrompt(stateAt(plan, log, 46000), PromptKind::EaseOff));
}

TEST_CASE("holds show the target and breathing prompts while they run", "[session][state]") {
    const Plan plan = onePoint();
    const SessionState s = stateAt(plan, {ev(0, E::Start), ev(20000, E::FoundIt)}, 21000);
    REQUIRE(s.prompts.size() >= 2);
    CHECK(s.prompts[0].kind == PromptKind::Phase);
    CHECK(s.prompts[0].text == plan.phases[1].prompts[0]);
    CHECK(s.prompts[1].text == plan.rules.breathing_prompt);
}

TEST_CASE("tenderness trend across holds and release when it falls to 3 or less", "[session][state]") {
    const Plan plan = onePoint();
    // holds: 20-80, 90-150, 160-220, 230-290 s
    EventLog log{ev(0, E::Start), ev(20000, E::FoundIt), tender(30000, 7), tender(70000, 6)};
    SessionState s = stateAt(plan, log, 75000);
    CHECK(s.points[0].tenderness == std::vector<int>{6}); // one value per hold: the latest
    CHECK(s.points[0].trend == Trend::Unknown);
    CHECK_FALSE(hasPrompt(s, PromptKind::Trend));

    log.push_back(tender(140000, 5));
    s = stateAt(plan, log, 141000);
    CHECK(s.points[0].trend == Trend::Falling);
    CHECK(hasPrompt(s, PromptKind::Trend));
    CHECK_FALSE(s.points[0].released);

    log.push_back(tender(200000, 5));
    CHECK(stateAt(plan, log, 201000).points[0].trend == Trend::Steady);

    log.push_back(tender(250000, 6));
    CHECK(stateAt(plan, log, 251000).points[0].trend == Trend::Rising);

    log.push_back(tender(260000, 3));
    s = stateAt(plan, log, 261000);
    CHECK(s.points[0].tenderness == std::vector<int>{6, 5, 5, 3});
    CHECK(s.points[0].released);
    CHECK_FALSE(s.points[0].released_by_user);
    CHECK(hasPrompt(s, PromptKind::Released));
    CHECK(s.phase_index == 7); // release by rating does not cut the hold short
    CHECK(s.ratings.size() == 6);
    CHECK(s.ratings.back().point == 0);
    CHECK(s.ratings.back().phase == 7);
}

TEST_CASE("ratings outside the 0-10 scale are ignored", "[session][state]") {
    const Plan plan = onePoint();
    const SessionState s = stateAt(plan, {ev(0, E::Start), tender(1000, 11), tender(2000, -1)}, 3000);
    CHECK(s.ratings.empty());
}

TEST_CASE("hold-until-release counts up until 'released' or stops at the 90 s cap", "[session][state]") {
    PlanOptions o;
    o.hold_until_release = true;
    const Plan plan = onePoint(45, o);
    EventLog log{ev(0, E::Start), ev(20000, E::FoundIt)};
    SessionState s = stateAt(plan, log, 57000);
    CHECK(s.phase_index == 1);
    CHECK(s.elapsed_in_phase_ms == 37000); // the count-up clock
    CHECK(s.remaining_in_phase_ms == 53000);
    CHECK_FALSE(s.total_remaining_exact);

    log.push_back(ev(57000, E::Released));
    s = stateAt(plan, log, 57000);
    CHECK(s.phase_index == 2);
    CHECK(s.history.back().end == PhaseEnd::Released);
    CHECK(s.points[0].released);
    CHECK(s.points[0].released_by_user);

    // The next hold (67 s ..) is never released: it ends at the cap, 90 s later.
    s = stateAt(plan, log, 67000 + 90000);
    CHECK(s.phase_index == 4);
    CHECK(s.history.back().end == PhaseEnd::Capped);
    CHECK(s.history.back().ended_ms - s.history.back().started_ms == 90000);
    CHECK(stateAt(plan, log, 67000 + 89999).phase_index == 3);
}

TEST_CASE("'released' also ends a timed hold early", "[session][state]") {
    const Plan plan = onePoint();
    const SessionState s =
        stateAt(plan, {ev(0, E::Start), ev(20000, E::FoundIt), ev(40000, E::Released)}, 40000);
    CHECK(s.phase_index == 2);
    CHECK(s.next_boundary_ms == 50000);
}

TEST_CASE("a 3-2-1 countdown runs in the last three seconds before a timed phase change",
          "[session][state]") {
    const Plan plan = onePoint();
    const EventLog log{ev(0, E::Start), ev(20000, E::FoundIt)}; // hold ends at 80 s
    CHECK(stateAt(plan, log, 76999).countdown == 0);
    CHECK(stateAt(plan, log, 77000).countdown == 3);
    CHECK(stateAt(plan, log, 77001).countdown == 3);
    CHECK(stateAt(plan, log, 78000).countdown == 2);
    CHECK(stateAt(plan, log, 79500).countdown == 1);
    CHECK(stateAt(plan, log, 80000).countdown == 0);                // the mobilize has just begun
    CHECK(stateAt(plan, {ev(0, E::Start)}, 500000).countdown == 0); // open-ended locate: no cue
}

TEST_CASE("the next phase boundary is the time a single-shot timer should fire", "[session][state]") {
    const Plan plan = onePoint();
    EventLog log{ev(0, E::Start)};
    CHECK_FALSE(nextPhaseBoundaryMs(plan, log, 1000).has_value()); // locate
    log.push_back(ev(20000, E::FoundIt));
    CHECK(nextPhaseBoundaryMs(plan, log, 20000) == 80000);
    CHECK(nextPhaseBoundaryMs(plan, log, 79999) == 80000);
    CHECK(nextPhaseBoundaryMs(plan, log, 80000) == 90000);
    log.push_back(ev(85000, E::Pause));
    CHECK_FALSE(nextPhaseBoundaryMs(plan, log, 86000).has_value());
    log.push_back(ev(100000, E::Resume));
    CHECK(nextPhaseBoundaryMs(plan, log, 100000) == 105000);
}

TEST_CASE("events stamped out of order are taken at their predecessor's time", "[session][state]") {
    const Plan plan = onePoint();
    const SessionState s =
        stateAt(plan, {ev(0, E::Start), ev(20000, E::FoundIt), ev(10000, E::Pause)}, 30000);
    CHECK(s.paused);
    CHECK(s.elapsed_in_phase_ms == 0);
}

TEST_CASE("state is a pure function: the same inputs give the same state", "[session][state]") {
    const Plan plan = onePoint();
    const EventLog log{ev(0, E::Start), ev(20000, E::FoundIt), tender(30000, 6), ev(50000, E::Pause)};
    const SessionState a = stateAt(plan, log, 60000);
    stateAt(plan, log, 10);
    const SessionState b = stateAt(plan, log, 60000);
    CHECK(a.phase_index == b.phase_index);
    CHECK(a.elapsed_in_phase_ms == b.elapsed_in_phase_ms);
    CHECK(a.ratings.size() == b.ratings.size());
    // Events after `now` are not seen yet.
    CHECK(stateAt(plan, log, 19999).phase_index == 0);
}

TEST_CASE("an empty plan is complete as soon as it starts", "[session][state]") {
    const Plan plan = buildPlan(preset("standard"), {});
    CHECK(plan.phases.empty());
    CHECK_FALSE(stateAt(plan, {}, 0).finished);
    const SessionState s = stateAt(plan, {ev(100, E::Start)}, 200);
    CHECK(s.finished);
    CHECK(s.end_reason == EndReason::Completed);
}

TEST_CASE("skipping the last phase completes the session", "[session][state]") {
    const Plan plan = onePoint();
    EventLog log{ev(0, E::Start), ev(20000, E::FoundIt)}; // stretch: 300..360 s
    REQUIRE(plan.phases[static_cast<std::size_t>(stateAt(plan, log, 330000).phase_index)].kind == K::Stretch);
    log.push_back(ev(330000, E::Skip));
    const SessionState s = stateAt(plan, log, 330000);
    CHECK(s.finished);
    CHECK(s.end_reason == EndReason::Completed);
    CHECK(s.ended_at_ms == 330000);
}
