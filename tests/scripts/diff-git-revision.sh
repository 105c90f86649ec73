#!/usr/bin/env bash
# `pledge diff FILE --git REV` compares a service file with its committed version, naming it FILE@REV.
# A script, not a case: it makes a git repository with a commit and a changed file before running pledge.
source "$(dirname "$0")/../script_setup.bash"
cd "$work" || exit 1
git init -q repo && cd repo || exit 1
git config user.email test@example.org && git config user.name Test
mkdir services
cp "$root/tests/data/diff/old.pledge.yaml" services/ward.pledge.yaml
git add . && git commit -qm "first version"
cp "$root/tests/data/diff/new.pledge.yaml" services/ward.pledge.yaml

out=$("$pledge" --library-path "$root/tests/data/libraries" diff services/ward.pledge.yaml --git HEAD)
status=$?
[ $status = 1 ] || fail "expected exit 1 for a changed file, got $status"
echo "$out" | grep -q "^--- services/ward.pledge.yaml@HEAD$" || fail "old side not named: $out"
echo "$out" | grep -q "^added: local/protected-mealtimes$" || fail "added statement missing: $out"

"$pledge" --library-path "$root/tests/data/libraries" diff services/ward.pledge.yaml --git no-such-rev 2>err
[ $? = 2 ] || fail "unknown revision accepted"
grep -q "services/ward.pledge.yaml: error: cannot read it at revision 'no-such-rev': fatal:" err || fail "$(cat err)"
echo "ok"
