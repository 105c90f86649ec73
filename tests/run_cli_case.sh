#!/usr/bin/env bash
# Runs one end-to-end case: bash run_cli_case.sh PLEDGE_BINARY CASE_DIR. A case is a folder under tests/cli/:
#
#   args     the arguments, one per line, taken literally (no quoting, no globs)           required
#   env      NAME=VALUE lines to set, `unset NAME` lines to unset (# starts a comment)        optional
#   cwd      the folder to run in: relative to the repository root, or @WORK@[/...]          default: the root
#   stdin    what to feed to standard input                                               default: /dev/null
#   copy     FROM TO lines: the repository's file or folder FROM copied to @WORK@/TO         optional
#   files/   copied into @WORK@ after copy (it may add files to a folder copied)             optional
#   stdout, stderr, status  what the run must print and exit with              missing: empty output, status 0
#   expected/  the files the run must write into @WORK@, compared byte for byte              optional
#
# Every run gets a new, empty scratch folder: @WORK@. In args, env, cwd and stdin, @WORK@ stands for its path
# and @ROOT@ for the repository root's; in what the run prints, those paths are written back as @WORK@ and
# @ROOT@ before comparing, so that expected output does not depend on where the tests run. The environment is
# the caller's without PLEDGE_LIBRARY_PATH and SOURCE_DATE_EPOCH, with NO_COLOR=1, then the case's env.
#
# After the run, @WORK@ must hold what copy and files/ put there, unchanged, plus exactly the files of
# expected/: an input changed or removed, a file written that expected/ does not list (a temporary file left
# behind, say), or an expected file missing or different fails the case.
#
# PLEDGE_UPDATE_EXPECTED=1 writes stdout, stderr, status and expected/ (the files the run wrote) from the run
# instead of comparing: read the diff before committing.
set -u
pledge=$1
case_dir=$(cd "$2" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
name=$(basename "$case_dir")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
work=$scratch/work      # @WORK@
actual=$scratch/actual  # what the run printed
mkdir -p "$work" "$actual"
problems=()
problem() { problems+=("$*"); }

# @WORK@ and @ROOT@ in a case's own text become the paths, and the other way round in what the run printed.
expand() { local text=${1//@WORK@/$work}; printf '%s' "${text//@ROOT@/$root}"; }
expand_stream() { sed -e "s|@WORK@|$work|g" -e "s|@ROOT@|$root|g"; }
placeholders() { sed -e "s|$work|@WORK@|g" -e "s|$root|@ROOT@|g" "$1" >"$1.tmp" && mv "$1.tmp" "$1"; }
lines() { [ -f "$1" ] && grep -v -e '^#' -e '^[[:space:]]*$' "$1"; }

# Inputs into @WORK@: copy first, then files/, which may add to a folder copied.
while read -r from to; do
  [ -n "$to" ] && [ ! -e "$work/$to" ] || { echo "$name/copy: each line is 'FROM TO', each TO new"; exit 1; }
  mkdir -p "$(dirname "$work/$to")"
  cp -R "$(expand "$root/$from")" "$work/$to" || { echo "$name/copy: cannot copy $from"; exit 1; }
done < <(lines "$case_dir/copy")
[ -d "$case_dir/files" ] && cp -R "$case_dir/files/." "$work/"
# Every file in @WORK@ before the run, with its checksum: what the run must leave as it was.
inventory() { (cd "$work" && find . \( -type f -o -type l \) -print0 | xargs -0 -r sha256sum | LC_ALL=C sort); }
inventory >"$scratch/before"

# The run.
unsets=(-u PLEDGE_LIBRARY_PATH -u SOURCE_DATE_EPOCH)  # env takes every -u before the first NAME=VALUE
settings=(NO_COLOR=1)
while read -r line; do
  case $line in
    unset\ *) unsets+=(-u "${line#unset }") ;;
    *=*) settings+=("$(expand "$line")") ;;
    *) echo "$name/env: '$line' is neither NAME=VALUE nor 'unset NAME'"; exit 1 ;;
  esac
done < <(lines "$case_dir/env")
directory=$root
[ -f "$case_dir/cwd" ] && directory=$(expand "$(head -1 "$case_dir/cwd")") && [[ $directory != /* ]] &&
  directory=$root/$directory
args=()
while IFS= read -r arg; do args+=("$(expand "$arg")"); done <"$case_dir/args"
input=/dev/null
if [ -f "$case_dir/stdin" ]; then
  input=$scratch/stdin
  expand_stream <"$case_dir/stdin" >"$input"
fi
(cd "$directory" && env "${unsets[@]}" "${settings[@]}" "$pledge" "${args[@]}") <"$input" >"$actual/stdout" 2>"$actual/stderr"
echo $? >"$actual/status"
placeholders "$actual/stdout"
placeholders "$actual/stderr"

# What the run wrote (files new or changed) and removed, as paths relative to @WORK@.
inventory >"$scratch/after"
paths() { sed 's|^[0-9a-f]*  \./||' | LC_ALL=C sort; }
written=$(LC_ALL=C comm -13 "$scratch/before" "$scratch/after" | paths)
removed=$(LC_ALL=C comm -23 <(paths <"$scratch/before") <(paths <"$scratch/after"))

if [ "${PLEDGE_UPDATE_EXPECTED:-}" = 1 ]; then
  for f in stdout stderr; do
    if [ -s "$actual/$f" ]; then cp "$actual/$f" "$case_dir/$f"; else rm -f "$case_dir/$f"; fi
  done
  if [ "$(cat "$actual/status")" = 0 ]; then rm -f "$case_dir/status"; else cp "$actual/status" "$case_dir/status"; fi
  rm -rf "$case_dir/expected"
  while IFS= read -r file; do
    [ -n "$file" ] || continue
    mkdir -p "$(dirname "$case_dir/expected/$file")"
    cp "$work/$file" "$case_dir/expected/$file"
  done <<<"$written"
  [ -z "$removed" ] || echo "$name: the run removed inputs (not recorded): $removed"
  exit 0
fi

failed=0
for f in stdout stderr status; do
  expected="$case_dir/$f"
  if [ ! -f "$expected" ]; then
    expected=$scratch/empty-$f
    if [ "$f" = status ]; then echo 0 >"$expected"; else : >"$expected"; fi
  fi
  if ! diff -u --label "expected $f" --label "actual $f" "$expected" "$actual/$f"; then failed=1; fi
done

# Written files: each must be in expected/, and each file there must have been written with the same bytes.
while IFS= read -r file; do
  [ -z "$file" ] || [ -f "$case_dir/expected/$file" ] && continue
  if grep -qxF "$file" <(paths <"$scratch/before"); then problem "changed an input: $file"
  else problem "wrote $file, which expected/ does not list"; fi
done <<<"$written"
if [ -d "$case_dir/expected" ]; then
  while IFS= read -r -d '' file; do
    file=${file#./}
    if [ ! -f "$work/$file" ]; then
      problem "did not write $file (expected/$file)"
    elif ! cmp -s "$case_dir/expected/$file" "$work/$file"; then
      diff -u --label "expected/$file" --label "written $file" "$case_dir/expected/$file" "$work/$file" | head -40
      problem "wrote $file, which differs from expected/$file"
    fi
  done < <(cd "$case_dir/expected" && find . -type f -print0)
fi
while IFS= read -r file; do [ -z "$file" ] || problem "removed an input: $file"; done <<<"$removed"
for p in "${problems[@]}"; do echo "$name: $p"; failed=1; done
exit $failed
