#!/usr/bin/env bash
# Fresh machine to running app: install missing dependencies, build, run.
# Runs the desktop app when it is built; until then tpfinder-cli (arguments are passed on).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${TPF_BUILD_DIR:-$ROOT/build/main}"
JOBS="$(nproc 2>/dev/null || echo 2)"

"$ROOT/scripts/install-deps.sh"
cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build "$BUILD_DIR" -j"$JOBS"

if [ -x "$BUILD_DIR/src/gui/tpfinder" ]; then
  exec "$BUILD_DIR/src/gui/tpfinder" "$@"
fi
if [ $# -eq 0 ]; then
  set -- --help
fi
exec "$BUILD_DIR/src/cli/tpfinder-cli" "$@"
