'use strict';
// Malformed and oversized requests over a raw socket: the default 400/431 replies, then
// 'clientError' with Node's parser codes; header validation errors thrown synchronously.
const http = require('http');
const net = require('net');

function check(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

check('name', () => http.validateHeaderName('bad name'));
check('name ok', () => http.validateHeaderName('X-Good'));
check('value undefined', () => http.validateHeaderValue('x-a', undefined));
check('value ctl', () => http.validateHeaderValue('x-a', 'a\nb'));
check('method', () => http.request({ method: 'BAD METHOD', port: 1 }));
check('path', () => http.request({ path: '/a b', port: 1 }));
check('protocol', () => http.request('https://localhost:1/'));
check('agent', () => http.request({ agent: 5, port: 1 }));

const cases = [
  ['garbage', 'GARBAGE\r\n\r\n'],
  ['bad header', 'GET / HTTP/1.1\r\nHost: a\r\nBad Header: x\r\n\r\n'],
  ['bad content-length', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n'],
  ['duplicate content-length', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'],
  ['te with cl', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ['bad chunk', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
  ['huge header', `GET / HTTP/1.1\r\nHost: a\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`],
  ['missing host', 'GET / HTTP/1.1\r\n\r\n'],
  ['bare cr', 'GET / HTTP/1.1\r\nHost: a\r\nA: b\rc\r\n\r\n'],
];

function raw(server, text) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, () => c.write(text));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('error', () => {});
    c.on('close', () => resolve(got.split('\r\n')[0]));
  });
}

const server = http.createServer((req, res) => {
  res.end('ok');
});

server.listen(0, async () => {
  for (const [label, text] of cases) console.log('default', label, '->', await raw(server, text));
  server.on('clientError', (err, socket) => {
    console.log('  clientError', err.code, err.message);
    socket.end('HTTP/1.1 400 Custom\r\n\r\n');
  });
  for (const [label, text] of cases.slice(0, 7)) console.log('listener', label, '->', await raw(server, text));
  console.log('still serving', await raw(server, 'GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'));
  server.close(() => console.log('closed'));
});
