#!/usr/bin/env bash
# `pledge build` options: --only writes just the documents named; --font with another TrueType font embeds that
# font, and --font again adds another. (A missing font and a file that is not a font: tests/cli/build-font-missing,
# build-font-not-truetype.)
# A script, not a case: it lists the folder of PDFs written and reads their fonts with pdffonts.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
service=examples/district-nursing-admin.pledge.yaml

"$pledge" build "$service" -o "$work/only" --only poster,checklist >"$work/stdout" 2>"$work/stderr" ||
  fail "--only build failed: $(cat "$work/stderr")"
ls "$work/only"/*/ | sort | tr '\n' ' ' >"$work/files"
[ "$(cat "$work/files")" = "checklist.pdf poster.pdf " ] || fail "--only poster,checklist wrote: $(cat "$work/files")"

dejavu=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
"$pledge" build "$service" -o "$work/dejavu" --only poster --font "$dejavu" >/dev/null 2>"$work/stderr" ||
  fail "--font $dejavu failed: $(cat "$work/stderr")"
fonts=$(pdffonts "$work"/dejavu/*/poster.pdf 2>/dev/null)
grep -q "+DejaVuSans " <<<"$fonts" || fail "DejaVu Sans not embedded: $fonts"
grep -q "+DejaVuSans-Bold " <<<"$fonts" || fail "the bold sibling DejaVuSans-Bold.ttf not used: $fonts"
grep -q "Liberation" <<<"$fonts" && fail "Liberation Sans used though DejaVu Sans has every character: $fonts"

# A second --font is tried after the first: a damaged one is refused too, by name, before anything is written.
printf 'not a font' >"$work/fake.ttf"
"$pledge" build "$service" -o "$work/two" --font "$dejavu" --font "$work/fake.ttf" >/dev/null 2>"$work/stderr"
[ $? = 2 ] || fail "a bad second font must exit 2"
grep -qF "cannot use font '$work/fake.ttf'" "$work/stderr" || fail "the second font was not checked: $(cat "$work/stderr")"
[ ! -e "$work/two" ] || fail "output written despite a bad second font"
echo "ok"
