// TransformStream, pipeThrough, pipeTo and its options, queuing strategies, text streams.
'use strict';
const {
  ReadableStream, WritableStream, TransformStream, ByteLengthQueuingStrategy, CountQueuingStrategy,
  TextEncoderStream, TextDecoderStream,
} = require('stream/web');

function show(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const report = (label) => [(v) => console.log(label, 'resolved', v), (e) => console.log(label, 'rejected', e?.code, e?.message ?? e)];

function source(items) {
  return new ReadableStream({ start(c) { for (const i of items) c.enqueue(i); c.close(); } });
}

async function collect(rs) {
  const out = [];
  for await (const c of rs) out.push(c);
  return out;
}

async function main() {
  show('readableType', () => new TransformStream({ readableType: 'bytes' }));
  show('writableType', () => new TransformStream({ writableType: 'bytes' }));
  show('inspect', () => require('util').inspect(new TransformStream()));
  show('count', () => new CountQueuingStrategy());
  show('count2', () => new CountQueuingStrategy({}));
  const bl = new ByteLengthQueuingStrategy({ highWaterMark: 4 });
  console.log(bl, bl.highWaterMark, bl.size(new Uint8Array(3)), bl.size === new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size);
  show('bl this', () => Reflect.get(ByteLengthQueuingStrategy.prototype, 'highWaterMark', {}));

  const upper = new TransformStream({
    transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); },
    flush(c) { c.enqueue('!'); },
  });
  console.log(await collect(source(['a', 'b']).pipeThrough(upper)));
  console.log('identity', await collect(source([1, 2, 3]).pipeThrough(new TransformStream())));

  // terminate and error
  const term = new TransformStream({ transform(chunk, c) { c.enqueue(chunk); c.terminate(); } });
  const tw = term.writable.getWriter();
  tw.write('only');
  console.log('terminated', await collect(term.readable));
  await tw.closed.then(...report('writable after terminate'));
  const bad = new TransformStream({ transform() { throw new Error('transform failed'); } });
  await source(['x']).pipeTo(bad.writable).then(...report('pipe into failing'));
  await bad.readable.getReader().read().then(...report('readable of failing'));

  // pipeTo with a sink
  const got = [];
  await source(['1', '2']).pipeTo(new WritableStream({ write(c) { got.push(c); }, close() { got.push('closed'); } }));
  console.log('piped', got);
  const kept = [];
  const dest = new WritableStream({ write(c) { kept.push(c); } });
  await source(['k']).pipeTo(dest, { preventClose: true });
  console.log('preventClose', kept, dest.locked);
  const w = dest.getWriter();
  await w.write('more');
  await w.close();
  console.log('after', kept);

  // error propagation both ways
  const errSrc = new ReadableStream({ start(c) { c.error(new Error('src')); } });
  let abortedWith;
  await errSrc.pipeTo(new WritableStream({ abort(r) { abortedWith = r.message; } })).then(...report('src error'));
  console.log('dest aborted', abortedWith);
  let canceledWith;
  const src2 = new ReadableStream({ pull(c) { c.enqueue('z'); }, cancel(r) { canceledWith = r.message; } });
  await src2.pipeTo(new WritableStream({ write() { throw new Error('dst'); } })).then(...report('dest error'));
  console.log('src canceled', canceledWith);

  // abort signal
  const ac = new AbortController();
  const slow = new ReadableStream({ pull(c) { return new Promise((r) => setImmediate(() => { c.enqueue('s'); r(); })); } });
  const p = slow.pipeTo(new WritableStream(), { signal: ac.signal });
  ac.abort();
  await p.then(...report('aborted pipe'));
  show('bad signal', () => source([]).pipeTo(new WritableStream(), { signal: 1 }).catch((e) => console.log('bad signal rejected', e.code)));
  await source([]).pipeTo(1).then(...report('pipeTo bad dest'));
  show('pipeThrough bad', () => source([]).pipeThrough({}));

  // text streams
  const enc = source(['hé', 'llo']).pipeThrough(new TextEncoderStream());
  const bytes = await collect(enc);
  console.log(bytes.map((b) => Array.from(b)));
  const dec = source([new Uint8Array([0x68, 0xc3]), new Uint8Array([0xa9, 0x21])]).pipeThrough(new TextDecoderStream());
  console.log(await collect(dec));
  console.log(new TextEncoderStream().encoding, new TextDecoderStream('latin1').encoding);
  show('bad encoding', () => new TextDecoderStream('nope'));
  show('compression format', () => new CompressionStream('x'));
}
main();
