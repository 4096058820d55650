// IPv6 loopback: listen on ::1, connect, addresses.
const net = require('net');
const server = net.createServer((c) => {
  console.log('server side', c.remoteFamily, c.remoteAddress, c.localAddress);
  c.end('v6');
});
server.listen(0, '::1', () => {
  const a = server.address();
  console.log(a.address, a.family);
  const c = net.connect({ port: a.port, host: '::1' });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d, c.remoteFamily, c.remoteAddress));
  c.on('close', () => server.close());
});
