#!/usr/bin/env bash
# Configures and builds pcrecords into build/ (pass -DPCR_BUILD_GUI=OFF etc. as extra arguments).
set -euo pipefail
cd "$(dirname "$0")/.."
# Optimised, with line-level debug information only (-g1): backtraces name file and line, and a full build
# on a 2-core machine is a fifth quicker than with full debug information.
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" "$@"
cmake --build build -j "$(nproc)"
