#!/usr/bin/env bash
# What `pledge resolve --format yaml` writes reads back, with a YAML 1.1 reader (PyYAML, as other programs
# use), to the same values as its JSON: for every example, and for values a plain scalar would turn into a
# number, a boolean, null or a date (tests/data/tricky-values.pledge.yaml: version 2.10 once read back as 2.1).
# A script, not a case: it compares two outputs of each file with a second YAML reader.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
for file in examples/*.pledge.yaml tests/data/ward.pledge.yaml tests/data/tricky-values.pledge.yaml; do
  "$pledge" --library-path tests/data/libraries resolve --format json "$file" >"$work/json" || fail "$file: json"
  "$pledge" --library-path tests/data/libraries resolve --format yaml "$file" >"$work/yaml" || fail "$file: yaml"
  python3 - "$work/json" "$work/yaml" <<'PY' || fail "$file: the YAML does not read back to the JSON's values"
import json, sys, yaml
with open(sys.argv[1]) as j, open(sys.argv[2]) as y:
    expected, got = json.load(j), yaml.safe_load(y)
if expected != got:
    for key in expected:
        if expected[key] != got.get(key):
            print(f"{key}: {expected[key]!r} != {got.get(key)!r}"[:300])
    sys.exit(1)
PY
done
echo "ok"
