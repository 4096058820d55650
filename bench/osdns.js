'use strict';
// Workloads for bench/osdns.sh: UDP ping-pong over loopback, dns.lookup of a literal and of a
// /etc/hosts name, and os.networkInterfaces/cpus. Prints "name ms" lines.
const dgram = require('dgram');
const dns = require('dns');
const os = require('os');

function timeSync(name, n, fn) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  console.log(name, Number(process.hrtime.bigint() - t0) / 1e6);
}

function pingPong(n, done) {
  const server = dgram.createSocket('udp4');
  const client = dgram.createSocket('udp4');
  const msg = Buffer.alloc(64, 'x');
  let left = n;
  let t0;
  server.on('message', (m, r) => server.send(m, r.port, r.address));
  client.on('message', () => {
    if (--left === 0) {
      console.log('udp-pingpong', Number(process.hrtime.bigint() - t0) / 1e6);
      client.close();
      server.close();
      done();
      return;
    }
    client.send(msg, server.address().port, '127.0.0.1');
  });
  server.bind(0, '127.0.0.1', () => client.bind(0, '127.0.0.1', () => {
    t0 = process.hrtime.bigint();
    client.send(msg, server.address().port, '127.0.0.1');
  }));
}

function lookups(n, host, done) {
  let left = n;
  const t0 = process.hrtime.bigint();
  const next = () => {
    if (left-- === 0) {
      console.log(`lookup-${host}`, Number(process.hrtime.bigint() - t0) / 1e6);
      return done();
    }
    dns.lookup(host, next);
  };
  next();
}

timeSync('os.networkInterfaces', 500, () => os.networkInterfaces());
timeSync('os.cpus', 500, () => os.cpus());
pingPong(20000, () => lookups(20000, '127.0.0.1', () => lookups(5000, 'localhost', () => {})));
