#include "test_session_support.h"

#include <cstdint>

using namespace tpf::session;
using namespace tpf::session::testing;
using E = EventKind;

namespace {
constexpr std::int64_t kNone = INT64_MIN;
std::int64_t absDiff(std::int64_t a, std::int64_t b) { return a > b ? a - b : b - a; }
} // namespace

// Drives a ~30-minute queued session the way the GUI does: poll a monotonic (here: fake) clock
// at irregular intervals, append events at the poll time, recompute the state. The test keeps
// its own schedule (durations + pauses + "found it" times) and compares every boundary.
TEST_CASE("no drift: a 30-minute session with pauses and a 2 s stall keeps every boundary on schedule",
          "[session][drift]") {
    PlanOptions o;
    o.warmup = true;
    o.both_sides = true;
    const Plan plan =
        buildPlan(preset("standard"), {point("upper_trapezius.1", 60), point("levator.1", 45)}, o);

    const std::int64_t t0 = 123'456'789; // any monotonic origin
    std::int64_t now = t0;
    EventLog log{Event::at(now, E::Start)};

    std::uint32_t seed = 12345;
    auto rnd = [&](std::uint32_t n) {
        seed = seed * 1664525u + 1013904223u;
        return static_cast<std::int64_t>((seed >> 8) % n);
    };

    // Plain sentinels rather than std::optional: GCC 12 -O2 warns (falsely) about the latter here.
    std::int64_t expectedEnd = kNone, pausedAt = kNone;
    if (plan.phases[0].duration_ms)
        expectedEnd = now + *plan.phases[0].duration_ms;
    std::size_t seenHistory = 0;
    std::int64_t maxError = 0, maxPollError = 0;
    int boundaries = 0, polls = 0;
    bool stalled = false, pause1 = false, pause2 = false;
    std::int64_t pauseTotal = 0, locateTotal = 0;
    SessionState s;

    while (true) {
        s = stateAt(plan, log, now);
        ++polls;
        // Every boundary crossed since the last poll, in order, against our own schedule.
        for (; seenHistory < s.history.size(); ++seenHistory) {
            const PhaseRecord& h = s.history[seenHistory];
            const Phase& ph = plan.phases[static_cast<std::size_t>(h.phase)];
            REQUIRE(h.phase == static_cast<int>(seenHistory));
            std::int64_t boundary;
            if (ph.duration_ms) {
                REQUIRE(expectedEnd != kNone);
                boundary = expectedEnd;
                maxError = std::max(maxError, absDiff(h.ended_ms, boundary));
            } else {
                boundary = h.ended_ms; // "found it", checked below against the event we sent
                CHECK(h.end == PhaseEnd::FoundIt);
                locateTotal += h.ended_ms - h.started_ms;
            }
            ++boundaries;
            const std::size_t next = seenHistory + 1;
            expectedEnd = kNone;
            if (next < plan.phases.size() && plan.phases[next].duration_ms)
                expectedEnd = boundary + *plan.phases[next].duration_ms;
        }
        if (s.finished)
            break;
        REQUIRE(now - t0 < 60 * 60 * kSec);

        // Between boundaries the remaining time is exact too, however irregular the polling.
        if (!s.paused && expectedEnd != kNone && s.remaining_in_phase_ms)
            maxPollError = std::max(maxPollError, absDiff(expectedEnd, now + *s.remaining_in_phase_ms));

        // The user: finds each point after ~20 s, pauses twice.
        const Phase& cur = plan.phases[static_cast<std::size_t>(s.phase_index)];
        if (!s.paused && cur.kind == PhaseKind::Locate && s.elapsed_in_phase_ms >= 20 * kSec) {
            log.push_back(Event::at(now, E::FoundIt));
            const std::size_t next = static_cast<std::size_t>(s.phase_index) + 1;
            if (next < plan.phases.size() && plan.phases[next].duration_ms)
                expectedEnd = now + *plan.phases[next].duration_ms;
        }
        if (!pause1 && now - t0 >= 8 * 60 * kSec) {
            pause1 = true;
            log.push_back(Event::at(now, E::Pause));
            pausedAt = now;
        }
        if (!pause2 && now - t0 >= 20 * 60 * kSec && !s.paused) {
            pause2 = true;
            log.push_back(Event::at(now, E::Pause));
            pausedAt = now;
        }
        if (pausedAt != kNone && now - pausedAt >= (pause2 ? 120 : 45) * kSec) {
            log.push_back(Event::at(now, E::Resume));
            if (expectedEnd != kNone)
                expectedEnd += now - pausedAt;
            pauseTotal += now - pausedAt;
            pausedAt = kNone;
        }

        // The event loop: irregular polls, and once a 2-second stall.
        if (!stalled && now - t0 >= 12 * 60 * kSec) {
            stalled = true;
            now += 2000;
        } else {
            now += 7 + rnd(400);
        }
    }

    CHECK(s.end_reason == EndReason::Completed);
    CHECK(boundaries == static_cast<int>(plan.phases.size()));
    CHECK(stalled);
    CHECK(pauseTotal >= 165 * kSec);
    CHECK(maxError <= 50); // the requirement ...
    CHECK(maxError == 0);  // ... and in fact exact
    CHECK(maxPollError == 0);
    // Active time is the plan's timed phases plus the time spent locating; pauses are excluded.
    std::int64_t timed = 0;
    for (const auto& ph : plan.phases)
        timed += ph.duration_ms.value_or(0);
    CHECK(s.active_elapsed_ms == timed + locateTotal);
    CHECK(*s.ended_at_ms - t0 == timed + locateTotal + pauseTotal);
    const auto minutes = (*s.ended_at_ms - t0) / (60 * kSec);
    CHECK(minutes >= 25);
    CHECK(minutes <= 35);
    CHECK(polls > 1000);
}
