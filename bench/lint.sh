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
