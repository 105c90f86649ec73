#!/usr/bin/env bash
# Libraries are found through --library-path first, then PLEDGE_LIBRARY_PATH, then the shipped statements/.
source "$(dirname "$0")/../script_setup.bash"
mkdir -p "$work/a" "$work/b"
lib() {  # folder, id, title
  printf 'library: %s\ntitle: %s\nsource: test\ngroups: [{id: g, title: G}]\nstatements: [{id: s, group: g, text: T.}]\n' \
    "$2" "$3" >"$1/$2.yaml"
}
lib "$work/a" local-values "From A"
lib "$work/b" local-values "From B"
lib "$work/b" only-in-b "Only B"

out=$(PLEDGE_LIBRARY_PATH="$work/b" "$pledge" --library-path "$work/a" list) || fail "list failed"
echo "$out" | grep -q "local-values .* From A" || fail "--library-path did not win: $out"
echo "$out" | grep -q "only-in-b" || fail "PLEDGE_LIBRARY_PATH not searched: $out"
echo "$out" | grep -q "nice-patient-experience" || fail "shipped libraries not searched: $out"

out=$(PLEDGE_LIBRARY_PATH="$work/b:$work/a" "$pledge" list) || fail "list failed"
echo "$out" | grep -q "local-values .* From B" || fail "PLEDGE_LIBRARY_PATH order not kept: $out"
echo "ok"
