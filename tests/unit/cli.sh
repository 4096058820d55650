#!/usr/bin/env bash
# The command line against node: -e, -p, stdin, exit codes, argv, --version, bad options.
set -u
U=${1:-build/unode}
fail=0
same() { # description, then a command template with @ for the binary
  local desc=$1; shift
  local n u nrc urc
  n=$(eval "${*//@/node}" 2>/dev/null); nrc=$?
  u=$(eval "${*//@/$U}" 2>/dev/null); urc=$?
  if [ "$n" != "$u" ] || [ $nrc -ne $urc ]; then
    echo "FAIL $desc: node($nrc)=[$n] unode($urc)=[$u]"; fail=1
  fi
}
same "-e" "@ -e 'console.log(1 + 1)'"
same "-p" "@ -p '[1, 2].map(x => x * 2)'"
same "-p string" "@ -p '\"str\"'"
same "-e argv" "@ -e 'console.log(process.argv.slice(1))' a b"
same "stdin" "echo 'console.log(\"from stdin\", typeof require)' | @"
same "dash stdin" "echo 'console.log(process.argv.length)' | @ - x y"
same "-e throws" "@ -e 'throw new Error(\"x\")'"
same "-e exit code" "@ -e 'process.exit(42)'"
same "-e exitCode" "@ -e 'process.exitCode = 5'"
same "-e builtins as globals" "@ -p 'typeof fs + typeof path + typeof util'"
same "missing file" "@ /no/such/file.js"
same "bad option" "@ --no-such-option-here -e 1"
same "syntax error" "@ -e 'let = ;'"
same "--" "@ -e 'console.log(process.argv.length)' -- --foo"
v=$($U --version); case "$v" in v20.*) ;; *) echo "FAIL --version: $v"; fail=1 ;; esac
$U --help | grep -q 'Usage: unode' || { echo "FAIL --help"; fail=1; }
exit $fail
