// SessionController: the state is a function of the plan, the event log and a fake clock; one
// single-shot wake-up for the next cue or boundary; cues 3-2-1 and 0; the sink hears everything.
#include "test_session_support.h"

#include <QSignalSpy>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::sessiontest;
using session::EndReason;
using session::PhaseKind;
using session::RatingKind;

TEST_CASE("session controller: where the session is follows the fake clock, never timer ticks",
          "[session][gui]") {
    FakeClock clock;
    SessionController c(plan(), clock.fn());
    c.start();
    CHECK(c.phase(c.state())->kind == PhaseKind::Locate);
    clock.now += 5'000;
    c.foundIt();
    REQUIRE(c.phase(c.state())->kind == PhaseKind::Hold);
    clock.now += 20'000; // no poll, no timer: the state is computed on demand
    const auto s = c.state();
    CHECK(s.elapsed_in_phase_ms == 20'000);
    CHECK(s.remaining_in_phase_ms == 40'000);
    clock.now += 45'000; // past the hold's end: already in the next phase
    CHECK(c.phase(c.state())->kind == PhaseKind::Mobilize);
}

TEST_CASE("session controller: pause freezes the phase clock and resume continues it", "[session][gui]") {
    FakeClock clock;
    SessionController c(plan(), clock.fn());
    c.start();
    c.foundIt();
    clock.now += 10'000;
    c.pause();
    clock.now += 60'000;
    CHECK(c.state().paused);
    CHECK(c.state().remaining_in_phase_ms == 50'000);
    CHECK_FALSE(c.wakeUpAt());
    CHECK_FALSE(c.repaintTimerActive());
    c.togglePause();
    clock.now += 5'000;
    CHECK_FALSE(c.state().paused);
    CHECK(c.state().remaining_in_phase_ms == 45'000);
}

TEST_CASE("session controller: one wake-up is armed for the next countdown cue or boundary",
          "[session][gui]") {
    FakeClock clock;
    SessionController c(plan(), clock.fn());
    c.start();
    // Locate is open-ended: nothing to wake up for, nothing to repaint.
    CHECK_FALSE(c.wakeUpAt());
    CHECK_FALSE(c.repaintTimerActive());
    c.foundIt();
    const std::int64_t holdStart = clock.now;
    CHECK(c.wakeUpAt() == holdStart + 57'000); // the "3" cue of a 60 s hold
    CHECK(c.repaintTimerActive());
    clock.now = holdStart + 57'500;
    c.poll();
    CHECK(c.wakeUpAt() == holdStart + 58'000);
    clock.now = holdStart + 59'000;
    c.poll();
    CHECK(c.wakeUpAt() == holdStart + 60'000); // the boundary itself
}

TEST_CASE("session controller: countdown cues 3, 2, 1, then 0 when the next phase begins", "[session][gui]") {
    FakeClock clock;
    SessionController c(plan(), clock.fn());
    QSignalSpy cues(&c, &SessionController::cue);
    QSignalSpy phases(&c, &SessionController::phaseChanged);
    c.start();
    c.foundIt();
    const std::int64_t holdStart = clock.now;
    for (std::int64_t t : {57'000, 57'400, 58'000, 59'000, 60'000}) {
        clock.now = holdStart + t;
        c.poll();
    }
    std::vector<int> got;
    for (const auto& args : cues)
        got.push_back(args.at(0).toInt());
    CHECK(got == std::vector<int>{0, 0, 3, 2, 1, 0}); // locate starts, hold starts, countdown, move starts
    REQUIRE(phases.size() == 3);
    CHECK(phases.at(2).at(0).toInt() == 2);
}

TEST_CASE("session controller: the sink hears the start, each hold with its ratings, and the end reason",
          "[session][gui]") {
    FakeClock clock;
    RecordingSink sink;
    SessionController c(plan(), clock.fn());
    c.setSink(&sink);
    QSignalSpy finished(&c, &SessionController::finished);
    c.start();
    c.foundIt();
    c.rate(6, RatingKind::Pressure);
    c.rate(5, RatingKind::Tenderness);
    clock.now += 61'000;
    c.poll();
    c.sharpPain();
    CHECK(sink.events ==
          std::vector<std::string>{"start 1", "locate", "hold 6 5", "mobilize", "end sharp_pain"});
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).at(0).value<EndReason>() == EndReason::SharpPain);
    CHECK(c.isFinished());
    // Nothing is recorded after the end.
    c.skip();
    CHECK(c.log().back().kind == session::EventKind::SharpPain);
}
