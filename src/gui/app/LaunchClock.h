// The start-up benchmark's clock: bench_gui puts the CLOCK_MONOTONIC time at which it launches a
// program into TPF_LAUNCH_NS, and the program (tpfinder --quit-after-startup, or the empty
// baseline window) prints how long after that its first paint finished. This measures launch to
// first paint exactly, without the process's exit and teardown that a wall-clock timer of the
// whole run would add. Header-only, so the Qt-only baseline program can use it too.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>

namespace tpf::gui {

inline long long monotonicNs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

// Milliseconds since the launch written in TPF_LAUNCH_NS, or nothing when it is not set or not a
// number.
inline std::optional<double> msSinceLaunch() {
    const char* text = std::getenv("TPF_LAUNCH_NS");
    if (text == nullptr || *text == '\0')
        return std::nullopt;
    char* end = nullptr;
    const long long launch = std::strtoll(text, &end, 10);
    if (end == nullptr || *end != '\0' || launch <= 0)
        return std::nullopt;
    return static_cast<double>(monotonicNs() - launch) / 1e6;
}

inline double cpuMs(clockid_t clock) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Called once, right after the first paint: prints "first paint: <ms> ms after launch (CPU: <ms>
// ms, this thread <ms> ms)" on stdout when the launcher asked for it. The CPU times count from
// the process's start, the dynamic loader included: all threads', and the GUI thread's alone. Less
// at the mercy of a busy machine than the wall time, and they tell work from waiting.
inline void reportFirstPaintSinceLaunch() {
    if (const auto ms = msSinceLaunch()) {
        std::printf("first paint: %.3f ms after launch (CPU: %.3f ms, this thread %.3f ms)\n", *ms,
                    cpuMs(CLOCK_PROCESS_CPUTIME_ID), cpuMs(CLOCK_THREAD_CPUTIME_ID));
        std::fflush(stdout);
    }
}

} // namespace tpf::gui
