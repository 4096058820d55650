// Without allowHalfOpen a socket ends its own side when the peer ends.
const net = require('net');
const server = net.createServer((c) => {
  c.on('data', () => {});
  c.on('end', () => console.log('server end, writable', c.writable));
  c.on('finish', () => console.log('server finish'));
  c.on('close', () => { console.log('server close'); server.close(); });
});
server.listen(0, () => {
  const client = net.connect(server.address().port);
  client.on('connect', () => client.end());
  client.on('data', () => {});
  client.on('end', () => console.log('client end'));
  client.on('close', (e) => console.log('client close', e));
});
