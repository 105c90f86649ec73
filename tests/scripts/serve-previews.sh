#!/usr/bin/env bash
# pledge serve's previews are pledge build's documents, made in memory: the poster (with the organisation's
# identity, logo and colours from the nearest .pledge-identity.yaml) and the web page are byte for byte what
# `pledge build --only poster,html` writes; the page names the organisation; a change to the identity file is
# seen without a restart; the previews need the token and pass the Host and Origin checks like every request;
# nothing is written.
source "$(dirname "$0")/../script_setup.bash"
cd "$work" || exit 1
server=""
stop_server() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; server=""; }
trap 'stop_server; rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1767225600
libraries="$root/tests/data/render/statements"
cp -r "$root/tests/data/render/identity" trust
ls -A trust trust/wards >before.txt

"$pledge" --library-path "$libraries" serve trust/wards/ward-9.pledge.yaml >out.txt 2>err.txt &
server=$!
for _ in $(seq 100); do grep -q 'token=' out.txt 2>/dev/null && break; sleep 0.1; done
address=$(grep -o 'http://127\.0\.0\.1:[0-9]*/?token=[0-9a-f]*' out.txt | head -1)
[ -n "$address" ] || fail "no address printed: $(cat out.txt err.txt)"
token=${address#*token=}
base=${address%%/\?*}
port=${base##*:}
get() {  # path, curl arguments...; prints the status, the body in body.out
  local path=$1
  shift
  curl -s -o body.out -w '%{http_code}' "$@" "$base$path"
}

# The page names the organisation, before its script runs and in its state.
[ "$(get "/?token=$token")" = 200 ] || fail "the page: $(cat body.out)"
grep -qF '<p id="organisation" class="organisation">Northshire Hospitals NHS Foundation Trust</p>' body.out ||
  fail "the page does not name the organisation"
[ "$(get "/api/state?token=$token")" = 200 ] || fail "the state"
python3 - "$work" <<'EOF' || fail "the state's identity: $(cat body.out)"
import json, sys
identity = json.load(open("body.out"))["identity"]
assert identity["organisation"] == "Northshire Hospitals NHS Foundation Trust", identity
assert identity["identity_file"].endswith("trust/.pledge-identity.yaml"), identity
EOF

# The previews are what pledge build writes, byte for byte.
"$pledge" --library-path "$libraries" build trust/wards/ward-9.pledge.yaml --only poster,html -o built >build.txt 2>&1 ||
  fail "pledge build: $(cat build.txt)"
[ "$(get "/api/poster.pdf?token=$token")" = 200 ] || fail "the poster: $(head -c 300 body.out)"
cmp -s body.out built/*/poster.pdf || fail "the poster preview is not the poster pledge build writes"
pdftotext body.out poster.txt
grep -q "Northshire Hospitals NHS Foundation Trust" poster.txt || fail "the poster does not print the organisation"
[ "$(get "/api/page.html?token=$token")" = 200 ] || fail "the web page: $(head -c 300 body.out)"
cmp -s body.out built/*/pledge.html || fail "the web page preview is not the page pledge build writes"
grep -qF "We treat you with dignity." body.out || fail "the web page lacks a statement"
headers=$(curl -s -D - -o /dev/null "$base/api/page.html?token=$token")
grep -qi "^Content-Type: text/html; charset=utf-8" <<<"$headers" || fail "web page type: $headers"
grep -qi "^Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline';.* frame-ancestors 'self'" <<<"$headers" ||
  fail "web page CSP: $headers"
grep -qi "^X-Content-Type-Options: nosniff" <<<"$headers" || fail "no nosniff: $headers"
[ "$(get "/api/page?token=$token")" = 200 ] || fail "the web page's JSON"
python3 -c 'import json; d = json.load(open("body.out")); assert d["bytes"] > 1000 and d["problems"] == [], d' ||
  fail "the web page's JSON: $(cat body.out)"

# The same guard as every request.
for path in /api/page.html /api/page /api/poster.pdf; do
  [ "$(get "$path")" = 403 ] || fail "$path without the token"
  [ "$(get "$path?token=$token" -H "Host: attacker.example:$port")" = 403 ] || fail "$path with a foreign Host"
  [ "$(get "$path?token=$token" -H "Origin: http://attacker.example")" = 403 ] || fail "$path with a foreign Origin"
done

# The identity file changes (a new colour and name): the next preview has it, without a restart.
before=$(curl -s "$base/api/version?token=$token")
sed -i 's/^organisation: .*/organisation: Northshire and District NHS Trust/' trust/.pledge-identity.yaml
after=$(curl -s "$base/api/version?token=$token")
[ "$before" != "$after" ] || fail "the version's identity stamp did not change: $after"
[ "$(get "/api/poster.pdf?token=$token")" = 200 ] || fail "the poster after the identity changed"
pdftotext body.out poster.txt
grep -q "Northshire and District NHS Trust" poster.txt || fail "the poster does not print the new organisation"
[ "$(get "/?token=$token")" = 200 ] && grep -qF ">Northshire and District NHS Trust</p>" body.out ||
  fail "the page does not name the new organisation"

# Nothing is written: the service's folders hold what they held.
ls -A trust trust/wards >after.txt
cmp -s before.txt after.txt || fail "files appeared: $(diff before.txt after.txt)"
stop_server
echo "ok"
