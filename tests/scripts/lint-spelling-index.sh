#!/usr/bin/env bash
# The spelling index changes how fast the spelling rule is, never what it reports: pledge, installed with the
# build's index, with none, and with one made from another dictionary, lints every shipped library, example
# and test file with the same output. A doctored index is believed, which shows that the index is read at all.
# A script, not a case: it installs the binary with three different indexes and compares the runs.
source "$(dirname "$0")/../script_setup.bash"
build=$(dirname "$(dirname "$pledge")")
index=$build/en_GB.spelling-index
[ -s "$index" ] || fail "no spelling index at $index (the build makes it with unmunch, Debian hunspell-tools)"

# An installed layout, as `cmake --install` makes it: the binary finds share/pledgekit beside its folder.
mkdir -p "$work/bin" "$work/share/pledgekit"
cp "$pledge" "$work/bin/pledge"
ln -s "$root/statements" "$work/share/pledgekit/statements"
installed_index=$work/share/pledgekit/en_GB.spelling-index

# Every lintable file in three runs (one per set of library folders), text and JSON, with exit statuses.
lint_everything() {
  local out=$1
  (
    cd "$root" || exit 1
    for format in text json; do
      for group in shipped test-libraries lint-tests; do
        case $group in
          shipped) args=(lint --format "$format" statements/*.yaml examples/*.pledge.yaml
                         tests/data/source-000-statements.yaml tests/data/libraries/*.yaml
                         tests/data/lint/clinic-basics.yaml tests/data/render/statements/*.yaml
                         tests/data/build/*.pledge.yaml) ;;
          test-libraries) args=(--library-path tests/data/libraries --library-path tests/data/render/statements
                                lint --format "$format" tests/data/*.pledge.yaml tests/data/diff/*.pledge.yaml
                                tests/data/organisation/*.pledge.yaml tests/data/organisation/wards/*.yaml
                                tests/data/render/*.pledge.yaml) ;;
          lint-tests) args=(--library-path tests/data/lint lint --format "$format" tests/data/lint/plain.pledge.yaml
                            tests/data/lint/jargon-error.pledge.yaml tests/data/lint/configured/team.pledge.yaml) ;;
        esac
        env -u PLEDGE_LIBRARY_PATH NO_COLOR=1 "$work/bin/pledge" "${args[@]}" >"$out.$group.$format" 2>&1
        echo "exit status $?" >>"$out.$group.$format"
      done
    done
  )
}

cp "$index" "$installed_index"
lint_everything "$work/with-index"
for f in "$work"/with-index.*; do
  grep -q '^exit status [01]$' "$f" || fail "$(basename "$f"): $(tail -3 "$f")"
done
grep -q "source-000-statements.yaml:25:221: error: unknown word 'dleay' \[spelling\]" "$work/with-index.shipped.text" ||
  fail "'dleay' not reported with the index"
grep -A1 "unknown word 'dleay'" "$work/with-index.shipped.text" | grep -q "did you mean 'delay'?" ||
  fail "no suggestion 'delay' for 'dleay' with the index"

rm "$installed_index"
lint_everything "$work/without-index"

# Made from another dictionary: the header's .dic digest differs in its last digit.
sed '1s/\(dic-sha256=[0-9a-f]*\)\([0-9a-f]\)\( \)/\1x\3/' "$index" >"$installed_index"
cmp -s "$index" "$installed_index" && fail "could not make a stale index"
lint_everything "$work/stale-index"

for run in without-index stale-index; do
  for f in "$work"/with-index.*; do
    other=$work/$run.${f#"$work"/with-index.}
    diff -u "$f" "$other" >"$work/diff" || { cat "$work/diff"; fail "$run differs from with-index"; }
  done
done

# The control: an index that wrongly lists "dleay" (with a header still naming the installed dictionary)
# silences the typo, so the runs above did read the index.
{
  head -1 "$index" | sed 's/ bytes=[0-9]*$//'
  tail -n +2 "$index" | { cat; echo dleay; } | LC_ALL=C sort
} >"$work/body"
bytes=$(tail -n +2 "$work/body" | wc -c)
{ head -1 "$work/body" | tr -d '\n'; echo " bytes=$bytes"; tail -n +2 "$work/body"; } >"$installed_index"
(cd "$root" && env -u PLEDGE_LIBRARY_PATH NO_COLOR=1 "$work/bin/pledge" lint tests/data/source-000-statements.yaml \
  >"$work/doctored" 2>&1)
grep -q "dleay" "$work/doctored" && fail "a doctored index listing 'dleay' was not read: $(cat "$work/doctored")"
grep -q "unknown word" "$work/with-index.shipped.text" || fail "no spelling findings at all"
echo "ok: $(cat "$work"/with-index.*.text | grep -c "\[spelling\]") spelling findings, the same with the index, without and with a stale one"
