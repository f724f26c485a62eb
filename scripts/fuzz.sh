#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/, -DPCR_FUZZ=ON) and runs one or all of them, one after
# another, each for SECONDS (default 600) from a seed corpus of the tests' files: docs/reliability.md#fuzzing.
# usage: scripts/fuzz.sh [SECONDS] [interchange_reader|importer|csv_reader|template_loader]...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(interchange_reader importer csv_reader template_loader)

CC=clang CXX=clang++ cmake -S . -B build-fuzz -DPCR_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" >/dev/null
cmake --build build-fuzz -j 2 --target $(printf 'fuzz_%s ' "${targets[@]}")

data=tests/data
for target in "${targets[@]}"; do
  # The corpus grows in build-fuzz/corpus/TARGET; it starts from the checked-in inputs of that target.
  corpus="build-fuzz/corpus/$target"
  mkdir -p "$corpus" "build-fuzz/crashes/$target"
  case "$target" in
    interchange_reader | importer) seeds=("$data/fuzz/$target" "$data/bad/import" "$data/caseload.xml") ;;
    csv_reader) seeds=("$data/fuzz/$target" "$data/bad/csv") ;;
    template_loader) seeds=("$data/fuzz/$target" "$data/bad/templates" templates/tools) ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
  esac
  for seed in "${seeds[@]}"; do
    if [ -d "$seed" ]; then cp -n "$seed"/* "$corpus"/ 2>/dev/null || true; else cp -n "$seed" "$corpus"/; fi
  done
  # The formats' words help the fuzzer past the parsers' first checks.
  case "$target" in
    interchange_reader|importer) dict=fuzz/interchange.dict ;;
    csv_reader) dict=fuzz/csv.dict ;;
    template_loader) dict=fuzz/template.dict ;;
  esac
  echo "== $target: $seconds s"
  # One process (libFuzzer's -jobs would only fork the same single job with its output in a file of its own).
  nice -n 10 "build-fuzz/fuzz/fuzz_$target" "$corpus" -dict="$dict" -max_total_time="$seconds" \
    -rss_limit_mb=2048 -max_len=65536 -timeout=30 -print_final_stats=1 \
    -artifact_prefix="build-fuzz/crashes/$target/" 2>&1 | tee "build-fuzz/fuzz-$target.log" | grep -E \
    "^#[0-9]+ +(INITED|DONE)|stat::|ERROR|SUMMARY|Test unit written" || true
done
