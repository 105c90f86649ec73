#!/usr/bin/env bash
# Every file of tests/data/hostile/ (inputs that once hung a command, or cost far more than their size) ends
# in under 5 s with exit status 2 and an error naming the file, under every command that reads service
# files: resolve, lint, checklist and build; and the build writes nothing.
# A script, not a case: it bounds each run's time, which a case cannot, and runs each file under four commands.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
export PLEDGE_LIBRARY_PATH="$root/tests/data/libraries"

check() {  # FILE COMMAND...: the run ends in time with exit 2 and an error at the file
  local file=$1
  shift
  local start end status
  start=$(date +%s%N)
  timeout 5 "$pledge" "$@" >"$work/stdout" 2>"$work/stderr"
  status=$?
  end=$(date +%s%N)
  [ $status != 124 ] || fail "$* did not end within 5 s"
  [ $status = 2 ] || fail "$*: exit status $status, expected 2: $(head -c 300 "$work/stderr")"
  grep -q "^$file\(:[0-9]*\)*: error: " "$work/stderr" ||
    fail "$*: no error naming $file: $(head -c 300 "$work/stderr")"
  echo "$(( (end - start) / 1000000 )) ms: $*"
}

for file in tests/data/hostile/*.yaml; do
  case $file in
    *.pledge.yaml)
      check "$file" resolve "$file"
      check "$file" checklist "$file"
      check "$file" build "$file" -o "$work/out" -j 2
      [ ! -e "$work/out" ] || [ -z "$(ls -A "$work/out")" ] || fail "build $file wrote $(ls -A "$work/out")"
      ;;
  esac
  check "$file" lint "$file"
done
echo "ok"
