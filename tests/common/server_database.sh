#!/usr/bin/env bash
# Prints the URI of the test server's database that stands for the database file PATH, making it on first use,
# so a test written with files runs unchanged on the server (PCR_TEST_ENGINE=postgresql).
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: server_database.sh PATH" >&2; exit 2; }
: "${PCR_TEST_PG_URI_FILE:?names the file holding the test server URI (tests/CMakeLists.txt: pcr_needs_postgresql)}"
uri=$(cat "$PCR_TEST_PG_URI_FILE")
bindir=$(cat "$(dirname "$PCR_TEST_PG_URI_FILE")/bindir")
# One name a path, the same from the C++ tests and the command-line wrapper: a database name holds 63 bytes.
name="f$(realpath -m "$1" | tr -d '\n' | b2sum -l 64 | cut -c1-16)"
if ! "$bindir/psql" -qAtX "$uri" -c "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
  # Another test may make it at the same moment; either way it is there afterwards.
  "$bindir/psql" -qX "$uri" -c "CREATE DATABASE $name" >/dev/null 2>&1 || true
fi
echo "${uri%/*}/$name"
