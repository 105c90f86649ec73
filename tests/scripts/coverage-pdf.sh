#!/usr/bin/env bash
# `pledge coverage --format pdf -o FILE.pdf` for the shipped examples (6 services, one page set) and for a made-up
# organisation of 40 services (two page sets): every report passes qpdf --check, embeds its fonts, gives back
# every service name and statement ref and every exclusion reason through pdftotext, and is byte-identical when
# built twice; SOURCE_DATE_EPOCH prints its date. (An output over an input, and a broken service: the cases
# tests/cli/coverage-pdf-output-over-input and coverage-pdf-broken-service.) A script, not a case: it reads the
# reports with qpdf, pdffonts, pdfinfo and pdftotext, and compares two builds.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1

# One line of text, whitespace runs as single spaces.
normalise() { tr -s ' \n\t\f' '    ' | tr -s ' '; }

# 40 services drawing on the shipped libraries in different mixes, names of different lengths, some statements
# excluded with a reason and some reworded.
make_organisation() {  # folder
  local teams=("Community Nursing" "Podiatry" "Speech and Language Therapy" "Memory Clinic"
    "Diabetes Specialist Nursing" "Physiotherapy Outpatients" "Crisis Resolution and Home Treatment Team"
    "Learning Disability Team" "Wheelchair Service" "Continence Service")
  local places=("Northgate" "Riverside Health Centre" "Eastfield" "Hillcrest Community Hospital")
  local i=0 team place libraries
  mkdir -p "$1"
  for place in "${places[@]}"; do
    for team in "${teams[@]}"; do
      i=$((i + 1))
      libraries=nice-patient-experience
      ((i % 2)) && libraries+=", cqc-working-together"
      ((i % 3 == 0)) && libraries+=", involvement-planning"
      ((i % 5 == 0)) && libraries+=", patient-safety-partners"
      ((i % 4 == 1)) && libraries+=", experience-of-care-week"
      {
        echo "service: $team – $place"
        echo "libraries: [$libraries]"
        echo "exclude:"
        echo "  - ref: nice-patient-experience/single-sex-accommodation"
        echo "    reason: Service $i has no inpatient beds; people visit us or we visit them at home."
        if ((i % 3 == 1)); then
          echo "  - ref: nice-patient-experience/second-opinion"
          echo "    reason: Second opinions for service $i are arranged by the referring consultant."
        fi
        if ((i % 2 == 0)); then
          echo "reword:"
          echo "  - ref: nice-patient-experience/introduced-to-professionals"
          echo "    text: Everyone in team $i tells you their name and what they do."
        fi
      } >"$1/service-$(printf %02d $i).pledge.yaml"
    done
  done
}

# The names, refs and exclusion reasons the report must give back, one per line with whitespace runs as single
# spaces, from the JSON matrix.
expected_text() {  # paths...
  "$pledge" coverage "$@" --format json | python3 -c '
import json, sys
matrix = json.load(sys.stdin)
texts = [service["name"] for service in matrix["services"]]
for statement in matrix["statements"]:
    texts.append(statement["ref"])
    texts += [cell["reason"] for cell in statement["cells"] if cell["state"] == "excluded"]
for text in texts:
    print(" ".join(text.split()))
'
}

check_report() {  # name, pdf, least pages, most pages, paths...
  local name=$1 pdf=$2 least=$3 most=$4
  shift 4
  [ -s "$pdf" ] || fail "$name: $pdf not written"
  qpdf --check "$pdf" >"$work/qpdf" 2>&1 || fail "$name: qpdf --check: $(cat "$work/qpdf")"
  pdffonts "$pdf" 2>/dev/null | awk 'NR>2 && $(NF-4) != "yes" {bad=1} END {exit bad}' || fail "$name: a font is not embedded"
  pdffonts "$pdf" 2>/dev/null | grep -q "LiberationSans" || fail "$name: Liberation Sans not used"
  local info pages
  info=$(pdfinfo "$pdf" 2>/dev/null)
  grep -qE "^Page size: +841.89 x 595.28 pts \(A4\)" <<<"$info" || fail "$name: not A4 landscape: $info"
  grep -qxF "Title:           Statement coverage" <<<"$info" || fail "$name: title: $info"
  pages=$(sed -n 's/^Pages: *//p' <<<"$info")
  ((pages >= least && pages <= most)) || fail "$name: $pages pages, expected $least to $most"
  pdftotext "$pdf" - 2>/dev/null | normalise >"$work/text"
  expected_text "$@" >"$work/expected" || fail "$name: coverage --format json failed"
  [ "$(wc -l <"$work/expected")" -gt 10 ] || fail "$name: too little expected text: $(cat "$work/expected")"
  local text
  text=$(<"$work/text")
  while IFS= read -r line; do
    [[ $text == *"$line"* ]] || fail "$name: pdftotext lacks: $line"
  done <"$work/expected"
  grep -qF "Page $pages of $pages" "$work/text" || fail "$name: no 'Page $pages of $pages'"
  echo "$name: $pages pages, $(wc -c <"$pdf") bytes"
}

for run in a b; do
  env -u SOURCE_DATE_EPOCH "$pledge" coverage examples --format pdf -o "$work/examples-$run.pdf" >"$work/stdout" 2>"$work/stderr" ||
    fail "coverage of examples failed: $(cat "$work/stderr")"
  [ ! -s "$work/stdout" ] || fail "stdout not empty: $(cat "$work/stdout")"
done
check_report examples "$work/examples-a.pdf" 3 12 examples
cmp -s "$work/examples-a.pdf" "$work/examples-b.pdf" || fail "examples: two builds differ"
grep -qF "Statements against all 6 services" "$work/text" || fail "examples: not one page set"
pdfinfo "$work/examples-a.pdf" 2>/dev/null | grep -q "^CreationDate:" && fail "examples: a date without SOURCE_DATE_EPOCH"

make_organisation "$work/organisation"
for run in a b; do
  "$pledge" coverage "$work/organisation" --format pdf -o "$work/forty-$run.pdf" 2>"$work/stderr" ||
    fail "coverage of 40 services failed: $(cat "$work/stderr")"
done
check_report "40 services" "$work/forty-a.pdf" 6 30 "$work/organisation"
cmp -s "$work/forty-a.pdf" "$work/forty-b.pdf" || fail "40 services: two builds differ"
grep -qF "Services 1–20 of 40 · page set 1 of 2" "$work/text" || fail "40 services: no first page set of 20"
grep -qF "Services 21–40 of 40 · page set 2 of 2" "$work/text" || fail "40 services: no second page set of 20"

# SOURCE_DATE_EPOCH dates the report, reproducibly.
for run in c d; do
  SOURCE_DATE_EPOCH=1700000000 "$pledge" coverage examples --format pdf -o "$work/dated-$run.pdf" 2>/dev/null ||
    fail "coverage with SOURCE_DATE_EPOCH failed"
done
pdfinfo "$work/dated-c.pdf" 2>/dev/null | grep -q "^CreationDate:.*2023" || fail "SOURCE_DATE_EPOCH not the creation date"
pdftotext "$work/dated-c.pdf" - 2>/dev/null | grep -q "14 November 2023" || fail "SOURCE_DATE_EPOCH date not printed"
cmp -s "$work/dated-c.pdf" "$work/dated-d.pdf" || fail "dated reports differ between two builds"

echo "ok"
