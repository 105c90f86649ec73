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
echo "pledge build $service, as a process (wall time, so other load on the machine counts):"
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
# Instruction counts do not depend on other load on the machine (valgrind runs the program about 50x slower).
if command -v valgrind >/dev/null; then
  count=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$pledge" build "$service" -o "$out" \
    --only poster,leaflet,checklist 2>&1 >/dev/null | sed -n 's/.*Collected : *//p')
  echo "  --only poster,leaflet,checklist: ${count:-?} instructions (callgrind)"
  # The poster alone against its 3 ms target, by instruction count: render_poster's inclusive count, scaled
  # by the old one-sheet poster's, 22.66M instructions measured the same way on the district nursing example
  # before issue 14 (main at cbebd6c), which took 1.89 ms in-process (bench-baseline.log).
  echo "render_poster, callgrind (pledge build --only poster), scaled at 1.89 ms per 22.66M instructions:"
  cg=$(mktemp)
  for service in examples/district-nursing tests/data/render/long-pledge tests/data/render/big-ward; do
    valgrind --tool=callgrind --callgrind-out-file="$cg" "$pledge" --library-path tests/data/render/statements \
      build --no-lint "$service.pledge.yaml" -o "$out" --only poster >/dev/null 2>&1
    poster=$(callgrind_annotate --inclusive=yes "$cg" 2>/dev/null | grep -m1 'render_poster(' | awk '{print $1}' | tr -d ,)
    if [ -n "$poster" ]; then
      awk -v n="$poster" -v s="$service" 'BEGIN { printf "  %-36s %6.1fM instructions = %.2f ms (target: 3 ms)\n", s, n / 1e6, n / 22.66e6 * 1.89 }'
    fi
  done
  # A Welsh and English poster against the same poster in each language alone: the Welsh ward of
  # tests/data/welsh (one sheet), and the same with 24 statements of its own on two A4 sheets (as
  # bench_render's). Each count includes reading the fixed-text file of each language, once per process.
  bilingual=$(mktemp --suffix=.pledge.yaml)
  {
    printf 'service: Ward 8\nlanguages: [cy, en-GB]\nlibraries: [bilingual-ward]\nposter: {size: A4}\n'
    printf 'staff: [Asha Patel, Tom Evans]\nadd:\n'
    for i in $(seq 24); do
      printf '  - id: step%s\n    group: talking\n    text: We explain each step of your care number %s before we start it.\n' "$i" "$i"
      printf "    translations:\n      cy: Byddwn yn esbonio pob cam o'ch gofal rhif %s cyn i ni ei ddechrau.\n" "$i"
    done
  } >"$bilingual"
  for service in tests/data/welsh/ward.pledge.yaml "$bilingual"; do
    name=tests/data/welsh/ward
    [ "$service" = "$bilingual" ] && name="ward of 28 statements"
    for language in "" en-GB cy; do
      valgrind --tool=callgrind --callgrind-out-file="$cg" "$pledge" --library-path tests/data/welsh \
        build --no-lint "$service" -o "$out" --only poster ${language:+--language "$language"} >/dev/null 2>&1
      poster=$(callgrind_annotate --inclusive=yes "$cg" 2>/dev/null | grep -m1 'render_poster(' | awk '{print $1}' | tr -d ,)
      if [ -n "$poster" ]; then
        awk -v n="$poster" -v s="$name, ${language:-cy and en-GB}" 'BEGIN { printf "  %-36s %6.1fM instructions = %.2f ms\n", s, n / 1e6, n / 22.66e6 * 1.89 }'
      fi
    done
  done
  rm -f "$bilingual"
  # The leaflet in English, and a Welsh and English ward's in both languages (twice the text, in one or the
  # other form), each with the fixed-text files it reads first in the process.
  echo "render_leaflet_with_layout, callgrind (pledge build --only leaflet), scaled the same way:"
  for service in examples/district-nursing tests/data/welsh/ward; do
    valgrind --tool=callgrind --callgrind-out-file="$cg" "$pledge" --library-path tests/data/welsh \
      build --no-lint "$service.pledge.yaml" -o "$out" --only leaflet >/dev/null 2>&1
    leaflet=$(callgrind_annotate --inclusive=yes "$cg" 2>/dev/null | grep -m1 'render_leaflet_with_layout(' | awk '{print $1}' | tr -d ,)
    if [ -n "$leaflet" ]; then
      awk -v n="$leaflet" -v s="$service" 'BEGIN { printf "  %-36s %6.1fM instructions = %.2f ms\n", s, n / 1e6, n / 22.66e6 * 1.89 }'
    fi
  done
  # The 10 ms target by instruction count, which another machine's speed does not change: bench_render's
  # "from fresh options" figure (fonts loaded, characters checked, every word shaped, the three documents
  # made), three times in bench_render_profile. The issue set 10 ms where main took 8.0 ms (cbebd6c, before
  # issue 14), so the target is 10/8 of what cbebd6c took, measured the same way: 93.77M instructions for
  # district nursing, 58.25M for district-nursing-admin (the other two did not fit cbebd6c's one-sheet poster).
  echo "poster + leaflet + checklist from fresh options, callgrind (bench_render_profile SERVICE fresh 3):"
  for service in examples/district-nursing examples/district-nursing-admin tests/data/render/big-ward \
    tests/data/render/long-pledge; do
    valgrind --tool=callgrind --callgrind-out-file="$cg" "$build/bench/bench_render_profile" \
      "$service.pledge.yaml" fresh 3 tests/data/render/statements >/dev/null 2>&1
    fresh=$(callgrind_annotate --inclusive=yes "$cg" 2>/dev/null | grep -m1 'measured_fresh(' | awk '{print $1}' | tr -d ,)
    case $service in
      examples/district-nursing) before=93.77e6 ;;
      examples/district-nursing-admin) before=58.25e6 ;;
      *) before= ;;
    esac
    if [ -n "$fresh" ]; then
      awk -v n="$fresh" -v b="$before" -v s="$service" 'BEGIN {
        printf "  %-36s %6.1fM instructions per run", s, n / 3e6
        if (b != "") printf " (target: %.1fM, 10/8 of cbebd6c'"'"'s %.1fM)", b * 1.25 / 1e6, b / 1e6
        printf "\n" }'
    fi
  done
  rm -f "$cg"
fi
