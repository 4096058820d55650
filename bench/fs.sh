#!/usr/bin/env bash
# fs under node and unode in one run: read a 100 MB file (readFile, callback and promise,
# and readFileSync), write 10,000 small files (fs.promises.writeFile, sequential, and
# writeFileSync), and readdir + stat a 10,000-entry directory (callback API, all stats in
# flight at once; and the sync forms). Prints each time (best of RUNS, ms) and the ratio
# node/unode (>= 1.0 means unode is at least as fast).
# Usage: bench/fs.sh [unode-binary]   (env RUNS, default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
unode=${1:-build/unode}
runs=${RUNS:-3}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
head -c 100000000 /dev/urandom > "$dir/big.bin"
mkdir "$dir/many"
for i in $(seq 0 9999); do : > "$dir/many/f$i"; done
cat > "$dir/bench.js" <<'JS'
const fs = require('fs');
const path = require('path');
const [what, dir] = process.argv.slice(2);
const now = () => Number(process.hrtime.bigint()) / 1e6;
const t0 = now();
const done = (check) => console.log((now() - t0).toFixed(1), check);
const big = path.join(dir, 'big.bin');
const many = path.join(dir, 'many');
switch (what) {
  case 'readFile':
    fs.readFile(big, (err, b) => { if (err) throw err; done(b.length); });
    break;
  case 'readFilePromise':
    fs.promises.readFile(big).then((b) => done(b.length));
    break;
  case 'readFileSync':
    done(fs.readFileSync(big).length);
    break;
  case 'writeSmall': {
    const out = fs.mkdtempSync(path.join(dir, 'w'));
    (async () => {
      for (let i = 0; i < 10000; i++) await fs.promises.writeFile(path.join(out, 'f' + i), 'hello ' + i);
      done(fs.readdirSync(out).length);
      fs.rmSync(out, { recursive: true });
    })();
    break;
  }
  case 'writeSmallCb': {
    const out = fs.mkdtempSync(path.join(dir, 'w'));
    let i = 0;
    const next = (err) => {
      if (err) throw err;
      if (i === 10000) { done(fs.readdirSync(out).length); fs.rmSync(out, { recursive: true }); return; }
      fs.writeFile(path.join(out, 'f' + i), 'hello ' + i++, next);
    };
    next();
    break;
  }
  case 'writeSmallSync': {
    const out = fs.mkdtempSync(path.join(dir, 'w'));
    for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(out, 'f' + i), 'hello ' + i);
    done(fs.readdirSync(out).length);
    fs.rmSync(out, { recursive: true });
    break;
  }
  case 'readdirStat':
    fs.readdir(many, (err, names) => {
      if (err) throw err;
      let left = names.length;
      let bytes = 0;
      for (const n of names) {
        fs.stat(path.join(many, n), (e, st) => {
          if (e) throw e;
          bytes += st.size;
          if (--left === 0) done(names.length);
        });
      }
    });
    break;
  case 'readdirStatSync': {
    const names = fs.readdirSync(many);
    for (const n of names) fs.statSync(path.join(many, n));
    done(names.length);
    break;
  }
}
JS
best() { # binary case -> best time in ms
  local b=$1 c=$2 t chk min=
  for ((i = 0; i < runs; i++)); do
    read -r t chk < <("$b" "$dir/bench.js" "$c" "$dir")
    if [ -z "$min" ] || awk "BEGIN{exit !($t < $min)}"; then min=$t; fi
  done
  echo "$min $chk"
}
printf '%-18s %10s %10s %7s\n' case node_ms unode_ms ratio
for c in readFile readFilePromise readFileSync writeSmall writeSmallCb writeSmallSync readdirStat readdirStatSync; do
  read -r tn cn < <(best node "$c")
  read -r tu cu < <(best "$unode" "$c")
  [ "$cn" = "$cu" ] || echo "fs bench $c: node says $cn, unode says $cu" >&2
  printf '%-18s %10s %10s %7s\n' "$c" "$tn" "$tu" "$(awk "BEGIN{printf \"%.2f\", $tn/$tu}")"
done
