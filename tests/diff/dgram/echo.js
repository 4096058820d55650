'use strict';
// dgram: bind, send forms, message/rinfo, connect, close, for udp4 and udp6, step by step.
const dgram = require('dgram');

function run(type, loopback, done) {
  const server = dgram.createSocket(type);
  const client = dgram.createSocket({ type });
  const steps = [];
  server.on('message', (msg, rinfo) => {
    console.log(type, 'server got', JSON.stringify(msg.toString()), rinfo.family, rinfo.address, rinfo.size,
      rinfo.port === client.address().port);
    server.send(Buffer.concat([Buffer.from('echo:'), msg]), rinfo.port, rinfo.address);
  });
  client.on('message', (msg, rinfo) => {
    console.log(type, 'client got', msg.toString(), rinfo.address, rinfo.port === server.address().port);
    const step = steps.shift();
    if (step) step();
  });
  server.on('listening', () => console.log(type, 'listening event'));
  server.bind(0, loopback, () => {
    const a = server.address();
    console.log(type, 'bound', a.address, a.family, typeof a.port, a.port > 0);
    const port = a.port;
    steps.push(
      () => client.send(Buffer.from('hello world'), 6, 5, port, loopback, (err, n) => console.log('cb', err, n)),
      () => client.send([Buffer.from('a'), 'b', new Uint8Array([99])], port, loopback),
      () => client.send('', port, loopback, (err, n) => console.log('empty cb', err, n)),
      () => client.connect(port, loopback, () => {
        console.log(type, 'connected', client.remoteAddress().port === port);
        try { client.connect(port); } catch (e) { console.log(e.code, e.message); }
        try { client.send('x', port); } catch (e) { console.log(e.code, e.message); }
        client.send('via connect');
      }),
      () => {
        client.disconnect();
        try { client.remoteAddress(); } catch (e) { console.log(e.code, e.message); }
        try { client.disconnect(); } catch (e) { console.log(e.code, e.message); }
        let closed = 0;
        const both = () => { if (++closed === 2) done(); };
        client.close(() => { console.log(type, 'client closed'); both(); });
        server.on('close', () => { console.log(type, 'server closed'); both(); });
        server.close();
        try { client.send('x', port); } catch (e) { console.log(e.code, e.message); }
        try { server.address(); } catch (e) { console.log(e.code, e.message); }
      });
    client.send('first', port, loopback, (err, n) => console.log('first cb', err, n));
  });
}

run('udp4', '127.0.0.1', () => run('udp6', '::1', () => console.log('done')));
