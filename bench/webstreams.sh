#!/usr/bin/env bash
# WHATWG streams and fetch bodies under node and unode in one run: (1) 200,000 chunks through
# ReadableStream -> TransformStream -> WritableStream (pipeThrough + pipeTo); (2) 100,000
# chunks read with a default reader; (3) 20,000 Response objects built and read with text();
# (4) 50,000 Headers built and iterated; (5) 2,000 sequential fetch() GETs from an in-process
# http server (keep-alive). Prints each time (best of RUNS, ms) and the ratio
# node/unode (>= 1.0 means unode is at least as fast).
# Usage: bench/webstreams.sh [unode-binary]   (env RUNS, default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
unode=${1:-build/unode}
runs=${RUNS:-3}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/bench.js" <<'JS'
const which = process.argv[2];
const now = () => Number(process.hrtime.bigint()) / 1e6;
async function pipe() {
  let i = 0;
  let sum = 0;
  const src = new ReadableStream({ pull(c) { if (i++ < 200000) c.enqueue(i); else c.close(); } });
  const t = new TransformStream({ transform(x, c) { c.enqueue(x * 2); } });
  await src.pipeThrough(t).pipeTo(new WritableStream({ write(x) { sum += x; } }));
  return sum;
}
async function read() {
  let i = 0;
  const chunk = new Uint8Array(64);
  const src = new ReadableStream({ pull(c) { if (i++ < 100000) c.enqueue(chunk); else c.close(); } });
  const reader = src.getReader();
  let n = 0;
  for (;;) { const { done, value } = await reader.read(); if (done) break; n += value.length; }
  return n;
}
async function responses() {
  let n = 0;
  for (let i = 0; i < 20000; i++) n += (await new Response(`body ${i}`, { headers: { 'x-a': 'b' } }).text()).length;
  return n;
}
async function headers() {
  let n = 0;
  for (let i = 0; i < 50000; i++) {
    const h = new Headers({ 'content-type': 'text/plain', 'x-b': String(i), accept: '*/*' });
    h.append('x-c', 'd');
    for (const [k] of h) n += k.length;
  }
  return n;
}
async function fetches() {
  const http = require('http');
  const server = http.createServer((req, res) => res.end('hello world'));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;
  let n = 0;
  for (let i = 0; i < 2000; i++) n += (await (await fetch(url)).text()).length;
  server.close();
  if (server.closeAllConnections) server.closeAllConnections();
  return n;
}
(async () => {
  const f = { pipe, read, responses, headers, fetches }[which];
  const t0 = now();
  const r = await f();
  console.log((now() - t0).toFixed(1), r);
})();
JS
best() { # binary case -> best time in ms
  local b=$1 c=$2 t r min=
  for ((i = 0; i < runs; i++)); do
    read -r t r < <("$b" "$dir/bench.js" "$c")
    if [ -z "$min" ] || awk "BEGIN{exit !($t < $min)}"; then min=$t; fi
  done
  echo "$min"
}
for c in pipe read responses headers fetches; do
  tn=$(best node "$c")
  tu=$(best "$unode" "$c")
  printf '%-10s node %8s ms  unode %8s ms  ratio %s\n' "$c" "$tn" "$tu" "$(awk "BEGIN{printf \"%.2f\", $tn/$tu}")"
done
