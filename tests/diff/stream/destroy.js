// destroy(): 'error'/'close' ordering, autoDestroy, emitClose, _destroy callbacks.
const step = require('../fixtures/steps.js');
const { Readable, Writable, Duplex } = require('stream');

function trace(name, s) {
  for (const ev of ['end', 'finish', 'close', 'error']) {
    s.on(ev, (e) => console.log(name, ev, ev === 'error' ? e.message : '', s.destroyed));
  }
}

{
  const r = new Readable({ read() {} });
  trace('A', r);
  r.destroy();
  console.log('A sync', r.destroyed, r.closed, r.readableAborted, r.readable);
  r.destroy(new Error('second'));
  process.nextTick(() => console.log('A tick', r.closed));
}

step(() => {
  const r = new Readable({ read() {} });
  trace('B', r);
  r.destroy(new Error('bad'), (err) => console.log('B cb', err && err.message));
  console.log('B errored', r.errored.message, r.closed);
});

step(() => {
  const w = new Writable({
    write(c, e, cb) { cb(); },
    destroy(err, cb) {
      console.log('C _destroy', err && err.message);
      setTimeout(() => cb(err), 1);
    },
  });
  trace('C', w);
  w.destroy(new Error('cerr'));
  console.log('C closed?', w.closed);
});

step(() => {
  const w = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
  trace('D', w);
  w.end('x');
});

step(() => {
  const r = new Readable({ autoDestroy: false, read() { this.push(null); } });
  trace('E', r);
  r.resume();
  setTimeout(() => console.log('E destroyed?', r.destroyed), 2);
});

step(() => {
  const r = new Readable({ read() {} });
  trace('F', r);
  r.on('error', () => {});
  r.push('x');
  r.destroy(new Error('f1'));
  console.log('F push after destroy', r.push('y'), r.readableLength);
  console.log('F read', r.read());
});

step(() => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  trace('G', d);
  d.destroy();
  console.log('G', d.destroyed, d.readable, d.writable, d.writableAborted, d.readableAborted);
});

step(() => {
  const r = new Readable({
    read() {},
    destroy(err, cb) { throw new Error('thrown in destroy'); },
  });
  trace('H', r);
  r.destroy();
});

step(() => {
  const r = new Readable({
    construct(cb) { console.log('I construct'); setTimeout(cb, 2); },
    read() { console.log('I read'); this.push('x'); this.push(null); },
  });
  trace('I', r);
  r.on('data', (d) => console.log('I data', d.toString()));
});

step(() => {
  const r = new Readable({
    construct(cb) { setTimeout(() => cb(new Error('construct fail')), 1); },
    read() {},
  });
  trace('J', r);
  const w = new Writable({
    construct(cb) { console.log('J2 construct'); setTimeout(cb, 1); },
    write(c, e, cb) { console.log('J2 write', c.toString()); cb(); },
    final(cb) { console.log('J2 final'); cb(); },
  });
  trace('J2', w);
  w.write('early');
  w.end();
  const w3 = new Writable({ construct(cb) { setTimeout(cb, 1); }, write(c, e, cb) { cb(); } });
  trace('J3', w3);
  w3.destroy();
});

step(() => {
  const r = new Readable({ read() {} });
  r.destroy();
  r._undestroy();
  console.log('K undestroy', r.destroyed, r.closed, r.readable);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => console.log('K err', e.message));
  w.destroy(new Error('x'));
  setTimeout(() => {
    w._undestroy();
    console.log('K w', w.destroyed, w.errored, w.writable);
  }, 1);
});
