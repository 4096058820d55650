// Duplex, Transform and PassThrough behaviour and event order.
const { Duplex, Transform, PassThrough, Readable, Writable } = require('stream');

function trace(name, s) {
  for (const ev of ['end', 'finish', 'prefinish', 'close', 'error', 'drain']) {
    s.on(ev, (e) => console.log(name, ev, ev === 'error' ? e.code || e.message : ''));
  }
}

{
  const d = new Duplex({
    read() { this.push('r'); this.push(null); },
    write(c, e, cb) { console.log('A write', c.toString()); cb(); },
  });
  trace('A', d);
  console.log('A', d instanceof Readable, d instanceof Writable, d instanceof Duplex, d.allowHalfOpen,
    d.readable, d.writable, d.readableHighWaterMark, d.writableHighWaterMark);
  d.on('data', (c) => console.log('A data', c.toString()));
  d.write('w');
  d.end();
}

setTimeout(() => {
  const d = new Duplex({
    allowHalfOpen: false,
    read() { this.push('only'); this.push(null); },
    write(c, e, cb) { console.log('B write', c.toString()); cb(); },
    final(cb) { console.log('B final'); cb(); },
  });
  trace('B', d);
  d.resume();
}, 10);

setTimeout(() => {
  const d = new Duplex({ readableObjectMode: true, writableHighWaterMark: 3, read() {}, write(c, e, cb) { cb(); } });
  console.log('C', d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
  const d2 = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  trace('C2', d2);
  console.log('C2', d2.readable, d2.writable, d2.readableEnded);
  d2.end('x');
  const d3 = new Duplex({ writable: false, read() { this.push(null); } });
  trace('C3', d3);
  console.log('C3', d3.readable, d3.writable, d3.writableEnded, d3.writableFinished);
  d3.resume();
}, 20);

setTimeout(() => {
  const t = new Transform({
    transform(chunk, enc, cb) {
      console.log('D transform', chunk.toString(), enc);
      cb(null, chunk.toString().toUpperCase());
    },
    flush(cb) { console.log('D flush'); cb(null, '!'); },
  });
  trace('D', t);
  t.on('data', (c) => console.log('D data', c.toString()));
  t.write('a');
  t.write('b');
  t.end('c');
}, 30);

setTimeout(() => {
  const t = new Transform({
    objectMode: true,
    transform(chunk, enc, cb) {
      this.push(chunk);
      this.push(chunk * 10);
      cb();
    },
  });
  trace('E', t);
  t.on('data', (c) => console.log('E data', c));
  t.write(1);
  t.write(2);
  t.end();
}, 40);

setTimeout(() => {
  const t = new Transform({ transform(c, e, cb) { cb(new Error('tfail')); } });
  trace('F', t);
  t.write('x', (err) => console.log('F cb', err && err.message));
}, 50);

setTimeout(() => {
  const p = new PassThrough();
  trace('G', p);
  p.write('hello');
  p.end(' world');
  let s = '';
  p.on('data', (c) => { s += c; });
  p.on('end', () => console.log('G got', s));
}, 60);

setTimeout(() => {
  // Backpressure: transform holds the callback until read.
  let n = 0;
  const t = new Transform({
    highWaterMark: 2,
    transform(c, e, cb) { n++; cb(null, c); },
  });
  for (let i = 0; i < 6; i++) console.log('H write', i, t.write('xx'));
  setTimeout(() => {
    console.log('H transformed', n, t.readableLength, t.writableLength);
    t.resume();
    setTimeout(() => console.log('H after resume', n, t.readableLength, t.writableLength), 5);
  }, 5);
}, 70);

setTimeout(() => {
  const t = new Transform();
  t.on('error', (e) => console.log('I', e.code, e.message));
  try { t.write('x'); } catch (e) { console.log('I throw', e.code, e.message); }
  const t2 = new Transform({ transform(c, e, cb) { cb(); }, flush(cb) { cb(new Error('flushfail')); } });
  trace('I2', t2);
  t2.end('y');
  t2.resume();
}, 90);

setTimeout(() => {
  const t = new Transform({
    transform(c, e, cb) { cb(null, c); },
    final(cb) { console.log('J custom final'); cb(); },
    flush(cb) { console.log('J flush'); cb(); },
  });
  trace('J', t);
  t.resume();
  t.end('z');
}, 100);
