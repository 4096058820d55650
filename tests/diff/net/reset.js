// resetAndDestroy mid-stream: the peer sees ECONNRESET on read.
const net = require('net');
const server = net.createServer((c) => {
  c.once('data', () => {
    c.resetAndDestroy();
  });
  c.on('close', (hadError) => console.log('server socket close', hadError));
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => c.write('first'));
  c.on('data', () => {});
  c.on('error', (e) => console.log('client error', e.code, e.syscall, e.message));
  c.on('close', (hadError) => { console.log('client close', hadError); server.close(); });
});
