'use strict';
// Failures in flight: the client resets mid-body (server sees 'aborted'/'close'), the server
// destroys mid-response (client sees an error on the response), a refused connection, and
// a request aborted with req.destroy() before it connects.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/upload') {
    req.on('data', (d) => {
      console.log('server got bytes', d.length);
      sock.destroy();
    });
    req.on('aborted', () => console.log('server req aborted'));
    req.on('error', (err) => console.log('server req error', err.code, err.message));
    res.on('close', () => {
      console.log('server res close, finished:', res.writableFinished);
      next();
    });
  } else if (req.url === '/half') {
    res.writeHead(200, { 'Content-Length': 100 });
    res.write('partial');
    setImmediate(() => res.destroy());
  }
});

let sock;
let next;
server.listen(0, async () => {
  const port = server.address().port;
  await new Promise((resolve) => {
    next = resolve;
    sock = net.connect(port, () => {
      sock.write('POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\nsome');
    });
    sock.on('error', () => {});
  });
  await new Promise((resolve) => {
    http.get({ port, path: '/half' }, (res) => {
      console.log('client status', res.statusCode);
      res.on('data', (d) => console.log('client data', d.toString()));
      res.on('aborted', () => console.log('client res aborted'));
      res.on('error', (err) => console.log('client res error', err.code, err.message));
      res.on('close', () => {
        console.log('client res close, complete:', res.complete);
        resolve();
      });
    });
  });
  server.close(async () => {
    await new Promise((resolve) => {
      const req = http.get({ port, path: '/' });
      req.on('error', (err) => {
        console.log('refused', err.code, err.syscall, err.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
        resolve();
      });
    });
    await new Promise((resolve) => {
      const req = http.get({ port, path: '/' });
      req.on('error', (err) => console.log('destroyed request error', err.code, err.message));
      req.on('close', () => {
        console.log('destroyed request close');
        resolve();
      });
      req.destroy();
    });
  });
});
