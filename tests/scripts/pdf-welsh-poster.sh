#!/usr/bin/env bash
# A large poster (32 statements, long Welsh names, curly quotes, en dashes, ŵ and ŷ) builds on A3 and every
# statement and name comes back through pdftotext; the same text on A4 with more statements cannot fit, exits 2
# with a clear message, and writes nothing (not even the documents of another service in the same run).
# A script, not a case: it reads the PDFs' text with pdftotext and qpdf --check, against what resolve prints.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
normalise() { tr -s ' \n\t\f' '    ' | tr -s ' '; }
data=tests/data/render
lib=(--library-path "$data/statements")

"$pledge" "${lib[@]}" build --no-lint "$data/welsh-ward.pledge.yaml" -o "$work/out" >"$work/stdout" 2>"$work/stderr" ||
  fail "build exited $?: $(cat "$work/stderr")"
folder="$work/out/ward-dewi-sant-ysbyty-glan-yr-afon"
[ -s "$folder/poster.pdf" ] || fail "no poster in $folder: $(cat "$work/stdout")"
qpdf --check "$folder/poster.pdf" >/dev/null 2>&1 || fail "qpdf --check failed"
pdftotext "$folder/poster.pdf" - 2>/dev/null | normalise >"$work/text"
"$pledge" "${lib[@]}" resolve "$data/welsh-ward.pledge.yaml" | sed -n '/^Excluded$/q; s/^  - //p' >"$work/statements"
[ "$(wc -l <"$work/statements")" = 32 ] || fail "expected 32 statements"
while IFS= read -r statement; do
  grep -qF -- "$statement" "$work/text" || fail "poster lacks: $statement"
done <"$work/statements"
for text in "Gwenllïan Ŵyn ap Rhys" "Dafydd Ŷnys-Hafren" "Zoë O’Brien" "Llŷr Gwynfor" "Ward Dewi Sant – Ysbyty Glan yr Afon" \
  "“way of doing things”" "Cymraeg ŵyr ac wyresau" "2 copies requested"; do
  grep -qF -- "$text" "$work/text" || fail "poster lacks '$text'"
done
pdftotext "$folder/checklist.pdf" - 2>/dev/null | normalise | grep -qF "Gwenllïan Ŵyn ap Rhys" ||
  fail "checklist lacks the evidence owner"

# The worksheet is the blank template: the excluded statement is on it, with its tick boxes.
"$pledge" "${lib[@]}" build --no-lint "$data/tiny.pledge.yaml" -o "$work/tiny" --only worksheet >/dev/null 2>&1 || fail "tiny worksheet"
pdftotext "$work/tiny/tiny-team-clinic-a/worksheet.pdf" - 2>/dev/null | normalise >"$work/text"
for text in "We treat you with dignity." "Single-sex rooms." "Keep Cross off Reword" "Page 1 of"; do
  grep -qF -- "$text" "$work/text" || fail "worksheet lacks '$text'"
done

# One service that cannot be built never stops the others: the tiny one is written, the one with too much text
# is reported with its message, exit status 2, and nothing of it is written.
"$pledge" "${lib[@]}" build --no-lint --quiet "$data/tiny.pledge.yaml" "$data/too-much-text.pledge.yaml" \
  -o "$work/full" >"$work/stdout" 2>"$work/stderr"
[ $? = 2 ] || fail "too much text must exit 2"
expected="$data/too-much-text.pledge.yaml: error: the poster's 44 statements do not fit on one A4 sheet at 8.5 pt or larger, the smallest size legible on the wall; allow more sheets (poster: {sheets: N}, or leave it out), use a larger poster (poster: {size: A2}), shorten or exclude statements, or make separate pledges for different customers (the guidance 'How to create an individual pledge for your service' suggests clinical and admin versions)"
grep -qxF -- "$expected" "$work/stderr" || fail "unexpected message: $(cat "$work/stderr")"
[ "$(ls "$work/full")" = tiny-team-clinic-a ] || fail "expected only the tiny service's folder: $(find "$work/full")"
[ "$(wc -l <"$work/stdout")" = 6 ] || fail "expected the tiny service's six documents: $(cat "$work/stdout")"
echo "ok"
