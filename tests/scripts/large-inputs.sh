#!/usr/bin/env bash
# Oversized input is refused quickly with exit status 2 and a message naming the file: a statement of 1 MB (over
# the per-value limit) and a 50 MB file (over the file limit, refused before it is parsed).
# A script, not a case: its inputs (1 MB and 50 MB) are made when it runs; they are too large to keep in the
# repository.
source "$(dirname "$0")/../script_setup.bash"

{ printf 'service: Big\nlibraries: [ward-values]\nadd:\n  - id: huge\n    group: caring\n    text: '
  head -c 1048576 /dev/zero | tr '\0' 'a'; printf '\n'; } >"$work/statement.pledge.yaml"
"$pledge" --library-path "$root/tests/data/libraries" resolve "$work/statement.pledge.yaml" >/dev/null 2>"$work/err"
[ $? = 2 ] || fail "1 MB statement: expected exit 2"
grep -q "statement.pledge.yaml:6:11: error: 'text' in added statement is 1024 KiB long; a value may be at most 4000 bytes" \
  "$work/err" || fail "1 MB statement: $(head -c 300 "$work/err")"

{ printf 'service: Huge\nlibraries: [ward-values]\n'; head -c 52428800 /dev/zero | tr '\0' '#'; } >"$work/huge.pledge.yaml"
"$pledge" --library-path "$root/tests/data/libraries" resolve "$work/huge.pledge.yaml" >/dev/null 2>"$work/err"
[ $? = 2 ] || fail "50 MB file: expected exit 2"
grep -q "huge.pledge.yaml: error: file is larger than 16 MiB, the largest input accepted" "$work/err" ||
  fail "50 MB file: $(cat "$work/err")"
echo "ok"
