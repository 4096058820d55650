// maxConnections: connections beyond the limit are dropped ('drop' event) and closed.
const net = require('net');
const server = net.createServer((c) => {
  console.log('accepted');
  c.on('close', () => console.log('accepted one closed'));
  const second = net.connect(server.address().port);
  second.on('error', (e) => console.log('second error', e.code));
  second.on('close', () => {
    console.log('second closed');
    c.end();
    server.close(() => console.log('server closed'));
  });
  second.resume();
});
server.maxConnections = 1;
server.on('drop', (info) => console.log('drop', info.localFamily, info.remoteAddress, typeof info.remotePort));
server.listen(0, '127.0.0.1', () => {
  const first = net.connect(server.address().port, '127.0.0.1');
  first.resume();
  first.on('end', () => console.log('first end'));
});
