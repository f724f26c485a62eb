#!/bin/sh
# Runs a GUI test program on the current X display, or on a private Xvfb one (xvfb-run -a) when there is none.
if [ -n "$DISPLAY" ]; then
  exec "$@"
fi
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "No X display and no xvfb-run: install xvfb (apt-get install xvfb) or set DISPLAY." >&2
  exit 1
fi
exec xvfb-run -a "$@"
