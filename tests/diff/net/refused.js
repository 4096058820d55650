// A refused connection: the error's message and properties.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  server.close(() => {
    const c = net.connect(port, '127.0.0.1');
    c.on('connect', () => console.log('unexpected connect'));
    c.on('error', (e) => {
      console.log(e.message === `connect ECONNREFUSED 127.0.0.1:${port}`, e.code, e.errno, e.syscall, e.address, e.port === port);
      console.log(Object.keys(e));
    });
    c.on('close', (hadError) => console.log('close', hadError, c.destroyed));
  });
});
