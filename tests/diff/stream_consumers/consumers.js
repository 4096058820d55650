// stream/consumers: text, json, buffer, arrayBuffer and blob over streams and iterables.
const c = require('stream/consumers');
const { Readable } = require('stream');
const { Blob } = require('buffer');
(async () => {
  const mk = (arr, om) => Readable.from(arr, { objectMode: om });
  console.log(await c.text(mk(['héllo', Buffer.from([0xe2, 0x82]), Buffer.from([0xac]), ' w'])));
  console.log(await c.buffer(mk(['ab', Buffer.from('cd'), new Uint8Array([101])])));
  const ab = await c.arrayBuffer(mk(['xyz'])); console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const b = await c.blob(mk(['q', Buffer.from('r')])); console.log(b instanceof Blob, b.size, b.type, await b.text());
  console.log(await c.json(mk(['{"a":', '[1,2]}'])));
  try { await c.json(mk(['{bad'])) } catch (e) { console.log(e.name) }
  async function* g() { yield 'a'; yield new Uint8Array([98]); yield new ArrayBuffer(2); }
  console.log(JSON.stringify(await c.text(g())));
  console.log(await c.buffer(g()));
  for (const fn of ['text', 'buffer', 'blob', 'arrayBuffer', 'json']) {
    try { console.log(fn, await c[fn](mk([1, {}], true))) } catch (e) { console.log(fn, e.name, e.code, e.name === "SyntaxError" ? "" : e.message) }
    try { console.log(fn, await c[fn](5)) } catch (e) { console.log(fn, e.name, e.code, e.name === "SyntaxError" ? "" : e.message) }
    try { console.log(fn, await c[fn](mk([new DataView(new ArrayBuffer(2))], true))) } catch (e) { console.log(fn, e.name, e.code, e.name === "SyntaxError" ? "" : e.message) }
  }
  console.log(JSON.stringify(await c.text(mk([]))), await c.buffer(mk([])));
  const r = new Readable({ read() {} }); r.push('x'); setImmediate(() => r.destroy(new Error('kaput')));
  try { await c.text(r) } catch (e) { console.log(e.message) }
  console.log(c.text.length, c.text.name, c.json.name);
  console.log(JSON.stringify(await c.text(mk([Buffer.from([0xff, 0xe2])]))));
})();
