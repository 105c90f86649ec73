#!/usr/bin/env bash
# The worksheet numbers a statement as the poster, the leaflet and the checklist do (issue 14): for every
# statement of the pledge drawn from a library, "N <its library wording>" on the worksheet, "N. <its text>" on
# the poster and the leaflet, and N in the checklist's number column, N being its place in the resolved
# pledge; a library statement the service file crosses off has a dash for its number and says so after its
# ref. Text read back with pdftotext, normalised (line breaks as spaces).
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
export SOURCE_DATE_EPOCH=1764000000
normalise() { tr -s ' \n\t\f' '    ' | tr -s ' '; }
for file in examples/district-nursing.pledge.yaml examples/care-home.pledge.yaml; do
  rm -rf "$work/out"
  "$pledge" build --no-lint "$file" -o "$work/out" >/dev/null 2>"$work/stderr" ||
    fail "$file: build exited $?: $(cat "$work/stderr")"
  "$pledge" resolve --format json "$file" >"$work/resolved.json" || fail "$file: resolve"
  "$pledge" checklist --format csv "$file" >"$work/checklist.csv" || fail "$file: checklist"
  for document in worksheet poster leaflet; do
    pdftotext -raw "$work"/out/*/$document.pdf - | normalise >"$work/$document.txt"
  done
  /usr/bin/python3 - "$work" <<'PY' || fail "$file: $(cat "$work/failure")"
import csv, json, sys
work = sys.argv[1]
pledge = json.load(open(f"{work}/resolved.json", encoding="utf-8"))
text = {d: open(f"{work}/{d}.txt", encoding="utf-8").read() for d in ("worksheet", "poster", "leaflet")}
rows = list(csv.reader(open(f"{work}/checklist.csv", encoding="utf-8-sig")))
header = rows[0]
checklist = {row[header.index("Statement")]: row[header.index("#")] for row in rows[1:] if row[header.index("#")]}
problems = []
numbered = 0
for number, statement in enumerate(pledge["statements"], start=1):
    if statement["status"] != "added":
        wording = statement.get("original") or statement["text"]
        numbered += 1
        if f" {number} {wording}" not in " " + text["worksheet"]:
            problems.append(f"the worksheet lacks '{number} {wording[:50]}...'")
    for document in ("poster", "leaflet"):
        if f"{number}. {statement['text']}" not in text[document]:
            problems.append(f"the {document} lacks '{number}. {statement['text'][:50]}...'")
    if checklist.get(statement["text"]) != str(number):
        problems.append(f"the checklist numbers '{statement['text'][:50]}...' {checklist.get(statement['text'])}, not {number}")
if numbered == 0:
    problems.append("no library statement to compare")
crossed = text["worksheet"].count("crossed off in the service file")
if crossed != len(pledge["excluded"]) or crossed == 0:
    problems.append(f"{crossed} statements marked crossed off on the worksheet, not {len(pledge['excluded'])}")
for excluded in pledge["excluded"]:
    if f"{excluded['ref']} · crossed off in the service file" not in text["worksheet"]:
        problems.append(f"the worksheet does not mark {excluded['ref']} crossed off")
if text["worksheet"].count(" – ") < len(pledge["excluded"]):
    problems.append("a crossed-off statement lacks its dash")
open(f"{work}/failure", "w").write("; ".join(problems))
sys.exit(1 if problems else 0)
PY
done
echo "ok"
