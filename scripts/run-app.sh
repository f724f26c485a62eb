#!/usr/bin/env bash
# Installs what is missing, builds, and opens pcrecords on a demo database (made on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
# With no file named, pcrecords opens the last database used, or makes the demo one on first run.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting pcrecords under a virtual display (xvfb-run)."
  exec xvfb-run -a build/app/pcrecords "$@"
fi
exec build/app/pcrecords "$@"
