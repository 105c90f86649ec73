#!/usr/bin/env bash
# Large service files as a process: a 100,000-statement file (8.9 MB, refused by the 250,000-value limit while
# it is parsed) and a 10,000-statement one (the most a list may hold), resolved and linted; wall time and peak
# memory (GNU time). Targets (issue 19): the refusal in under 5 s, and every file the limits accept under 100 MB.
set -eu
build=${1:-build}
pledge="$build/cli/pledge"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for count in 100000 10000; do
  python3 - "$work/s$count.pledge.yaml" "$count" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("service: Large\nlibraries: [ward-values]\nadd:\n")
    for i in range(int(sys.argv[2])):
        f.write(f"  - id: s{i}\n    group: caring\n    text: We answer call bell {i} quickly and kindly.\n")
PY
  for command in resolve lint; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$pledge" --library-path tests/data/libraries "$command" \
      "$work/s$count.pledge.yaml" >/dev/null 2>"$work/err" || true
    read -r seconds kilobytes < <(tail -1 "$work/time")
    outcome=$(grep -q "holds more than" "$work/err" && echo "refused" || echo "done")
    printf 'pledge %s of %d added statements: %s in %s s, peak %d MB\n' "$command" "$count" "$outcome" \
      "$seconds" $((kilobytes / 1024))
  done
done
