#!/usr/bin/env bash
# clang-tidy with the repository's focused .clang-tidy over src/core and src/cli (every warning is
# an error). Uses the compile_commands.json of a core-only configure in build/tidy (configure
# only, nothing is compiled), or of TPF_TIDY_BUILD_DIR if set.
# src/gui is not checked yet: it is still being written (see README, Quality checks).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${TPF_TIDY_BUILD_DIR:-$ROOT/build/tidy}"
JOBS="$(nproc 2>/dev/null || echo 2)"
RUN_CLANG_TIDY="$(command -v run-clang-tidy-14 || command -v run-clang-tidy)"
CLANG_TIDY="$(command -v clang-tidy-14 || command -v clang-tidy)"

if [ -z "${TPF_TIDY_BUILD_DIR:-}" ]; then # re-configured every time, so new files are listed
  cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Debug \
    -DTPF_BUILD_GUI=OFF -DTPF_BUILD_TESTS=OFF -DTPF_BUILD_BENCH=OFF >/dev/null
fi

log="$BUILD_DIR/clang-tidy.log"
status=0
# The regex selects translation units; headers under src/ are checked through them (HeaderFilterRegex).
"$RUN_CLANG_TIDY" -clang-tidy-binary "$CLANG_TIDY" -p "$BUILD_DIR" -j "$JOBS" -quiet \
  "$ROOT/src/(core|cli)/" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >"$log" || status=$?
warnings="$(grep -cE '(warning|error): .*\[[a-z0-9.,-]+\]$' "$log" || true)"
if [ "$status" -ne 0 ] || [ "$warnings" -ne 0 ]; then
  grep -E '(warning|error): ' "$log" | sort -u
  echo "check-tidy: $warnings finding(s) in src/core and src/cli (full log: $log)" >&2
  exit 1
fi
echo "check-tidy: ok, no findings in src/core and src/cli"
