// Fine-grained ordering of stream events against process.nextTick and microtasks.
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }
function mark(name, label) {
  process.nextTick(() => console.log(name, 'tick', label));
  Promise.resolve().then(() => console.log(name, 'micro', label));
}
function trace(name, s, evs = ['data', 'readable', 'end', 'finish', 'prefinish', 'close', 'error', 'drain', 'pause', 'resume']) {
  for (const ev of evs) {
    s.on(ev, (x) => {
      let v = '';
      if (ev === 'data') v = typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? JSON.stringify(x) : String(x);
      if (ev === 'error') v = x.message;
      console.log(name, ev, v);
    });
  }
}
const { Buffer } = require('buffer');

scenario('from-sync', (done) => {
  const r = Readable.from(['a', 'b', 'c']);
  trace('FS', r, ['data', 'end', 'close']);
  mark('FS', 1);
  setTimeout(done, 10);
});

scenario('from-async', (done) => {
  const r = Readable.from((async function* () { yield 'x'; yield 'y'; })());
  trace('FA', r, ['data', 'end', 'close']);
  mark('FA', 1);
  setTimeout(done, 10);
});

scenario('from-readable', (done) => {
  const r = Readable.from([1, 2, 3]);
  r.on('readable', () => {
    console.log('FR readable');
    let v;
    while ((v = r.read()) !== null) console.log('FR read', v);
  });
  r.on('end', () => console.log('FR end'));
  mark('FR', 1);
  setTimeout(done, 10);
});

scenario('push-sync-in-read', (done) => {
  let i = 0;
  const r = new Readable({
    read() {
      console.log('PS _read', i);
      if (i < 2) this.push(String(i++));
      else this.push(null);
    },
  });
  trace('PS', r);
  mark('PS', 1);
  setTimeout(done, 10);
});

scenario('push-async-in-read', (done) => {
  let i = 0;
  const r = new Readable({
    read() {
      console.log('PA _read', i);
      setTimeout(() => {
        if (i < 2) this.push(String(i++));
        else this.push(null);
      }, 1);
    },
  });
  trace('PA', r);
  mark('PA', 1);
  setTimeout(done, 20);
});

scenario('transform-sync', (done) => {
  const t = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { console.log('TS flush'); cb(); } });
  trace('TS', t);
  t.write('1');
  mark('TS', 'afterwrite');
  t.end('2');
  mark('TS', 'afterend');
  setTimeout(done, 10);
});

scenario('transform-readable-full', (done) => {
  const t = new Transform({
    readableHighWaterMark: 1,
    writableHighWaterMark: 1,
    transform(c, e, cb) { console.log('TF transform', c.toString()); cb(null, c); },
  });
  for (const ev of ['finish', 'end', 'close', 'drain']) t.on(ev, () => console.log('TF', ev));
  console.log('TF w', t.write('a'), t.write('b'), t.write('c'));
  t.end();
  setTimeout(() => {
    console.log('TF lengths', t.readableLength, t.writableLength);
    t.on('data', (d) => console.log('TF data', d.toString()));
  }, 2);
  setTimeout(done, 10);
});

scenario('passthrough-end-before-read', (done) => {
  const p = new PassThrough();
  trace('PE', p, ['finish', 'end', 'close', 'prefinish']);
  p.end('zz');
  mark('PE', 1);
  setTimeout(() => { p.resume(); mark('PE', 2); }, 2);
  setTimeout(done, 10);
});

scenario('duplex-construct', (done) => {
  const d = new Duplex({
    construct(cb) { console.log('DC construct'); process.nextTick(cb); },
    read() { console.log('DC read'); this.push('r'); this.push(null); },
    write(c, e, cb) { console.log('DC write', c.toString()); cb(); },
    final(cb) { console.log('DC final'); cb(); },
  });
  trace('DC', d, ['data', 'end', 'finish', 'close']);
  d.write('w');
  d.end();
  mark('DC', 1);
  setTimeout(done, 10);
});

scenario('writable-sync-cbs', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  trace('WS', w);
  w.write('a', () => console.log('WS cb a'));
  w.write('b', () => console.log('WS cb b'));
  mark('WS', 1);
  w.end('c', () => console.log('WS cb end'));
  mark('WS', 2);
  setTimeout(done, 10);
});

scenario('writable-hwm-drain', (done) => {
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { cb(); } });
  trace('WD', w);
  console.log('WD', w.write('abcd', () => console.log('WD cb1')));
  mark('WD', 1);
  setTimeout(done, 10);
});

scenario('destroy-in-data', (done) => {
  const r = Readable.from(['1', '2', '3']);
  r.on('data', (d) => {
    console.log('DD data', d);
    if (d === '2') r.destroy();
  });
  r.on('end', () => console.log('DD end'));
  r.on('close', () => console.log('DD close', r.readableAborted));
  setTimeout(done, 10);
});

scenario('error-then-close', (done) => {
  const w = new Writable({ write(c, e, cb) { process.nextTick(cb, new Error('wfail')); } });
  trace('EC', w);
  w.write('a', (err) => console.log('EC cb', err.message));
  w.end('b', (err) => console.log('EC endcb', err && err.message));
  mark('EC', 1);
  setTimeout(done, 10);
});

scenario('readable-then-data', (done) => {
  const r = new Readable({ read() {} });
  r.push('1');
  r.on('readable', () => console.log('RD readable', r.readableLength));
  r.on('data', (d) => console.log('RD data', d.toString()));
  mark('RD', 1);
  setTimeout(() => {
    r.removeAllListeners('readable');
    mark('RD', 2);
    setTimeout(() => {
      console.log('RD flowing', r.readableFlowing);
      r.push('2');
      r.push(null);
    }, 2);
  }, 2);
  r.on('end', () => console.log('RD end'));
  setTimeout(done, 20);
});

scenario('half-open', (done) => {
  const d = new Duplex({
    allowHalfOpen: true,
    read() { this.push(null); },
    write(c, e, cb) { cb(); },
  });
  trace('HO', d, ['end', 'finish', 'close']);
  d.resume();
  setTimeout(() => { console.log('HO writable', d.writable); d.end(); }, 3);
  setTimeout(done, 10);
});

function run(i) {
  if (i >= scenarios.length) return;
  const [name, fn] = scenarios[i];
  console.log('---', name);
  fn(() => run(i + 1));
}
run(0);
