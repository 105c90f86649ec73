#!/usr/bin/env bash
# Every character a PDF shows has a glyph in its font's code-to-glyph map (CIDToGIDMap), the highest one included:
# the map covers only the document's own characters (see CharactersOnlyCodeMap in lib/render/pdf_document.cpp),
# and pdftotext reads the ToUnicode map, so it would not notice a character drawn as an empty box.
# A script, not a case: it reads the PDFs' font maps with qpdf and Python, and their text with pdftotext.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
data=tests/data/render
for service in welsh-ward euro-sign; do
  "$pledge" --library-path "$data/statements" build --no-lint "$data/$service.pledge.yaml" -o "$work/$service" \
    >/dev/null 2>"$work/stderr" || fail "build of $service exited $?: $(cat "$work/stderr")"
done
for pdf in "$work"/welsh-ward/*/*.pdf "$work"/euro-sign/*/*.pdf; do
  doc=$(basename "$(dirname "$pdf")")-$(basename "$pdf" .pdf)
  qpdf --qdf --object-streams=disable "$pdf" "$work/$doc.qdf" || fail "qpdf could not rewrite $pdf"
  pdftotext "$pdf" "$work/$doc.txt" 2>/dev/null || fail "pdftotext $pdf"
  python3 - "$work/$doc.qdf" "$work/$doc.txt" >"$work/python.out" 2>&1 <<'PY' || fail "$doc: $(cat "$work/python.out")"
import re, sys
pdf = open(sys.argv[1], 'rb').read()
text = open(sys.argv[2], encoding='utf-8').read()

def stream(number):
    match = re.search(rb'\n%d 0 obj\n.*?stream\n' % number, pdf, re.S)
    end = pdf.index(b'\nendstream', match.end())
    return pdf[match.end():end]

maps = [stream(int(n)) for n in re.findall(rb'/CIDToGIDMap (\d+) 0 R', pdf)]
if len(maps) != 2:
    sys.exit(f'expected the maps of 2 fonts, found {len(maps)}')
shown = sorted({c for c in text if not c.isspace()})
def glyph(m, c):
    code = ord(c)
    return int.from_bytes(m[2 * code:2 * code + 2], 'big') if 2 * code + 2 <= len(m) else 0
missing = [c for c in shown if not any(glyph(m, c) for m in maps)]
if missing:
    sys.exit('no glyph for ' + ' '.join(f'U+{ord(c):04X}' for c in missing))
if not any(glyph(maps[i], shown[-1]) for i in range(2)):
    sys.exit('the highest character has no glyph')
PY
done
# The characters that matter are really on show.
grep -q "ŵ" "$work/ward-dewi-sant-ysbyty-glan-yr-afon-poster.txt" || fail "the Welsh poster lost its ŵ"
grep -q "€" "$work/tiny-team-clinic-a-poster.txt" || fail "the euro-sign poster lost its €"
echo "ok"
