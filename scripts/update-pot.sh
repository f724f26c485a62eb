#!/usr/bin/env bash
# Writes po/pcrecords.pot, the messages for translators, from the sources; with --check, fails if it is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v xgettext > /dev/null; then
  echo "xgettext is not installed: run scripts/install-deps.sh (package gettext), then run this again." >&2
  exit 1
fi
mapfile -t files < <(find model app cli -name '*.cpp' -o -name '*.h' | LC_ALL=C sort)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# Sorted by message and with file names but no line numbers, and the creation date left out, so the same
# sources always give the same file and an edit that only moves lines leaves it as it is.
LC_ALL=C.UTF-8 xgettext --language=C++ --from-code=UTF-8 --default-domain=pcrecords --package-name=pcrecords \
  --keyword= --keyword=tr --keyword=tr_n:1,2 --keyword=tr_noop --add-comments=TRANSLATORS: \
  --sort-output --add-location=file --no-wrap --force-po --output=- "${files[@]}" |
  grep -v '^"POT-Creation-Date: ' | sed 's/charset=CHARSET/charset=UTF-8/' > "$out"
if [ "${1:-}" = "--check" ]; then
  if ! cmp -s "$out" po/pcrecords.pot; then
    diff -u po/pcrecords.pot "$out" | head -40 >&2 || true
    echo "po/pcrecords.pot is out of date with the sources: run scripts/update-pot.sh and commit it." >&2
    exit 1
  fi
  echo "po/pcrecords.pot holds every marked message ($(grep -c '^msgid "' po/pcrecords.pot) entries)."
else
  cp "$out" po/pcrecords.pot
  echo "Wrote po/pcrecords.pot."
fi
