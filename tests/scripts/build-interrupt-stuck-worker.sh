#!/usr/bin/env bash
# A build whose worker is stuck where it never looks at the cancel flag (blocked opening a library that is a
# named pipe no one writes) still stops within a second of SIGINT or SIGTERM, dies of the signal, and leaves
# no temporary file; the other service's PDFs, written before the signal, are complete.
# A script, not a case: it sends a signal to a running build and times how long it takes to die.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
set -m  # job control: a background job keeps SIGINT, as it would at a terminal

mkdir -p "$work/libraries" "$work/in"
cp tests/data/libraries/ward-values.yaml "$work/libraries/"
mkfifo "$work/libraries/stuck.yaml"
printf 'service: Stuck\nlibraries: [stuck]\n' >"$work/in/a-stuck.pledge.yaml"
cp tests/data/ward.pledge.yaml "$work/in/b-ward.pledge.yaml"

for signal in INT TERM; do
  out="$work/out-$signal"
  "$pledge" --library-path "$work/libraries" build "$work/in" -o "$out" -j 2 --no-lint >/dev/null \
    2>"$work/stderr" &
  pid=$!
  # The ward's PDFs are written while the other worker waits on the pipe.
  for _ in $(seq 1 100); do
    [ "$(find "$out" -name '*.pdf' 2>/dev/null | wc -l)" -ge 4 ] && break
    sleep 0.1
  done
  [ "$(find "$out" -name '*.pdf' 2>/dev/null | wc -l)" -ge 4 ] || fail "SIG$signal: the ward was not built"
  start=$(date +%s%N)
  kill -"$signal" "$pid"
  wait "$pid"
  status=$?
  took=$(( ($(date +%s%N) - start) / 1000000 ))
  number=$(kill -l "$signal")
  [ "$status" = $((128 + number)) ] || fail "SIG$signal: exit status $status, expected $((128 + number))"
  [ "$took" -lt 1000 ] || fail "SIG$signal: took $took ms to stop"
  grep -q "(interrupted)" "$work/stderr" || fail "SIG$signal: nothing said it was interrupted: $(tail -3 "$work/stderr")"
  leftovers=$(find "$out" -name '.*.??????')
  [ -z "$leftovers" ] || fail "SIG$signal: temporary files left: $leftovers"
  find "$out" -name '*.pdf' -print0 | while IFS= read -r -d '' pdf; do
    qpdf --check "$pdf" >/dev/null 2>&1 || { echo "FAIL: SIG$signal: $pdf is not a complete PDF"; exit 1; }
  done || exit 1
  echo "SIG$signal: stopped in $took ms"
done
echo "ok"
