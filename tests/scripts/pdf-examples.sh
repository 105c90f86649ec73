#!/usr/bin/env bash
# `pledge build` on the shipped examples: every PDF passes qpdf --check, embeds its fonts, gives back the text of
# every statement through pdftotext (no word split, no complaint about a ToUnicode map), carries its metadata, and
# is byte-identical when built twice; SOURCE_DATE_EPOCH sets the dates and nothing else does (a bad one:
# tests/cli/build-bad-source-date-epoch). A script, not a case: it reads every PDF with qpdf, pdffonts, pdfinfo
# and pdftotext, and compares two builds.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1

# One line of text, whitespace runs as single spaces.
normalise() { tr -s ' \n\t\f' '    ' | tr -s ' '; }

# Every document the build makes, as its --help lists them (from the documents table).
documents=$("$pledge" build --help | sed -n 's/.*--only[^{]*{\([^}]*\)}.*/\1/p' | tr ',' ' ')
[ -n "$documents" ] || fail "no documents listed by pledge build --help"
others=$(tr ' ' '\n' <<<"$documents" | grep -vx poster | paste -sd,)

# Each example on its own: a poster whose statements cannot fit at the legible minimum must be refused with the
# clear message (and the other documents still build with --only); everything else builds.
: >"$work/stdout"
for service in examples/*.pledge.yaml; do
  for out in a b; do
    if ! env -u SOURCE_DATE_EPOCH "$pledge" build "$service" -o "$work/$out" >>"$work/stdout.$out" 2>"$work/stderr"; then
      grep -q "error: the poster's [0-9]* statements do not fit on one A[234] page at" "$work/stderr" ||
        fail "$service: build failed: $(cat "$work/stderr")"
      echo "note: $service: $(grep -o "the poster's.*legible" "$work/stderr")" >&2
      env -u SOURCE_DATE_EPOCH "$pledge" build "$service" -o "$work/$out" --only "$others" \
        >>"$work/stdout.$out" 2>"$work/stderr" || fail "$service: other documents failed: $(cat "$work/stderr")"
    fi
  done
done
cp "$work/stdout.a" "$work/stdout"

for service in examples/*.pledge.yaml; do
  "$pledge" resolve "$service" >"$work/resolved.txt" || fail "$service does not resolve"
  title=$(head -1 "$work/resolved.txt" | sed 's/^Our pledge: //')
  # The folder is the one build printed for this service's poster.
  folder=$(grep -F "/checklist.pdf" "$work/stdout" | sed 's|/checklist.pdf$||' | while read -r f; do
    pdfinfo "$f/checklist.pdf" 2>/dev/null | grep -qxF "Subject:         $title" && echo "$f"; done | head -1)
  [ -n "$folder" ] || fail "no checklist whose subject is '$title' in: $(cat "$work/stdout")"
  for doc in $documents; do
    # The web page is no PDF: tests/browser/pledge-page.mjs and script/html-page check it.
    [ "$doc" = html ] && { [ -s "$folder/pledge.html" ] || fail "$folder/pledge.html missing"; continue; }
    pdf="$folder/$doc.pdf"
    [ "$doc" = poster ] && [ ! -e "$pdf" ] && continue  # refused above, with the message checked
    [ -s "$pdf" ] || fail "$pdf missing"
    qpdf --check "$pdf" >"$work/qpdf" 2>&1 || fail "qpdf --check $pdf: $(cat "$work/qpdf")"
    pdffonts "$pdf" 2>/dev/null | awk 'NR>2 && $(NF-4) != "yes" {bad=1} END {exit bad}' || fail "$pdf: a font is not embedded"
    pdffonts "$pdf" 2>/dev/null | grep -q "LiberationSans" || fail "$pdf: Liberation Sans not used"
    info=$(pdfinfo "$pdf" 2>/dev/null)
    grep -qxF "Subject:         $title" <<<"$info" || fail "$pdf: subject is not the service"
    grep -qE "^Creator: +pledge [0-9]" <<<"$info" || fail "$pdf: creator is not pledge <version>"
    grep -q "^Title: " <<<"$info" || fail "$pdf: no title"
    grep -q "^CreationDate:" <<<"$info" && fail "$pdf: has a date without SOURCE_DATE_EPOCH"
    cmp -s "$pdf" "${pdf/\/a\//\/b\/}" || fail "$pdf differs between two builds"
  done
  # Every statement of the pledge comes back whole from the poster, leaflet and checklist.
  sed -n '/^Excluded$/q; s/^  - //p' "$work/resolved.txt" >"$work/statements"
  [ -s "$work/statements" ] || fail "no statements read from $service"
  for doc in poster leaflet checklist large-print; do
    [ -e "$folder/$doc.pdf" ] || continue
    pdftotext "$folder/$doc.pdf" - 2>"$work/pdftotext.stderr" | normalise >"$work/text"
    # poppler complains of a font's ToUnicode map it cannot read (libharu's own one was not a real one).
    [ ! -s "$work/pdftotext.stderr" ] || fail "pdftotext on $doc of $service: $(cat "$work/pdftotext.stderr")"
    while IFS= read -r statement; do
      grep -qF -- "$(normalise <<<"$statement" | sed 's/ $//')" "$work/text" ||
        fail "$doc of $service lacks: $statement"
    done <"$work/statements"
  done
done

# SOURCE_DATE_EPOCH sets the PDF dates and the printed date, reproducibly.
SOURCE_DATE_EPOCH=1700000000 "$pledge" build examples/district-nursing.pledge.yaml -o "$work/c" >"$work/stdout" 2>/dev/null ||
  fail "build with SOURCE_DATE_EPOCH failed"
SOURCE_DATE_EPOCH=1700000000 "$pledge" build examples/district-nursing.pledge.yaml -o "$work/d" >/dev/null 2>&1
poster=$(grep -F poster.pdf "$work/stdout")
pdfinfo "$poster" 2>/dev/null | grep -q "^CreationDate:.*2023" || fail "SOURCE_DATE_EPOCH not used as the creation date"
pdftotext "$poster" - 2>/dev/null | grep -q "14 November 2023" || fail "SOURCE_DATE_EPOCH date not printed"
cmp -s "$poster" "${poster/\/c\//\/d\/}" || fail "dated posters differ between two builds"
# The pledge's own version and agreed date (service file keys version: and agreed:) are on every document.
for doc in poster leaflet checklist large-print; do
  pdftotext "${poster%/poster.pdf}/$doc.pdf" - 2>/dev/null | tr -s ' \n' '  ' | grep -qF "Version 2, agreed 14 October 2026" ||
    fail "$doc lacks the pledge's version and agreed date"
done
echo "ok"
