#!/usr/bin/env bash
# clang-tidy with the repository's focused .clang-tidy over every translation unit in src/ (core,
# cli and gui; src/gui/.clang-tidy turns off the checks that only misfire on Qt idioms). Every
# warning is an error. Uses the compile_commands.json of a configure in build/tidy (configure only:
# no translation unit includes moc output, so nothing needs to be built first), or of
# TPF_TIDY_BUILD_DIR if set (it must have been configured with the GUI on).
# Arguments: files to check instead of all of src/, e.g. ./scripts/check-tidy.sh src/gui/main.cpp
# Environment: TPF_TIDY_DIRS narrows the parts of src/ checked (default "core cli gui").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${TPF_TIDY_BUILD_DIR:-$ROOT/build/tidy}"
JOBS="$(nproc 2>/dev/null || echo 2)"
RUN_CLANG_TIDY="$(command -v run-clang-tidy-14 || command -v run-clang-tidy)"
CLANG_TIDY="$(command -v clang-tidy-14 || command -v clang-tidy)"
DIRS="${TPF_TIDY_DIRS:-core cli gui}"

if [ -z "${TPF_TIDY_BUILD_DIR:-}" ]; then # re-configured every time, so new files are listed
  cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Debug \
    -DTPF_BUILD_GUI=ON -DTPF_BUILD_TESTS=OFF -DTPF_BUILD_BENCH=OFF >/dev/null
fi

# run-clang-tidy selects translation units by regular expression; headers under src/ are checked
# through them (HeaderFilterRegex).
if [ $# -gt 0 ]; then
  files=()
  for f in "$@"; do files+=("$(realpath "$f")"); done
  what="$*"
else
  files=("$ROOT/src/(${DIRS// /|})/")
  what="src/{${DIRS// /,}}"
fi

log="$BUILD_DIR/clang-tidy.log"
status=0
"$RUN_CLANG_TIDY" -clang-tidy-binary "$CLANG_TIDY" -p "$BUILD_DIR" -j "$JOBS" -quiet \
  "${files[@]}" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >"$log" || status=$?
warnings="$(grep -cE '(warning|error): .*\[[a-z0-9.,-]+\]$' "$log" || true)"
if [ "$status" -ne 0 ] || [ "$warnings" -ne 0 ]; then
  grep -E '(warning|error): ' "$log" | sort -u
  echo "check-tidy: $warnings finding(s) in $what (full log: $log)" >&2
  exit 1
fi
echo "check-tidy: ok, no findings in $what"
