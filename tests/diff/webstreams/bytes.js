// Byte streams: BYOB reader, byobRequest respond/respondWithNewView, autoAllocateChunkSize,
// byte tee, Blob.prototype.stream().
'use strict';
const { ReadableStream } = require('stream/web');

function show(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const report = (label) => [(v) => console.log(label, 'resolved', v), (e) => console.log(label, 'rejected', e?.code, e?.message ?? e)];

async function main() {
  show('enqueue number', () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(1); } }));
  show('enqueue empty', () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array(0)); } }));
  show('inspect', () => require('util').inspect(new ReadableStream({ type: 'bytes' })));

  // enqueue-driven source read with a BYOB reader
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      n++;
      if (n > 3) {
        c.close();
        if (c.byobRequest) c.byobRequest.respond(0);
        return;
      }
      const req = c.byobRequest;
      if (req) {
        req.view[0] = n;
        req.view[1] = n * 10;
        req.respond(2);
      } else {
        c.enqueue(new Uint8Array([n]));
      }
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  let buf = new Uint8Array(4);
  for (;;) {
    const { value, done } = await reader.read(buf);
    console.log('byob', value && Array.from(value), done, value && value.byteLength, buf.byteLength);
    if (done) break;
    buf = new Uint8Array(value.buffer);
  }
  await reader.read(1).then(...report('read number'));
  await reader.read(new Uint8Array(0)).then(...report('read empty'));

  // default reader over a byte stream with queued chunks
  const q = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.enqueue(new Uint8Array([4])); c.close(); },
  });
  const qr = q.getReader();
  console.log(await qr.read(), await qr.read(), await qr.read());

  // BYOB read fills from the queue, partial reads keep the remainder
  const q2 = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); },
  });
  const br = q2.getReader({ mode: 'byob' });
  const r1 = await br.read(new Uint8Array(2));
  const r2 = await br.read(new Uint16Array(1));
  const r3 = await br.read(new Uint8Array(8));
  const r4 = await br.read(new Uint8Array(8));
  console.log(Array.from(r1.value), r2.value.constructor.name, r2.value.length, Array.from(r3.value), r4.done, r4.value.byteLength);

  // autoAllocateChunkSize gives default readers a byobRequest
  const auto = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 8,
    pull(c) {
      const v = c.byobRequest.view;
      console.log('auto view', v.constructor.name, v.byteLength);
      v[0] = 42;
      c.byobRequest.respond(1);
      c.close();
    },
  });
  const ar = auto.getReader();
  console.log(await ar.read(), await ar.read());

  // respondWithNewView
  const nv = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      const view = new Uint8Array(v.buffer, v.byteOffset, 2);
      view.set([7, 8]);
      c.byobRequest.respondWithNewView(view);
    },
  });
  const nr = nv.getReader({ mode: 'byob' });
  console.log(Array.from((await nr.read(new Uint8Array(5))).value));
  await nr.cancel();

  // tee of a byte stream
  const [a, b] = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([9, 9])); c.close(); },
  }).tee();
  const ta = await a.getReader().read();
  const tb = await b.getReader().read();
  console.log('tee', Array.from(ta.value), Array.from(tb.value), ta.value.buffer !== tb.value.buffer);

  // Blob.stream()
  const blob = new Blob(['hello ', 'world']);
  const chunks = [];
  for await (const c of blob.stream()) chunks.push(Buffer.from(c).toString());
  console.log('blob', chunks.join(''));
  const dec = await new Response(blob.stream()).text().catch((e) => `no Response: ${e.message}`);
  console.log('response text', dec);
}
main();
