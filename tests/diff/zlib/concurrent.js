// Many compressions at once (they run on the worker pool), destroy while a write is in
// flight, and results gathered in a fixed order.
const z = require('zlib');
const inputs = [];
for (let i = 0; i < 16; i++) inputs.push(Buffer.alloc(50000 + i * 1000, `chunk ${i} `));
const results = new Array(inputs.length);
let left = inputs.length;
inputs.forEach((buf, i) => {
  const fn = i % 2 ? z.gzip : z.deflateRaw;
  fn(buf, { level: i % 10 }, (err, out) => {
    const back = i % 2 ? z.gunzipSync(out) : z.inflateRawSync(out);
    results[i] = `${i} ${err} ${back.equals(buf)}`;
    if (--left === 0) {
      console.log(results.join('\n'));
      midFlight();
    }
  });
});

function midFlight() {
  const d = z.createGzip();
  d.on('data', () => {});
  d.on('close', () => {
    console.log('destroyed mid-flight', d.destroyed);
    const u = z.createInflate();
    u.on('error', (e) => console.log('error', e.code));
    u.write(z.deflateSync('abc').subarray(0, 4));
    u.destroy();
    u.on('close', () => console.log('inflate destroyed'));
  });
  d.write(Buffer.alloc(2e6, 'x'));
  d.destroy();
}
