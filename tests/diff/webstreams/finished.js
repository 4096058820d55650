// stream.finished() and addAbortSignal() with web streams.
'use strict';
const { finished, addAbortSignal } = require('stream');
const { finished: finishedPromise } = require('stream/promises');

async function main() {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } });
  finished(rs, (err) => console.log('readable finished', err));
  for await (const c of rs) console.log('chunk', c);

  const bad = new ReadableStream({ start(c) { c.error(new Error('broken')); } });
  await new Promise((resolve) => finished(bad, (err) => { console.log('errored', err.message); resolve(); }));

  const out = [];
  const ws = new WritableStream({ write(c) { out.push(c); } });
  const done = finishedPromise(ws).then(() => console.log('writable finished', out));
  const w = ws.getWriter();
  await w.write('x');
  await w.close();
  await done;

  const ac = new AbortController();
  const pending = new ReadableStream();
  const p = new Promise((resolve) => finished(pending, { signal: ac.signal }, (err) => { console.log('signal', err.name); resolve(); }));
  ac.abort();
  await p;

  const ac2 = new AbortController();
  const src = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
  addAbortSignal(ac2.signal, src);
  const reader = src.getReader();
  console.log(await reader.read());
  ac2.abort();
  await reader.read().catch((e) => console.log('aborted read', e.name, e.message, e.cause?.name));

  const ac3 = new AbortController();
  const sink = new WritableStream();
  addAbortSignal(ac3.signal, sink);
  ac3.abort('reason');
  await sink.getWriter().write(1).catch((e) => console.log('aborted write', e.name, e.cause));
}
main();
