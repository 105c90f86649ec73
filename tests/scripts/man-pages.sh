#!/usr/bin/env bash
# Every man page, as the build writes it into build/man/ from man/, carries the version pledge --version prints
# and renders without groff warnings; the pages in man/ hold the placeholder the build fills in, not a version
# of their own, and each of them is built.
# A script, not a case: it renders every man page with man(1); pledge only gives its version.
set -u
pledge=$1
root=$2
built=$(cd "$(dirname "$(dirname "$pledge")")" && pwd)/man
version=$("$pledge" --version | cut -d' ' -f2)
status=0
for source in "$root"/man/*.[1-9]; do
  name=$(basename "$source")
  if ! grep -q '^\.TH .*"pledgekit @PROJECT_VERSION@"' "$source"; then
    echo "FAIL: man/$name: the .TH line must say \"pledgekit @PROJECT_VERSION@\" (the build fills in the version)"
    status=1
  fi
  page=$built/$name
  if [ ! -f "$page" ]; then
    echo "FAIL: man/$name was not written into $built (man/CMakeLists.txt)"
    status=1
    continue
  fi
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
[ $status = 0 ] && echo "ok: $(ls "$root"/man/*.[1-9] | wc -l) pages"
exit $status
