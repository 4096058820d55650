#!/usr/bin/env bash
# readline over a 1,000,000-line file: `for await (const line of rl)` with rl.input an
# fs.createReadStream, under node and unode in one run. Prints each time (best of RUNS) and
# the ratio node/unode (>= 1.0 means unode is at least as fast).
# Usage: bench/readline.sh [unode-binary]   (env RUNS, default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
unode=${1:-build/unode}
runs=${RUNS:-3}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
node -e "
const fs = require('fs');
const parts = [];
for (let i = 0; i < 1000000; i++) parts.push('line ' + i + ' ' + 'abcdefghij'.slice(0, i % 11));
fs.writeFileSync('$dir/lines.txt', parts.join('\n') + '\n');
"
cat > "$dir/bench.js" <<'JS'
const fs = require('fs');
const readline = require('readline');
(async () => {
  const t0 = process.hrtime.bigint();
  const rl = readline.createInterface({ input: fs.createReadStream(process.argv[2]), crlfDelay: Infinity });
  let n = 0;
  let chars = 0;
  for await (const line of rl) { n++; chars += line.length; }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(ms.toFixed(1), n, chars);
})();
JS
best() { # binary -> best time in ms
  local b=$1 t min=
  for ((i = 0; i < runs; i++)); do
    read -r t n c < <("$b" "$dir/bench.js" "$dir/lines.txt")
    [ "$n" = 1000000 ] || { echo "readline bench: $b read $n lines" >&2; exit 1; }
    if [ -z "$min" ] || awk "BEGIN{exit !($t < $min)}"; then min=$t; fi
  done
  echo "$min"
}
tn=$(best node)
tu=$(best "$unode")
awk -v n="$tn" -v u="$tu" 'BEGIN { printf "readline 1M lines (for await): node %.1f ms, unode %.1f ms, ratio %.2f\n", n, u, n / u }'
