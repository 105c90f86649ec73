# Sourced by tests/scripts/*.sh, which ctest runs as `bash SCRIPT PLEDGE_BINARY REPO_ROOT`: sets $pledge and
# $root, makes a temporary folder $work removed on exit, and defines fail.
set -u
pledge=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*"
  exit 1
}
