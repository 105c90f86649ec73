#!/usr/bin/env bash
# Services like the held-out ones of issue 14: a 72-person ward, a 36-statement pledge and a ward under an
# identity file with a logo build with exit 0; their PDFs pass qpdf --check; every statement and every name
# comes back through pdftotext; and the poster sets every statement at 12 pt or more, read from the PDF's
# content streams (the Tf size in force for each piece of text of each statement's LBody in the structure
# tree), the leaflet at 10 pt or more.
# A script, not a case: it reads the PDFs with pdftotext, qpdf and pikepdf, against what resolve prints.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
/usr/bin/python3 -c "import pikepdf" 2>/dev/null || fail "Debian's python3-pikepdf is needed (.ci/debian-packages)"
normalise() { tr -s ' \n\t\f' '    ' | tr -s ' '; }
data=tests/data/render
lib=(--library-path "$data/statements")

for service in big-ward long-pledge identity/wards/ward-9; do
  file="$data/$service.pledge.yaml"
  rm -rf "$work/out"
  "$pledge" "${lib[@]}" build --no-lint "$file" -o "$work/out" >"$work/stdout" 2>"$work/stderr" ||
    fail "$service: build exited $?: $(cat "$work/stderr")"
  folder=$(ls -d "$work"/out/*/)
  for pdf in "$folder"*.pdf; do
    qpdf --check "$pdf" >/dev/null 2>&1 || fail "$service: qpdf --check fails on $(basename "$pdf")"
  done
  "$pledge" "${lib[@]}" resolve --format json "$file" >"$work/resolved.json" || fail "$service: resolve"
  /usr/bin/python3 - "$work/resolved.json" "$work" <<'PY' || fail "$service: $(cat "$work/py-failure")"
import json, sys
pledge = json.load(open(sys.argv[1], encoding="utf-8"))
work = sys.argv[2]
with open(work + "/statements", "w", encoding="utf-8") as out:
    for statement in pledge["statements"]:
        out.write(statement["text"] + "\n")
    for ask in pledge.get("asks", []):
        out.write(ask + "\n")
PY
  pdftotext "$folder/poster.pdf" - 2>/dev/null | normalise >"$work/text"
  while IFS= read -r statement; do
    grep -qF -- "$statement" "$work/text" || fail "$service: the poster lacks: $statement"
  done <"$work/statements"
  sed -n 's/^  - //p' "$file" | sed -n '/^[A-Z][^:]*$/p' >"$work/names"
  sed -n 's/^staff: \[\(.*\)\]$/\1/p' "$file" | tr ',' '\n' | sed 's/^ *//' >>"$work/names"
  while IFS= read -r name; do
    [ -z "$name" ] || grep -qF -- "$name" "$work/text" || fail "$service: the poster lacks the name $name"
  done <"$work/names"
  pdftotext "$folder/leaflet.pdf" - 2>/dev/null | normalise >"$work/leaflet-text"
  while IFS= read -r statement; do
    grep -qF -- "$statement" "$work/leaflet-text" || fail "$service: the leaflet lacks: $statement"
  done <"$work/statements"
  for document in poster:12 leaflet:10; do
    /usr/bin/python3 tests/scripts/statement-sizes.py "$folder/${document%%:*}.pdf" "$work/resolved.json" \
      "${document##*:}" >"$work/sizes" 2>&1 || fail "$service ${document%%:*}: $(cat "$work/sizes")"
  done
done
names=$(sed -n 's/^  - //p' "$data/big-ward.pledge.yaml" | wc -l)
[ "$names" = 72 ] || fail "the big ward should list 72 staff, not $names"
echo "ok"
