#!/usr/bin/env bash
# `pledge evidence --format pdf -o FILE.pdf` for the examples and the evidence test inputs: the report passes
# qpdf --check, gives back through pdftotext the day, every service's name, the totals of all services and each
# overdue review's statement and days overdue, and is byte-identical when made twice. (Its tags: pdf-tagged.)
# A script, not a case: it reads the PDF with qpdf and pdftotext, and compares two runs.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
export SOURCE_DATE_EPOCH=1775001600  # 2026-04-01
for run in 1 2; do
  "$pledge" evidence --format pdf -o "$work/evidence-$run.pdf" examples tests/data/evidence ||
    fail "evidence pdf, run $run"
done
cmp -s "$work/evidence-1.pdf" "$work/evidence-2.pdf" || fail "the PDF differs between two runs"
qpdf --check "$work/evidence-1.pdf" >/dev/null 2>&1 || fail "qpdf --check: $(qpdf --check "$work/evidence-1.pdf" 2>&1 | tail -3)"
pdftotext "$work/evidence-1.pdf" - 2>/dev/null | tr -s ' \n' '  ' >"$work/text"
for wanted in "Counted on 1 April 2026" "Riverside Clinic" "The Beeches Residential Care Home" \
  "People using adult NHS services are treated with empathy, dignity and respect." "31 January 2026" \
  "We write your care plan with you, and you keep a signed copy at home."; do
  grep -qF "$wanted" "$work/text" || fail "no '$wanted' in: $(head -c 600 "$work/text")"
done
"$pledge" evidence --format json examples tests/data/evidence | /usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)
text = open(sys.argv[1], encoding="utf-8").read()
t = d["totals"]
row = " ".join(str(t[k]) for k in ("statements", "met", "partly met", "not met", "no record", "overdue"))
if "All services " + row not in text:
    sys.exit("the totals row All services " + row + " is not in the PDF")
for review in d["overdue"]:
    if " %d " % review["days overdue"] not in text:
        sys.exit("days overdue %d not in the PDF" % review["days overdue"])
' "$work/text" || fail "the PDF's totals are not the JSON's"
echo ok
