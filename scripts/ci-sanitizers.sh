#!/usr/bin/env bash
# Builds with the asan-ubsan preset (gcc, AddressSanitizer + UndefinedBehaviorSanitizer, -Werror)
# and runs every test under it. By default that is the core, the CLI, the fuzz-corpus replays and
# the malformed-input suite; TPF_SANITIZE_GUI=ON adds the GUI tests and the app smoke test. The GUI
# under ASan is opt-in until it has been run to the end and any Qt/fontconfig leak suppressions
# it needs are in tests/sanitizers/lsan.supp (issue 9).
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
cmake --preset asan-ubsan -B "$BUILD_DIR" -DTPF_BUILD_GUI="${TPF_SANITIZE_GUI:-OFF}"
cmake --build "$BUILD_DIR" -j"$JOBS"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$JOBS"
