// allowHalfOpen: the server reads to EOF, then still writes back; the client sees the reply.
const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (c) => {
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    console.log('server end', got, c.readyState, c.writable);
    c.write('reply:');
    c.end(got.toUpperCase());
  });
  c.on('close', () => { console.log('server socket close'); server.close(); });
});
server.listen(0, () => {
  const client = net.connect(server.address().port, () => {
    client.end('half');
    console.log('client ended', client.readyState);
  });
  let reply = '';
  client.on('data', (d) => { reply += d; });
  client.on('end', () => console.log('client got', reply));
  client.on('close', () => console.log('client close'));
});
