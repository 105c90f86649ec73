#!/usr/bin/env bash
# `pledge build --only large-print`: the pledge on A4 portrait, every piece of text set at 16 pt or more (RNIB
# Clear Print: large print), in one colour of dark ink on white with nothing drawn behind the text, every
# statement given back by pdftotext, and a statement never split between two pages.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
/usr/bin/python3 -c "import pikepdf" 2>/dev/null || fail "Debian's python3-pikepdf is needed (.ci/debian-packages)"
for service in examples/*.pledge.yaml; do
  rm -rf "$work/out"
  "$pledge" build --no-lint "$service" -o "$work/out" --only large-print >"$work/stdout" 2>"$work/stderr" ||
    fail "$service: $(cat "$work/stderr")"
  pdf=$(sed -n 's|^\(.*/large-print.pdf\)$|\1|p' "$work/stdout")
  [ -s "$pdf" ] || fail "$service: no large-print.pdf in: $(cat "$work/stdout")"
  pdfinfo "$pdf" 2>/dev/null | grep -q "^Page size: *595.28 x 841.89 pts (A4)" || fail "$pdf is not A4 portrait"
  /usr/bin/python3 - "$pdf" <<'PY' >"$work/py" || fail "$service: $(cat "$work/py")"
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
problems = []
for number, page in enumerate(pdf.pages, 1):
    for item in pikepdf.parse_content_stream(page.obj):
        op = str(item.operator)
        if op == "Tf" and float(item.operands[1]) < 16:
            problems.append(f"page {number}: text at {float(item.operands[1])} pt")
        if op == "Tm" and [float(v) for v in item.operands[:4]] != [1, 0, 0, 1]:
            problems.append(f"page {number}: text scaled or turned")
        if op in ("f", "F", "f*", "B", "b", "Do", "sh"):
            problems.append(f"page {number}: '{op}' paints behind or beside the text")
if problems:
    print("; ".join(problems[:5]))
    sys.exit(1)
PY
  pdftotext "$pdf" - 2>/dev/null | tr -s ' \n' '  ' >"$work/text"
  "$pledge" resolve --format json "$service" |
    /usr/bin/python3 -c 'import json,sys; [print(s["text"]) for s in json.load(sys.stdin)["statements"]]' >"$work/statements"
  [ -s "$work/statements" ] || fail "no statements read from $service"
  while IFS= read -r statement; do
    grep -qF -- "$(tr -s ' ' <<<"$statement")" "$work/text" || fail "$pdf lacks: $statement"
  done <"$work/statements"
  # Page by page, each statement is whole on one page.
  pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
  : >"$work/by-page"
  for ((p = 1; p <= pages; p++)); do
    pdftotext -f "$p" -l "$p" "$pdf" - 2>/dev/null | tr -s ' \n' '  ' >>"$work/by-page"
    echo >>"$work/by-page"
  done
  while IFS= read -r statement; do
    grep -qF -- "$(tr -s ' ' <<<"$statement")" "$work/by-page" || fail "$pdf splits between pages: $statement"
  done <"$work/statements"
done
echo "ok"
