// server.close() with a live connection: no new connections, 'close' after the last one ends.
const net = require('net');
const server = net.createServer((c) => {
  console.log('connection');
  server.close(() => console.log('server close event'));
  console.log('listening after close', server.listening);
  server.getConnections((err, n) => {
    console.log('connections', err, n);
    c.end('bye');
  });
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client data', d));
  c.on('close', () => console.log('client close'));
});
