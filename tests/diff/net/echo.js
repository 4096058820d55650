// Client/server echo over IPv4, with pause/resume on the server and byte counters.
const net = require('net');
const server = net.createServer((c) => {
  console.log('server: connection', c.remoteFamily, c.remoteAddress, typeof c.remotePort);
  c.on('data', (d) => c.write(d));
  c.on('end', () => { console.log('server: end'); c.end(); });
  c.on('close', (hadError) => console.log('server: close', hadError));
});
server.on('listening', () => console.log('listening', server.listening, server.address().family));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = net.connect({ port, host: '127.0.0.1' });
  console.log('pending', client.pending, client.connecting, client.readyState);
  client.on('connect', () => console.log('connect', client.readyState, client.localAddress, client.pending));
  client.on('ready', () => console.log('ready'));
  const chunks = [];
  client.on('data', (d) => {
    chunks.push(d);
    if (Buffer.concat(chunks).length === 100000) client.end();
  });
  client.write(Buffer.alloc(50000, 'a'));
  client.write('b'.repeat(50000));
  client.on('end', () => console.log('client: end', Buffer.concat(chunks).length));
  client.on('close', (hadError) => {
    console.log('client: close', hadError, client.bytesRead, client.bytesWritten, client.readyState);
    server.close(() => console.log('server closed'));
  });
});
