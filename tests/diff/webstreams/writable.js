// WritableStream and its writer: backpressure, close, abort, errors, releaseLock.
'use strict';
const { WritableStream, WritableStreamDefaultController, CountQueuingStrategy } = require('stream/web');

function show(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const report = (label) => [(v) => console.log(label, 'resolved', v), (e) => console.log(label, 'rejected', e?.code, e?.message ?? e)];

async function main() {
  show('bytes type', () => new WritableStream({ type: 'bytes' }));
  show('ctor', () => new WritableStreamDefaultController());
  show('locked', () => { const w = new WritableStream(); w.getWriter(); w.getWriter(); });
  show('inspect', () => require('util').inspect(new WritableStream()));
  show('inspect writer', () => require('util').inspect(new WritableStream().getWriter()));

  const log = [];
  const ws = new WritableStream({
    start(c) { log.push(`start ${typeof c.signal}`); },
    write(chunk) {
      log.push(`write ${chunk}`);
      return new Promise((resolve) => setImmediate(resolve));
    },
    close() { log.push('close'); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const w = ws.getWriter();
  console.log('desired', w.desiredSize);
  const writes = [w.write('a'), w.write('b'), w.write('c')];
  console.log('desired after', w.desiredSize);
  await w.ready;
  console.log('ready, desired', w.desiredSize);
  await Promise.all(writes);
  await w.close();
  await w.closed;
  console.log(log);
  await w.close().then(...report('close after close'));

  // a failing sink errors the stream
  const fs = new WritableStream({ write() { throw new Error('sink failed'); } });
  const fw = fs.getWriter();
  await fw.write(1).then(...report('failing write'));
  await fw.closed.then(...report('closed'));
  await fw.write(2).then(...report('write on errored'));

  // abort
  const aborted = [];
  const as = new WritableStream({
    start(c) { c.signal.addEventListener('abort', () => aborted.push(`signal ${c.signal.reason}`)); },
    abort(reason) { aborted.push(`abort ${reason}`); },
  });
  const aw = as.getWriter();
  await aw.abort('stop').then(...report('abort'));
  console.log(aborted);
  await aw.closed.then(...report('closed after abort'));
  await aw.ready.then(...report('ready after abort'));

  // release
  const rs = new WritableStream();
  const rw = rs.getWriter();
  rw.releaseLock();
  console.log('locked', rs.locked);
  await rw.write(1).then(...report('write released'));
  await rw.closed.then(...report('closed released'));
  show('desiredSize released', () => rw.desiredSize);
  await rs.close().then(...report('stream close'));
  const ls = new WritableStream();
  ls.getWriter();
  await ls.abort().then(...report('abort locked'));
  await ls.close().then(...report('close locked'));

  // controller.error
  let ctl;
  const es = new WritableStream({ start(c) { ctl = c; } });
  const ew = es.getWriter();
  ctl.error(new Error('from controller'));
  await ew.closed.then(...report('controller error'));
  console.log('desired errored', ew.desiredSize);
}
main();
