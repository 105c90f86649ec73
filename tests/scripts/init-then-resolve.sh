#!/usr/bin/env bash
# The starter file `pledge init` writes resolves as written, with every statement of the chosen libraries kept,
# and uncommenting an exclusion in it crosses that statement off. A script, not a case: each run reads what the
# one before wrote. (What init writes and says, and its refusals: tests/cli/init-writes-starter-file,
# init-refuses-existing-file, init-unknown-library.)
source "$(dirname "$0")/../script_setup.bash"
cd "$work" || exit 1

"$pledge" --library-path "$root/statements" init team.pledge.yaml --library nice-patient-experience \
  --library involvement-planning --service "Hydrotherapy – Pool Team" 2>stderr || fail "init exited $?: $(cat stderr)"

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

echo "ok"
