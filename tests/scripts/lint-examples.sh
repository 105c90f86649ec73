#!/usr/bin/env bash
# Every example service lints without an error-level finding (exit status 0): the teams' own wording is
# spelled right, while the library wording they kept still shows warnings to reword.
# A script, not a case: it lints whatever examples/ holds, each file in its own run (a case names its files).
set -u
pledge=$1
cd "$2" || exit 1
status=0
for example in examples/*.pledge.yaml; do
  output=$(env -u PLEDGE_LIBRARY_PATH NO_COLOR=1 "$pledge" lint "$example")
  code=$?
  if [ "$code" != 0 ]; then
    printf '%s\n' "$output" | grep -A1 ': error: '
    echo "pledge lint $example exited $code, expected 0"
    status=1
  fi
done
exit $status
