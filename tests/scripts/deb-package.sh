#!/usr/bin/env bash
# The .deb installs pledge, the libraries, man pages and completion where Debian puts them, declares the Debian
# runtime packages as dependencies, and the installed binary finds its libraries with no environment variable.
# The binary in it is stripped, its debug data in a -dbgsym package beside it under the binary's build ID, and
# the stripped binary still runs: --version, and the demo (make demo's resolve and build of the examples).
# A script, not a case: it makes the .deb with cpack, unpacks it with dpkg and runs the binary inside.
source "$(dirname "$0")/../script_setup.bash"
build=$(dirname "$(dirname "$pledge")")

(cd "$build" && cpack -B "$work/package" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/package/pledgekit_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no .deb produced"
version=$("$pledge" --version | cut -d' ' -f2)
case $(basename "$deb") in pledgekit_${version}_*.deb) ;; *) fail "package name $(basename "$deb") lacks version $version" ;; esac

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libyaml-cpp0.7 libfribidi0 hunspell-en-gb fonts-liberation2 fonts-noto-core fonts-droid-fallback fonts-symbola unicode-data; do
  echo "$depends" | grep -q "$dep" || fail "Depends lacks $dep: $depends"
done

dpkg -x "$deb" "$work/root"
for f in usr/bin/pledge usr/share/man/man1/pledge.1 usr/share/man/man5/pledge-formats.5 \
         usr/share/bash-completion/completions/pledge usr/share/pledgekit/statements/nice-patient-experience.yaml \
         usr/share/pledgekit/en_GB.spelling-index; do
  [ -e "$work/root/$f" ] || fail "missing $f in the package"
done

installed=$work/root/usr/bin/pledge
file "$installed" | grep -q ', stripped' || fail "the packaged binary is not stripped: $(file "$installed")"
readelf -S "$installed" | grep -q '\.debug_' && fail "the packaged binary still has debug sections"
build_id=$(readelf -n "$installed" | sed -n 's/.*Build ID: \([0-9a-f]*\).*/\1/p')
[ -n "$build_id" ] || fail "the packaged binary has no build ID"
dbgsym=$(ls "$work"/package/pledgekit-dbgsym_${version}_*.ddeb 2>/dev/null | head -1)
[ -n "$dbgsym" ] || fail "no pledgekit-dbgsym package beside the .deb: $(ls "$work/package")"
dpkg-deb -f "$dbgsym" Depends | grep -qx "pledgekit (= $version)" || fail "dbgsym Depends: $(dpkg-deb -f "$dbgsym" Depends)"
dpkg -x "$dbgsym" "$work/dbgsym"
debug=$work/dbgsym/usr/lib/debug/.build-id/${build_id:0:2}/${build_id:2}.debug
[ -f "$debug" ] || fail "the dbgsym package lacks $debug: $(cd "$work/dbgsym" && find . -type f)"
readelf -S "$debug" | grep -q '\.debug_info' || fail "$debug has no .debug_info"
echo "sizes: .deb $(stat -c %s "$deb") B (pledge $(stat -c %s "$installed") B), dbgsym $(stat -c %s "$dbgsym") B"

[ "$(cd / && "$installed" --version)" = "$("$pledge" --version)" ] || fail "installed pledge --version differs"
# The demo, with the installed binary and the libraries the package holds.
(cd / && env -u PLEDGE_LIBRARY_PATH SOURCE_DATE_EPOCH=1764000000 "$installed" resolve \
   "$root/examples/district-nursing.pledge.yaml" >"$work/demo-resolve.txt") || fail "installed pledge resolve failed"
grep -q "District Nursing" "$work/demo-resolve.txt" || fail "installed resolve: $(head -c 300 "$work/demo-resolve.txt")"
(cd / && env -u PLEDGE_LIBRARY_PATH SOURCE_DATE_EPOCH=1764000000 "$installed" build "$root/examples" \
   -o "$work/demo" >"$work/demo-build.txt" 2>&1) || fail "installed pledge build of the examples: $(cat "$work/demo-build.txt")"
services=$(ls "$root"/examples/*.pledge.yaml | wc -l)
posters=$(ls "$work"/demo/*/poster.pdf | wc -l)
[ "$posters" = "$services" ] || fail "installed build made $posters posters for $services example services"
for pdf in "$work"/demo/*/*.pdf; do qpdf --check "$pdf" >/dev/null 2>&1 || fail "qpdf --check $pdf"; done

out=$(cd / && env -u PLEDGE_LIBRARY_PATH "$installed" list) || fail "installed pledge list failed"
echo "$out" | grep -q "nice-patient-experience" || fail "installed pledge does not find its libraries: $out"
path=$(cd / && env -u PLEDGE_LIBRARY_PATH "$installed" list --format json | grep -m1 '"path"')
case $path in *"$work/root/usr/share/pledgekit/statements/"*) ;; *) fail "libraries read from elsewhere: $path" ;; esac
echo "ok"
