// Writable: write() return values, 'drain', cork/uncork, _writev, end(), final, ordering.
const step = require('../fixtures/steps.js');
const { Buffer } = require('buffer');
const { Writable } = require('stream');

function trace(name, w) {
  for (const ev of ['drain', 'finish', 'prefinish', 'close', 'error', 'pipe', 'unpipe']) {
    w.on(ev, (e) => console.log(name, ev, ev === 'error' ? e.code || e.message : ''));
  }
}

{
  const w = new Writable({
    highWaterMark: 5,
    write(chunk, enc, cb) {
      console.log('A _write', chunk.toString(), enc, this.writableLength);
      process.nextTick(cb);
    },
  });
  trace('A', w);
  console.log('A defaults', w.writableHighWaterMark, w.writableObjectMode, w.writable, w.writableEnded,
    w.writableFinished, w.writableNeedDrain, w.writableCorked, w.writableLength, w.destroyed, w.closed);
  console.log('A w1', w.write('abc', () => console.log('A cb1')), w.writableLength);
  console.log('A w2', w.write('de', () => console.log('A cb2')), w.writableLength, w.writableNeedDrain);
  console.log('A w3', w.write('f', () => console.log('A cb3')), w.writableLength);
  console.log('A buffer', w.writableBuffer.length);
  w.once('drain', () => {
    w.end('end', () => console.log('A end cb', w.writableFinished));
    console.log('A after end', w.writable, w.writableEnded, w.writableFinished);
  });
}

step(() => {
  const w = new Writable({
    write(chunk, enc, cb) { console.log('B _write', chunk.toString()); cb(); },
    writev(chunks, cb) {
      console.log('B _writev', chunks.length, chunks.map((c) => c.chunk.toString() + ':' + c.encoding).join(','), chunks.allBuffers);
      cb();
    },
  });
  trace('B', w);
  w.cork();
  w.write('1');
  w.write('2', () => console.log('B cb2'));
  w.write('3');
  console.log('B corked', w.writableCorked, w.writableLength);
  process.nextTick(() => {
    w.uncork();
    console.log('B uncorked', w.writableCorked, w.writableLength);
    w.write('4');
    w.cork();
    w.cork();
    w.write('5');
    w.write('6');
    w.end();
  });
});

step(() => {
  const w = new Writable({
    decodeStrings: false,
    defaultEncoding: 'latin1',
    write(chunk, enc, cb) { console.log('C _write', typeof chunk, chunk, enc); cb(); },
    final(cb) { console.log('C final'); setTimeout(cb, 1); },
  });
  trace('C', w);
  w.write('str');
  w.write('hex', 'hex');
  w.setDefaultEncoding('UTF8');
  w.write('x');
  w.write(Buffer.from('buf'));
  w.end();
  console.log('C after end sync');
  try { w.setDefaultEncoding('nope'); } catch (e) { console.log(e.code, e.message); }
});

step(() => {
  const w = new Writable({ objectMode: true, write(c, e, cb) { console.log('D write', c, e); cb(); } });
  trace('D', w);
  console.log('D hwm', w.writableHighWaterMark);
  w.write({ a: 1 });
  w.write(0);
  w.write('s');
  w.end();
});

step(() => {
  const w = new Writable({ write(c, e, cb) { console.log('E write'); cb(); } });
  trace('E', w);
  w.end();
  w.end(() => console.log('E second end cb'));
  setTimeout(() => {
    w.end((err) => console.log('E third end cb', err && err.code));
  }, 1);
});

step(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  trace('F', w);
  const results = [];
  for (let i = 0; i < 5; i++) results.push(w.write(Buffer.alloc(4000)));
  console.log('F', results.join(), w.writableLength, w.writableNeedDrain);
});

step(() => {
  const w = new Writable({ highWaterMark: 2, write(c, e, cb) { setTimeout(cb, 1); } });
  trace('G', w);
  console.log('G', w.write('a'), w.write('b'), w.write('c'));
  w.end('d');
  console.log('G needDrain after end', w.writableNeedDrain);
});

step(() => {
  const w = new Writable({
    final(cb) { console.log('H final sync'); cb(); },
    write(c, e, cb) { cb(); },
  });
  trace('H', w);
  w.end();
  console.log('H after end');
  process.nextTick(() => console.log('H tick'));
});
