#!/usr/bin/env bash
# Fresh machine to green tests: install missing dependencies, configure, build, run every test.
# Environment: TPF_WERROR=ON (warnings are errors, as in CI), TPF_BUILD_DIR (default build/main),
# CMAKE_BUILD_TYPE (default RelWithDebInfo), TPF_BUILD_GUI=OFF (core and CLI only).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${TPF_BUILD_DIR:-$ROOT/build/main}"
JOBS="$(nproc 2>/dev/null || echo 2)"

"$ROOT/scripts/install-deps.sh"

# The GUI is built when src/gui exists; CMake skips it otherwise, so this works before it lands.
cmake -S "$ROOT" -B "$BUILD_DIR" \
  -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" \
  -DTPF_WERROR="${TPF_WERROR:-OFF}" \
  -DTPF_BUILD_GUI="${TPF_BUILD_GUI:-ON}" \
  -DTPF_BUILD_TESTS=ON
cmake --build "$BUILD_DIR" -j"$JOBS"

# GUI tests must never need a display.
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$JOBS"
