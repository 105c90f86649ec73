#!/usr/bin/env bash
# The text engine (bench/text_engine.cpp): shaping cost per word, line breaking, kerning, a document's fonts
# embedded, a poster's text work against the whole poster, subset sizes; then the same work in instructions
# (callgrind), which other load on the machine does not change.
set -eu
build=${1:-build}
bench="$build/bench/bench_text_engine"
"$bench"
if command -v valgrind >/dev/null; then
  echo "instructions per run (callgrind, 11 runs less 1):"
  for work in engine-fonts engine-poster-text engine-poster-text-shared-words poster poster-shared-words; do
    count() {
      valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" --run "$work" "$1" 2>&1 |
        sed -n 's/.*Collected : *//p'
    }
    one=$(count 1)
    eleven=$(count 11)
    printf '  %-32s %12d\n' "$work" $(( (eleven - one) / 10 ))
  done
fi
