#!/usr/bin/env bash
# Builds with the asan-ubsan preset (gcc, AddressSanitizer + UndefinedBehaviorSanitizer, -Werror)
# and runs every test under it: the core, the CLI, the fuzz-corpus replays, the malformed-input suite,
# the GUI tests (offscreen) and the app smoke tests. TPF_SANITIZE_GUI=OFF leaves the GUI out (about
# two thirds of the build). Measured on 2 cores (2026-11-21): the build is ~1400 s of CPU (~12 min),
# the GUI tests ~2.5 min (run serially), so the GUI fits the CI budget (notes in README, Quality checks).
# Leak reports from system libraries are suppressed by tests/sanitizers/lsan.supp (one reason per entry).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JOBS="$(nproc 2>/dev/null || echo 2)"

"$ROOT/scripts/install-deps.sh"

# Catch2 test discovery runs the test binaries during the build, so the sanitizer options the test
# preset sets must hold for the build as well.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

# The preset's configuration, in TPF_ASAN_BUILD_DIR if set (default: the preset's build/asan-ubsan);
# the environment above is the preset's test environment.
BUILD_DIR="${TPF_ASAN_BUILD_DIR:-$ROOT/build/asan-ubsan}"
cmake --preset asan-ubsan -B "$BUILD_DIR" -DTPF_BUILD_GUI="${TPF_SANITIZE_GUI:-ON}"
start=$SECONDS
cmake --build "$BUILD_DIR" -j"$JOBS"
echo "ci-sanitizers: build in $((SECONDS - start)) s"
start=$SECONDS
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$JOBS"
echo "ci-sanitizers: tests in $((SECONDS - start)) s"
