#!/usr/bin/env bash
# `pledge diff FILE --git REV` compares a service file with its committed version, naming it FILE@REV; a file
# added since REV is all added, one deleted all removed; `--git REV DIR` covers every service file of DIR that
# changed; a REV beginning with '-' is a revision git does not know, never an option.
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
grep -qx "services/ward.pledge.yaml: error: cannot read it at revision 'no-such-rev': git knows no commit of that name here" err ||
  fail "$(cat err)"

# A revision that looks like an option is refused as a revision, and git writes nothing.
"$pledge" --library-path "$root/tests/data/libraries" diff services/ward.pledge.yaml --git=--output=../leak 2>err
[ $? = 2 ] || fail "a revision beginning with '-' was accepted"
[ ! -e ../leak ] && [ ! -e services/../leak ] || fail "a revision beginning with '-' reached git as an option"
grep -q "cannot read it at revision '--output=../leak'" err || fail "$(cat err)"

# A file added since HEAD: all added, exit 1. A file deleted since HEAD: all removed.
cp "$root/tests/data/diff/new.pledge.yaml" services/clinic.pledge.yaml
out=$("$pledge" --library-path "$root/tests/data/libraries" diff services/clinic.pledge.yaml --git HEAD)
[ $? = 1 ] || fail "a new file did not exit 1"
echo "$out" | grep -qx -- "--- services/clinic.pledge.yaml@HEAD (not there)" || fail "new file's old side: $out"
echo "$out" | grep -q "^added: local/protected-mealtimes$" || fail "a new file is not all added: $out"
echo "$out" | grep -q "^removed: " && fail "a new file has removed statements: $out"
git rm -q --cached services/ward.pledge.yaml && rm services/ward.pledge.yaml
out=$("$pledge" --library-path "$root/tests/data/libraries" diff services/ward.pledge.yaml --git HEAD)
[ $? = 1 ] || fail "a deleted file did not exit 1"
echo "$out" | grep -qx -- "+++ services/ward.pledge.yaml (deleted)" || fail "deleted file's new side: $out"
echo "$out" | grep -q "^removed: local/visiting$" || fail "a deleted file is not all removed: $out"

# The folder against HEAD~1: the deleted file and the two added since (one committed, one not), each once.
cp "$root/tests/data/diff/old.pledge.yaml" services/same.pledge.yaml
git add services/same.pledge.yaml && git commit -qm "same" && git rm -q --cached services/ward.pledge.yaml 2>/dev/null
out=$("$pledge" --library-path "$root/tests/data/libraries" diff services --git HEAD~1)
[ $? = 1 ] || fail "a changed folder did not exit 1"
[ "$(echo "$out" | grep -c "^--- ")" = 3 ] || fail "not three diffs for the folder: $out"
echo "$out" | grep -q "^--- services/same.pledge.yaml@HEAD~1 (not there)$" || fail "added file not shown: $out"
echo "$out" | grep -q "^--- services/ward.pledge.yaml@HEAD~1$" || fail "deleted file not shown: $out"
"$pledge" --library-path "$root/tests/data/libraries" diff services --git HEAD~1 --format json >out.json
grep -q '"files_compared": 3' out.json || fail "folder JSON: $(head out.json)"
rm services/clinic.pledge.yaml
out=$("$pledge" --library-path "$root/tests/data/libraries" diff services --git HEAD)
[ $? = 0 ] || fail "an unchanged folder did not exit 0: $out"
[ "$out" = "no changes in 1 service file" ] || fail "unchanged folder: $out"
echo "ok"
