#!/usr/bin/env bash
# pledge serve over HTTP with curl: every request needs the token, a Host naming the address served and, when
# sent, an Origin of the same origin (403 otherwise); bodies over 1 MiB get 413; with the token the state has
# every statement; the file is unchanged until something is saved; a change made to an old version (the file
# changed on disk meanwhile) is refused with 409 and the file keeps the disk version.
source "$(dirname "$0")/../script_setup.bash"
cd "$work" || exit 1
server=""
stop_server() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; }
trap 'stop_server; rm -rf "$work"' EXIT

{
  echo "# Ward 7, agreed with the team in March"
  cat "$root/tests/data/ward.pledge.yaml"
} >ward.pledge.yaml
cp ward.pledge.yaml original.yaml

"$pledge" --library-path "$root/tests/data/libraries" serve ward.pledge.yaml >out.txt 2>err.txt &
server=$!
for _ in $(seq 100); do grep -q 'token=' out.txt 2>/dev/null && break; sleep 0.1; done
address=$(grep -o 'http://127\.0\.0\.1:[0-9]*/?token=[0-9a-f]*' out.txt | head -1)
[ -n "$address" ] || fail "no address printed: $(cat out.txt err.txt)"
port=$(sed 's|http://127\.0\.0\.1:\([0-9]*\)/.*|\1|' <<<"$address")
token=${address#*token=}
[ ${#token} = 32 ] || fail "token '$token' is not 32 hex digits"
base="http://127.0.0.1:$port"

code() {  # curl arguments...; prints the HTTP status
  curl -s -o body.txt -w '%{http_code}' "$@"
}
expect() {  # status, what, curl arguments...
  local want=$1 what=$2
  shift 2
  local got
  got=$(code "$@")
  [ "$got" = "$want" ] || fail "$what: expected $want, got $got ($(head -c 300 body.txt))"
}

# The token.
expect 403 "the page without the token" "$base/"
grep -q "whole address pledge serve printed" body.txt || fail "403 does not say why: $(cat body.txt)"
expect 403 "the state without the token" "$base/api/state"
expect 403 "a wrong token of the right length" "$base/api/state?token=0123456789abcdef0123456789abcdef"
expect 403 "a prefix of the token" "$base/api/state?token=${token:0:31}"
expect 200 "the state with the token" "$base/api/state?token=$token"
expect 200 "the state with the token in the X-Pledge-Token header" -H "X-Pledge-Token: $token" "$base/api/state"
expect 200 "the state with the token as a bearer token" -H "Authorization: Bearer $token" "$base/api/state"
last=${token:31:1}
expect 403 "a bearer token wrong in its last digit" -H "Authorization: Bearer ${token:0:31}$([ "$last" = 0 ] && echo 1 || echo 0)" \
  "$base/api/state"
expect 403 "a change without the token" -d '{}' "$base/api/change"

# Host: DNS rebinding sends a name of the attacker's own.
expect 403 "a foreign Host" -H "Host: attacker.example:$port" "$base/api/state?token=$token"
expect 403 "a foreign Host without a port" -H "Host: attacker.example" "$base/api/state?token=$token"
expect 403 "the right host with another port" -H "Host: 127.0.0.1:1$port" "$base/api/state?token=$token"
expect 200 "Host localhost" -H "Host: localhost:$port" "$base/api/state?token=$token"
expect 403 "no Host at all" -H "Host:" "$base/api/state?token=$token"

# Origin and Sec-Fetch-Site: requests from pages of other sites.
expect 403 "a foreign Origin" -H "Origin: http://attacker.example" "$base/api/state?token=$token"
expect 403 "a foreign Origin on a change" -H "Origin: http://attacker.example" -H "X-Pledge-Token: $token" \
  -d '{}' "$base/api/change"
expect 403 "Origin null (a sandboxed or file: page)" -H "Origin: null" "$base/api/state?token=$token"
expect 403 "Origin of another port" -H "Origin: http://127.0.0.1:1$port" "$base/api/state?token=$token"
expect 200 "the same Origin" -H "Origin: http://127.0.0.1:$port" "$base/api/state?token=$token"
expect 403 "Sec-Fetch-Site: cross-site" -H "Sec-Fetch-Site: cross-site" "$base/api/state?token=$token"

# Body size: 1 MiB at most.
head -c $((1024 * 1024 + 1)) /dev/zero | tr '\0' ' ' >large.json
expect 413 "a body over 1 MiB" -H "X-Pledge-Token: $token" -H "Content-Type: application/json" \
  --data-binary @large.json "$base/api/change"
expect 403 "a body over 1 MiB without the token" --data-binary @large.json "$base/api/change"
head -c $((1024 * 1024)) /dev/zero | tr '\0' ' ' >large.json
expect 400 "a body of 1 MiB exactly is read (and is not a request)" -H "X-Pledge-Token: $token" \
  -H "Content-Type: application/json" --data-binary @large.json "$base/api/change"

# With the token: the page, its files and every statement.
expect 200 "the page" "$base/?token=$token"
grep -q "workshop.js?token=$token" body.txt || fail "the page's script link does not carry the token"
# The page itself carries every statement, before its script draws them with their buttons.
for text in "<h1 id=\"service\">Ward 7 – Older Adults</h1>" "Our patients are treated with dignity and respect." \
  "You can ask for a second opinion." "Patients staying in our wards have single-sex accommodation." \
  "Your family can visit at any time." "All our rooms are single rooms with their own bathroom."; do
  grep -qF "$text" body.txt || fail "the page lacks '$text'"
done
headers=$(curl -s -D - -o /dev/null "$base/?token=$token")
grep -qi "^Content-Security-Policy: default-src 'none'; script-src 'self'" <<<"$headers" || fail "no CSP: $headers"
grep -qi "^X-Content-Type-Options: nosniff" <<<"$headers" || fail "no nosniff: $headers"
expect 200 "the script" "$base/workshop.js?token=$token"
expect 200 "the style sheet" "$base/workshop.css?token=$token"
expect 404 "a file the page does not have" "$base/secret.js?token=$token"
expect 200 "the state" "$base/api/state?token=$token"
for text in "Our patients are treated with dignity and respect." "You can ask for a second opinion." \
  "Patients staying in our wards have single-sex accommodation." "Your family can visit at any time." \
  "All our rooms are single rooms with their own bathroom." "We are caring" "We work in partnership"; do
  grep -qF "$text" body.txt || fail "the state lacks '$text'"
done
version=$(python3 -c 'import json,sys; print(json.load(open("body.txt"))["version"])')
[ "$version" = "$(sha256sum ward.pledge.yaml | cut -c1-64)" ] || fail "the version is not the SHA-256 of the file"
expect 200 "the poster" "$base/api/poster.pdf?token=$token"
[ "$(head -c 5 body.txt)" = "%PDF-" ] || fail "the poster is not a PDF"
cmp -s ward.pledge.yaml original.yaml || fail "the file changed before anything was saved"

# Changes.
change() {  # version, change JSON
  code -H "X-Pledge-Token: $token" -H "Content-Type: application/json" \
    -d "{\"version\": \"$1\", \"change\": $2}" "$base/api/change"
}
[ "$(change "$version" '{"op": "cross-off", "ref": "ward-values/dignity"}')" = 422 ] ||
  fail "a cross-off without a reason was not refused"
grep -q "give the reason for crossing off" body.txt || fail "no reason given: $(cat body.txt)"
[ "$(change "$version" '{"op": "unknown"}')" = 400 ] || fail "an unknown op was not refused"
[ "$(code -H "X-Pledge-Token: $token" -d 'not json' "$base/api/change")" = 400 ] || fail "bad JSON was accepted"
cmp -s ward.pledge.yaml original.yaml || fail "a refused change wrote the file"

[ "$(change "$version" '{"op": "cross-off", "ref": "ward-values/dignity", "reason": "Said elsewhere."}')" = 200 ] ||
  fail "cross-off not saved: $(cat body.txt)"
grep -q "^# Ward 7, agreed with the team in March$" ward.pledge.yaml || fail "the comment was lost"
grep -q "^    reason: Said elsewhere.$" ward.pledge.yaml || fail "the exclusion is not in the file: $(cat ward.pledge.yaml)"
"$pledge" --library-path "$root/tests/data/libraries" resolve ward.pledge.yaml --format json >resolved.json ||
  fail "the saved file does not resolve"
grep -q '"reason": "Said elsewhere."' resolved.json || fail "the exclusion does not resolve"
saved=$(sha256sum ward.pledge.yaml | cut -c1-64)
grep -q "saved: Crossed off ward-values/dignity: Said elsewhere." err.txt || fail "the change is not logged: $(cat err.txt)"

# The file changes on disk (an editor); a change made to the version before is refused, the disk version kept.
sed -i 's/Your family can visit at any time./Your family can visit at any hour./' ward.pledge.yaml
cp ward.pledge.yaml edited.yaml
[ "$(change "$saved" '{"op": "reword", "ref": "ward-values/second-opinion", "text": "Ask for another view."}')" = 409 ] ||
  fail "a change to an old version was not refused: $(cat body.txt)"
cmp -s ward.pledge.yaml edited.yaml || fail "the file on disk was overwritten"
python3 - <<'EOF' || fail "409 does not show both versions"
import json
d = json.load(open("body.txt"))
assert d["outcome"] == "conflict"
assert "any hour" in d["disk_text"], "disk"
assert "Ask for another view." in d["yours"] and "any time" in d["yours"], "yours"
EOF
undo=$(code -H "X-Pledge-Token: $token" -d "{\"version\": \"$(sha256sum ward.pledge.yaml | cut -c1-64)\"}" "$base/api/undo")
[ "$undo" = 422 ] || fail "undo over an editor's change was not refused ($undo)"
cmp -s ward.pledge.yaml edited.yaml || fail "undo wrote over the editor's change"

# Nothing but the service file is written: no temporary files left, no other files.
[ "$(ls -A | sort | tr '\n' ' ')" = "body.txt edited.yaml err.txt large.json original.yaml out.txt resolved.json ward.pledge.yaml " ] ||
  fail "stray files: $(ls -A)"

# A second workshop on the same port is refused; SIGTERM stops the first with a last word.
timeout 10 "$pledge" --library-path "$root/tests/data/libraries" serve ward.pledge.yaml --port "$port" >/dev/null \
  2>second.txt
[ $? = 2 ] || fail "a second server on port $port did not exit 2 (cpp-httplib's SO_REUSEPORT?)"
grep -q "cannot listen on 127.0.0.1:$port" second.txt || fail "port in use: $(cat second.txt)"
kill -TERM "$server"
wait "$server"
status=$?
server=""
[ $status = 0 ] || fail "pledge serve exited $status on SIGTERM"
grep -q "Stopped. ward.pledge.yaml has every change saved." err.txt || fail "no last word: $(cat err.txt)"
echo "ok"
