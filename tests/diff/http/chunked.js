'use strict';
// Chunked bodies both ways, trailers, flushHeaders, rawTrailers, HEAD and 204 without bodies.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  console.log('server', req.method, req.url, req.headers['transfer-encoding']);
  const parts = [];
  req.on('data', (d) => parts.push(d.toString()));
  req.on('end', () => {
    console.log('  body', JSON.stringify(parts.join('')), 'trailers', JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers));
    if (req.url === '/204') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (req.httpVersion === '1.1' && req.method !== 'HEAD') res.setHeader('Trailer', 'X-Sum');
    res.write('first,');
    res.write(Buffer.from('second,'));
    if (req.httpVersion === '1.1') res.addTrailers({ 'X-Sum': '42' });
    res.end('third');
  });
});

function raw(text) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, () => c.end(text));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('close', () => {
      console.log('raw reply', JSON.stringify(got.replace(/Date: [^\r]*\r\n/, '')));
      resolve();
    });
  });
}

server.listen(0, async () => {
  const port = server.address().port;
  await new Promise((resolve) => {
    const req = http.request({ port, method: 'POST', path: '/up' }, (res) => {
      console.log('client', res.statusCode, res.headers['transfer-encoding'], res.headers.trailer);
      let data = '';
      res.on('data', (d) => { data += d; });
      res.on('end', () => {
        console.log('  data', data, 'trailers', JSON.stringify(res.trailers));
        resolve();
      });
    });
    req.flushHeaders();
    req.write('a');
    req.write('bb');
    req.addTrailers([['X-Check', 'yes']]);
    req.end('ccc');
  });
  await new Promise((resolve) => {
    const req = http.request({ port, method: 'HEAD', path: '/head' }, (res) => {
      console.log('head', res.statusCode, res.headers['transfer-encoding']);
      res.on('data', () => console.log('unexpected data'));
      res.on('end', resolve);
    });
    req.end();
  });
  await new Promise((resolve) => {
    http.get({ port, path: '/204' }, (res) => {
      console.log('204', res.statusCode, res.headers['content-length'], res.headers['transfer-encoding']);
      res.resume();
      res.on('end', resolve);
    });
  });
  await raw('POST /raw HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n4;ext=1\r\nwxyz\r\n0\r\nT1: a\r\nT2: b\r\n\r\n');
  await raw('GET /old HTTP/1.0\r\n\r\n');
  server.close(() => console.log('closed'));
});
