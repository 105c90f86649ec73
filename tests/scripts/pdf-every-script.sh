#!/usr/bin/env bash
# A service with a statement in each script the shipped font chain covers (tests/data/render/every-script:
# Latin with Welsh ŵ ŷ and the combining marks of Adébáyọ̀, Greek, Cyrillic, Armenian, Georgian, Urdu, Arabic,
# Hebrew, Bengali, Devanagari, Gurmukhi, Gujarati, Tamil, Telugu, Sinhala, Thai, Ethiopic, Chinese, Japanese
# and emoji) builds every document: each passes qpdf --check, is the same when built twice, and gives back
# every statement whole, in logical order, through pdftotext (poster, leaflet, checklist), and the staff's
# names from the poster.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
# One line of text, whitespace runs as single spaces, without the marks pdftotext sets around right-to-left
# runs (U+202B, U+202C).
normalise() { sed 's/\xe2\x80\xab//g; s/\xe2\x80\xac//g' | tr -s ' \n\t\f' '    ' | tr -s ' '; }
data=tests/data/render
lib=(--library-path "$data/statements")
service="$data/every-script.pledge.yaml"

for out in a b; do
  "$pledge" "${lib[@]}" build --no-lint "$service" -o "$work/$out" >"$work/stdout" 2>"$work/stderr" ||
    fail "build exited $?: $(cat "$work/stderr")"
done
folder="$work/a/tim-pob-iaith-every-language-team"
"$pledge" "${lib[@]}" resolve "$service" | sed -n '/^Excluded$/q; s/^  - //p' >"$work/statements"
[ "$(wc -l <"$work/statements")" = 24 ] || fail "expected 24 statements, read $(wc -l <"$work/statements")"
for pdf in "$folder"/*.pdf; do
  qpdf --check "$pdf" >"$work/qpdf" 2>&1 || fail "qpdf --check $pdf: $(cat "$work/qpdf")"
  cmp -s "$pdf" "${pdf/\/a\//\/b\/}" || fail "$pdf differs between two builds"
done
for doc in poster leaflet checklist; do
  pdftotext "$folder/$doc.pdf" - 2>"$work/pdftotext.stderr" | normalise >"$work/$doc.txt"
  [ ! -s "$work/pdftotext.stderr" ] || fail "pdftotext on the $doc: $(cat "$work/pdftotext.stderr")"
  while IFS= read -r statement; do
    grep -qF -- "$statement" "$work/$doc.txt" || fail "the $doc lacks: $statement"
  done <"$work/statements"
done
for name in "Adébáyọ̀ Okafor" "Siân Ŵyn" "محمد اقبال" "王芳" "Tîm Pob Iaith – Every Language Team"; do
  grep -qF -- "$name" "$work/poster.txt" || fail "the poster lacks '$name'"
done
# Each script is set in a font that has it, never as empty boxes: every font is embedded, and the scripts'
# own fonts are among them.
fonts=$(pdffonts "$folder/poster.pdf" 2>/dev/null)
for font in LiberationSans NotoNaskhArabic NotoSansBengali NotoSansDevanagari NotoSansTamil DroidSansFallback Symbola; do
  grep -q "+$font" <<<"$fonts" || fail "the poster does not embed $font: $fonts"
done
awk 'NR>2 && $(NF-4) != "yes" {bad=1} END {exit bad}' <<<"$fonts" || fail "a font is not embedded: $fonts"
echo "ok"
