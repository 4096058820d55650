#!/usr/bin/env bash
# Differential tests: runs each script under node and build/unode, compares stdout and exit code.
# Usage: tests/diff.sh [script.js ...]   (default: every tests/diff/**/*.js)
# A script may name its arguments on a first-line comment: // args: a b c
set -u
cd "$(dirname "$0")/.."
UNODE=${UNODE:-build/unode}
NODE=${NODE:-node}
if [ $# -eq 0 ]; then
  mapfile -t files < <(find tests/diff -name '*.js' -o -name '*.mjs' | grep -v '/fixtures/' | sort)
else
  files=("$@")
fi
pass=0; fail=0; failed=()
# compare FILE BINARY: node's output and exit code against the last unode run.
compare() {
  if [ $nrc -eq $urc ] && cmp -s "$tmp/node.out" "$tmp/unode.out"; then
    pass=$((pass+1))
  else
    fail=$((fail+1)); failed+=("$1")
    echo "FAIL $1 with $2 (exit node=$nrc unode=$urc)"
    diff "$tmp/node.out" "$tmp/unode.out" | head -${DIFF_LINES:-15}
    [ -s "$tmp/unode.err" ] && { echo "--- unode stderr:"; head -${ERR_LINES:-5} "$tmp/unode.err"; }
  fi
}
tmp=$(mktemp -d)
for f in "${files[@]}"; do
  args=$(sed -n '1s#^// args: ##p' "$f")
  dir=$(dirname "$f"); base=$(basename "$f")
  (cd "$dir" && timeout 20 "$NODE" "$base" $args >"$tmp/node.out" 2>"$tmp/node.err" </dev/null); nrc=$?
  (cd "$dir" && timeout 20 "$OLDPWD/$UNODE" "$base" $args >"$tmp/unode.out" 2>"$tmp/unode.err" </dev/null); urc=$?
  compare "$f" "$UNODE"
  if [ -n "${UNODE_ALSO:-}" ]; then
    (cd "$dir" && timeout 60 "$OLDPWD/$UNODE_ALSO" "$base" $args >"$tmp/unode.out" 2>"$tmp/unode.err" </dev/null); urc=$?
    compare "$f" "$UNODE_ALSO"
  fi
done
rm -rf "$tmp"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
