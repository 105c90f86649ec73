#!/usr/bin/env bash
# `pledge build` over many services: folders as input, the lint gate, a bad service among good ones, --fail-fast,
# --incremental, --manifest, and byte-identical output across -j values. A script, not a case: runs depend on
# the ones before (--incremental, a library or font changed between them), the summary gives the time taken,
# and the PDFs written are compared. (--strict, and outputs that would overwrite inputs: tests/cli/
# build-strict-blocks-on-library-warnings, build-output-over-input, build-manifest-over-library.)
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
build() { env -u PLEDGE_LIBRARY_PATH -u SOURCE_DATE_EPOCH NO_COLOR=1 "$pledge" "$@"; }

# A folder of services drawing on a copy of the shipped libraries: two good, one with a misspelling (blocked by
# lint), and one that is not valid YAML (bad input).
cp -r statements "$work/lib"
mkdir -p "$work/in/sub"
good() {
  printf 'service: %s\naudience: Patients\nlibraries: [nice-patient-experience]\n' "$1"
}
good "Team One" >"$work/in/one.pledge.yaml"
good "Team Two" >"$work/in/sub/pledge.yaml"
{ good "Team Typo"; printf 'add:\n  - id: own\n    group: %s\n    text: We alwayz listen to you.\n' \
    "$(awk '/^  - id:/ {print $3; exit}' statements/nice-patient-experience.yaml)"; } >"$work/in/typo.pledge.yaml"
printf 'service: [Team Bad\n' >"$work/in/bad.pledge.yaml"
lib=(--library-path "$work/lib")

# Folder input: every *.pledge.yaml and pledge.yaml below, sorted; each failure reported; exit 2 for bad input.
build "${lib[@]}" build "$work/in" -o "$work/out" --only leaflet -j 2 >"$work/stdout" 2>"$work/stderr"
status=$?
[ $status = 2 ] || fail "bad input among good must exit 2, got $status: $(cat "$work/stderr")"
grep -q "^$work/in/bad.pledge.yaml:2:1: error: " "$work/stderr" || fail "bad service not reported: $(cat "$work/stderr")"
grep -q "^$work/in/typo.pledge.yaml:7:14: error: unknown word .alwayz. \[spelling\]" "$work/stderr" ||
  fail "lint finding not reported with its place: $(cat "$work/stderr")"
grep -qx "pledge build: 2 built, 0 skipped, 1 blocked by lint, 1 failed in [0-9.]* s" "$work/stderr" ||
  fail "summary: $(tail -1 "$work/stderr")"
printf '%s\n' "$work/out/team-one/leaflet.pdf" "$work/out/team-two/leaflet.pdf" | cmp -s - "$work/stdout" ||
  fail "stdout should list the two leaflets in input order: $(cat "$work/stdout")"
[ ! -e "$work/out/team-typo" ] || fail "blocked service was written"

# Lint gate alone: exit 1 with the findings, the others built; --no-lint builds it.
rm "$work/in/bad.pledge.yaml"
build "${lib[@]}" build "$work/in" -o "$work/out" --only leaflet -q >/dev/null 2>"$work/stderr"
[ $? = 1 ] || fail "a service blocked by lint must exit 1: $(cat "$work/stderr")"
grep -q "typo.pledge.yaml: not built: 1 lint finding blocks it" "$work/stderr" || fail "$(cat "$work/stderr")"
build "${lib[@]}" build "$work/in" -o "$work/out" --only leaflet --no-lint -q >/dev/null 2>&1 || fail "--no-lint"
[ -s "$work/out/team-typo/leaflet.pdf" ] || fail "--no-lint did not build the service"

# --fail-fast: the first failure stops the batch.
printf 'service: [Team Bad\n' >"$work/in/a-bad.pledge.yaml"
build "${lib[@]}" build "$work/in" -o "$work/ff" --only leaflet -j 1 --fail-fast >/dev/null 2>"$work/stderr"
[ $? = 2 ] || fail "--fail-fast exit status"
grep -q ", 3 not started in" "$work/stderr" || fail "--fail-fast summary: $(tail -1 "$work/stderr")"
[ ! -e "$work/ff" ] || fail "--fail-fast built something after the failure: $(find "$work/ff")"
rm "$work/in/a-bad.pledge.yaml" "$work/in/typo.pledge.yaml"

# --incremental: a second run skips both; touching (changing) a library rebuilds them; the manifest lists every
# file with its size and SHA-256 as sha256sum computes them, marking the ones left as they were.
build "${lib[@]}" build "$work/in" -o "$work/inc" --incremental >/dev/null 2>&1 || fail "first incremental build"
build "${lib[@]}" build "$work/in" -o "$work/inc" --incremental --manifest "$work/m.json" >"$work/stdout" 2>"$work/stderr" ||
  fail "second incremental build"
grep -q "0 built, 2 skipped" "$work/stderr" || fail "second run should skip: $(tail -1 "$work/stderr")"
[ ! -s "$work/stdout" ] || fail "nothing is written on a skip: $(cat "$work/stdout")"
[ "$(grep -c '"current": true' "$work/m.json")" = 12 ] || fail "manifest should mark 12 files (2 services, 6 documents each) current: $(cat "$work/m.json")"
echo "# a comment" >>"$work/lib/nice-patient-experience.yaml"
build "${lib[@]}" build "$work/in" -o "$work/inc" --incremental --manifest "$work/m.json" >"$work/stdout" 2>"$work/stderr" ||
  fail "third incremental build"
grep -q "2 built, 0 skipped" "$work/stderr" || fail "a changed library must rebuild: $(tail -1 "$work/stderr")"
[ "$(wc -l <"$work/stdout")" = 12 ] || fail "12 files written: $(cat "$work/stdout")"
python3 - "$work/m.json" >"$work/manifest.sums" <<'PY' || fail "manifest is not the expected JSON"
import json, sys
for f in json.load(open(sys.argv[1]))["files"]:
    assert "current" not in f
    print(f"{f['sha256']}  {f['path']}")
    import os
    assert os.path.getsize(f["path"]) == f["size"], f
PY
[ "$(wc -l <"$work/manifest.sums")" = 12 ] || fail "manifest should list 12 files"
sha256sum --quiet -c "$work/manifest.sums" || fail "manifest hashes differ from sha256sum"
ls -A "$work/inc/team-one" | grep -q '^\.pledge-build$' || fail "no stamp beside the outputs"
# A font is known by its path, size and modification time: the same font skips, a touched one rebuilds.
cp /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf "$work/Face.ttf"
build "${lib[@]}" build "$work/in" -o "$work/fonts" --font "$work/Face.ttf" --incremental >/dev/null 2>&1 || fail "font build"
build "${lib[@]}" build "$work/in" -o "$work/fonts" --font "$work/Face.ttf" --incremental >/dev/null 2>"$work/stderr"
grep -q "0 built, 2 skipped" "$work/stderr" || fail "the same font should skip: $(tail -1 "$work/stderr")"
touch -d "2001-01-01" "$work/Face.ttf"
build "${lib[@]}" build "$work/in" -o "$work/fonts" --font "$work/Face.ttf" --incremental >/dev/null 2>"$work/stderr"
grep -q "2 built, 0 skipped" "$work/stderr" || fail "a changed font must rebuild: $(tail -1 "$work/stderr")"

# Determinism across -j: the examples built with -j 1 and -j 2 are byte-identical, file for file.
build build examples -o "$work/j1" -j 1 -q >"$work/j1.list" 2>/dev/null || fail "examples -j 1"
build build examples -o "$work/j2" -j 2 -q >"$work/j2.list" 2>/dev/null || fail "examples -j 2"
cmp -s "$work/j1.list" <(sed "s|$work/j2|$work/j1|" "$work/j2.list") || fail "-j 1 and -j 2 list different files"
[ "$(wc -l <"$work/j1.list")" = 36 ] || fail "expected 36 documents from the six examples"
while read -r file; do
  cmp "$file" "${file/$work\/j1/$work/j2}" || fail "$file differs between -j 1 and -j 2"
done <"$work/j1.list"
echo "ok"
