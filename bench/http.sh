#!/bin/bash
# bench/http.sh: HTTP server throughput, unode vs node, in one run. wrk (50 connections,
# 2 threads) against an http.createServer hello world and an Express hello world; server and
# wrk pinned to separate cores with taskset (the server on core 0 for both runtimes). Prints
# req/s and the ratio unode/node (>= 1.0: unode as fast), then the resident memory each
# runtime adds per idle keep-alive connection (200 connections held open).
# Usage: bench/http.sh [seconds]   env: UNODE (default build/unode), UNODE_ARGS (extra
# arguments before the script, e.g. a preload), EXPRESS_DIR (node_modules with express,
# default build/npm-tests or build/npm-http).

cd "$(dirname "$0")/.."
secs=${1:-5}
UNODE=${UNODE:-build/unode}
tmp=$(mktemp -d)
trap 'kill $srv 2>/dev/null; rm -rf "$tmp"' EXIT
EXPRESS_DIR=${EXPRESS_DIR:-}
for d in build/npm-tests build/npm-http; do
  [ -z "$EXPRESS_DIR" ] && [ -d "$d/node_modules/express" ] && EXPRESS_DIR=$(cd "$d" && pwd)
done

cat > "$tmp/hello.js" <<'JS'
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello World');
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
JS
cat > "$tmp/express.js" <<JS
const express = require('$EXPRESS_DIR/node_modules/express');
const app = express();
app.get('/', (req, res) => res.send('Hello World'));
const server = app.listen(0, '127.0.0.1', () => console.log(server.address().port));
JS
cat > "$tmp/idle.js" <<'JS'
const http = require('http');
const net = require('net');
const fs = require('fs');
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]);
const n = 200;
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const socks = [];
  let warm = 0;
  const before = () => {
    const r0 = rss();
    let done = 0;
    for (let i = 0; i < n; i++) {
      const s = net.connect(port, '127.0.0.1', () => s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
      s.once('data', () => { if (++done === n) { const r1 = rss(); console.log(((r1 - r0) / n).toFixed(1)); for (const x of socks) x.destroy(); server.close(); } });
      socks.push(s);
    }
  };
  // one warm-up request so code paths are loaded before the first measurement
  const w = net.connect(port, '127.0.0.1', () => w.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  w.on('close', () => { if (!warm++) before(); });
  w.resume();
});
JS

# start RUNTIME SCRIPT -> sets $srv and $port
start() {
  taskset -c 0 "$@" > "$tmp/port" 2>"$tmp/err" &
  srv=$!
  for _ in $(seq 50); do [ -s "$tmp/port" ] && break; sleep 0.1; done
  port=$(head -1 "$tmp/port"); return 0
}
rps() {
  taskset -c 1 wrk -t2 -c50 -d"${secs}s" "http://127.0.0.1:$1/" 2>/dev/null | awk '/Requests\/sec/ {print $2}'
}

printf '%-10s %12s %12s %8s\n' test node unode ratio
for t in hello express; do
  [ "$t" = express ] && [ -z "$EXPRESS_DIR" ] && { echo "express: not installed (npm install in build/npm-tests)"; continue; }
  start node "$tmp/$t.js"; n=$(rps "$port"); kill $srv 2>/dev/null; wait $srv 2>/dev/null || true
  # shellcheck disable=SC2086
  start "$UNODE" $UNODE_ARGS "$tmp/$t.js"; u=$(rps "$port"); kill $srv 2>/dev/null; wait $srv 2>/dev/null || true
  printf '%-10s %12s %12s %8s\n' "$t" "$n" "$u" "$(echo "$n $u" | awk '{ if ($1 > 0) printf "%.2f", $2 / $1; else print "-" }')"
done
n=$(node "$tmp/idle.js")
# shellcheck disable=SC2086
u=$("$UNODE" $UNODE_ARGS "$tmp/idle.js")
echo "KB per idle keep-alive connection (client and server side): node $n, unode $u"
