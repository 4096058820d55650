// stream.pipeline() with web streams: web source, TransformStream stage, WritableStream and
// node stream destinations, async generator stages, and error propagation.
'use strict';
const { pipeline, PassThrough, Writable } = require('stream');
const { pipeline: pipelinePromise } = require('stream/promises');

function source(items) {
  return new ReadableStream({ start(c) { for (const i of items) c.enqueue(i); c.close(); } });
}

async function main() {
  const got = [];
  await pipelinePromise(source(['a', 'b']), new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); },
  }), new WritableStream({ write(c) { got.push(c); } }));
  console.log('web to web', got);

  const sink = [];
  await pipelinePromise(source([Buffer.from('x'), Buffer.from('y')]), new Writable({
    write(chunk, enc, cb) { sink.push(chunk.toString()); cb(); },
  }));
  console.log('web to node', sink);

  const collected = [];
  await pipelinePromise(source([1, 2, 3]), async function* (src) {
    for await (const n of src) yield n * 10;
  }, new WritableStream({ write(c) { collected.push(c); } }));
  console.log('generator stage', collected);

  const pt = new PassThrough({ objectMode: true });
  pt.end('from node');
  const webGot = [];
  await pipelinePromise(pt, new WritableStream({ write(c) { webGot.push(c); } }));
  console.log('node to web', webGot);

  const failing = new ReadableStream({ start(c) { c.error(new Error('source failed')); } });
  await new Promise((resolve) => pipeline(failing, new WritableStream(), (err) => {
    console.log('error', err?.message);
    resolve();
  }));
  await pipelinePromise(source(['q']), new WritableStream({ write() { throw new Error('sink failed'); } }))
    .catch((err) => console.log('sink error', err.message));
}
// main runs below, then composed().

// compose() and Duplex.from() with web streams.
async function composed() {
  const { compose, Duplex } = require('stream');
  const upper = compose(new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } }),
    async function* (src) { for await (const c of src) yield `${c}!`; });
  const out = [];
  upper.on('data', (c) => out.push(String(c)));
  upper.write('abc');
  upper.end('def');
  await new Promise((resolve) => upper.on('end', resolve));
  console.log('compose', out);
  const d = Duplex.from(source(['r1', 'r2']));
  const read = [];
  for await (const c of d) read.push(c);
  console.log('Duplex.from(ReadableStream)', Buffer.concat(read).toString(), d.readableObjectMode);
  const written = [];
  const w = Duplex.from(new WritableStream({ write(c) { written.push(c); } }));
  await new Promise((resolve) => w.end('w1', resolve));
  console.log('Duplex.from(WritableStream)', written);
}
main().then(composed);
