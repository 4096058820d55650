#!/usr/bin/env bash
# child_process under node and unode in one run: spawn /bin/true 500 times one after the
# other, with the async API (spawn, wait for 'close') and with spawnSync; also 100 execSync
# of a shell command. Prints each time (best of RUNS, ms) and the ratio node/unode (>= 1.0
# means unode is at least as fast).
# Usage: bench/spawn.sh [unode-binary]   (env RUNS, default 3; N, default 500)
set -euo pipefail
cd "$(dirname "$0")/.."
unode=${1:-build/unode}
runs=${RUNS:-3}
n=${N:-500}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/bench.js" <<'JS'
const cp = require('child_process');
const [what, nStr] = process.argv.slice(2);
const n = Number(nStr);
const now = () => Number(process.hrtime.bigint()) / 1e6;
const t0 = now();
const done = (check) => console.log((now() - t0).toFixed(1), check);
switch (what) {
  case 'spawn': {
    let i = 0;
    const next = () => {
      if (i++ === n) return done(n);
      cp.spawn('/bin/true').on('close', (code) => { if (code !== 0) throw new Error('exit ' + code); next(); });
    };
    next();
    break;
  }
  case 'spawnSync':
    for (let i = 0; i < n; i++) if (cp.spawnSync('/bin/true').status !== 0) throw new Error('status');
    done(n);
    break;
  case 'execSync': {
    const m = Math.max(1, n / 5);
    for (let i = 0; i < m; i++) cp.execSync('true');
    done(m);
    break;
  }
}
JS
best() { # best time of $runs runs: best BINARY CASE
  local b=""
  for _ in $(seq 1 "$runs"); do
    t=$("$1" "$dir/bench.js" "$2" "$n" | awk '{print $1}')
    if [ -z "$b" ] || awk -v t="$t" -v b="$b" 'BEGIN{exit !(t<b)}'; then b=$t; fi
  done
  echo "$b"
}
printf '%-12s %10s %10s %7s\n' case node_ms unode_ms ratio
for c in spawn spawnSync execSync; do
  tn=$(best node "$c")
  tu=$(best "$unode" "$c")
  printf '%-12s %10s %10s %7s\n' "$c" "$tn" "$tu" "$(awk -v a="$tn" -v b="$tu" 'BEGIN{printf "%.2f", a/b}')"
done
