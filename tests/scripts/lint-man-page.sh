#!/usr/bin/env bash
# man/pledge-lint.1 documents every rule of the rules table (pledge lint --list-rules) with its default
# severity, and every option of every rule (pledge lint --print-default-settings) with its default and the
# values it accepts, so the page cannot fall behind the code.
# A script, not a case: it checks the man page against what pledge lint prints.
source "$(dirname "$0")/../script_setup.bash"
page="$root/man/pledge-lint.1"
status=0
roff() { printf '%s' "${1//-/\\-}"; }
while read -r id severity _; do
  if ! grep -qF ".BR $(roff "$id") \" (default: $severity)\"" "$page"; then
    echo "man/pledge-lint.1 does not document rule '$id' with default severity '$severity'"
    status=1
  fi
done < <("$pledge" lint --list-rules)
# An option is written as "  # DESCRIPTION; ALLOWED VALUES" then "  NAME: DEFAULT" under its rule; the page
# gives it as `.BR NAME " (default: DEFAULT)"` followed by a paragraph naming the allowed values.
rule='' allowed=''
while IFS= read -r line; do
  if [[ $line =~ ^([a-z-]+): ]]; then
    rule=${BASH_REMATCH[1]}
  elif [[ $line =~ ^\ \ #\ .*\;\ (.*)$ ]]; then
    allowed=${BASH_REMATCH[1]}
  elif [[ $line =~ ^\ \ ([a-z-]+):\ (.*)$ && ${BASH_REMATCH[1]} != severity ]]; then
    option=${BASH_REMATCH[1]} default=${BASH_REMATCH[2]}
    heading=".BR $(roff "$option") \" (default: $default)\""
    paragraphs=$(awk -v heading="$heading" '
      $0 == heading { text = ""; inside = 1; next }
      inside && /^\./ { print text; inside = 0 }
      inside { text = text " " $0 }
      END { if (inside) print text }' "$page")
    if [ -z "$paragraphs" ]; then
      echo "man/pledge-lint.1 does not document option '$option' of rule '$rule' with default '$default'"
      status=1
    elif ! grep -qF -- "$(roff "$allowed")" <<<"$paragraphs"; then
      echo "man/pledge-lint.1 does not say that option '$option' of rule '$rule' takes $allowed"
      status=1
    fi
  fi
done < <("$pledge" lint --print-default-settings)
exit $status
