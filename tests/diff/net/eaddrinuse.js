// listen() on a port in use: the EADDRINUSE error and the server's state afterwards.
const net = require('net');
const a = net.createServer();
a.listen(0, () => {
  const { port } = a.address();
  const b = net.createServer();
  b.on('error', (e) => {
    console.log(e.message === `listen EADDRINUSE: address already in use :::${port}`);
    console.log(e.code, e.errno, e.syscall, e.address, e.port === port, Object.keys(e));
    console.log('listening', b.listening, b.address());
    a.close(() => console.log('closed'));
  });
  b.listen(port);
});
