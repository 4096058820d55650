'use strict';
// 'upgrade' and 'connect' on both sides: the head bytes after the request, then raw bytes
// both ways on the handed-over socket.
const http = require('http');

const server = http.createServer((req, res) => res.end('plain'));
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.url, req.headers.upgrade, JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome;');
  socket.on('data', (d) => socket.write(`echo:${d}`));
  socket.on('end', () => socket.end());
});
server.on('connect', (req, socket, head) => {
  console.log('server connect', req.url, JSON.stringify(head.toString()));
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel-bytes');
});

server.listen(0, async () => {
  const port = server.address().port;
  await new Promise((resolve) => {
    const req = http.request({ port, path: '/chat', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('upgrade', (res, socket, head) => {
      console.log('client upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(head.toString()));
      let got = '';
      socket.on('data', (d) => {
        got += d;
        if (got === 'echo:ping') socket.end();
      });
      socket.on('close', () => {
        console.log('client got', got);
        resolve();
      });
      socket.write('ping');
    });
    req.end();
  });
  await new Promise((resolve) => {
    const req = http.request({ port, method: 'CONNECT', path: 'example.com:443' });
    req.on('connect', (res, socket, head) => {
      console.log('client connect', res.statusCode, res.statusMessage, JSON.stringify(head.toString()));
      let got = head.toString();
      socket.on('data', (d) => { got += d; });
      socket.on('close', () => {
        console.log('tunnel got', got);
        resolve();
      });
      socket.end();
    });
    req.end();
  });
  server.close(() => console.log('closed'));
});
