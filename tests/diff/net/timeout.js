// setTimeout on an idle socket emits 'timeout' (the socket stays open until destroyed).
const net = require('net');
const server = net.createServer((c) => { c.resume(); c.on('close', () => server.close()); });
server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.setTimeout(50, () => {
    console.log('timeout', c.timeout, c.destroyed);
    c.setTimeout(0);
    console.log('after clear', c.timeout);
    c.destroy();
  });
  c.on('close', () => console.log('close'));
});
