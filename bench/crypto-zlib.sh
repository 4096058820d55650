#!/bin/sh
# bench/crypto-zlib.sh: sha256 of 100 MB, gzip of 10 MB (sync and stream), gunzip of the result,
# under unode and node in one run. Prints each time and the ratio node/unode (>= 1.0: unode is
# at least as fast). Usage: [UNODE=binary] bench/crypto-zlib.sh
set -e
cd "$(dirname "$0")/.."
UNODE=${UNODE:-build/unode}
script=$(mktemp /tmp/bench-cz.XXXXXX.js)
trap 'rm -f "$script"' EXIT
cat > "$script" <<'JS'
const crypto = require('crypto');
const zlib = require('zlib');
const which = process.argv[2];
const big = Buffer.alloc(100 * 1024 * 1024, 'abcdefghij');
// 10 MB of moderately compressible text.
const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'];
const parts = [];
let seed = 1;
for (let n = 0; n < 10 * 1024 * 1024;) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  const w = words[seed % 10] + (seed % 97) + ' ';
  parts.push(w);
  n += w.length;
}
const text = Buffer.from(parts.join('')).subarray(0, 10 * 1024 * 1024);
function time(fn) {
  const t0 = process.hrtime.bigint();
  return Promise.resolve(fn()).then(() => Number(process.hrtime.bigint() - t0) / 1e6);
}
const tests = {
  sha256_100MB: () => { crypto.createHash('sha256').update(big).digest('hex'); },
  hmac_sha256_100MB: () => { crypto.createHmac('sha256', 'key').update(big).digest('hex'); },
  gzipSync_10MB: () => { zlib.gzipSync(text); },
  gunzipSync_10MB: () => { zlib.gunzipSync(gz); },
  gzip_stream_10MB: () => new Promise((resolve) => {
    const g = zlib.createGzip();
    g.on('data', () => {});
    g.on('end', resolve);
    for (let i = 0; i < text.length; i += 65536) g.write(text.subarray(i, i + 65536));
    g.end();
  }),
};
const gz = zlib.gzipSync(text);
(async () => {
  const fn = tests[which];
  await time(fn); // warm-up
  let best = Infinity;
  for (let i = 0; i < 3; i++) best = Math.min(best, await time(fn));
  console.log(best.toFixed(1));
})();
JS
printf '%-20s %10s %10s %8s\n' test 'node ms' 'unode ms' ratio
for t in sha256_100MB hmac_sha256_100MB gzipSync_10MB gunzipSync_10MB gzip_stream_10MB; do
  n=$(node "$script" $t)
  u=$("$UNODE" "$script" $t)
  printf '%-20s %10s %10s %8s\n' $t "$n" "$u" "$(echo "scale=2; $n / $u" | bc)"
done
