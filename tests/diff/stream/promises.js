// stream/promises: pipeline and finished, options.signal, and stream.promises identity.
const { Readable, Writable, PassThrough, Transform } = require('stream');
const sp = require('stream/promises');
const stream = require('stream');
const util = require('util');

async function main() {
  console.log('same', stream.promises === sp, typeof sp.pipeline, typeof sp.finished);
  console.log('custom', util.promisify(stream.pipeline) === sp.pipeline, util.promisify(stream.finished) === sp.finished);

  const out = [];
  const res = await sp.pipeline(
    Readable.from(['a', 'b']),
    new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + c); } }),
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
  );
  console.log('A', res, out);

  const val = await sp.pipeline(
    Readable.from([1, 2, 3]),
    async function (source) {
      let sum = 0;
      for await (const x of source) sum += x;
      return sum;
    },
  );
  console.log('B', val);

  try {
    await sp.pipeline(
      Readable.from(['x']),
      async function* (source) {
        for await (const x of source) throw new Error('stage fail ' + x);
      },
      new PassThrough({ objectMode: true }),
    );
  } catch (e) {
    console.log('C', e.message);
  }

  const ac = new AbortController();
  const slow = new Readable({ read() {} });
  const p = sp.pipeline(slow, new PassThrough(), { signal: ac.signal });
  setTimeout(() => ac.abort(), 2);
  try { await p; } catch (e) { console.log('D', e.name, e.code, slow.destroyed); }

  const r = Readable.from(['q']);
  r.resume();
  await sp.finished(r);
  console.log('E finished', r.readableEnded);

  const r2 = new Readable({ read() {} });
  setTimeout(() => r2.destroy(new Error('gone')), 1);
  try { await sp.finished(r2); } catch (e) { console.log('F', e.message); }

  const w = new Writable({ write(c, e, cb) { cb(); } });
  const fp = sp.finished(w, { cleanup: true });
  w.end('x');
  await fp;
  console.log('G', w.listenerCount('finish'), w.listenerCount('error'));

  const ac2 = new AbortController();
  const r3 = new Readable({ read() {} });
  const fp2 = sp.finished(r3, { signal: ac2.signal });
  ac2.abort();
  try { await fp2; } catch (e) { console.log('H', e.name, e.code); }

  const pt = new PassThrough();
  const endFalse = sp.pipeline(Readable.from(['k']), pt, { end: false });
  await endFalse;
  console.log('I', pt.writableEnded);
}
main();
