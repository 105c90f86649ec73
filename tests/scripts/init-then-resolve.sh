#!/usr/bin/env bash
# `pledge init` writes a starter file that resolves as written, with every statement of the chosen libraries
# kept, and refuses to overwrite an existing file.
source "$(dirname "$0")/../script_setup.bash"
cd "$work" || exit 1

"$pledge" --library-path "$root/statements" init team.pledge.yaml --library nice-patient-experience \
  --library involvement-planning --service "Hydrotherapy – Pool Team" 2>stderr || fail "init exited $?: $(cat stderr)"
grep -q "Wrote team.pledge.yaml with 27 statements to go through" stderr || fail "unexpected message: $(cat stderr)"
grep -q "^  # - ref: nice-patient-experience/second-opinion$" team.pledge.yaml || fail "second-opinion not listed"
grep -q "^  #   text: Our patients are made aware that they can ask for a second opinion.$" team.pledge.yaml ||
  fail "statement text not listed"

"$pledge" --library-path "$root/statements" resolve team.pledge.yaml --format json >resolved.json ||
  fail "starter file does not resolve"
kept=$(grep -c '"status": "kept"' resolved.json)
[ "$kept" = 27 ] || fail "expected 27 kept statements, got $kept"

# Uncommenting an exclusion (the first listing of the ref, under exclude:) with a reason crosses it off.
sed -i '0,/^  # - ref: nice-patient-experience\/single-sex-accommodation$/s||  - ref: nice-patient-experience/single-sex-accommodation|' team.pledge.yaml
sed -i '/^  - ref: nice-patient-experience\/single-sex-accommodation$/{n;s|^  #   reason: $|    reason: No beds.|}' team.pledge.yaml
"$pledge" --library-path "$root/statements" resolve team.pledge.yaml --format json >resolved.json ||
  fail "edited starter file does not resolve"
grep -q '"reason": "No beds."' resolved.json || fail "exclusion not applied"

# A second init must not touch the edited file.
before=$(sha256sum team.pledge.yaml)
"$pledge" --library-path "$root/statements" init team.pledge.yaml --library nice-patient-experience --service X \
  2>stderr
status=$?
[ $status = 2 ] || fail "overwrite attempt exited $status, expected 2"
grep -q "team.pledge.yaml: error: already exists; pledge will not overwrite it" stderr || fail "message: $(cat stderr)"
[ "$(sha256sum team.pledge.yaml)" = "$before" ] || fail "existing file was modified"
[ "$(ls -A | sort | tr '\n' ' ')" = "resolved.json stderr team.pledge.yaml " ] || fail "stray files: $(ls -A)"

# Unknown libraries are refused with a suggestion and nothing is written.
"$pledge" --library-path "$root/statements" init other.pledge.yaml --library nice-patient-experiense --service X \
  2>stderr
[ $? = 2 ] || fail "unknown library accepted"
grep -q "did you mean 'nice-patient-experience'" stderr || fail "no suggestion: $(cat stderr)"
[ ! -e other.pledge.yaml ] || fail "file written despite the error"
echo "ok"
