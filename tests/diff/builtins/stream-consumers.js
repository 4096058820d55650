// stream/consumers over Readable streams, async generators and split UTF-8 sequences.
const { Readable } = require('stream');
const consumers = require('stream/consumers');

async function* gen(parts) { for (const p of parts) yield p; }

(async () => {
  const euro = Buffer.from('€');
  console.log(await consumers.text(gen([Buffer.from('a'), euro.subarray(0, 1), euro.subarray(1), 'b'])));
  console.log(await consumers.json(Readable.from(['{"a":', '[1,2', ']}'])));
  const buf = await consumers.buffer(Readable.from([Buffer.from('he'), Buffer.from('llo')]));
  console.log(Buffer.isBuffer(buf), buf.toString());
  const ab = await consumers.arrayBuffer(gen([new Uint8Array([1, 2]), new Uint8Array([3])]));
  console.log(ab instanceof ArrayBuffer, ab.byteLength, [...new Uint8Array(ab)]);
  const b = await consumers.blob(gen(['x', new Uint8Array([0x79])]));
  console.log(b.size, b.type, await b.text());
  console.log(JSON.stringify(await consumers.text(gen([]))));
  try { await consumers.json(gen(['{bad'])); } catch (e) { console.log(e.name); }
  const failing = new Readable({ read() { this.destroy(new Error('source failed')); } });
  try { await consumers.text(failing); } catch (e) { console.log(e.message); }
  console.log(Object.keys(consumers).sort().join());
})();
