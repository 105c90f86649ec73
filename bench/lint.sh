#!/usr/bin/env bash
# pledge lint over 50,000 statements on one core, with GNU style and diction on the same text for comparison;
# then `pledge lint` of one example as a process, as a CI step or an editor would run it.
set -eu
build=${1:-build}
if command -v taskset >/dev/null; then
  taskset -c 0 "$build/bench/bench_lint" 50000
else
  "$build/bench/bench_lint" 50000
fi
pledge="$build/cli/pledge"
service=examples/district-nursing.pledge.yaml
times=()
for _ in $(seq 21); do
  start=$(date +%s%N)
  "$pledge" lint "$service" >/dev/null 2>&1 || true
  times+=($(( ($(date +%s%N) - start) / 1000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 11p)
printf 'pledge lint %s, as a process: median of 21: %d.%03d ms (wall time)\n' "$service" $((median / 1000)) \
  $((median % 1000))

# A CI run over 1,000 service files with one broken (an unknown ref): one report, with the 999 others'
# findings and the broken file's error (issue 13). Kept library text is reported once for every service.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/services"
examples=(examples/*.pledge.yaml)
for i in $(seq 1000); do
  example=${examples[$((i % ${#examples[@]}))]}
  sed "s/^service: \(.*\)/service: \1 $i/" "$example" >"$work/services/service-$i.pledge.yaml"
done
sed -i 's|^  - ref: nice-patient-experience/\(.*\)|  - ref: nice-patient-experience/\1-typo|' "$work/services/service-500.pledge.yaml"
start=$(date +%s%N)
status=0
"$pledge" lint --format json "$work/services" >"$work/report.json" 2>/dev/null || status=$?
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
files=$(grep -c '"kind": "pledge"' "$work/report.json" || true)
findings=$(grep -c '"rule": ' "$work/report.json" || true)
errors=$(grep -c '"input": ' "$work/report.json" || true)
named=$(grep -c '"service": ' "$work/report.json" || true)
printf 'pledge lint of 1,000 service files, one broken: exit %d in %d.%03d s; %d services checked, %d findings naming %d service entries, %d errors of the broken file\n' \
  "$status" $((elapsed / 1000)) $((elapsed % 1000)) "$files" "$findings" "$named" "$errors"
