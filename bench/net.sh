#!/usr/bin/env bash
# TCP benchmarks, unode against node in one run, each pinned to one core (taskset -c 0):
#  1. echo throughput: one process, a client writes 200 MB in 64 KB chunks through an echo
#     server on 127.0.0.1 and reads it all back; MB/s (ratio = unode / node, >= 1 is good).
#  2. memory per idle connection: a server process accepts 1,000 connections from a client
#     process; VmRSS delta of the server / 1,000 (ratio = node / unode, >= 1 is good).
# Usage: bench/net.sh [unode-binary]
set -euo pipefail
cd "$(dirname "$0")/.."
UNODE=${1:-${UNODE:-build/unode}}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/echo.js" <<'JS'
const net = require('net');
const TOTAL = 200 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 120);
const server = net.createServer((c) => c.pipe(c));
server.listen(0, '127.0.0.1', () => {
  const t0 = process.hrtime.bigint();
  const c = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  let got = 0;
  function pump() {
    while (sent < TOTAL) {
      sent += chunk.length;
      if (!c.write(chunk)) { c.once('drain', pump); return; }
    }
    c.end();
  }
  c.on('connect', pump);
  c.on('data', (d) => { got += d.length; });
  c.on('end', () => {
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log((got / 1048576 / s).toFixed(1));
    server.close();
  });
});
JS

cat > "$tmp/idle-server.js" <<'JS'
const net = require('net');
const fs = require('fs');
const rss = () => +/VmRSS:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1];
const N = +process.argv[2];
let n = 0;
let base;
const conns = [];
const server = net.createServer((c) => {
  conns.push(c);
  c.on('error', () => {});
  if (++n === N) {
    setTimeout(() => {
      console.log(((rss() - base) * 1024 / N).toFixed(0));
      for (const s of conns) s.destroy();
      server.close();
    }, 200);
  }
});
server.listen(0, '127.0.0.1', () => {
  base = rss();
  fs.writeFileSync(process.argv[3], String(server.address().port));
});
JS

cat > "$tmp/idle-client.js" <<'JS'
const net = require('net');
const [port, N] = [+process.argv[2], +process.argv[3]];
for (let i = 0; i < N; i++) {
  const c = net.connect(port, '127.0.0.1');
  c.on('error', () => {});
  c.on('close', () => {});
  c.resume();
}
JS

echo_run() { taskset -c 0 "$1" "$tmp/echo.js"; }
idle_run() {   # $1 binary -> bytes per idle connection in the server
  rm -f "$tmp/port"
  taskset -c 0 "$1" "$tmp/idle-server.js" 1000 "$tmp/port" > "$tmp/idle.out" &
  local pid=$!
  while [ ! -s "$tmp/port" ]; do sleep 0.05; done
  taskset -c 0 node "$tmp/idle-client.js" "$(cat "$tmp/port")" 1000 &
  local cpid=$!
  wait $pid
  kill $cpid 2>/dev/null || true; wait $cpid 2>/dev/null || true
  cat "$tmp/idle.out"
}

n=$(echo_run node); u=$(echo_run "$UNODE")
printf 'tcp echo 200MB      node %8s MB/s   unode %8s MB/s   ratio %s\n' "$n" "$u" "$(awk -v a="$u" -v b="$n" 'BEGIN{printf "%.2f", a/b}')"
n=$(idle_run node); u=$(idle_run "$UNODE")
printf 'idle conn memory    node %8s B      unode %8s B      ratio %s\n' "$n" "$u" "$(awk -v a="$n" -v b="$u" 'BEGIN{ if (b<=0) print "inf"; else printf "%.2f", a/b}')"
