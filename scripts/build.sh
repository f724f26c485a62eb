#!/usr/bin/env bash
# Configures and builds pcrecords into build/ (pass -DPCR_BUILD_GUI=OFF etc. as extra arguments).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build build -j "$(nproc)"
