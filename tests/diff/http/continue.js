'use strict';
// Expect: 100-continue with and without a 'checkContinue' listener, 'information' for 1xx,
// writeContinue, writeProcessing and writeEarlyHints.
const http = require('http');

function serve(withCheck) {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      console.log('request', req.url, req.headers.expect, JSON.stringify(body));
      if (req.url === '/hints') {
        res.writeProcessing();
        res.writeEarlyHints({ link: '</style.css>; rel=preload' });
      }
      res.end('done');
    });
  });
  if (withCheck) {
    server.on('checkContinue', (req, res) => {
      console.log('checkContinue', req.url);
      if (req.url === '/deny') {
        res.writeHead(417);
        res.end('no');
        return;
      }
      res.writeContinue();
      server.emit('request', req, res);
    });
  }
  return new Promise((resolve) => server.listen(0, () => resolve(server)));
}

function send(server, path, expect) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, method: 'POST', path, headers: expect ? { Expect: '100-continue' } : {} });
    req.on('continue', () => {
      console.log('client continue', path);
      req.end('payload');
    });
    req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage, JSON.stringify(info.headers)));
    req.on('response', (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => {
        console.log('response', path, res.statusCode, JSON.stringify(b));
        resolve();
      });
    });
    if (!expect) req.end('plain');
    else if (path === '/deny') req.end();
  });
}

(async () => {
  const a = await serve(false);
  await send(a, '/auto', true);
  await send(a, '/hints', false);
  a.close();
  const b = await serve(true);
  await send(b, '/checked', true);
  await send(b, '/deny', true);
  b.close(() => console.log('closed'));
})();
