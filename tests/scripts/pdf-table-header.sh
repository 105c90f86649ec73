#!/usr/bin/env bash
# A table that runs over several pages (render/table: the checklist's and the coverage report's) starts every
# page with its header row, the column titles above the first row of the page.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
data=tests/data/render
"$pledge" --library-path "$data/statements" build --no-lint "$data/too-much-text.pledge.yaml" -o "$work/out" \
  --only checklist >/dev/null 2>"$work/stderr" || fail "build exited $?: $(cat "$work/stderr")"
pdf=$(ls "$work"/out/*/checklist.pdf)
pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
[ "${pages:-0}" -ge 3 ] || fail "expected a checklist of 3 pages or more, not ${pages:-none}"
for ((page = 1; page <= pages; page++)); do
  pdftotext -layout -f "$page" -l "$page" "$pdf" - 2>/dev/null >"$work/page"
  header=$(grep -n "Statement  *Change  *Source  *Evidence prompts  *Evidence and notes  *Status  *Owner" "$work/page" | head -1)
  [ -n "$header" ] || fail "page $page of $pages has no header row: $(head -20 "$work/page")"
  # Nothing of the table comes above the header: only the title block, on the first page.
  first_row=$(grep -nE "^ *[0-9]+ {2,}[^ ]" "$work/page" | head -1)  # a row starts with its number
  [ -n "$first_row" ] || fail "page $page has no rows"
  [ "${header%%:*}" -lt "${first_row%%:*}" ] || fail "page $page: a row comes before the header row"
done
echo "ok"
