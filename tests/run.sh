#!/usr/bin/env bash
# Runs every test, each in its own process, and ends with "N passed, M failed":
#  1. C tests (built with ASan+UBSan): marshalling, isolates on threads, struct layouts;
#  2. unit tests: unode-only scripts in tests/unit that must exit 0;
#  3. differential tests against node, with build/unode and again with build/asan/unode;
#  4. each fuzz target for a bounded time (FUZZ_SECONDS, default 20).
set -u
cd "$(dirname "$0")/.."
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
pass=0; fail=0
record() { # name status
  if [ "$2" -eq 0 ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL $1"; fi
}

echo "== C tests"
for t in build/tests/test_marshal build/tests/test_isolates build/tests/test_pool build/tests/test_crypto_zlib build/tests/test_http_parser; do
  out=$(timeout 120 "$t" 2>&1); rc=$?
  [ $rc -ne 0 ] && echo "$out" | tail -20
  record "$t" $rc
done
out=$(build/tests/test_structs | timeout 30 build/unode --allow-syscall - 2>&1); rc=$?
[ $rc -ne 0 ] && echo "$out"
record "struct layouts and syscall numbers vs C headers" $rc

echo "== unit tests (build/unode and build/asan/unode)"
for bin in build/unode build/asan/unode; do
  for f in tests/unit/*.js tests/unit/*.sh; do
    [ -e "$f" ] || continue
    case "$f" in
      *.sh) out=$(timeout 120 bash "$f" "$bin" 2>&1); rc=$? ;;
      *) flags=$(sed -n '1s#^// flags: ##p' "$f")
         out=$(timeout 120 "$bin" $flags "$f" 2>&1); rc=$? ;;
    esac
    [ $rc -ne 0 ] && echo "$out" | tail -20
    record "$f with $bin" $rc
  done
done

echo "== differential tests (node vs build/unode, build/asan/unode)"
out=$(UNODE_ALSO=build/asan/unode tests/diff.sh 2>&1); rc=$?
echo "$out" | grep -v '^[0-9]* passed, [0-9]* failed$'
line=$(echo "$out" | tail -1)
p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
f=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
pass=$((pass + ${p:-0})); fail=$((fail + ${f:-1}))

echo "== npm packages (installed from the registry at pinned versions)"
npmdir=build/npm-tests
mkdir -p "$npmdir"
cp tests/npm/package.json tests/npm/*.js "$npmdir"/
if (cd "$npmdir" && timeout 300 npm install --no-audit --no-fund --loglevel=error >npm-install.log 2>&1); then
  out=$(UNODE_ALSO=build/asan/unode tests/diff.sh "$npmdir"/*.js 2>&1)
  echo "$out" | grep -v '^[0-9]* passed, [0-9]* failed$'
  line=$(echo "$out" | tail -1)
  p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
  f=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
  pass=$((pass + ${p:-0})); fail=$((fail + ${f:-1}))
else
  tail -5 "$npmdir/npm-install.log"
  record "npm install of tests/npm/package.json" 1
fi

echo "== fuzzing"
for fz in build/fuzz/*; do
  [ -x "$fz" ] || continue
  corpus=build/fuzz-corpus/$(basename "$fz"); mkdir -p "$corpus"
  out=$(timeout 300 "$fz" -max_total_time="${FUZZ_SECONDS:-20}" -max_len=4096 "$corpus" 2>&1); rc=$?
  [ $rc -ne 0 ] && echo "$out" | tail -30
  record "$fz" $rc
done

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
