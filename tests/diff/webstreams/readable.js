// ReadableStream: default controller, readers, cancel, errors, tee, async iteration, from().
'use strict';
const { ReadableStream, ReadableStreamDefaultReader, CountQueuingStrategy } = require('stream/web');

function show(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

async function main() {
  show('bad type', () => new ReadableStream({ type: 'foo' }));
  show('bad source', () => new ReadableStream(1));
  show('bad this', () => ReadableStream.prototype.getReader.call({}));
  show('locked', () => { const r = new ReadableStream(); r.getReader(); r.getReader(); });
  show('byob on default', () => new ReadableStream().getReader({ mode: 'byob' }));
  show('bad mode', () => new ReadableStream().getReader({ mode: 'x' }));
  show('enqueue after close', () => new ReadableStream({ start(c) { c.close(); c.enqueue(1); } }));
  show('reader ctor', () => new ReadableStreamDefaultReader(1));
  show('hwm', () => new ReadableStream({}, { highWaterMark: -1 }));
  show('size', () => new ReadableStream({}, { size: 1 }));
  show('bytes size', () => new ReadableStream({ type: 'bytes' }, { size() {} }));
  show('inspect', () => require('util').inspect(new ReadableStream()));
  show('inspect reader', () => require('util').inspect(new ReadableStream().getReader()));
  console.log(Object.prototype.toString.call(new ReadableStream()));

  // pull-based source with backpressure
  let pulls = 0;
  const rs = new ReadableStream({
    pull(c) {
      pulls++;
      if (pulls > 3) c.close(); else c.enqueue(`chunk${pulls}`);
    },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const reader = rs.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    console.log('read', value, done, reader.closed instanceof Promise);
    if (done) break;
  }
  await reader.closed;
  console.log('pulls', pulls, rs.locked);
  reader.releaseLock();
  console.log('released', rs.locked);
  await reader.read().catch((e) => console.log('read after release', e.code, e.message));
  await reader.closed.catch((e) => console.log('closed after release', e.code, e.message));

  // errors
  const err = new Error('boom');
  const es = new ReadableStream({ start(c) { c.error(err); } });
  await es.getReader().read().catch((e) => console.log('errored read', e === err));
  const r2 = new ReadableStream({ start(c) { c.enqueue(1); } }).getReader();
  const pending = r2.read();
  const p2 = r2.read();
  r2.releaseLock();
  console.log('first', await pending);
  await p2.catch((e) => console.log('pending on release', e.code, e.message));

  // cancel
  const cs = new ReadableStream({ cancel(reason) { console.log('cancel called', reason); return 'ignored'; } });
  console.log('cancel result', await cs.cancel('why'));
  const lockedCancel = new ReadableStream();
  lockedCancel.getReader();
  await lockedCancel.cancel().catch((e) => console.log('locked cancel', e.code, e.message));

  // tee
  const [a, b] = new ReadableStream({
    start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); },
  }).tee();
  const ra = a.getReader();
  const rb = b.getReader();
  console.log('tee a', await ra.read(), await ra.read(), await ra.read());
  console.log('tee b', await rb.read(), await rb.read(), await rb.read());

  // async iteration
  const chunks = [];
  for await (const c of new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } })) chunks.push(c);
  console.log('iterated', chunks);
  let canceled = false;
  const is = new ReadableStream({
    start(c) { c.enqueue(1); c.enqueue(2); },
    cancel() { canceled = true; },
  });
  for await (const c of is) { console.log('first only', c); break; }
  console.log('canceled by break', canceled, is.locked);
  canceled = false;
  const is2 = new ReadableStream({ start(c) { c.enqueue(1); }, cancel() { canceled = true; } });
  for await (const c of is2.values({ preventCancel: true })) { console.log('got', c); break; }
  console.log('preventCancel', canceled, is2.locked);
  const it = new ReadableStream().values();
  console.log('return', await it.return(5), await it.next());

  // from()
  const fromArr = [];
  for await (const c of ReadableStream.from(['p', 'q'])) fromArr.push(c);
  async function* gen() { yield 1; yield 2; }
  for await (const c of ReadableStream.from(gen())) fromArr.push(c);
  console.log('from', fromArr);
  show('from bad', () => ReadableStream.from(1));

  // strategy and desiredSize
  new ReadableStream({
    start(c) {
      console.log('desired', c.desiredSize);
      c.enqueue('abc');
      console.log('desired after', c.desiredSize);
    },
  }, { highWaterMark: 5, size: (ch) => ch.length });
}
main();
