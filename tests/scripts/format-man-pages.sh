#!/usr/bin/env bash
# Each command's man page documents its formats as --help lists them (from the command's table of formats),
# in the same order, so that the page cannot fall behind a format added to the table.
source "$(dirname "$0")/../script_setup.bash"
for command in resolve coverage diff list show checklist; do
  formats=$("$pledge" "$command" --help | sed -n 's/.*--format[^{]*{\([^}]*\)}.*/\1/p' | tr ',' '|')
  [ -n "$formats" ] || fail "$command --help lists no formats"
  grep -qxF ".B \\-\\-format $formats" "$root/man/pledge-$command.1" ||
    fail "man/pledge-$command.1 has no line '.B \\-\\-format $formats' under OPTIONS"
done
echo "ok"
