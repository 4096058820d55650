'use strict';
// dgram: closing before bind, while an implicit bind is queued, and events order.
const dgram = require('dgram');

const a = dgram.createSocket('udp4');
a.on('close', () => {
  console.log('a close');
  try { a.bind(0); } catch (e) { console.log('a bind after close', e.code); }
  step2();
});
a.close(() => console.log('a close cb'));

function step2() {
  const b = dgram.createSocket('udp4');
  b.on('listening', () => console.log('b listening'));
  b.on('close', () => {
    console.log('b close');
    step3();
  });
  // send triggers an implicit bind; close is queued behind it.
  b.send('x', 9, '127.0.0.1', (err, n) => console.log('b send cb', err, n));
  b.close();
}

function step3() {
  const c = dgram.createSocket('udp6');
  c.bind({ port: 0, address: '::1' }, () => {
    const { port } = c.address();
    const d = dgram.createSocket({ type: 'udp6', lookup: (host, family, cb) => { console.log('lookup', host, family); cb(null, '::1', 6); } });
    d.connect(port, 'anything', () => {
      console.log('d connected', d.remoteAddress().family);
      d.send('hi');
    });
    c.on('message', (m, r) => {
      console.log('c got', String(m), r.family, r.size);
      d.close();
      c.close(() => console.log('done'));
    });
  });
}
