#!/usr/bin/env bash
# Starts (`start DIR`) and stops (`stop DIR`) a throwaway PostgreSQL cluster for the tests; its URI goes to DIR/uri.
# `check` connects to the cluster a test is given (PCR_TEST_PG_URI_FILE names the URI's file), as a test would.
#
# When PostgreSQL cannot start here, `start` says why and exits 0 without writing DIR/uri, so the tests that need
# a server skip instead of failing. PCR_PG_BINDIR names the folder holding initdb and pg_ctl when they are not
# where Debian puts them; pointing it at a folder without them skips the server tests on purpose.
set -euo pipefail

usage() {
  echo "usage: $0 start DIR | stop DIR | check" >&2
  exit 2
}
[ $# -ge 1 ] || usage
action=$1
if [ "$action" = check ]; then
  [ $# -eq 1 ] || usage
  dir=
else
  [ $# -eq 2 ] || usage
  dir=$(realpath -m "$2")
fi
database=pcrecords
# The unprivileged account that owns the cluster when this runs as root (initdb and postgres refuse root).
test_user=pcrtest

skip() {
  # The "Skipped: " prefix is what CTest looks for to report the fixture as skipped (tests/CMakeLists.txt).
  echo "Skipped: PostgreSQL cannot start for the tests: $*"
  echo "The tests that need a PostgreSQL server will be skipped."
  # What was made for a cluster that never ran is of no further use (its logs are printed above).
  if [ -n "$base" ] && [ ! -f "$base/data/postmaster.pid" ]; then
    rm -rf "$base" "$dir/cluster" "$dir/bindir"
  fi
  exit 0
}

# The folder with initdb, pg_ctl and createdb: pg_config names it when the server's development files are
# installed; otherwise Debian's newest /usr/lib/postgresql/N/bin.
find_bindir() {
  if [ -n "${PCR_PG_BINDIR:-}" ]; then
    echo "$PCR_PG_BINDIR"
    return
  fi
  if command -v pg_config > /dev/null; then
    local configured
    configured=$(pg_config --bindir 2> /dev/null || true)
    if [ -n "$configured" ] && [ -x "$configured/initdb" ]; then
      echo "$configured"
      return
    fi
  fi
  local newest
  newest=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2> /dev/null | sort -V | tail -n 1)
  echo "${newest:-}"
}

# Runs a command as the cluster's owner, from its folder: a cwd the owner cannot read makes postgres complain.
as_owner() {
  local owner=$1
  shift
  if [ "$(id -u)" -ne 0 ]; then
    (cd "$base" && "$@")
  elif command -v runuser > /dev/null; then
    (cd "$base" && runuser -u "$owner" -- "$@")
  else
    (cd "$base" && setpriv --reuid="$owner" --regid="$(id -g "$owner")" --init-groups -- "$@")
  fi
}

# An account that may own the cluster: the current user unless that is root, else pcrtest (created once as a
# system account without a home or a login shell), else nobody where accounts cannot be added.
choose_owner() {
  if [ "$(id -u)" -ne 0 ]; then
    id -un
    return
  fi
  if ! id "$test_user" > /dev/null 2>&1; then
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$test_user" \
      > /dev/null 2>&1 || true
  fi
  if id "$test_user" > /dev/null 2>&1; then
    echo "$test_user"
  elif id nobody > /dev/null 2>&1; then
    echo nobody
  fi
}

# Stops the cluster DIR points at (if any is running) and removes it and DIR.
stop_cluster() {
  [ -e "$dir" ] || return 0
  base=$(readlink "$dir/cluster" 2> /dev/null || true)
  # Only ever a folder this script made: whatever else the link names is not this script's to remove.
  case "$base" in
    */pcr-pg.??????) ;;
    *) base= ;;
  esac
  if [ -n "$base" ] && [ -d "$base/data" ]; then
    local owner bindir
    owner=$(stat -c %U "$base/data")
    bindir=$(cat "$dir/bindir" 2> /dev/null || find_bindir)
    if [ -f "$base/data/postmaster.pid" ] && [ -x "$bindir/pg_ctl" ]; then
      # Fast first (ends sessions, shuts down cleanly); immediate when that hangs, since the data is thrown away.
      as_owner "$owner" "$bindir/pg_ctl" stop -D "$base/data" -m fast -w -t 30 > /dev/null 2>&1 ||
        as_owner "$owner" "$bindir/pg_ctl" stop -D "$base/data" -m immediate -w -t 30 > /dev/null 2>&1 || true
    fi
    if [ -f "$base/data/postmaster.pid" ]; then
      local pid
      pid=$(head -n 1 "$base/data/postmaster.pid")
      if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then
        echo "PostgreSQL (process $pid, cluster $base) did not stop; end it with: kill $pid" >&2
        return 1
      fi
    fi
  fi
  [ -z "$base" ] || rm -rf "$base"
  rm -rf "$dir"
}

start_cluster() {
  # A cluster left by an earlier run that was not stopped (a crash, an interrupted ctest) goes first.
  stop_cluster || skip "the cluster left in $dir by an earlier run is still running"
  base=
  mkdir -p "$dir"

  local bindir
  bindir=$(find_bindir)
  [ -n "$bindir" ] || skip "no PostgreSQL server programs found (install the postgresql package, or set PCR_PG_BINDIR)"
  local program
  for program in initdb pg_ctl createdb; do
    [ -x "$bindir/$program" ] || skip "$bindir/$program is missing (install the postgresql package, or set PCR_PG_BINDIR)"
  done
  command -v python3 > /dev/null || skip "python3 is missing (it finds a free port)"
  echo "$bindir" > "$dir/bindir"

  local owner
  owner=$(choose_owner)
  [ -n "$owner" ] || skip "running as root, and no unprivileged account could be made to own the cluster"

  # The cluster (and its socket) lives in a short folder under /tmp, not in DIR: the unprivileged owner may not be
  # able to reach DIR (a checkout under /root), and a socket's path must stay under 108 bytes.
  base=$(mktemp -d "${TMPDIR:-/tmp}/pcr-pg.XXXXXX")
  ln -s "$base" "$dir/cluster"
  chmod 700 "$base"
  [ "$(id -u)" -ne 0 ] || chown "$owner:$(id -gn "$owner")" "$base"

  # Trust for local connections: the cluster is reachable only from this machine and lives as long as the tests.
  # No locale (byte order, as SQLite's BINARY collation compares) and UTF-8, whatever this machine's locale is.
  if ! as_owner "$owner" "$bindir/initdb" -D "$base/data" --auth=trust --encoding=UTF8 --no-locale --no-sync \
    > "$base/initdb.log" 2>&1; then
    cat "$base/initdb.log"
    skip "initdb failed (its output is above)"
  fi
  # Test speed: nothing the tests write has to survive a crash of the machine.
  cat >> "$base/data/postgresql.conf" << EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$base'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

  # A port free now may be taken before postgres binds it (tests run in parallel): try a few.
  local port started=
  local attempt
  for attempt in 1 2 3 4 5; do
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if as_owner "$owner" "$bindir/pg_ctl" start -D "$base/data" -l "$base/server.log" -o "-p $port" -w -t 60 \
      > /dev/null 2>&1; then
      started=yes
      break
    fi
  done
  if [ -z "$started" ]; then
    tail -n 20 "$base/server.log" 2> /dev/null || true
    skip "pg_ctl start failed $attempt times (the server log's end is above)"
  fi

  if ! as_owner "$owner" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$owner" "$database" > "$base/createdb.log" 2>&1; then
    cat "$base/createdb.log"
    stop_cluster || true
    mkdir -p "$dir"
    skip "createdb failed (its output is above)"
  fi

  local uri="postgresql://$owner@127.0.0.1:$port/$database"
  # Written last and whole, so a test that sees the file sees a server that is ready.
  echo "$uri" > "$dir/uri.tmp"
  mv "$dir/uri.tmp" "$dir/uri"
  echo "PostgreSQL $("$bindir/pg_ctl" --version | sed "s/^pg_ctl (PostgreSQL) //") started for the tests: $uri (cluster in $base)"
}

# Fails when the URI file is there but the server does not answer on it: the server tests would fail then too.
check_cluster() {
  local file=${PCR_TEST_PG_URI_FILE:-}
  if [ -z "$file" ] || [ ! -f "$file" ]; then
    echo "Skipped: no PostgreSQL server was started for the tests (${file:-PCR_TEST_PG_URI_FILE is not set})"
    exit 0
  fi
  local uri psql
  uri=$(head -n 1 "$file")
  psql=$(find_bindir)/psql
  [ -x "$psql" ] || psql=psql
  "$psql" "$uri" --no-psqlrc --tuples-only --no-align --command "SELECT 'Connected to ' || version()"
}

base=
case "$action" in
  start) start_cluster ;;
  stop) stop_cluster ;;
  check) check_cluster ;;
  *) usage ;;
esac
