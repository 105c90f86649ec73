#!/usr/bin/env bash
# How a team adopts --strict on existing text: `pledge lint --write-baseline` on the examples, then
# `--strict --baseline` passes, for lint and for build's gate; a new finding fails both again, and the
# baseline entry of a statement reworded since is reported once as info.
# A script, not a case: the runs depend on each other (the baseline one writes, the others read).
source "$(dirname "$0")/../script_setup.bash"
cd "$work" || exit 1
cp -r "$root/examples" examples
lint() { env -u PLEDGE_LIBRARY_PATH NO_COLOR=1 "$pledge" lint "$@"; }

lint --strict examples >/dev/null && fail "the examples pass --strict without a baseline; this test needs findings"
lint --write-baseline baseline.yaml examples >out.txt 2>err.txt || fail "--write-baseline exited $?: $(cat err.txt)"
grep -q '^pledge-lint-baseline: 1$' baseline.yaml || fail "no baseline written"
lint --strict --baseline baseline.yaml examples >out.txt || fail "--strict --baseline exited $?: $(head out.txt)"
grep -qx '6 files checked: no findings' out.txt || fail "unexpected output: $(cat out.txt)"
env -u PLEDGE_LIBRARY_PATH "$pledge" build --strict --baseline baseline.yaml -q examples -o pdf >/dev/null 2>&1 ||
  fail "build --strict --baseline exited $?"

# Moving a statement down the file keeps it baselined.
sed -i '1a # a comment that moves every line down' examples/hydrotherapy.pledge.yaml
lint --strict --baseline baseline.yaml examples >out.txt || fail "a moved statement lost its baseline: $(head out.txt)"

# Rewording a baselined statement with jargon: lint and build fail again, naming only the new finding, and
# the entry of the old wording is stale, reported once as info.
sed -i 's/text: We share what other services need to know about your care, so nothing is missed or delayed./text: We utilise what other services need to know about your care./' examples/older-adults-ward.pledge.yaml
grep -q 'We utilise what other services' examples/older-adults-ward.pledge.yaml || fail "could not reword a statement"
lint --strict --baseline baseline.yaml examples/older-adults-ward.pledge.yaml >out.txt
[ $? = 1 ] || fail "a new finding did not fail --strict --baseline: $(cat out.txt)"
grep -q "older-adults-ward: 'utilise' is jargon \[jargon\]" out.txt || fail "the new finding is not reported: $(cat out.txt)"
[ "$(grep -c ': warning: \|: error: ' out.txt)" = 1 ] || fail "more than the new finding: $(cat out.txt)"
lint --strict --baseline baseline.yaml examples >out.txt
[ $? = 1 ] || fail "a new finding did not fail --strict --baseline on the folder: $(cat out.txt)"
stale=$(grep ': info: baseline entry for ' out.txt)
[ "$(printf '%s\n' "$stale" | wc -l)" = 1 ] || fail "not one stale entry: $stale"
case $stale in
  baseline.yaml:*": info: baseline entry for 'passive' in nice-patient-experience/information-exchange matches no finding now"*) ;;
  *) fail "the reworded statement's entry is not the stale one: $stale" ;;
esac
env -u PLEDGE_LIBRARY_PATH "$pledge" build --strict --baseline baseline.yaml -q examples/older-adults-ward.pledge.yaml \
  -o pdf >/dev/null 2>err.txt
[ $? = 1 ] || fail "build --strict --baseline built a service with a new finding"
grep -q "'utilise' is jargon" err.txt || fail "build does not say what blocked it: $(cat err.txt)"
exit 0
