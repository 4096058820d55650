// CompressionStream and DecompressionStream round trips (gzip, deflate, deflate-raw).
'use strict';

async function collect(rs) {
  const chunks = [];
  for await (const c of rs) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

async function roundTrip(format) {
  const input = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('hello '.repeat(100)));
      c.enqueue(new TextEncoder().encode('world'));
      c.close();
    },
  });
  const compressed = await collect(input.pipeThrough(new CompressionStream(format)));
  const back = new ReadableStream({ start(c) { c.enqueue(new Uint8Array(compressed)); c.close(); } })
    .pipeThrough(new DecompressionStream(format));
  const out = (await collect(back)).toString();
  console.log(format, compressed.length < 600, out.length, out.slice(-11));
}

async function main() {
  for (const f of ['gzip', 'deflate', 'deflate-raw']) await roundTrip(f);
  for (const bad of [1, 'br', undefined]) {
    try {
      new CompressionStream(bad);
    } catch (e) {
      console.log('bad format', e.name, e.code, e.message);
    }
  }
  const ds = new DecompressionStream('gzip');
  const w = ds.writable.getWriter();
  w.write(new Uint8Array([1, 2, 3, 4])).catch(() => {});
  w.close().catch(() => {});
  await ds.readable.getReader().read().then(() => console.log('no error?'), (e) => console.log('corrupt', e.name, e.code));
  console.log(Object.prototype.toString.call(new CompressionStream('gzip')));
}
main();
