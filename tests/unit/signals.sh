#!/usr/bin/env bash
# Signals: process.on('SIG...') listeners (signalfd through the loop), default actions when
# no listener is left (exit status 128+n), unref'd signal handles, and children that start
# with default dispositions and an empty mask.
set -u
U=$1
fail() { echo "FAIL: $*"; exit 1; }

out=$("$U" -e "const t = setTimeout(() => {}, 5000); process.on('SIGUSR2', (name, num) => { console.log('got', name, num); clearTimeout(t); }); process.kill(process.pid, 'SIGUSR2');")
[ "$out" = "got SIGUSR2 12" ] || fail "listener: $out"

"$U" -e "process.kill(process.pid, 'SIGTERM'); setTimeout(() => {}, 5000)"
[ $? -eq 143 ] || fail "default SIGTERM"
"$U" -e "process.kill(process.pid, 'SIGINT'); setTimeout(() => {}, 5000)"
[ $? -eq 130 ] || fail "default SIGINT"
"$U" -e "const f = () => {}; process.on('SIGINT', f); process.off('SIGINT', f); process.kill(process.pid, 'SIGINT'); setTimeout(() => {}, 5000)"
[ $? -eq 130 ] || fail "removed listener restores the default"

# A signal listener alone does not keep the loop alive.
timeout 5 "$U" -e "process.on('SIGINT', () => {}); process.on('SIGTERM', () => {})"
[ $? -eq 0 ] || fail "unref'd signal handle"

# SIGKILL and SIGSTOP cannot be listened for.
out=$("$U" -e "try { process.on('SIGKILL', () => {}) } catch (e) { console.log(e.code, e.syscall, e.message) }")
[ "$out" = "EINVAL uv_signal_start uv_signal_start EINVAL" ] || fail "SIGKILL: $out"

# A signal from another process, while the loop waits.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$U" -e "
const fs = require('fs');
process.on('SIGTERM', () => { console.log('terminated politely'); process.exit(3); });
setInterval(() => {}, 1000);
fs.writeFileSync('$dir/ready', String(process.pid));
" > "$dir/out" &
pid=$!
for _ in $(seq 1 200); do [ -s "$dir/ready" ] && break; sleep 0.05; done
[ -s "$dir/ready" ] || fail "child never became ready"
kill -TERM $pid
wait $pid
rc=$?
[ $rc -eq 3 ] || fail "external SIGTERM exit $rc"
[ "$(cat "$dir/out")" = "terminated politely" ] || fail "external SIGTERM output"

# Children start with default dispositions (SIGPIPE is ignored in the parent) and an empty
# mask (SIGINT is blocked in the parent while it has a listener).
out=$("$U" -e "
const cp = require('child_process');
process.on('SIGINT', () => {});
const a = cp.spawnSync('/bin/sh', ['-c', 'kill -PIPE \$\$; echo survived']);
const b = cp.spawnSync('/bin/sh', ['-c', 'kill -INT \$\$; echo survived']);
console.log(a.signal, b.signal);
")
[ "$out" = "SIGPIPE SIGINT" ] || fail "child dispositions: $out"
echo ok
