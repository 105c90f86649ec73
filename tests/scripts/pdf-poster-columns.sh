#!/usr/bin/env bash
# The poster's columns are balanced (issue 14): no column ends more than one statement's height short of its
# neighbour, read back from the PDF's word boxes (pdftotext -bbox, tests/scripts/poster-columns.py) on a
# pledge whose groups, kept whole, made page columns up to 67 pt apart (tests/data/render/uneven-columns), on
# the 36-statement pledge and the 72-person ward, and on every example (main before the balance failed this on
# the district nursing, children's team and hydrotherapy posters).
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
lib=(--library-path tests/data/render/statements)
export SOURCE_DATE_EPOCH=1764000000
for file in tests/data/render/uneven-columns.pledge.yaml tests/data/render/long-pledge.pledge.yaml \
  tests/data/render/big-ward.pledge.yaml examples/*.pledge.yaml; do
  rm -rf "$work/out"
  "$pledge" "${lib[@]}" build --no-lint "$file" -o "$work/out" --only poster >/dev/null 2>"$work/stderr" ||
    fail "$file: build exited $?: $(cat "$work/stderr")"
  "$pledge" "${lib[@]}" resolve --format json "$file" >"$work/resolved.json" || fail "$file: resolve"
  /usr/bin/python3 tests/scripts/poster-columns.py "$work"/out/*/poster.pdf "$work/resolved.json" \
    >"$work/columns" 2>&1 || fail "$file: $(cat "$work/columns")"
  case $file in
  *uneven-columns*)  # the check must have had columns to compare
    grep -q '^balanced: [1-9]' "$work/columns" || fail "$file: no neighbouring columns: $(cat "$work/columns")" ;;
  esac
done
echo "ok"
