#!/usr/bin/env bash
# The shipped statement libraries lint clean at the levels statements/.pledge-lint.yaml sets: `pledge lint
# statements/*.yaml` exits 0 with no errors and no warnings (the source wording teams reword shows as info).
# A script, not a case: it lints whatever statements/ holds and counts the files (a case names its files).
set -u
pledge=$1
cd "$2" || exit 1
output=$(env -u PLEDGE_LIBRARY_PATH NO_COLOR=1 "$pledge" lint statements/*.yaml)
status=$?
summary=$(printf '%s\n' "$output" | tail -n 1)
if [ "$status" != 0 ]; then
  printf '%s\n' "$output" | grep -E ': (error|warning): '
  echo "pledge lint statements/*.yaml exited $status, expected 0"
  exit 1
fi
case "$summary" in
  *" checked: 0 errors, 0 warnings, "*" info" | *" checked: no findings") ;;
  *) echo "unexpected summary: $summary"; exit 1 ;;
esac
# Every library was checked.
count=$(ls statements/*.yaml | wc -l)
case "$summary" in
  "$count files checked"*) ;;
  *) echo "expected $count files checked, got: $summary"; exit 1 ;;
esac
