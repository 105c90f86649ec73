#!/usr/bin/env bash
# `pledge checklist -o` refuses, with exit 2, an output that is the service file or a library it read, however
# the path is spelt, and leaves the input as it was.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
cp -r statements "$work/lib"
cp examples/district-nursing.pledge.yaml "$work/team.pledge.yaml"
cp "$work/team.pledge.yaml" "$work/team.before"
for output in "$work/team.pledge.yaml" "$work/lib/../team.pledge.yaml" "$work/lib/nice-patient-experience.yaml"; do
  for format in csv pdf; do
    cp "$work/lib/nice-patient-experience.yaml" "$work/library.before"
    "$pledge" --library-path "$work/lib" checklist "$work/team.pledge.yaml" --format "$format" -o "$output" \
      >/dev/null 2>"$work/stderr"
    [ $? = 2 ] || fail "checklist --format $format -o $output must exit 2"
    grep -qF "this input would be overwritten by the output $output; pledge never writes over its inputs" \
      "$work/stderr" || fail "unclear message: $(cat "$work/stderr")"
    cmp -s "$work/team.pledge.yaml" "$work/team.before" || fail "the service file was changed"
    cmp -s "$work/lib/nice-patient-experience.yaml" "$work/library.before" || fail "the library was changed"
  done
done
"$pledge" --library-path "$work/lib" checklist "$work/team.pledge.yaml" --format csv -o "$work/out.csv" ||
  fail "an ordinary output must be written"
[ -s "$work/out.csv" ] || fail "no checklist written"
echo "ok"
