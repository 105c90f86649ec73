#!/usr/bin/env bash
# tools/make_spelling_index on a tiny dictionary: it keeps the forms hunspell accepts in every capitalisation
# the index answers for (a KEEPCASE word is dropped), sorts them bytewise, names the dictionary by SHA-256, says
# whether hyphenated words may be cut (not with a BREAK table of the dictionary's own), and writes nothing when
# given no words.
# A script, not a case: it runs tools/make_spelling_index and unmunch on a dictionary it writes, not pledge.
source "$(dirname "$0")/../script_setup.bash"
build=$(dirname "$(dirname "$pledge")")
maker=$(cd "$build" && pwd)/tools/make_spelling_index
[ -x "$maker" ] || fail "no $maker"
command -v unmunch >/dev/null || fail "no unmunch (Debian hunspell-tools)"
cd "$work"
printf 'SET UTF-8\nKEEPCASE K\nSFX S Y 1\nSFX S 0 s .\n' >tiny.aff
printf '5\ncare/S\nLondon\niPod/K\nnurse/KS\nzebra\n' >tiny.dic

unmunch tiny.dic tiny.aff 2>/dev/null | { cat; echo 'zebras'; printf 'care\tnoun\n'; } | "$maker" tiny.aff tiny.dic index \
  >report || fail "make_spelling_index failed: $(cat report)"
expected="pledgekit-spelling-index 1 aff-sha256=$(sha256sum <tiny.aff | cut -d' ' -f1) dic-sha256=$(sha256sum <tiny.dic | cut -d' ' -f1) hyphens=yes bytes=29
London
care
cares
iPod
zebra"
[ "$(cat index)" = "$expected" ] || fail "index differs:
$(diff <(echo "$expected") index)"
grep -q ": 5 words, .*hunspell refused 1, 2 more for a capitalised spelling" report ||
  fail "report: $(cat report)"

printf 'BREAK 0\n' >>tiny.aff
unmunch tiny.dic tiny.aff 2>/dev/null | "$maker" tiny.aff tiny.dic index2 >report || fail "second run failed"
head -1 index2 | grep -q ' hyphens=no bytes=' || fail "a dictionary with its own BREAK table: $(head -1 index2)"

"$maker" tiny.aff tiny.dic index3 </dev/null >report 2>&1 && fail "no words, yet it succeeded"
[ -e index3 ] && fail "no words, yet it wrote index3"
grep -q "no words on standard input" report || fail "message: $(cat report)"
echo ok
