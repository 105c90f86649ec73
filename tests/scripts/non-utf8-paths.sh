#!/usr/bin/env bash
# File names that are not UTF-8 (any bytes are legal in a Linux file name) are written as \xHH in lint's JSON
# and SARIF and in the build manifest, which stay valid JSON; once they aborted the run (exit 134) after the
# PDFs were written, and the manifest was lost.
# A script, not a case: such a name cannot be kept in the repository's tests/cli folders portably.
source "$(dirname "$0")/../script_setup.bash"
export PLEDGE_LIBRARY_PATH="$root/tests/data/libraries"
cd "$work" || exit 1
name=$(printf 'typo\xfe.pledge.yaml')
# A typing slip in the service's own statement, so that a finding names the file.
sed 's/visit at any time/visit at any tmie/' "$root/tests/data/ward.pledge.yaml" >"$name"

for format in json sarif; do
  "$pledge" lint --format "$format" "$name" >"lint.$format" 2>"err"
  status=$?
  [ $status -le 1 ] || fail "lint --format $format: exit status $status: $(cat err)"
  python3 -m json.tool "lint.$format" >/dev/null || fail "lint --format $format: not valid JSON"
  grep -q 'typo\\\\xFE.pledge.yaml' "lint.$format" || fail "lint --format $format: the name is not escaped"
done

"$pledge" build "$name" -o "$(printf 'out\xff')" --manifest m.json --no-lint >/dev/null 2>err
status=$?
[ $status = 0 ] || fail "build --manifest: exit status $status: $(cat err)"
python3 -m json.tool m.json >/dev/null || fail "manifest: not valid JSON"
grep -q '"path": "out\\\\xFF/ward-7-older-adults/poster.pdf"' m.json || fail "manifest: $(head -c 300 m.json)"
echo "ok"
