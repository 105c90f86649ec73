#!/usr/bin/env bash
# pledge serve: the server's work for one change, in-process (the browser test, tests/browser/, measures the
# same from the page: a key pressed to the finding shown, Save to the new poster shown).
set -eu
build=${1:-build}
"$build/bench/bench_workshop" 21
