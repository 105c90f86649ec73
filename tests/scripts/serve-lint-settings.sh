#!/usr/bin/env bash
# pledge serve shows the findings pledge lint gives for the file: the nearest .pledge-lint.yaml (read again
# when it changes, without a restart), --scope own and --baseline each change what the page shows.
source "$(dirname "$0")/../script_setup.bash"
cd "$work" || exit 1
server=""
stop_server() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; server=""; }
trap 'stop_server; rm -rf "$work"' EXIT
libraries="$root/tests/data/libraries"
mkdir ward
cp "$root/tests/data/ward.pledge.yaml" ward/ward.pledge.yaml

start() {  # serve options...; sets $base and $token
  stop_server
  "$pledge" --library-path "$libraries" serve ward/ward.pledge.yaml "$@" >out.txt 2>err.txt &
  server=$!
  for _ in $(seq 100); do grep -q 'token=' out.txt 2>/dev/null && break; sleep 0.1; done
  local address
  address=$(grep -o 'http://127\.0\.0\.1:[0-9]*/?token=[0-9a-f]*' out.txt | head -1)
  [ -n "$address" ] || fail "no address printed: $(cat out.txt err.txt)"
  token=${address#*token=}
  base=${address%%/\?*}
}
# The findings the page shows, one "ref rule" a line, then the lint settings it names.
shown() {
  curl -s -H "X-Pledge-Token: $token" "$base/api/state" | python3 -c '
import json, sys
d = json.load(sys.stdin)
p = d["pledge"]
for g in p["groups"]:
    for s in g["statements"]:
        for f in s["findings"]:
            print(s["ref"], f["rule"])
for f in p["findings"]:
    print("(whole)", f["rule"])
l = d["lint"]
print("settings:", l["settings_file"] or "-", "scope:", l["scope"], "baseline:", l["baseline"] or "-", "accepted:", l["accepted"])'
}

# As pledge lint: the passive voice of a kept library statement is found.
"$pledge" --library-path "$libraries" lint ward/ward.pledge.yaml >lint.txt 2>&1
grep -q "passive" lint.txt || fail "pledge lint finds no passive voice: $(cat lint.txt)"
start
expected="ward-values/dignity passive
settings: - scope: all baseline: - accepted: 0"
[ "$(shown)" = "$expected" ] || fail "with no settings file the page shows: $(shown)"

# A .pledge-lint.yaml in the service file's folder turns the rule off: the page shows it at the next request.
printf 'passive: off\n' >ward/.pledge-lint.yaml
"$pledge" --library-path "$libraries" lint ward/ward.pledge.yaml >lint.txt 2>&1
grep -q "passive" lint.txt && fail "pledge lint still finds the passive voice: $(cat lint.txt)"
expected="settings: $work/ward/.pledge-lint.yaml scope: all baseline: - accepted: 0"
[ "$(shown)" = "$expected" ] || fail "with passive: off the page shows: $(shown)"
version=$(curl -s -H "X-Pledge-Token: $token" "$base/api/version")
grep -q '"lint":"'"$work"'/ward/.pledge-lint.yaml:' <<<"$version" || fail "the version does not carry the settings' stamp: $version"
rm ward/.pledge-lint.yaml
[ "$(shown)" = "ward-values/dignity passive
settings: - scope: all baseline: - accepted: 0" ] || fail "with the settings file gone the page shows: $(shown)"

# --scope own: the library's own wording is not the team's to fix.
start --scope own
[ "$(shown)" = "settings: - scope: own baseline: - accepted: 0" ] || fail "with --scope own the page shows: $(shown)"

# --baseline: what the team accepted is not shown again.
"$pledge" --library-path "$libraries" lint ward/ward.pledge.yaml --write-baseline baseline.yaml >/dev/null 2>&1
[ -s baseline.yaml ] || fail "no baseline written"
start --baseline baseline.yaml
[ "$(shown)" = "settings: - scope: all baseline: baseline.yaml accepted: 1" ] || fail "with --baseline the page shows: $(shown)"
stop_server

# A baseline that cannot be read stops the workshop before it starts, as pledge lint does.
printf 'not: [a baseline\n' >bad.yaml
"$pledge" --library-path "$libraries" serve ward/ward.pledge.yaml --baseline bad.yaml >/dev/null 2>bad.txt
[ $? = 2 ] || fail "a bad baseline did not exit 2: $(cat bad.txt)"
grep -q "^bad.yaml:" bad.txt || fail "the error does not name the baseline: $(cat bad.txt)"
echo "ok"
