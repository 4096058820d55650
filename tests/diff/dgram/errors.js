'use strict';
// dgram: argument errors, unbound and closed sockets, bind errors, socket options.
const dgram = require('dgram');

const t = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', r === undefined ? 'undefined' : typeof r === 'object' ? r.constructor.name : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.errno, e.syscall, Object.keys(e).join(','));
  }
};

t('bad type', () => dgram.createSocket('tcp'));
t('no type', () => dgram.createSocket());
t('bad recvBufferSize', () => dgram.createSocket({ type: 'udp4', recvBufferSize: -1 }));
t('bad lookup', () => dgram.createSocket({ type: 'udp4', lookup: 5 }));
const s = dgram.createSocket('udp4');
console.log(Object.keys(s).join(','), s.type, s instanceof require('events'));
t('address unbound', () => s.address());
t('remoteAddress', () => s.remoteAddress());
t('setBroadcast unbound', () => s.setBroadcast(true));
t('setTTL unbound', () => s.setTTL(5));
t('setTTL string', () => s.setTTL('x'));
t('getRecvBufferSize unbound', () => s.getRecvBufferSize());
t('setSendBufferSize bad', () => s.setSendBufferSize(-1));
t('send port 0', () => s.send('x', 0, '127.0.0.1'));
t('send port big', () => s.send('x', 70000, '127.0.0.1'));
t('send port str', () => s.send('x', 'a', '127.0.0.1'));
t('send number', () => s.send(5, 1234));
t('send bad list', () => s.send(['a', 5], 1234));
t('send bad address', () => s.send('x', 1234, 5));
t('send oob', () => s.send(Buffer.alloc(4), 2, 5, 1234, '127.0.0.1'));
t('disconnect', () => s.disconnect());
t('connect 0', () => s.connect(0));
t('addMembership no args', () => s.addMembership());
t('queue', () => [s.getSendQueueSize(), s.getSendQueueCount()].join());

s.bind(0, '127.0.0.1', () => {
  const a = s.address();
  console.log('bound', typeof a.port, a.family, a.address);
  t('bind again', () => s.bind());
  t('setTTL 300', () => s.setTTL(300));
  t('setMulticastTTL 300', () => s.setMulticastTTL(300));
  t('setTTL 64', () => s.setTTL(64));
  t('setMulticastTTL 4', () => s.setMulticastTTL(4));
  t('setMulticastLoopback', () => s.setMulticastLoopback(true));
  t('setBroadcast', () => s.setBroadcast(true));
  t('setMulticastInterface', () => s.setMulticastInterface('127.0.0.1'));
  t('setMulticastInterface bad', () => s.setMulticastInterface('x'));
  t('addMembership unicast', () => s.addMembership('1.2.3.4'));
  t('addMembership bad iface', () => s.addMembership('224.0.0.114', 'x'));
  t('addMembership', () => s.addMembership('224.0.0.114', '127.0.0.1'));
  t('dropMembership', () => s.dropMembership('224.0.0.114', '127.0.0.1'));
  t('dropMembership again', () => s.dropMembership('224.0.0.114', '127.0.0.1'));
  t('ssm bad', () => s.addSourceSpecificMembership('x', '232.1.1.1'));
  t('setRecvBufferSize', () => s.setRecvBufferSize(16384));
  t('getRecvBufferSize', () => s.getRecvBufferSize());
  t('setSendBufferSize', () => s.setSendBufferSize(16384));
  t('getSendBufferSize', () => s.getSendBufferSize());
  t('ref/unref', () => s.unref().ref() === s);
  const s2 = dgram.createSocket({ type: 'udp4', recvBufferSize: 10000, sendBufferSize: 12000 });
  s2.on('error', (e) => {
    console.log('s2 error', e.code, e.errno, e.syscall, e.address, e.port === a.port, Object.keys(e).join(','));
    const s3 = dgram.createSocket('udp4');
    s3.on('error', (e3) => {
      console.log('s3 error', e3.message, Object.keys(e3).join(','));
      s3.close();
      const s4 = dgram.createSocket({ type: 'udp4', recvBufferSize: 10000, sendBufferSize: 12000 });
      s4.bind(0, () => {
        console.log('s4 sizes', s4.getRecvBufferSize(), s4.getSendBufferSize());
        s4.close();
        const ac = new AbortController();
        const s5 = dgram.createSocket({ type: 'udp6', signal: ac.signal, ipv6Only: true });
        s5.on('close', () => {
          console.log('s5 closed by abort');
          s.close(() => {
            console.log('closed');
            t('close again', () => s.close());
            t('send closed', () => s.send('x', 5, 'l'));
            t('address closed', () => s.address());
          });
        });
        s5.bind(0, '::1', () => ac.abort());
      });
    });
    s3.bind(0, '1.2.3.4');
  });
  s2.bind(a.port, '127.0.0.1');
});
