#!/usr/bin/env bash
# man/pledge-lint.1 documents every rule of the rules table (pledge lint --list-rules) with its default
# severity, so the page cannot fall behind the code.
# A script, not a case: it checks the man page against what pledge lint --list-rules prints.
set -u
pledge=$1
page="$2/man/pledge-lint.1"
status=0
while read -r id severity _; do
  roff_id=${id//-/\\-}
  if ! grep -qF ".BR $roff_id \" (default: $severity)\"" "$page"; then
    echo "man/pledge-lint.1 does not document rule '$id' with default severity '$severity'"
    status=1
  fi
done < <("$pledge" lint --list-rules)
exit $status
