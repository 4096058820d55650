#!/usr/bin/env bash
# The fatal message for an unhandled rejection of a non-error names the reason as node does
# (V8's side-effect-free description), compared with node for each kind of value.
set -u
bin=$1
fail=0
for v in "{a:1}" "5" "'r'" "Symbol('s')" "undefined" "[1,'x']" "Object.create(null)" "new Map()" \
  "new (class Foo{})" "function f(){}" "10n" "null" "new Date(0)" "/x/g" "{toString(){return 'ts'}}"; do
  want=$(node -e "Promise.reject($v)" 2>&1 | grep -o 'reason ".*' | head -1)
  got=$("$bin" -e "Promise.reject($v)" 2>&1 | grep -o 'reason ".*' | head -1)
  if [ "$want" != "$got" ]; then echo "reason of $v: node $want, unode $got"; fail=1; fi
done
exit $fail
