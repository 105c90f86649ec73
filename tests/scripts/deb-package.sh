#!/usr/bin/env bash
# The .deb installs pledge, the libraries, man pages and completion where Debian puts them, declares the Debian
# runtime packages as dependencies, and the installed binary finds its libraries with no environment variable.
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

out=$(cd / && env -u PLEDGE_LIBRARY_PATH "$work/root/usr/bin/pledge" list) || fail "installed pledge list failed"
echo "$out" | grep -q "nice-patient-experience" || fail "installed pledge does not find its libraries: $out"
path=$(cd / && env -u PLEDGE_LIBRARY_PATH "$work/root/usr/bin/pledge" list --format json | grep -m1 '"path"')
case $path in *"$work/root/usr/share/pledgekit/statements/"*) ;; *) fail "libraries read from elsewhere: $path" ;; esac
echo "ok"
