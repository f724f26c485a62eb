#!/usr/bin/env bash
# Runs the pcrecords-cli given first with each `--db FILE` replaced by the test server's database standing for
# FILE (server_database.sh): the command-line tests and the contract check on the server.
set -euo pipefail
cli=$1
shift
here=$(dirname "$0")
args=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--db" ] && [ $# -gt 1 ]; then
    args+=(--db "$(bash "$here/server_database.sh" "$2")")
    shift 2
  else
    args+=("$1")
    shift
  fi
done
exec "$cli" "${args[@]}"
