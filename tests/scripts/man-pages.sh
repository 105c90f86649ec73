#!/usr/bin/env bash
# Every man page renders without groff warnings and carries the version pledge --version prints.
# A script, not a case: it renders every man page with man(1); pledge only gives its version.
set -u
pledge=$1
root=$2
version=$("$pledge" --version | cut -d' ' -f2)
status=0
for page in "$root"/man/*.[1-9]; do
  if ! grep -q "^\.TH .*\"pledgekit $version\"" "$page"; then
    echo "FAIL: $page: .TH line does not say pledgekit $version (the version is set in CMakeLists.txt)"
    status=1
  fi
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  if [ -n "$warnings" ]; then
    echo "FAIL: $page"
    echo "$warnings"
    status=1
  fi
done
[ $status = 0 ] && echo "ok"
exit $status
