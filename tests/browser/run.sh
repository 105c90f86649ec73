#!/usr/bin/env bash
# Runs one browser test of tests/browser/ as: bash run.sh SCRIPT.mjs PLEDGE REPO_ROOT CACHE_FOLDER
# (the script is then run as: node SCRIPT.mjs PLEDGE REPO_ROOT NODE_MODULES_FOLDER). It needs Debian's
# chromium and Node.js 18 or later with npm: chromium is installed with apt-get when this runs as root, and
# puppeteer-core and axe-core (package.json; the exact tree in package-lock.json) with npm into CACHE_FOLDER
# in the build tree, once. No browser is downloaded. When it cannot run it says why and exits 77, which
# ctest reports as skipped; in CI (CI set) that is a failure, so that CI always runs it.
set -u
script=$1
pledge=$2
root=$3
cache=$4
here=$(cd "$(dirname "$0")" && pwd)

skip() {
  echo "SKIP: $*"
  if [ -n "${CI:-}" ]; then
    echo "FAIL: CI must run the browser test (CI is set)"
    exit 1
  fi
  exit 77
}

chromium=${PLEDGE_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser test"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 ||
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; }
fi
if ! command -v npm >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's npm for the browser test"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends npm >/dev/null 2>&1 ||
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends npm >/dev/null 2>&1; }
fi
[ -x "$chromium" ] || skip "no Chromium at $chromium: install Debian's chromium package (apt-get install chromium)"
command -v node >/dev/null || skip "no Node.js: install Debian's nodejs and npm packages"
command -v npm >/dev/null || skip "no npm: install Debian's npm package"
major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 18 ] || skip "Node.js $major is too old: puppeteer-core needs 18 or later"

# One install serves every test; two tests starting at once must not install over each other.
mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9
if ! cmp -s "$here/package-lock.json" "$cache/package-lock.json" || [ ! -d "$cache/node_modules/puppeteer-core" ]; then
  echo "Installing puppeteer-core and axe-core with npm into $cache"
  rm -rf "$cache/node_modules" "$cache/package-lock.json"
  cp "$here/package.json" "$cache/package.json"
  cp "$here/package-lock.json" "$cache/package-lock.json.new"
  mv "$cache/package-lock.json.new" "$cache/package-lock.json"
  if ! (cd "$cache" && npm ci --no-audit --no-fund --ignore-scripts) >"$cache/npm.log" 2>&1; then
    rm -f "$cache/package-lock.json"
    skip "npm could not install puppeteer-core and axe-core (offline? see $cache/npm.log)"
  fi
fi
flock -u 9
exec node "$here/$script" "$pledge" "$root" "$cache"
