#!/usr/bin/env bash
# The organisation's identity colours every document that draws its logo (issue 14): the poster, leaflet,
# checklist, worksheet and large print draw in its primary colour. The coverage report wears the identity when
# every service it covers shares one: its logo (an image, a Figure with its text alternative), the
# organisation and the identity's footer in the running footer, headings in the primary colour; services with
# different identities, or none, get the house style. The primary here is NHS plum (#7C2855), not the house
# blue, so that its colour operator (0.486 0.157 0.333 rg, in 3 or 5 decimals) is the identity's. (Without an
# identity every document is byte-identical to before: tools/snapshot-outputs.)
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
export SOURCE_DATE_EPOCH=1764000000
lib=(--library-path tests/data/render/statements)
identity=tests/data/render/identity
mkdir -p "$work/org/wards" "$work/mixed"
sed 's/primary: "#003087"/primary: "#7C2855"/' "$identity/.pledge-identity.yaml" >"$work/org/.pledge-identity.yaml"
cp "$identity/northshire-logo.png" "$work/org/"
cp "$identity/wards/ward-9.pledge.yaml" "$work/org/wards/"
sed "s/^service: .*/service: Ward 10/" "$identity/wards/ward-9.pledge.yaml" >"$work/org/wards/ward-10.pledge.yaml"
plum() { qpdf --qdf --object-streams=disable "$1" - | grep -qaE "^0\.486[0-9]* 0\.15(7|686)[0-9]* 0\.333[0-9]* rg"; }
"$pledge" "${lib[@]}" build --no-lint "$work/org/wards/ward-9.pledge.yaml" -o "$work/out" >/dev/null 2>"$work/stderr" ||
  fail "build exited $?: $(cat "$work/stderr")"
for document in poster leaflet checklist worksheet large-print; do
  plum "$work"/out/*/$document.pdf || fail "the $document does not draw in the identity's primary colour"
done
"$pledge" "${lib[@]}" coverage --format pdf -o "$work/org.pdf" "$work/org/wards" >/dev/null 2>"$work/stderr" ||
  fail "coverage of one organisation exited $?: $(cat "$work/stderr")"
qpdf --check "$work/org.pdf" >/dev/null 2>&1 || fail "qpdf --check fails on the organisation's report"
pdftotext "$work/org.pdf" - | tr -s ' \n' '  ' >"$work/org.txt"
grep -qF "Northshire Hospitals NHS Foundation Trust" "$work/org.txt" || fail "the report lacks the organisation"
grep -qF "Ward 9, Northshire General Hospital" "$work/org.txt" || fail "the report lacks the identity's footer"
[ "$(pdfimages -list "$work/org.pdf" | tail -n +3 | wc -l)" = 1 ] || fail "the report lacks its logo"
grep -q "/Alt (Northshire Hospitals NHS Foundation Trust)" <(qpdf --qdf --object-streams=disable "$work/org.pdf" -) ||
  fail "the logo lacks its text alternative"
plum "$work/org.pdf" || fail "the report does not draw in the identity's primary colour"
# A second service without the identity: the report is the house style's, with no logo.
cp tests/data/render/tiny.pledge.yaml "$work/org/wards/"
"$pledge" "${lib[@]}" coverage --format pdf -o "$work/mixed.pdf" "$work/org/wards" >/dev/null 2>&1 ||
  fail "coverage of mixed services exited $?"
[ "$(pdfimages -list "$work/mixed.pdf" | tail -n +3 | wc -l)" = 0 ] || fail "a report across identities has a logo"
plum "$work/mixed.pdf" && fail "a report across identities draws in one identity's colour"
pdftotext "$work/mixed.pdf" - | grep -qF "Northshire" &&
  fail "a report across identities has one identity's footer"
echo "ok"
