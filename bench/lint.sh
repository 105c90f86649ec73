#!/usr/bin/env bash
# pledge lint over 50,000 statements on one core, with GNU style and diction on the same text for comparison.
set -eu
build=${1:-build}
if command -v taskset >/dev/null; then
  taskset -c 0 "$build/bench/bench_lint" 50000
else
  "$build/bench/bench_lint" 50000
fi
