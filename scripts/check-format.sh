#!/usr/bin/env bash
# Fails, naming the files, when a C++ file of the tree differs from what its .clang-format asks for.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang-format > /dev/null; then
  echo "clang-format is not installed: run scripts/install-deps.sh, then run this again." >&2
  exit 1
fi
mapfile -t files < <(find app model cli tests bench -name '*.cpp' -o -name '*.h' | sort)
unformatted=()
for f in "${files[@]}"; do
  clang-format --dry-run --Werror "$f" > /dev/null 2>&1 || unformatted+=("$f")
done
if [ ${#unformatted[@]} -gt 0 ]; then
  printf '%s\n' "${unformatted[@]}" >&2
  echo "${#unformatted[@]} file(s) above differ from .clang-format: run clang-format -i on them." >&2
  exit 1
fi
echo "All ${#files[@]} C++ files follow .clang-format."
