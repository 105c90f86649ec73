#!/usr/bin/env bash
# Every PDF pledge makes from the examples and the test inputs (every document of `pledge build`, the checklist,
# coverage and evidence PDFs) keeps the machine-checkable rules of PDF/UA-1 (tests/tagged-pdf/check-tagged-pdf:
# tagged, every piece of content in a structure element or an artifact, /Lang, DisplayDocTitle, pdfuaid in XMP, ...);
# the structure tree of each example's poster, leaflet, checklist and large print holds its statements in
# reading order, as `pledge resolve --format json` gives them; and the checker rejects PDFs broken on purpose.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
checker=tests/tagged-pdf/check-tagged-pdf
breaker=tests/tagged-pdf/break-tagged-pdf
/usr/bin/python3 -c "import pikepdf" 2>/dev/null || fail "Debian's python3-pikepdf is needed (.ci/debian-packages)"

libs=(--library-path tests/data/libraries --library-path tests/data/lint --library-path tests/data/render/statements
  --library-path tests/data/welsh)
n=0
for service in $(find examples tests/data -name '*.pledge.yaml' | sort); do
  n=$((n + 1))
  # Bad inputs are refused, and a poster that cannot fit is too: whatever is made is checked.
  "$pledge" "${libs[@]}" build --no-lint "$service" -o "$work/pdf/$n" >/dev/null 2>&1
  "$pledge" "${libs[@]}" checklist --format pdf -o "$work/pdf/$n/checklist-command.pdf" "$service" >/dev/null 2>&1
done
"$pledge" coverage --format pdf -o "$work/pdf/coverage-examples.pdf" examples >/dev/null 2>&1 || fail "coverage of examples"
"$pledge" "${libs[@]}" coverage --format pdf -o "$work/pdf/coverage-organisation.pdf" tests/data/organisation \
  >/dev/null 2>&1 || fail "coverage of tests/data/organisation"
SOURCE_DATE_EPOCH=1775001600 "$pledge" evidence --format pdf -o "$work/pdf/evidence.pdf" examples tests/data/evidence \
  >/dev/null 2>&1 || fail "evidence of examples and tests/data/evidence"
mapfile -t pdfs < <(find "$work/pdf" -name '*.pdf' | sort)
[ "${#pdfs[@]}" -ge 60 ] || fail "only ${#pdfs[@]} PDFs made from $n services"
"$checker" "${pdfs[@]}" >"$work/failures" || fail "$(wc -l <"$work/failures") failures: $(head -20 "$work/failures")"

# The pledge in reading order, in each document that holds it.
for service in examples/*.pledge.yaml; do
  "$pledge" build --no-lint "$service" -o "$work/order" >"$work/built" 2>/dev/null
  "$pledge" resolve --format json "$service" >"$work/resolved.json" || fail "$service does not resolve"
  folder=$(sed -n 's|/checklist.pdf$||p' "$work/built" | tail -1)
  [ -n "$folder" ] || fail "$service: no checklist built"
  for document in poster leaflet checklist large-print; do
    [ -e "$folder/$document.pdf" ] || { [ "$document" = poster ] && continue; fail "$folder/$document.pdf missing"; }
    "$checker" "$folder/$document.pdf" --resolved "$work/resolved.json" --document "$document" >"$work/order-failures" ||
      fail "$service $document: $(cat "$work/order-failures")"
  done
  rm -rf "$work/order"
done

# A Welsh and English ward: each statement in both languages, Welsh first, in reading order.
welsh=(--library-path tests/data/welsh)
"$pledge" "${welsh[@]}" build --no-lint tests/data/welsh/ward.pledge.yaml -o "$work/welsh" --only checklist,large-print,poster,leaflet,worksheet >/dev/null 2>&1 ||
  fail "the Welsh ward does not build"
"$pledge" "${welsh[@]}" resolve --format json tests/data/welsh/ward.pledge.yaml >"$work/resolved.json"
for document in checklist large-print poster leaflet worksheet; do
  "$checker" "$work/welsh/ward-7/$document.pdf" --resolved "$work/resolved.json" --document "$document" \
    >"$work/order-failures" || fail "Welsh ward $document: $(cat "$work/order-failures")"
done

# The checker can fail: each way of breaking a good PDF is caught by its rule.
good_poster=$(find "$work/pdf" -path '*district-nursing-north-locality/poster.pdf' | head -1)
good_checklist=$(find "$work/pdf" -path '*district-nursing-north-locality/checklist.pdf' | head -1)
"$pledge" resolve --format json examples/district-nursing.pledge.yaml >"$work/resolved.json"
while read -r how source rule; do
  pdf=$good_poster
  [ "$source" = checklist ] && pdf=$good_checklist
  /usr/bin/python3 "$breaker" "$how" "$pdf" "$work/broken.pdf" || fail "cannot break a PDF by $how"
  qpdf --check "$work/broken.pdf" >/dev/null 2>&1 || fail "the PDF broken by $how is not a valid PDF any more"
  if "$checker" "$work/broken.pdf" --resolved "$work/resolved.json" --document "$source" >"$work/out"; then
    fail "the checker accepts a PDF broken by $how"
  fi
  grep -q ": $rule: " "$work/out" || fail "a PDF broken by $how is not caught by $rule: $(cat "$work/out")"
done <<'CASES'
untagged-content poster untagged-content
no-struct-tree poster struct-tree-root
no-lang poster lang
version-1.4 poster version
swapped-items poster reading-order
skipped-heading poster heading-levels
parent-tree poster parent-tree
no-scope checklist table-scope
CASES
echo "ok: ${#pdfs[@]} PDFs checked"
