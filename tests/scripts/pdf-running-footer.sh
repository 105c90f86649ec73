#!/usr/bin/env bash
# The checklist and worksheet footers never run into "Page X of Y": a long service name is cut at a word with an
# ellipsis (the checklist, A4 landscape, has room for this one whole). The checklist's first page gives the pledge's version and agreed date in full.
# A script, not a case: it reads where words stand on the page with pdftotext -bbox.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
data=tests/data/render
"$pledge" --library-path "$data/statements" build --no-lint "$data/long-name.pledge.yaml" -o "$work/out" \
  --only checklist,worksheet >/dev/null 2>"$work/stderr" || fail "build exited $?: $(cat "$work/stderr")"
folder=$(ls -d "$work"/out/*/)
pdftotext "$folder/checklist.pdf" - 2>/dev/null | tr -s ' \n' '  ' >"$work/text"
grep -qF "Pledge: Version 2026/27 draft 3, agreed 14 October 2026." "$work/text" || fail "no version line: $(cat "$work/text")"
# The worksheet (portrait) must cut it; the checklist (A4 landscape) has room for all of it.
pdftotext "$folder/worksheet.pdf" - 2>/dev/null | tr -s ' \n' '  ' >"$work/worksheet-text"
grep -qF "Adults and Older People …" "$work/worksheet-text" || fail "the worksheet's footer title is not cut with an ellipsis"
for doc in checklist worksheet; do
  pdftotext -bbox "$folder/$doc.pdf" "$work/$doc.html" 2>/dev/null || fail "pdftotext -bbox $doc"
  python3 - "$work/$doc.html" >"$work/python.out" 2>&1 <<'PY' || fail "$doc: $(cat "$work/python.out")"
import re, sys
words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
                   open(sys.argv[1], encoding="utf-8").read())
pages = [w for w in words if w[3] == "Page"]
if not pages:
    sys.exit("no page numbers")
for x_min, y_min, _, _ in pages:
    line = [w for w in words if abs(float(w[1]) - float(y_min)) < 1 and float(w[0]) < float(x_min)]
    right = max(float(w[2]) for w in line)
    if right > float(x_min) - 6:
        sys.exit(f"the footer title ends at {right}, into the page number at {x_min}")
PY
done
echo "ok"
