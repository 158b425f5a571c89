#!/usr/bin/env bash
# clang-format check (the repository's .clang-format): lists every file that would change and
# fails if there is one. Fix with: clang-format -i FILE...
# Environment: TPF_FORMAT_DIRS overrides the checked directories.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CLANG_FORMAT="${CLANG_FORMAT:-$(command -v clang-format-14 || command -v clang-format)}"
# Every C++ file in src, tests and bench is checked.
DIRS=(${TPF_FORMAT_DIRS:-src tests bench})

mapfile -t files < <(find "${DIRS[@]}" -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
differ=()
for f in "${files[@]}"; do
  if ! "$CLANG_FORMAT" --dry-run --Werror "$f" >/dev/null 2>&1; then
    differ+=("$f")
  fi
done
if [ ${#differ[@]} -ne 0 ]; then
  printf 'check-format: needs clang-format: %s\n' "${differ[@]}"
  echo "check-format: ${#differ[@]} of ${#files[@]} files differ in ${DIRS[*]}" >&2
  exit 1
fi
echo "check-format: ok, ${#files[@]} files in ${DIRS[*]}"
