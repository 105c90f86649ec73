#!/usr/bin/env bash
# Every man page renders without groff warnings.
set -u
root=$2
status=0
for page in "$root"/man/*.[1-9]; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  if [ -n "$warnings" ]; then
    echo "FAIL: $page"
    echo "$warnings"
    status=1
  fi
done
[ $status = 0 ] && echo "ok"
exit $status
