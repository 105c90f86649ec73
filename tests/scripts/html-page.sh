#!/usr/bin/env bash
# `pledge build --only html` on every example writes pledge.html: well-formed, self-contained (no script, no
# stylesheet, image, font or frame from anywhere: images may only be data: URIs), with its lang, one h1, an alt
# on every image, every statement of `pledge resolve --format json` once, and byte-identical when built twice.
# (tests/browser/pledge-page.mjs opens the same pages in Chromium with axe-core.)
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
for service in examples/*.pledge.yaml; do
  for out in a b; do
    rm -rf "$work/$out"
    "$pledge" build --no-lint "$service" -o "$work/$out" --only html >"$work/stdout.$out" 2>"$work/stderr" ||
      fail "$service: $(cat "$work/stderr")"
  done
  page=$(grep '/pledge.html$' "$work/stdout.a")
  [ -s "$page" ] || fail "$service: no pledge.html in: $(cat "$work/stdout.a")"
  cmp -s "$page" "${page/\/a\//\/b\/}" || fail "$page differs between two builds"
  "$pledge" resolve --format json "$service" >"$work/resolved.json"
  python3 - "$page" "$work/resolved.json" <<'PY' >"$work/py" || fail "$service: $(cat "$work/py")"
import html.parser, json, sys
page, resolved = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
problems = []
class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.h1, self.lang, self.items, self.text = [], 0, None, [], None
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in ("meta", "br", "img", "link"):
            self.stack.append(tag)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "h1":
            self.h1 += 1
        if tag in ("script", "link", "iframe", "object", "embed"):
            problems.append(f"<{tag}> in the page")
        for key in ("src", "href", "srcset", "poster"):
            if key in attrs and not attrs[key].startswith(("data:", "#")):
                problems.append(f"<{tag} {key}={attrs[key]}> reaches outside the page")
        if tag == "img" and not (attrs.get("alt") or "").strip():
            problems.append("an image without alt")
        if tag == "li":
            self.text = ""
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
        else:
            self.stack.pop()
        if tag == "li":
            self.items.append(" ".join(self.text.split()))
            self.text = None
    def handle_data(self, data):
        if self.text is not None:
            self.text += data
        if "url(" in data and "url(data:" not in data:
            problems.append("a style fetches a url()")
parser = Page()
parser.feed(open(page, encoding="utf-8").read())
if parser.lang != "en-GB":
    problems.append(f"<html lang> is {parser.lang}")
if parser.h1 != 1:
    problems.append(f"{parser.h1} h1 elements")
for statement in resolved["statements"]:
    if parser.items.count(" ".join(statement["text"].split())) != 1:
        problems.append(f"statement not listed once: {statement['text']}")
if problems:
    print("; ".join(problems[:5]))
    sys.exit(1)
PY
done
echo "ok"
