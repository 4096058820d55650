#!/usr/bin/env bash
# `unode -i` with piped input: a REPL without a terminal (prompts, results, a multi-line
# function, .help, errors, _), the same text `node -i` prints for this input.
# Usage: tests/unit/repl-pipe.sh path/to/unode
set -u
unode=$1
input='1+2
let a = [1,2]
a.map(x => x * 2)
function g(n) {
return n + 1
}
g(41)
_ + 1
throw 5
.help
.nope
({ k: "v" })
null
'
expected='> 3
> undefined
> [ 2, 4 ]
> ... ... undefined
> 42
> 43
> Uncaught 5
> .break   Sometimes you get stuck, this gets you out
.clear   Alias for .break
.exit    Exit the REPL
.help    Print this help message
.load    Load JS from a file into the REPL session
.save    Save all evaluated commands in this REPL session to a file

Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL
> Invalid REPL keyword
> { k: '"'"'v'"'"' }
> null
> '
out=$(printf '%s' "$input" | "$unode" -i 2>&1; echo "rc=$?")
body=$(printf '%s\n' "$out" | tail -n +3)
want=$(printf "%src=0" "$expected")
if [ "$body" != "$want" ]; then
  echo "repl-pipe.sh: output differs"
  diff <(printf '%s\n' "$want") <(printf '%s\n' "$body")
  exit 1
fi
printf '%s\n' "$out" | head -1 | grep -q '^Welcome to Node.js v' || { echo "repl-pipe.sh: no welcome line"; exit 1; }

# .save, .load (the file runs as one script) and top-level await at the end of input.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
out=$(printf '1+1\nlet t = 3\n.save %s/s.js\n.load %s/s.js\nt * 2\nawait new Promise(r => setTimeout(() => r(t + 6), 10))\n' "$dir" "$dir" |
  "$unode" -i 2>&1 | tail -n +3 | sed "s#$dir#DIR#g")
want='> 2
> undefined
> Session saved to: DIR/s.js
> Uncaught SyntaxError: redeclaration of '"'"'t'"'"'
> > 6
> 9
> '
if [ "$out" != "$want" ]; then
  echo "repl-pipe.sh: .save/.load/await output differs"
  diff <(printf '%s\n' "$want") <(printf '%s\n' "$out")
  exit 1
fi
[ "$(cat "$dir/s.js")" = "$(printf '1+1\nlet t = 3')" ] || { echo "repl-pipe.sh: saved session differs"; exit 1; }
echo "repl-pipe.sh: ok"
