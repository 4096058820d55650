#!/usr/bin/env bash
# process.stdin on a terminal (tmux): isTTY, setRawMode/isRaw with keypress events, a
# readline question answered by typing, and the terminal restored at exit.
# Usage: tests/unit/stdin-tty.sh path/to/unode
set -u
unode=$(realpath "$1")
command -v tmux >/dev/null || { echo "stdin-tty.sh: tmux not installed, skipped"; exit 0; }
dir=$(mktemp -d)
sess="unode-tty-$$"
export TMUX_TMPDIR="$dir"
cleanup() { tmux kill-server >/dev/null 2>&1; rm -rf "$dir"; }
trap cleanup EXIT
fail() { echo "stdin-tty.sh: $1"; echo "--- pane ---"; tmux capture-pane -p -t "$sess" 2>/dev/null; exit 1; }
wait_for() {
  local i
  for ((i = 0; i < 200; i++)); do
    tmux has-session -t "$sess" 2>/dev/null || fail "the tmux session ended before: $1"
    tmux capture-pane -p -t "$sess" -S -100 | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  fail "timed out waiting for: $1"
}
# new-session, retried once when the tmux server fails to come up.
start() {
  tmux new-session -d -s "$sess" -x "$1" -y "$2" "$3" 2>/dev/null && tmux has-session -t "$sess" 2>/dev/null && return 0
  tmux kill-server >/dev/null 2>&1
  sleep 0.5
  tmux new-session -d -s "$sess" -x "$1" -y "$2" "$3" || fail "tmux new-session failed"
}
keys() { tmux send-keys -t "$sess" "$@"; }

cat > "$dir/raw.js" <<'JS'
const tty = require('tty');
const readline = require('readline');
console.log('isTTY', process.stdin.isTTY, process.stdout.isTTY, tty.isatty(0), process.stdout.columns);
readline.emitKeypressEvents(process.stdin);
process.stdin.setRawMode(true);
console.log('raw', process.stdin.isRaw);
let seen = [];
process.stdin.on('keypress', (s, key) => {
  seen.push(key.ctrl ? 'C-' + key.name : key.name);
  if (key.name === 'q') {
    process.stdin.setRawMode(false);
    console.log('keys', seen.join(','), 'raw', process.stdin.isRaw);
    process.stdin.pause();
  }
});
console.log('ready');
JS
start 90 30 "$unode $dir/raw.js; echo EXITED-\$?; stty -a | grep -o -- '-\?icanon' | head -1; sleep 30"
wait_for 'ready'
wait_for 'isTTY true true true 90'
wait_for 'raw true'
keys a Up C-a q
wait_for 'keys a,up,C-a,q raw false'
wait_for 'EXITED-0'
wait_for 'icanon'
tmux kill-session -t "$sess"

cat > "$dir/ask.js" <<'JS'
const rl = require('readline').createInterface({ input: process.stdin, output: process.stdout });
rl.question('Your name? ', (name) => {
  console.log(`Hello ${name.toUpperCase()}!`);
  rl.close();
});
JS
start 90 30 "$unode $dir/ask.js; echo EXITED-\$?; sleep 30"
wait_for 'Your name?'
keys 'ad' Left X End 'a' Enter
wait_for 'Hello AXDA!'
wait_for 'EXITED-0'
tmux kill-session -t "$sess"

# SIGWINCH becomes 'resize' on process.stdout, with the new columns.
cat > "$dir/resize.js" <<'JS'
process.stdout.on('resize', () => {
  console.log('resized', process.stdout.columns, process.stdout.rows);
  process.stdin.pause();
});
process.stdin.resume();
console.log('size', process.stdout.columns, process.stdout.rows);
JS
start 90 30 "$unode $dir/resize.js; echo EXITED-\$?; sleep 30"
wait_for 'size 90 30'
tmux resize-window -t "$sess" -x 70 -y 20
wait_for 'resized 70 20'
wait_for 'EXITED-0'
echo "stdin-tty.sh: ok"
