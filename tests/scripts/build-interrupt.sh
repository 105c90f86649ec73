#!/usr/bin/env bash
# An interrupted build (SIGINT, then SIGTERM) dies of the signal and leaves no partial PDF and no temporary file:
# every PDF present is complete (qpdf --check) and nothing named .*.XXXXXX remains.
# A script, not a case: it sends SIGINT and SIGTERM to a running build and checks every PDF left with qpdf.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
set -m  # job control: a background job keeps SIGINT, as it would at a terminal

# Enough services that the build is still running when the signal comes.
mkdir -p "$work/in"
for i in $(seq 1 25); do
  for example in examples/*.pledge.yaml; do
    sed "s/^service: \(.*\)$/service: \1 $i/" "$example" >"$work/in/$i-$(basename "$example")"
  done
done

for signal in INT TERM; do
  out="$work/out-$signal"
  env -u PLEDGE_LIBRARY_PATH "$pledge" build "$work/in" -o "$out" -j 2 --no-lint >/dev/null 2>"$work/stderr" &
  pid=$!
  # Wait until some output exists, so that the signal lands mid-batch.
  for _ in $(seq 1 100); do
    [ -n "$(find "$out" -name '*.pdf' 2>/dev/null | head -1)" ] && break
    sleep 0.1
  done
  kill -"$signal" "$pid"
  wait "$pid"
  status=$?
  number=$(kill -l "$signal")
  [ "$status" = $((128 + number)) ] || fail "SIG$signal: exit status $status, expected $((128 + number))"
  grep -q "(interrupted)" "$work/stderr" || fail "SIG$signal: no summary saying it was interrupted: $(tail -3 "$work/stderr")"
  written=$(find "$out" -name '*.pdf' | wc -l)
  [ "$written" -gt 0 ] || fail "SIG$signal: nothing was built before the signal"
  [ "$written" -lt $((25 * 6 * 4)) ] || fail "SIG$signal: the build finished before the signal"
  leftovers=$(find "$out" -name '.*.??????' -o -name '*.tmp')
  [ -z "$leftovers" ] || fail "SIG$signal: temporary files left: $leftovers"
  find "$out" -name '*.pdf' -print0 | while IFS= read -r -d '' pdf; do
    qpdf --check "$pdf" >/dev/null 2>&1 || { echo "FAIL: SIG$signal: $pdf is not a complete PDF"; exit 1; }
  done || exit 1
done
echo "ok"
