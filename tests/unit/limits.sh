#!/usr/bin/env bash
# Resource exhaustion is an error, never a crash: deep recursion, a heap limit, huge strings
# and buffers, and a throwing 'exit' handler.
set -u
U=${1:-build/unode}
fail=0
expect() { # description, wanted exit code, stderr pattern, then the command
  local desc=$1 want=$2 pat=$3; shift 3
  local err rc
  err=$("$@" 2>&1 >/dev/null); rc=$?
  if [ $rc -ne "$want" ] || ! grep -q -- "$pat" <<<"$err"; then
    echo "FAIL $desc: exit $rc (want $want)"; echo "$err" | tail -5; fail=1
  fi
}
expect "stack overflow is a RangeError" 0 "" $U -e 'function f() { return f() + 1 } try { f() } catch (e) { if (!(e instanceof RangeError)) process.exit(3) }'
expect "uncaught stack overflow" 1 "Maximum call stack size exceeded" $U -e 'function f() { f() } f()'
expect "heap limit" 1 "out of memory" $U --max-old-space-size=32 -e 'const a = []; for (;;) a.push(new Array(100000).fill(1.5))'
expect "heap limit caught" 0 "" $U --max-old-space-size=32 -e 'let a = []; try { for (;;) a.push("x".repeat(1e6) + Math.random()) } catch (e) { a = null; console.log("recovered") }'
expect "huge buffer" 0 "" $U -e 'try { Buffer.alloc(2 ** 53) } catch (e) { if (e.code !== "ERR_OUT_OF_RANGE" && e.name !== "RangeError") process.exit(4) }'
expect "huge string" 0 "" $U -e 'try { "x".repeat(2 ** 31) } catch (e) { if (!(e instanceof RangeError) && e.name !== "InternalError") process.exit(5) }'
expect "exit handler throws" 2 "boom" $U -e 'process.on("exit", () => { throw new Error("boom") }); process.exitCode = 2'
# A reader that goes away: SIGPIPE is ignored and console output stops quietly, as in Node.
out=$($U -e 'for (let i = 0; i < 200000; i++) console.log("line", i)' | head -1; echo "rc=${PIPESTATUS[0]}")
case "$out" in *"rc=0"*) ;; *) echo "FAIL broken pipe: $out"; fail=1 ;; esac
exit $fail
