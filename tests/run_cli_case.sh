#!/usr/bin/env bash
# Runs one end-to-end case: the real pledge binary with the arguments in CASE/args (one per line), from the
# repository root, comparing stdout, stderr and exit status with CASE/stdout, CASE/stderr and CASE/status
# (missing files mean empty output and status 0). PLEDGE_UPDATE_EXPECTED=1 rewrites them instead: review the
# diff before committing.
set -u
pledge=$1
case_dir=$(cd "$2" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1

mapfile -t args < "$case_dir/args"
actual=$(mktemp -d)
trap 'rm -rf "$actual"' EXIT
env -u PLEDGE_LIBRARY_PATH NO_COLOR=1 "$pledge" "${args[@]}" >"$actual/stdout" 2>"$actual/stderr"
echo $? >"$actual/status"

if [ "${PLEDGE_UPDATE_EXPECTED:-}" = 1 ]; then
  for f in stdout stderr; do
    if [ -s "$actual/$f" ]; then cp "$actual/$f" "$case_dir/$f"; else rm -f "$case_dir/$f"; fi
  done
  if [ "$(cat "$actual/status")" = 0 ]; then rm -f "$case_dir/status"; else cp "$actual/status" "$case_dir/status"; fi
  exit 0
fi

failed=0
for f in stdout stderr status; do
  expected="$case_dir/$f"
  if [ ! -f "$expected" ]; then
    expected=$(mktemp)
    [ "$f" = status ] && echo 0 >"$expected"
  fi
  if ! diff -u --label "expected $f" --label "actual $f" "$expected" "$actual/$f"; then failed=1; fi
done
exit $failed
