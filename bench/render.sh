#!/usr/bin/env bash
# PDF rendering: per-document time (in-process, median) and size for the examples, then the whole
# `pledge build` of one service as a process (target: under 50 ms).
set -eu
build=${1:-build}
"$build/bench/bench_render" 21
pledge="$build/cli/pledge"
service=examples/district-nursing.pledge.yaml
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "pledge build $service (all four PDFs), as a process:"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 3 --runs 20 -N "$pledge build $service -o $out --only poster,leaflet,checklist" \
    "$pledge build $service -o $out"
else
  for only in poster,leaflet,checklist poster,leaflet,checklist,worksheet; do
    times=()
    for _ in $(seq 21); do
      start=$(date +%s%N)
      "$pledge" build "$service" -o "$out" --only "$only" >/dev/null 2>&1
      times+=($(( ($(date +%s%N) - start) / 1000 )))
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 11p)
    printf '  --only %-36s median of 21: %d.%03d ms (target: under 50 ms)\n' "$only" $((median / 1000)) $((median % 1000))
  done
fi
