#!/usr/bin/env python3
"""Run `tpfinder-cli validate` on every generated case (see gen_malformed.py) and check it.

Usage: run_malformed.py CLI DATA_DIR CASES_DIR [--source-data=DIR] [--sanitized]

DATA_DIR is the --data for the body regions, muscles, safety and protocols cases (the frozen copy
they were made from); the history and language pack cases depend on the bundled English data
(history.json on its safety.json, a pack on its ids and texts) and run with --data from
--source-data (default: DATA_DIR).

For every case in CASES_DIR/cases.tsv whose kind `validate --help` says it checks ("l10n:de/x.json"
counts as "l10n"):
  - the exit status is the expected one (1 for a broken file: never 0, never a signal),
  - the output names the file,
  - the run ends within TIME_LIMIT seconds (`timeout`; six times that under ASan) and within MEMORY_LIMIT of address space
    (`prlimit --as`). Under ASan (--sanitized) the address-space limit cannot be used, because the
    shadow memory reserves terabytes of address space; ASan's own hard_rss_limit_mb bounds it instead,
    and sanitizer reports get their own exit status so they can never pass for "exit 1".
Kinds the CLI does not validate yet are listed as skipped.
"""

import concurrent.futures
import os
import subprocess
import sys
import time

TIME_LIMIT = 20
MEMORY_LIMIT_MB = 1024


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sanitized = "--sanitized" in sys.argv
    source_data = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--source-data=")), None)
    if len(args) != 3:
        sys.exit(__doc__)
    cli, data_dir, cases_dir = args
    source_data = source_data or data_dir

    help_text = subprocess.run([cli, "validate", "--help"], capture_output=True, text=True).stdout
    rows = []
    with open(os.path.join(cases_dir, "cases.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                kind, rel, expected, what = line.rstrip("\n").split("\t", 3)
                rows.append((kind, rel, int(expected), what))
    kinds = sorted({r[0] for r in rows})
    supported = [k for k in kinds if k.split(":")[0] in help_text]
    skipped = [k for k in kinds if k not in supported]

    env = dict(os.environ)
    if sanitized:
        env["ASAN_OPTIONS"] = env.get("ASAN_OPTIONS", "") + f":hard_rss_limit_mb={MEMORY_LIMIT_MB}:exitcode=86"
        env["UBSAN_OPTIONS"] = env.get("UBSAN_OPTIONS", "") + ":halt_on_error=1:exitcode=87"

    def run(row):
        kind, rel, expected, what = row
        path = os.path.join(cases_dir, rel)
        # A Debug ASan build parses ~10x slower (the 50 MB files take ~7 s of CPU, and over 60 s of wall
        # time on a loaded 2-core machine): a wider bound there; the plain build keeps TIME_LIMIT.
        limit = TIME_LIMIT * 6 if sanitized else TIME_LIMIT
        data = source_data if kind == "history" or kind.startswith("l10n:") else data_dir
        command = ["timeout", "--kill-after=5", str(limit), cli, "--data", data, "validate", path]
        if not sanitized:
            command = ["prlimit", f"--as={MEMORY_LIMIT_MB * 1024 * 1024}", "--"] + command
        started = time.monotonic()
        proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        seconds = time.monotonic() - started
        output = (proc.stdout + proc.stderr).decode("utf-8", "replace")
        failures = []
        if proc.returncode in (124, 137):
            failures.append(f"did not finish within {limit} s")
        elif proc.returncode < 0:
            failures.append(f"killed by signal {-proc.returncode}")
        elif proc.returncode != expected:
            failures.append(f"exit status {proc.returncode}, expected {expected}")
        if "Sanitizer" in output or "runtime error:" in output:
            failures.append("sanitizer report")
        if path not in output:
            failures.append("the output does not name the file")
        return row, seconds, failures, output

    selected = [r for r in rows if r[0] in supported]
    failed = 0
    slowest = (0.0, "")
    workers = max(1, os.cpu_count() or 1)
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        for (kind, rel, expected, what), seconds, failures, output in pool.map(run, selected):
            slowest = max(slowest, (seconds, rel))
            if failures:
                failed += 1
                tail = output[-1500:] if len(output) > 1500 else output
                print(f"FAIL {rel} ({what}): {'; '.join(failures)}\n{tail}", flush=True)

    print(f"run_malformed: {len(selected)} files checked ({', '.join(supported)}), {failed} failed; "
          f"slowest {slowest[1]} {slowest[0]:.2f} s")
    if skipped:
        count = sum(1 for r in rows if r[0] in skipped)
        print(f"run_malformed: skipped {count} files of kinds `validate` does not check: {', '.join(skipped)}")
    sys.exit(1 if failed or not selected else 0)


if __name__ == "__main__":
    main()
