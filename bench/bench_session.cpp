// Guided-session engine benchmark (not a test: prints figures, asserts nothing).
//
// 1. Simulates a ~30-minute queued session (warm-up, two points on both sides) on a fake
//    monotonic clock, polled at irregular intervals with stalls, the way the GUI polls
//    QElapsedTimer. Prints the maximum and mean error of every phase boundary the engine
//    reports against an independently kept schedule, and how late the poller noticed.
// 2. The same session driven by a single-shot timer armed from nextPhaseBoundaryMs() that
//    fires 0-20 ms late (and once 2 s late).
// 3. The cost of stateAt() per call with the full event log of a finished session.
//
// Usage: bench_session [path/to/protocols.json]

#include "core/session/plan.h"
#include "core/session/protocol.h"
#include "core/session/state.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

using namespace tpf::session;

namespace {

constexpr std::int64_t kSec = 1000;
constexpr std::int64_t kNone = INT64_MIN;

struct Rng {
    std::uint32_t s = 2024;
    std::int64_t operator()(std::int64_t n) {
        s = s * 1664525u + 1013904223u;
        return static_cast<std::int64_t>((s >> 8) % static_cast<std::uint32_t>(n));
    }
};

PointSpec spec(const std::string& id, int hold) {
    PointSpec p;
    p.trigger_point_id = id;
    p.name = id;
    p.side = Side::Left;
    p.hold_seconds = hold;
    p.mobilization = "move slowly.";
    p.stretch = "stretch gently.";
    p.cautions = {"Mind the pulse."};
    return p;
}

struct RunStats {
    std::int64_t maxError = 0;
    double meanError = 0;
    std::int64_t maxNoticeLag = 0;
    double meanNoticeLag = 0;
    int boundaries = 0;
    int polls = 0;
    std::int64_t sessionMs = 0;
    EventLog log;
};

std::int64_t absDiff(std::int64_t a, std::int64_t b) { return a > b ? a - b : b - a; }

// nextPoll(now, state) returns when the driver looks next.
template <typename NextPoll> RunStats run(const Plan& plan, NextPoll nextPoll) {
    RunStats st;
    const std::int64_t t0 = 5'000'000;
    std::int64_t now = t0;
    st.log.push_back(Event::at(now, EventKind::Start));
    // Plain sentinels rather than std::optional: GCC 12 -O2 warns (falsely) about the latter here.
    std::int64_t expectedEnd = kNone, pausedAt = kNone;
    if (plan.phases[0].duration_ms)
        expectedEnd = now + *plan.phases[0].duration_ms;
    bool pause1 = false, pause2 = false;
    std::size_t seen = 0;
    double sumErr = 0, sumLag = 0;
    int timedBoundaries = 0;
    SessionState s;
    for (;;) {
        s = stateAt(plan, st.log, now);
        ++st.polls;
        for (; seen < s.history.size(); ++seen) {
            const PhaseRecord& h = s.history[seen];
            const Phase& ph = plan.phases[static_cast<std::size_t>(h.phase)];
            std::int64_t boundary = h.ended_ms;
            if (ph.duration_ms && expectedEnd != kNone) {
                boundary = expectedEnd;
                const std::int64_t err = absDiff(h.ended_ms, boundary);
                st.maxError = std::max(st.maxError, err);
                sumErr += double(err);
                const std::int64_t lag = now - boundary;
                st.maxNoticeLag = std::max(st.maxNoticeLag, lag);
                sumLag += double(lag);
                ++timedBoundaries;
            }
            ++st.boundaries;
            expectedEnd = kNone;
            if (seen + 1 < plan.phases.size() && plan.phases[seen + 1].duration_ms)
                expectedEnd = boundary + *plan.phases[seen + 1].duration_ms;
        }
        if (s.finished || now - t0 > 3 * 3600 * kSec)
            break;

        const Phase& cur = plan.phases[static_cast<std::size_t>(s.phase_index)];
        if (!s.paused && cur.kind == PhaseKind::Locate && s.elapsed_in_phase_ms >= 20 * kSec) {
            st.log.push_back(Event::at(now, EventKind::FoundIt));
            if (seen + 1 < plan.phases.size() && plan.phases[seen + 1].duration_ms)
                expectedEnd = now + *plan.phases[seen + 1].duration_ms;
            s = stateAt(plan, st.log, now);
        }
        if (!pause1 && now - t0 >= 7 * 60 * kSec) {
            pause1 = true;
            st.log.push_back(Event::at(now, EventKind::Pause));
            pausedAt = now;
        } else if (!pause2 && now - t0 >= 19 * 60 * kSec && !s.paused) {
            pause2 = true;
            st.log.push_back(Event::at(now, EventKind::Pause));
            pausedAt = now;
        } else if (pausedAt != kNone && now - pausedAt >= 40 * kSec) {
            st.log.push_back(Event::at(now, EventKind::Resume));
            if (expectedEnd != kNone)
                expectedEnd += now - pausedAt;
            pausedAt = kNone;
        }
        s = stateAt(plan, st.log, now);
        now = std::max(now + 1, nextPoll(now, s));
    }
    st.meanError = timedBoundaries ? sumErr / timedBoundaries : 0;
    st.meanNoticeLag = timedBoundaries ? sumLag / timedBoundaries : 0;
    st.sessionMs = s.ended_at_ms.value_or(now) - t0;
    return st;
}

void print(const char* title, const RunStats& r) {
    std::printf("%s\n", title);
    std::printf("  session length          %.1f min (%d phase boundaries, %d polls)\n",
                double(r.sessionMs) / 60000.0, r.boundaries, r.polls);
    std::printf("  boundary error          max %lld ms, mean %.3f ms  (engine vs. schedule)\n",
                static_cast<long long>(r.maxError), r.meanError);
    std::printf("  noticed after boundary  max %lld ms, mean %.1f ms  (poll latency, not drift)\n",
                static_cast<long long>(r.maxNoticeLag), r.meanNoticeLag);
}

} // namespace

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : std::string(TPF_SOURCE_DATA_DIR) + "/protocols.json";
    const ProtocolLoadResult loaded = loadProtocolsFile(path);
    if (!loaded.ok()) {
        for (const auto& p : loaded.problems)
            std::fprintf(stderr, "%s\n", p.toString().c_str());
        return 1;
    }
    PlanOptions o;
    o.warmup = true;
    o.both_sides = true;
    const Plan plan = buildPlan(*loaded.protocols.find("standard"),
                                {spec("upper_trapezius.1", 60), spec("levator_scapulae.1", 45)}, o);
    std::printf("plan: %zu phases, estimated %.1f min\n\n", plan.phases.size(),
                double(plan.estimated_total_ms) / 60000.0);

    // 1. Irregular polling: 5-400 ms gaps, a 2 s stall every ~5 minutes, a 500 ms hiccup every ~minute.
    Rng rng;
    std::int64_t sinceStall = 0, sinceHiccup = 0;
    const RunStats polled = run(plan, [&](std::int64_t now, const SessionState&) {
        std::int64_t gap = 5 + rng(396);
        sinceStall += gap;
        sinceHiccup += gap;
        if (sinceStall >= 5 * 60 * kSec) {
            gap += 2000;
            sinceStall = 0;
        } else if (sinceHiccup >= 60 * kSec) {
            gap += 500;
            sinceHiccup = 0;
        }
        return now + gap;
    });
    print("1. polled at irregular intervals (5-400 ms, 500 ms hiccups, 2 s stalls)", polled);

    // 2. Single-shot timer armed at the next boundary (or 250 ms while open-ended or paused),
    //    firing 0-20 ms late, once 2 s late.
    Rng rng2;
    bool stalled = false;
    const RunStats timer = run(plan, [&](std::int64_t now, const SessionState& s) {
        const std::int64_t due = s.next_boundary_ms ? *s.next_boundary_ms : now + 250;
        std::int64_t late = rng2(21);
        if (!stalled && s.next_boundary_ms && now - 5'000'000 > 12 * 60 * kSec) {
            late += 2000;
            stalled = true;
        }
        return due + late;
    });
    print("\n2. single-shot timer at nextPhaseBoundaryMs(), 0-20 ms late, once 2 s late", timer);

    // 3. Cost per call, with the full log of the finished session (worst case: longest replay).
    const EventLog& log = polled.log;
    const std::int64_t start = log.front().t_ms;
    const std::int64_t end = start + polled.sessionMs;
    const int calls = 200000;
    volatile std::int64_t sink = 0;
    for (const double at : {0.1, 0.5, 0.99}) {
        const std::int64_t now0 = start + std::int64_t(double(end - start) * at);
        const auto t1 = std::chrono::steady_clock::now();
        for (int i = 0; i < calls; ++i)
            sink = sink + stateAt(plan, log, now0 + (i & 1023)).elapsed_in_phase_ms;
        const auto t2 = std::chrono::steady_clock::now();
        const double ns =
            double(std::chrono::duration_cast<std::chrono::nanoseconds>(t2 - t1).count()) / calls;
        std::printf("%s stateAt at %2.0f%% of the session (%zu events): %.2f us/call\n",
                    at == 0.1 ? "\n3." : "  ", at * 100, log.size(), ns / 1000.0);
    }
    {
        // A heavy log: a rating every 2 s of the whole session on top of the real events.
        EventLog heavy = log;
        for (std::int64_t t = start + 1; t < end; t += 2 * kSec)
            heavy.push_back(
                Event::rate(t, int(t / kSec % 9), t % 4000 ? RatingKind::Tenderness : RatingKind::Pressure));
        std::stable_sort(heavy.begin(), heavy.end(),
                         [](const Event& a, const Event& b) { return a.t_ms < b.t_ms; });
        const int n = 2000;
        const auto t1 = std::chrono::steady_clock::now();
        for (int i = 0; i < n; ++i)
            sink = sink + stateAt(plan, heavy, end - 1000 + i).elapsed_in_phase_ms;
        const auto t2 = std::chrono::steady_clock::now();
        std::printf(
            "   stateAt near the end with %zu events (a rating every 2 s): %.2f us/call\n", heavy.size(),
            double(std::chrono::duration_cast<std::chrono::nanoseconds>(t2 - t1).count()) / n / 1000.0);
    }
    {
        const auto t1 = std::chrono::steady_clock::now();
        for (int i = 0; i < calls; ++i)
            sink = sink + nextPhaseBoundaryMs(plan, log, start + 60 * kSec + i).value_or(0);
        const auto t2 = std::chrono::steady_clock::now();
        std::printf("   nextPhaseBoundaryMs:                      %.2f us/call\n",
                    double(std::chrono::duration_cast<std::chrono::nanoseconds>(t2 - t1).count()) / calls /
                        1000.0);
    }
    return 0;
}
