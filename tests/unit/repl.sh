#!/usr/bin/env bash
# The REPL through a pseudo-terminal (tmux): expressions, a multi-line function, .help, tab
# completion, history on up-arrow, the history file, Ctrl+C and .exit.
# Usage: tests/unit/repl.sh path/to/unode
set -u
unode=$(realpath "$1")
command -v tmux >/dev/null || { echo "repl.sh: tmux not installed, skipped"; exit 0; }
dir=$(mktemp -d)
sess="unode-repl-$$"
export TMUX_TMPDIR="$dir"
cleanup() { tmux kill-server >/dev/null 2>&1; rm -rf "$dir"; }
trap cleanup EXIT
fail() { echo "repl.sh: $1"; echo "--- pane ---"; tmux capture-pane -p -t "$sess" 2>/dev/null; exit 1; }


# Waits (up to 20 s, polling) until the pane contains the text.
wait_for() {
  local i
  for ((i = 0; i < 200; i++)); do
    tmux has-session -t "$sess" 2>/dev/null || fail "the tmux session ended before: $1"
    tmux capture-pane -p -t "$sess" -S -100 | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  fail "timed out waiting for: $1"
}
# The same for an empty prompt line ('> ' with its trailing space trimmed by capture-pane).
wait_prompt() {
  local i
  for ((i = 0; i < 200; i++)); do
    tmux has-session -t "$sess" 2>/dev/null || fail "the tmux session ended before the prompt"
    tmux capture-pane -p -t "$sess" -S -100 | grep -qx -- '>' && return 0
    sleep 0.1
  done
  fail "timed out waiting for the prompt"
}
# new-session, retried once when the tmux server fails to come up.
start() {
  tmux new-session -d -s "$sess" -x "$1" -y "$2" "$3" 2>/dev/null && tmux has-session -t "$sess" 2>/dev/null && return 0
  tmux kill-server >/dev/null 2>&1
  sleep 0.5
  tmux new-session -d -s "$sess" -x "$1" -y "$2" "$3" || fail "tmux new-session failed"
}
keys() { tmux send-keys -t "$sess" "$@"; }

start 100 40 "env HOME=$dir NODE_REPL_HISTORY=$dir/history TERM=xterm NO_COLOR=1 $unode; echo REPL-EXITED-\$?; sleep 30"
wait_for 'Type ".help" for more information.'
wait_prompt
keys '6 * 7' Enter
wait_for '42'
keys 'function sq(n) {' Enter
wait_for '...'
keys 'return n * n' Enter '}' Enter
keys 'sq(9) + 1000' Enter
wait_for '1081'
keys 'Math.hyp' Tab
wait_for 'Math.hypot'
keys '(3, 4) + 2000' Enter
wait_for '2005'
keys Up
keys ' + 1' Enter
wait_for '2006'
keys '.help' Enter
wait_for 'Print this help message'
keys 'let o = { alpha: 1, alps: 2 }' Enter
keys 'o.al' Tab Tab
wait_for 'o.alps'
keys C-u '"abc".toUpperCase()' Enter
wait_for "'ABC'"
keys 'throw new TypeError("nope")' Enter
wait_for 'Uncaught TypeError: nope'
keys C-c
wait_for '(To exit, press Ctrl+C again or Ctrl+D or type .exit)'
keys '.exit' Enter
wait_for 'REPL-EXITED-0'
grep -qF 'sq(9) + 1000' "$dir/history" || fail "history file lacks the entries"

# Ctrl+D on an empty line exits too.
tmux kill-session -t "$sess"
start 100 40 "env HOME=$dir NODE_REPL_HISTORY= TERM=xterm NO_COLOR=1 $unode; echo REPL-EXITED-\$?; sleep 30"
wait_prompt
keys C-d
wait_for 'REPL-EXITED-0'
echo "repl.sh: ok"
