#!/usr/bin/env bash
# Runs the pcrecords-cli given first with each `--db FILE` (and migrate's --from and --to) replaced by the test
# server's database standing for FILE (server_database.sh): the command-line tests and the contract check on
# the server.
set -euo pipefail
cli=$1
shift
here=$(dirname "$0")
# migrate names its databases with --from and --to.
migrate=no
for arg in "$@"; do [ "$arg" = migrate ] && migrate=yes; done
args=()
while [ $# -gt 0 ]; do
  if { [ "$1" = "--db" ] || { [ $migrate = yes ] && { [ "$1" = "--from" ] || [ "$1" = "--to" ]; }; }; } && [ $# -gt 1 ]; then
    args+=("$1" "$(bash "$here/server_database.sh" "$2")")
    shift 2
  else
    args+=("$1")
    shift
  fi
done
exec "$cli" "${args[@]}"
