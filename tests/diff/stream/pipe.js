// Readable.prototype.pipe: backpressure, 'drain', unpipe, multiple destinations, errors.
const step = require('../fixtures/steps.js');
const { Readable, Writable, PassThrough } = require('stream');

function src(name, n, size) {
  let i = 0;
  const r = new Readable({
    highWaterMark: 8,
    read() {
      if (i < n) this.push(String(i++ % 10).repeat(size));
      else this.push(null);
    },
  });
  for (const ev of ['end', 'close', 'pause', 'resume', 'error']) r.on(ev, () => console.log(name, 'src', ev));
  return r;
}

function sink(name, hwm, delay) {
  const w = new Writable({
    highWaterMark: hwm,
    write(c, e, cb) {
      console.log(name, 'write', c.toString());
      if (delay) setTimeout(cb, delay);
      else cb();
    },
  });
  for (const ev of ['finish', 'close', 'drain', 'error', 'unpipe']) w.on(ev, () => console.log(name, 'dst', ev));
  w.on('pipe', (s) => console.log(name, 'dst pipe', s instanceof Readable));
  return w;
}

{
  const r = src('A', 4, 3);
  const w = sink('A', 4, 1);
  console.log('A returns dest', r.pipe(w) === w, r.readableFlowing);
}

step(() => {
  const r = src('B', 3, 2);
  const w1 = sink('B1', 2, 1);
  const w2 = sink('B2', 100, 0);
  r.pipe(w1);
  r.pipe(w2);
  console.log('B pipes', r._readableState.pipes.length);
});

step(() => {
  const r = new Readable({ read() {} });
  const w = sink('C', 100, 0);
  r.pipe(w);
  r.push('first');
  setTimeout(() => {
    r.unpipe(w);
    console.log('C after unpipe', r.readableFlowing, r.isPaused());
    r.push('second');
    setTimeout(() => {
      console.log('C buffered', r.readableLength);
      r.unpipe();
      r.destroy();
    }, 2);
  }, 2);
});

step(() => {
  const r = src('D', 3, 1);
  const w = sink('D', 100, 0);
  r.pipe(w, { end: false });
  r.on('end', () => setTimeout(() => console.log('D dest still writable', w.writable, w.writableEnded), 1));
});

step(() => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(new Error('dest fail')); } });
  w.on('error', (e) => console.log('E dest error', e.message));
  w.on('unpipe', () => console.log('E unpipe'));
  r.pipe(w);
  r.push('x');
});

step(() => {
  const a = new PassThrough();
  const b = new PassThrough();
  const c = new PassThrough();
  a.pipe(b).pipe(c);
  c.on('data', (d) => console.log('F chain', d.toString()));
  c.on('end', () => console.log('F end'));
  a.end('through');
});

step(() => {
  const r = new Readable({ read() {} });
  const w = sink('G', 100, 0);
  r.push('pre');
  r.push(null);
  r.on('end', () => {
    console.log('G ended, piping now');
    r.pipe(w);
  });
  r.resume();
});
