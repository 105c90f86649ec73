#!/usr/bin/env bash
# pledge lint colours its text output on a terminal, and not when NO_COLOR is set. A script, not a case: it
# runs pledge on a terminal (script(1)). (Redirected output has no colour: tests/cli/lint-no-colour-when-redirected.)
set -u
pledge=$1
cd "$2" || exit 1
file=tests/data/source-000-statements.yaml
esc=$(printf '\033')
on_terminal=$(env -u NO_COLOR script -qec "$pledge lint $file" /dev/null)
if ! printf '%s' "$on_terminal" | grep -q "$esc\["; then echo "no colour on a terminal"; exit 1; fi
no_color=$(NO_COLOR=1 script -qec "$pledge lint $file" /dev/null)
if printf '%s' "$no_color" | grep -q "$esc\["; then echo "colour despite NO_COLOR"; exit 1; fi
exit 0
