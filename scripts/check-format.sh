#!/usr/bin/env bash
# Fails, naming the files, when a C++ file of the tree differs from what its .clang-format asks for.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang-format > /dev/null; then
  echo "clang-format is not installed: run scripts/install-deps.sh, then run this again." >&2
  exit 1
fi
mapfile -t files < <(find app model cli tests bench fuzz -name '*.cpp' -o -name '*.h' | sort)
# One clang-format run for the whole tree: it reports every file that differs, as "file:line:col: error".
mapfile -t unformatted < <(clang-format --dry-run --Werror "${files[@]}" 2>&1 | grep -o '^[^:]*:[0-9]*:[0-9]*: error' |
  cut -d: -f1 | sort -u || true)
if [ ${#unformatted[@]} -gt 0 ]; then
  printf '%s\n' "${unformatted[@]}" >&2
  echo "${#unformatted[@]} file(s) above differ from .clang-format: run clang-format -i on them." >&2
  exit 1
fi
echo "All ${#files[@]} C++ files follow .clang-format."
