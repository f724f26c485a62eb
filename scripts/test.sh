#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (GUI tests under a virtual display).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
cd build
ctest --output-on-failure -j "$(nproc)"
