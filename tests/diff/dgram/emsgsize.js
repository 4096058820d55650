'use strict';
// dgram: a datagram over 64 KiB fails in the send callback with Node's error shape.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  s.send(Buffer.alloc(70000), 9, '127.0.0.1', (e, n) => {
    console.log(e.message.replace(/:\d+$/, ':PORT'), e.code, e.errno, e.syscall, e.address, Object.keys(e), n);
    s.close(() => console.log('closed'));
  });
});
