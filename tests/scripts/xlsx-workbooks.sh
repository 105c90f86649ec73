#!/usr/bin/env bash
# `--format xlsx` of checklist, coverage and evidence, opened with openpyxl as a spreadsheet program would open
# them: a Summary sheet then a sheet per service, the header row frozen, the Status column a drop-down of Met,
# Partly met and Not met over the statements' rows, columns as wide as their text (within a maximum), text that
# begins as a formula kept as text, the creation date SOURCE_DATE_EPOCH's; and each workbook byte-identical when
# made twice, a few seconds apart (libxlsxwriter's zip entries carry a fixed date). Also that the CSV of the same
# team starts with a byte-order mark and defuses its formulas, and that --no-bom leaves the mark out. A script,
# not a case: it reads the workbooks with Python and compares two runs.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1

/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || fail "python3-openpyxl is not installed (.ci/debian-packages-test)"
team=tests/data/evidence/formula-team.pledge.yaml
export SOURCE_DATE_EPOCH=1775001600  # 2026-04-01

for run in 1 2; do
  "$pledge" checklist --format xlsx -o "$work/checklist-$run.xlsx" "$team" || fail "checklist xlsx, run $run"
  "$pledge" evidence --format xlsx -o "$work/evidence-$run.xlsx" examples "$team" || fail "evidence xlsx, run $run"
  "$pledge" coverage --format xlsx -o "$work/coverage-$run.xlsx" examples "$team" || fail "coverage xlsx, run $run"
  [ "$run" = 1 ] && sleep 2.1  # a zip entry's time has a resolution of 2 seconds
done
for kind in checklist evidence coverage; do
  cmp -s "$work/$kind-1.xlsx" "$work/$kind-2.xlsx" || fail "$kind: the workbook differs between two runs"
done

/usr/bin/python3 - "$work" <<'PY' || fail "the workbooks are not as specified (above)"
import sys, datetime, openpyxl
work = sys.argv[1]
problems = []
def expect(what, got, wanted):
    if got != wanted:
        problems.append(f"{what}: {got!r}, not {wanted!r}")

def validations(sheet):
    return [(v.type, v.formula1, str(v.sqref)) for v in sheet.data_validations.dataValidation]

def records(sheet):
    """Each row below the header as {heading: cell}."""
    headings = [c.value for c in sheet[1]]
    return [dict(zip(headings, row)) for row in sheet.iter_rows(min_row=2)]

def letter(sheet, heading):
    return next(c.column_letter for c in sheet[1] if c.value == heading)

checklist = openpyxl.load_workbook(f"{work}/checklist-1.xlsx")
expect("checklist sheets", checklist.sheetnames, ["Summary", '=HYPERLINK("http   example.com '])
expect("checklist created", checklist.properties.created, datetime.datetime(2026, 4, 1))
team = checklist.worksheets[1]
expect("checklist frozen", team.freeze_panes, "A2")
rows = records(team)
statements = [r for r in rows if r["Change"].value != "Excluded"]
status = letter(team, "Status")
expect("checklist drop-down over the statements", validations(team),
       [("list", '"Met,Partly met,Not met"', f"{status}2:{status}{len(statements) + 1}")])
added = next(r for r in rows if r["Change"].value == "Added")
expect("added statement", added["Statement"].value, "-We answer the phone within five rings.")
expect("notes beginning with = are text", (added["Evidence and notes"].data_type, added["Evidence and notes"].value),
       ("s", "=1+2"))
expect("owner beginning with @", added["Owner"].value, "@Ruth Okafor")
expect("added statement's dates", (added["Checked"].value, added["Review by"].value), ("2026-01-05", "2026-04-05"))
excluded = [r for r in rows if r["Change"].value == "Excluded"]
expect("excluded rows", len(excluded), 1)
expect("the reason in its own column", excluded[0]["Reason"].value, "+We see people at home, so we have no beds.")
width = team.column_dimensions[letter(team, "Statement")].width
if not 40 <= width <= 51:
    problems.append(f"statement column width {width}: not fitted to its maximum of 50")
width = team.column_dimensions[letter(team, "#")].width
if width > 6:
    problems.append(f"number column width {width}: wider than its numbers")
expect("checklist summary counts the status column", checklist["Summary"]["C2"].value,
       f"=COUNTIF('{team.title}'!{status}2:{status}{len(statements) + 1},\"Met\")")

evidence = openpyxl.load_workbook(f"{work}/evidence-1.xlsx")
expect("evidence sheets", evidence.sheetnames[:2] + [len(evidence.sheetnames)], ["Summary", "Overdue", 2 + 7])
for sheet in evidence.worksheets[2:]:
    expect(f"{sheet.title} frozen", sheet.freeze_panes, "A2")
    col = letter(sheet, "Status")
    expect(f"{sheet.title} drop-down", validations(sheet),
           [("list", '"Met,Partly met,Not met"', f"{col}2:{col}{sheet.max_row}")])
expect("overdue reviews",
       [(r["Statement"].value, r["Review by"].value, r["Days overdue"].value) for r in records(evidence["Overdue"])],
       [("We write your care plan with you, and you keep a signed copy at home.", "2026-02-20", 40)])
summary = records(evidence["Summary"])
expect("all services' formulas", [summary[-1][k].value for k in ("Service", "Met", "Overdue reviews")],
       ["All services", "=SUM(D2:D8)", "=SUM(H2:H8)"])
values = records(openpyxl.load_workbook(f"{work}/evidence-1.xlsx", data_only=True)["Summary"])
expect("all services' values as written", [values[-1][k].value for k in ("Met", "No record", "Overdue reviews")],
       [10, 159, 1])

coverage = openpyxl.load_workbook(f"{work}/coverage-1.xlsx")
expect("coverage sheets", len(coverage.sheetnames), 1 + 7)
expect("coverage frozen", coverage["Summary"].freeze_panes, "A2")
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY

csv=$("$pledge" checklist "$team" | head -c 3 | od -An -tx1 | tr -d ' ')
[ "$csv" = efbbbf ] || fail "checklist CSV starts with $csv, not the byte-order mark ef bb bf"
csv=$("$pledge" checklist --no-bom "$team" | head -c 7)
[ "$csv" = "Service" ] || fail "with --no-bom the CSV starts with '$csv', not 'Service'"
"$pledge" checklist "$team" | grep -q '^"'"'"'=HYPERLINK(""http://example.com/x"",""Ward 9"")",' ||
  fail "the service name beginning with = is not quoted after a single quote in the CSV"
exit 0
