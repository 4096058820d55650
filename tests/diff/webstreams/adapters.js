// stream.Readable/Writable/Duplex .toWeb() and .fromWeb().
const { Readable, Writable, Duplex, PassThrough } = require('stream');
(async () => {
  const r = Readable.from(['a', 'b'], { objectMode: false });
  const rs = Readable.toWeb(Readable.from([Buffer.from('ab'), Buffer.from('c')]));
  console.log(rs);
  for await (const c of rs) console.log(c);
  const ro = Readable.toWeb(Readable.from([{ x: 1 }, 'str']));
  for await (const c of ro) console.log(c);
  const nr = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue(new Uint8Array([65])); c.close(); } }));
  console.log(nr.readableObjectMode, nr.readableHighWaterMark);
  for await (const c of nr) console.log(c);
  const nr2 = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65,66])); c.close(); } }), { encoding: 'utf8', objectMode: false });
  for await (const c of nr2) console.log(c);
  const got = [];
  const ws = Writable.toWeb(new Writable({ write(c, e, cb) { got.push([c, e]); cb(); } }));
  const w = ws.getWriter(); await w.write('hi'); await w.write(new Uint8Array([1])); await w.close(); console.log(got);
  const nw = Writable.fromWeb(new WritableStream({ write(c) { console.log('web got', c); } }));
  console.log(nw.writableObjectMode, nw.writableHighWaterMark);
  nw.write('abc'); nw.end(Buffer.from('d'), () => console.log('ended'));
  await new Promise(r => nw.on('finish', r));
  const d = Duplex.toWeb(new PassThrough());
  console.log(Object.keys(d));
  const dw = d.writable.getWriter(); dw.write(new Uint8Array([5])); dw.close();
  for await (const c of d.readable) console.log('dup', c);
  const dd = Duplex.fromWeb(new TransformStream(), { objectMode: true });
  dd.end('q'); for await (const c of dd) console.log('dd', c);
  try { Readable.fromWeb(1) } catch (e) { console.log(e.code, e.message) }
  try { Readable.toWeb(1) } catch (e) { console.log(e.code, e.message) }
  try { Writable.fromWeb(1) } catch (e) { console.log(e.code, e.message) }
  try { Duplex.fromWeb(1) } catch (e) { console.log(e.code, e.message) }
  const er = Readable.toWeb(new Readable({ read() { this.destroy(new Error('bad')); } }));
  await er.getReader().read().catch(e => console.log('err', e.message));
})();
