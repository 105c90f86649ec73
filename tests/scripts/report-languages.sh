#!/usr/bin/env bash
# `pledge coverage` and `pledge evidence` in a language asked for (--language): a whole organisation has no
# `languages:`. Each PDF passes qpdf --check, says /Lang of the language asked for, prints that language's fixed
# texts and none of English's, and gives a statement in the language asked for where it has that translation,
# else in its own, tagged with it. Without --language each is in British English, as before.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
normalise() { tr -s ' \n\t\f' '    ' | tr -s ' '; }
lib=(--library-path tests/data/welsh)
services=(examples tests/data/evidence tests/data/welsh/ward.pledge.yaml)
export SOURCE_DATE_EPOCH=1775001600

check() {  # FILE LANG WANTED UNWANTED...
  local file=$1 lang=$2 wanted=$3 text
  shift 3
  qpdf --check "$file" >/dev/null 2>&1 || fail "$file: qpdf --check failed"
  qpdf --qdf --object-streams=disable "$file" - 2>/dev/null | grep -aq "/Lang ($lang)" ||
    fail "$file: its /Lang is not $lang"
  text=$(pdftotext "$file" - 2>/dev/null | normalise)
  case "$text" in *"$wanted"*) ;; *) fail "$file lacks '$wanted'" ;; esac
  for unwanted in "$@"; do
    case "$text" in *"$unwanted"*) fail "$file has '$unwanted'" ;; esac
  done
}

for command in coverage evidence; do
  "$pledge" "${lib[@]}" "$command" --format pdf --language cy -o "$work/$command-cy.pdf" "${services[@]}" \
    >"$work/stdout" 2>"$work/stderr" || fail "$command --language cy exited $?: $(cat "$work/stderr")"
  "$pledge" "${lib[@]}" "$command" --format pdf -o "$work/$command.pdf" "${services[@]}" \
    >"$work/stdout" 2>"$work/stderr" || fail "$command exited $?: $(cat "$work/stderr")"
done
check "$work/coverage-cy.pdf" cy "Cwmpas y datganiadau" "Statement coverage" "Why statements were excluded" \
  "Page 1 of" "Not selected"
check "$work/coverage.pdf" en-GB "Statement coverage" "Cwmpas y datganiadau" "Tudalen 1 o"
check "$work/evidence-cy.pdf" cy "Tystiolaeth ar draws gwasanaethau" "Evidence across services" "Overdue reviews" \
  "Page 1 of" "All services"
check "$work/evidence.pdf" en-GB "Evidence across services" "Tystiolaeth ar draws" "Tudalen 1 o"
grep -qF "Tudalen 1 o" <(pdftotext "$work/coverage-cy.pdf" - | normalise) || fail "coverage --language cy: no Welsh page numbers"
grep -qF "1 Ebrill 2026" <(pdftotext "$work/evidence-cy.pdf" - | normalise) || fail "evidence --language cy: no Welsh date"

# The bilingual ward's library statement in Welsh in the Welsh report, in English in the English one; the
# English-only libraries' statements stay English, tagged en-GB.
grep -qF "Byddwn yn esbonio eich gofal mewn geiriau clir." <(pdftotext "$work/coverage-cy.pdf" - | normalise) ||
  fail "coverage --language cy: the translated statement is not in Welsh"
grep -qF "We explain your care in clear words." <(pdftotext "$work/coverage-cy.pdf" - | normalise) &&
  fail "coverage --language cy: the translated statement is in English"
grep -qF "We explain your care in clear words." <(pdftotext "$work/coverage.pdf" - | normalise) ||
  fail "coverage: the statement is not in English"
qpdf --qdf --object-streams=disable "$work/coverage-cy.pdf" - 2>/dev/null | grep -aq '/Lang (en-GB)' ||
  fail "coverage --language cy: no English statement tagged en-GB"
qpdf --qdf --object-streams=disable "$work/coverage.pdf" - 2>/dev/null | grep -aq '/Lang (cy)' &&
  fail "coverage: a text is tagged cy"
"$root/tests/tagged-pdf/check-tagged-pdf" "$work"/*.pdf >"$work/failures" || fail "$(head -5 "$work/failures")"
echo "ok"
