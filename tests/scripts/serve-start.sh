#!/usr/bin/env bash
# pledge serve starts a missing file from --library as init does (and refuses without --library), --open runs
# xdg-open with the address and says so when it cannot, and --host 0.0.0.0 serves every address of the
# machine, warning that the network can reach it, while still refusing a foreign Host.
source "$(dirname "$0")/../script_setup.bash"
cd "$work" || exit 1
server=""
stop_server() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; server=""; }
trap 'stop_server; rm -rf "$work"' EXIT
libraries=(--library-path "$root/tests/data/libraries")

server_path=$PATH  # the PATH pledge serve runs with, where it looks for xdg-open
start() {  # output name, arguments...; starts pledge serve in the background and waits for its address
  local name=$1
  shift
  PATH=$server_path "$pledge" "${libraries[@]}" serve "$@" >"$name.out" 2>"$name.err" &
  server=$!
  for _ in $(seq 100); do grep -q 'token=' "$name.out" 2>/dev/null && break; sleep 0.1; done
  grep -q 'token=' "$name.out" || fail "no address printed: $(cat "$name.out" "$name.err")"
}

# A missing file needs libraries to start from.
"$pledge" "${libraries[@]}" serve new.pledge.yaml >out.txt 2>err.txt
[ $? = 2 ] || fail "serve of a missing file without --library did not exit 2"
grep -q "new.pledge.yaml: error: there is no such file; to start a new one, give the libraries to choose from" err.txt ||
  fail "message: $(cat err.txt)"
[ ! -e new.pledge.yaml ] || fail "a file was written without libraries"

# Started from --library, named after the file; --open runs xdg-open with the address.
mkdir bin
printf '#!/bin/sh\necho "$@" >"%s/xdg-open.args"\n' "$work" >bin/xdg-open
chmod +x bin/xdg-open
server_path="$work/bin:$PATH"
start first ward-9.pledge.yaml --library ward-values --open
grep -q 'Wrote ward-9.pledge.yaml for "Ward 9" with 3 statements to go through.' first.err ||
  fail "start message: $(cat first.err)"
grep -q '^service: "Ward 9"$' ward-9.pledge.yaml || fail "the starter file does not name the service"
"$pledge" "${libraries[@]}" resolve ward-9.pledge.yaml >/dev/null || fail "the started file does not resolve"
for _ in $(seq 50); do [ -s xdg-open.args ] && break; sleep 0.1; done
address=$(grep -o 'http://127\.0\.0\.1:[0-9]*/?token=[0-9a-f]*' first.out)
[ "$(cat xdg-open.args)" = "$address" ] || fail "xdg-open got '$(cat xdg-open.args)', not '$address'"
grep -q "Opening it in your browser (xdg-open)." first.err || fail "--open says nothing: $(cat first.err)"
stop_server
before=$(sha256sum ward-9.pledge.yaml)
start second ward-9.pledge.yaml --library ward-values
grep -q "ward-9.pledge.yaml exists, so --library is not used" second.err || fail "no note: $(cat second.err)"
stop_server
[ "$(sha256sum ward-9.pledge.yaml)" = "$before" ] || fail "an existing file was started again"

# xdg-open that fails, and none at all.
printf '#!/bin/sh\nexit 3\n' >bin/xdg-open
start failing ward-9.pledge.yaml --open
for _ in $(seq 50); do grep -q "xdg-open could not" failing.err && break; sleep 0.1; done
grep -q "pledge serve: xdg-open could not start a browser (exit status 3); open the address above yourself." \
  failing.err || fail "failing xdg-open: $(cat failing.err)"
stop_server
rm bin/xdg-open
server_path="$work/bin"
start missing ward-9.pledge.yaml --open
grep -q "pledge serve: cannot start a browser: xdg-open is not installed" missing.err ||
  fail "missing xdg-open: $(cat missing.err)"
stop_server

server_path=$PATH

# Every network: an address per interface, a warning, and still no foreign Host.
start wide ward-9.pledge.yaml --host 0.0.0.0
grep -q "pledge serve: listening on 0.0.0.0: anyone who can reach this machine" wide.err ||
  fail "no warning: $(cat wide.err)"
loopback=$(grep -o 'http://127\.0\.0\.1:[0-9]*/?token=[0-9a-f]*' wide.out)
[ -n "$loopback" ] || fail "no loopback address printed: $(cat wide.out)"
port=$(sed 's|http://127\.0\.0\.1:\([0-9]*\)/.*|\1|' <<<"$loopback")
token=${loopback#*token=}
for address in $(grep -o 'http://[0-9.]*:[0-9]*/?token=[0-9a-f]*' wide.out); do
  status=$(curl -s -o /dev/null -w '%{http_code}' "${address/\/?token=//api/state?token=}")
  [ "$status" = 200 ] || fail "$address answers $status"
done
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Host: attacker.example:$port" \
  "http://127.0.0.1:$port/api/state?token=$token")
[ "$status" = 403 ] || fail "a foreign Host on 0.0.0.0 got $status"
stop_server
echo "ok"
