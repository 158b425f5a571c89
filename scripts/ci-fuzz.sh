#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang + ASan + UBSan and fuzzes each one for a fixed
# time. Fails on any crash, leak, timeout or out-of-memory; the input is kept under
# $BUILD_DIR/artifacts/<target>/. Turn it into a regression test by copying it into
# tests/fuzz/corpus/<target>/ (the "fuzz replay" ctest runs every corpus file in every build).
# Environment: TPF_FUZZ_SECONDS (default 60 per target), TPF_FUZZ_TARGETS (default: all),
# TPF_FUZZ_BUILD_DIR (default build/fuzz).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${TPF_FUZZ_BUILD_DIR:-$ROOT/build/fuzz}"
SECONDS_PER_TARGET="${TPF_FUZZ_SECONDS:-60}"
TARGETS="${TPF_FUZZ_TARGETS:-load_regions load_muscles region_query safety_rules protocols snapshot}"
JOBS="$(nproc 2>/dev/null || echo 2)"

"$ROOT/scripts/install-deps.sh"

# Core and fuzz targets only: the GUI and the Catch2 tests are not needed here.
cmake -S "$ROOT" -B "$BUILD_DIR" \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTPF_FUZZ=ON -DTPF_WERROR=ON \
  -DTPF_BUILD_GUI=OFF -DTPF_BUILD_TESTS=OFF -DTPF_BUILD_BENCH=OFF
cmake --build "$BUILD_DIR" --target fuzz_targets -j"$JOBS"

failed=()
for target in $TARGETS; do
  binary="$BUILD_DIR/tests/fuzz/fuzz_$target"
  seeds="$ROOT/tests/fuzz/corpus/$target"
  work="$BUILD_DIR/corpus/$target"      # new interesting inputs land here, not in the source tree
  artifacts="$BUILD_DIR/artifacts/$target"
  log="$BUILD_DIR/fuzz_$target.log"
  rm -rf "$artifacts"                   # only this run's findings count
  mkdir -p "$work" "$artifacts"
  extra=()
  [ -f "$ROOT/tests/fuzz/$target.dict" ] && extra+=(-dict="$ROOT/tests/fuzz/$target.dict")
  # What a person types, up to a long paste: RegionQuery is linear in the input (close matches are
  # looked for once per unknown expression, for its first words), so long inputs stay fast.
  [ "$target" = region_query ] && extra+=(-max_len=4096)

  echo "ci-fuzz: fuzz_$target for ${SECONDS_PER_TARGET}s"
  status=0
  "$binary" "${extra[@]}" \
    -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 \
    "$work" "$seeds" >"$log" 2>&1 || status=$?
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  crashes="$(find "$artifacts" -type f | wc -l)"
  echo "ci-fuzz: fuzz_$target: ${execs:-?} executions, exit $status, $crashes crash input(s)"
  if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    grep -E "ERROR|SUMMARY|#[0-9]+ 0x" "$log" | head -40 || true
    find "$artifacts" -type f -exec echo "ci-fuzz:   crash input: {}" \;
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -ne 0 ]; then
  echo "ci-fuzz: FAILED: ${failed[*]} (logs: $BUILD_DIR/fuzz_<target>.log; copy each crash input" \
       "into tests/fuzz/corpus/<target>/ once fixed)" >&2
  exit 1
fi
echo "ci-fuzz: ok, no crash in: $TARGETS"
