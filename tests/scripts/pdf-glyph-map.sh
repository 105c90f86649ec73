#!/usr/bin/env bash
# Every glyph a PDF shows is in its font's embedded subset: no content stream draws glyph 0 (.notdef, an empty
# box), and every glyph id drawn has an entry in its font's code-to-glyph map (CIDToGIDMap, which maps the full
# font's ids to the subset's). pdftotext reads the ToUnicode map, so it would not notice a character drawn as
# an empty box.
# A script, not a case: it reads the PDFs' content streams and font maps with qpdf and Python, and their text with
# pdftotext.
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
  python3 - "$work/$doc.qdf" >"$work/python.out" 2>&1 <<'PY' || fail "$doc: $(cat "$work/python.out")"
import re, sys
pdf = open(sys.argv[1], 'rb').read()

def body(number):
    match = re.search(rb'\n%d 0 obj\n(.*?)\nendobj' % number, pdf, re.S)
    return match.group(1)

def stream(number):
    text = body(number)
    start = text.index(b'stream\n') + 7
    return text[start:text.rindex(b'endstream')].rstrip(b'\n')

def parse_literal(content, i):
    """The bytes of the literal string starting at content[i] == '(', and the index after it."""
    value, depth, i = bytearray(), 1, i + 1
    while True:
        b = content[i]
        if b == 0x5C:  # backslash
            nxt = content[i + 1]
            value.append({ord('n'): 10, ord('r'): 13}.get(nxt, nxt))
            i += 2
            continue
        if b == 0x28:
            depth += 1
        elif b == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(value), i + 1
        value.append(b)
        i += 1

def glyph_strings(content):
    """Each (font resource, string bytes) of the TJ arrays, in order (qpdf may rewrite strings as hex)."""
    out, font, i = [], None, 0
    while i < len(content):
        c = content[i:i + 1]
        if c == b'/':
            name = re.match(rb'/(\S+) [\d.]+ Tf', content[i:])
            if name:
                font = name.group(1).decode()
            i += 1
        elif c == b'(':
            _, i = parse_literal(content, i)  # outside a TJ array: none are written
        elif c == b'[':
            i += 1
            while content[i:i + 1] != b']':
                if content[i:i + 1] == b'(':
                    value, i = parse_literal(content, i)
                    out.append((font, value))
                elif content[i:i + 1] == b'<':
                    end = content.index(b'>', i)
                    out.append((font, bytes.fromhex(re.sub(rb'\s', b'', content[i + 1:end]).decode())))
                    i = end + 1
                else:
                    i += 1
            i += 1
        elif c == b'<':
            i = content.index(b'>', i + 2 if content[i:i + 2] == b'<<' else i) + 1
        else:
            i += 1
    return out

pages = [int(n) for n in re.findall(rb'\n(\d+) 0 obj\n<<\n(?:  [^\n]*\n)*?  /Type /Page\n', pdf)]
if not pages:
    sys.exit('no pages found')
drawn = 0
for page in pages:
    text = body(page)
    fonts = {m.group(1).decode(): int(m.group(2)) for m in re.finditer(rb'/(F\d+) (\d+) 0 R', text)}
    maps = {}
    for name, number in fonts.items():
        descendant = int(re.search(rb'/DescendantFonts \[\s*(\d+) 0 R', body(number)).group(1))
        map_ref = re.search(rb'/CIDToGIDMap (\d+) 0 R', body(descendant))
        if not map_ref:
            sys.exit(f'font {name} has no CIDToGIDMap stream')
        maps[name] = stream(int(map_ref.group(1)))
    contents = [int(n) for n in re.findall(rb'/Contents (\d+) 0 R', text)]
    for number in contents:
        for font, value in glyph_strings(stream(number)):
            if font not in maps:
                sys.exit(f'text in font {font}, which the page does not name')
            for at in range(0, len(value) - 1, 2):
                glyph = int.from_bytes(value[at:at + 2], 'big')
                drawn += 1
                if glyph == 0:
                    sys.exit(f'glyph 0 (.notdef) drawn in font {font}')
                m = maps[font]
                if 2 * glyph + 2 > len(m) or int.from_bytes(m[2 * glyph:2 * glyph + 2], 'big') == 0:
                    sys.exit(f'glyph {glyph} of font {font} is not in its subset')
if drawn == 0:
    sys.exit('no glyphs drawn')
PY
done
# The characters that matter are really on show.
grep -q "ŵ" "$work/ward-dewi-sant-ysbyty-glan-yr-afon-poster.txt" || fail "the Welsh poster lost its ŵ"
grep -q "€" "$work/tiny-team-clinic-a-poster.txt" || fail "the euro-sign poster lost its €"
echo "ok"
