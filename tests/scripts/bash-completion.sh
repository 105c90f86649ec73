#!/usr/bin/env bash
# The bash completion script completes subcommands, options, formats, documents, library ids and refs from the
# real binary.
# A script, not a case: it runs the completion function _pledge in bash, which calls pledge itself.
source "$(dirname "$0")/../script_setup.bash"
# Completion runs `pledge` by the name typed; put the binary under test first on PATH.
ln -s "$pledge" "$work/pledge"
export PATH="$work:$PATH"
cd "$root" || exit 1
source cli/pledge.bash-completion

complete_line() {  # words...; completes the last word
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _pledge
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}

[ "$(complete_line pledge re)" = "resolve " ] || fail "subcommand: $(complete_line pledge re)"
[ "$(complete_line pledge resolve x.yaml --format j)" = "json " ] || fail "format: $(complete_line pledge resolve x --format j)"
[ "$(complete_line pledge build x.yaml --only le)" = "leaflet " ] || fail "document: $(complete_line pledge build x --only le)"
[ "$(complete_line pledge build x.yaml --only poster,c)" = "poster,checklist " ] ||
  fail "second document: $(complete_line pledge build x --only poster,c)"
[ "$(complete_line pledge build x.yaml --langu)" = "--language " ] || fail "build --language: $(complete_line pledge build x --langu)"
[ "$(complete_line pledge resolve x.yaml --langu)" = "--language " ] ||
  fail "resolve --language: $(complete_line pledge resolve x --langu)"
# --format completes from each command's table of formats, read from its --help.
for expected in "resolve:json markdown text yaml " "coverage:csv json markdown pdf text xlsx " "diff:json text " \
  "list:json text " "show:json text " "checklist:csv pdf xlsx " "evidence:csv json markdown pdf text xlsx "; do
  command=${expected%%:*}
  actual=$(complete_line pledge "$command" x --format "")
  [ "$actual" = "${expected#*:}" ] || fail "$command --format: $actual"
done
[ "$(complete_line pledge lint x --format "")" = "github json junit sarif text " ] ||
  fail "lint --format: $(complete_line pledge lint x --format "")"
for command in lint build serve; do
  [ "$(complete_line pledge "$command" x --scope "")" = "all own " ] ||
    fail "$command --scope: $(complete_line pledge "$command" x --scope "")"
done
[ "$(complete_line pledge lint x --root tests/data/lin)" = "tests/data/lint " ] ||
  fail "--root: $(complete_line pledge lint x --root tests/data/lin)"
[ "$(complete_line pledge lint x --baseline tests/data/lint/bad-base)" = "tests/data/lint/bad-baseline.yaml " ] ||
  fail "--baseline: $(complete_line pledge lint x --baseline tests/data/lint/bad-base)"
[ "$(complete_line pledge coverage examples --format p)" = "pdf " ] ||
  fail "coverage format: $(complete_line pledge coverage examples --format p)"
for command in checklist coverage evidence; do
  [ "$(complete_line pledge "$command" x.yaml --no-b)" = "--no-bom " ] ||
    fail "$command --no-bom: $(complete_line pledge "$command" x.yaml --no-b)"
done
[ "$(complete_line pledge evi)" = "evidence " ] || fail "subcommand evidence: $(complete_line pledge evi)"
[ "$(complete_line pledge init --lib)" = "--library --library-path " ] || fail "options: $(complete_line pledge init --lib)"
for command in build checklist coverage; do
  [ "$(complete_line pledge "$command" x.yaml --allow)" = "--allow-missing-glyphs " ] ||
    fail "$command --allow-missing-glyphs: $(complete_line pledge "$command" x.yaml --allow)"
done
[ "$(complete_line pledge build x.yaml --font tests/data/fonts/dam)" = "tests/data/fonts/damaged-table-directory.ttf " ] ||
  fail "--font: $(complete_line pledge build x.yaml --font tests/data/fonts/dam)"
# --language completes from the languages with fixed texts (statements/languages), for coverage and evidence.
for command in coverage evidence; do
  [ "$(complete_line pledge "$command" examples --language "")" = "cy en-GB " ] ||
    fail "$command --language: $(complete_line pledge "$command" examples --language "")"
  [ "$(complete_line pledge "$command" examples --lang)" = "--language " ] ||
    fail "$command --lang: $(complete_line pledge "$command" examples --lang)"
done
[ "$(complete_line pledge list nice)" = "nice-patient-experience nice-qs15 " ] || fail "library: $(complete_line pledge list nice)"
[ "$(complete_line pledge show nice-patient-experience/second)" = "nice-patient-experience/second-opinion " ] ||
  fail "ref: $(complete_line pledge show nice-patient-experience/second)"
[ "$(complete_line pledge --library-path tests/data/libraries list ward)" = "ward-values " ] ||
  fail "global option before the subcommand: $(complete_line pledge --library-path tests/data/libraries list ward)"
[ "$(complete_line pledge serve ward.pledge.yaml --op)" = "--open " ] || fail "serve: $(complete_line pledge serve x --op)"
[ "$(complete_line pledge serve ward.pledge.yaml --host 0)" = "0.0.0.0 " ] ||
  fail "serve --host: $(complete_line pledge serve x --host 0)"
# Nothing to offer for a port (printf of no words prints one empty line).
[ "$(complete_line pledge serve ward.pledge.yaml --port 8)" = " " ] || fail "serve --port: $(complete_line pledge serve x --port 8)"
echo "ok"
