#!/usr/bin/env bash
# `pledge build` options: --only writes just the documents named; --font with another TrueType font embeds that
# font. (A missing font and a file that is not TrueType: tests/cli/build-font-missing, build-font-not-truetype.)
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
grep -q "+DejaVuSans,Book" <<<"$fonts" || fail "DejaVu Sans not embedded: $fonts"
grep -q "DejaVuSans-Bold" <<<"$fonts" || fail "the bold sibling DejaVuSans-Bold.ttf not used: $fonts"
echo "ok"
