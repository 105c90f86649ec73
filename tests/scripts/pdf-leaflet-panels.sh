#!/usr/bin/env bash
# The leaflet prints the service file's `leaflet:` texts in place of its own, and its own where the service sets
# none: the care home's your-part and feedback panels (a text of two lines keeping its line break), the ward's
# contact in Welsh before English. A script, because it reads the PDFs back with pdftotext.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
normalise() { tr -s ' \n\t\f' '    ' | tr -s ' '; }

"$pledge" build --no-lint examples/care-home.pledge.yaml -o "$work/care" --only leaflet >/dev/null 2>&1 ||
  fail "the care home's leaflet does not build"
pdftotext "$work/care/the-beeches-residential-care-home/leaflet.pdf" "$work/care.txt" ||
  fail "pdftotext cannot read the care home's leaflet"
normalise <"$work/care.txt" >"$work/care.normal"
for text in "Read the pledge with your mentor in your first week" "Compliments, concerns and complaints" \
  "To make a complaint, speak to the home manager or contact the Care Quality Commission." \
  "Why we have a pledge" "Who to contact" "The Beeches Residential Care Home, 14 Orchard Lane."; do
  grep -qF -- "$text" "$work/care.normal" || fail "the care home's leaflet lacks '$text'"
done
for text in "Read the pledge, talk it through with your team" "Feedback and concerns"; do
  grep -qF -- "$text" "$work/care.normal" && fail "the care home's leaflet still has its own '$text'"
done
# The two lines of the feedback text, each starting a line of its own.
grep -q '^To make a complaint, speak to the home manager' "$work/care.txt" ||
  fail "the feedback text's second line does not start a line"

"$pledge" --library-path tests/data/welsh build --no-lint tests/data/welsh/ward-leaflet.pledge.yaml -o "$work/ward" \
  --only leaflet >/dev/null 2>&1 || fail "the Welsh ward's leaflet does not build"
pdftotext "$work/ward/ward-7/leaflet.pdf" - | normalise >"$work/ward.normal"
welsh="Ward 7, Ysbyty Glan yr Afon. Ffôn 01632 960 123, ddydd a nos."
english="Ward 7, Riverside Hospital. Phone 01632 960 123, day or night."
text=$(cat "$work/ward.normal")
case "$text" in *"$welsh"*"$english"*) ;; *) fail "the ward's leaflet lacks its contact in Welsh, then English" ;; esac
case "$text" in *"Canmoliaeth a phryderon Compliments and concerns"*) ;;
*) fail "the ward's leaflet lacks its feedback heading in Welsh, then English" ;; esac
case "$text" in *"Feedback and concerns"*) fail "the ward's leaflet still has its own feedback heading" ;; esac
echo "ok"
