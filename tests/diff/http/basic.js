'use strict';
// A server and a client in one process: methods, URLs, status lines, header tables both ways.
const http = require('http');

const server = http.createServer((req, res) => {
  const body = [];
  req.on('data', (d) => body.push(d));
  req.on('end', () => {
    console.log('server got', req.method, req.url, req.httpVersion, JSON.stringify(req.rawHeaders.filter((h, i) => i % 2 === 0)));
    console.log('  headers', req.headers['x-multi'], req.headers.cookie, JSON.stringify(req.headers['set-cookie']), req.headers['content-length']);
    console.log('  body', JSON.stringify(Buffer.concat(body).toString()));
    if (req.url === '/404') {
      res.statusCode = 404;
      res.statusMessage = 'Nope';
      res.end();
      return;
    }
    res.setHeader('X-Custom', 'one');
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    console.log('  getHeader', res.getHeader('x-custom'), JSON.stringify(res.getHeaderNames()), res.hasHeader('X-CUSTOM'), res.headersSent);
    res.removeHeader('x-custom');
    res.writeHead(201, { 'Content-Type': 'text/plain' });
    console.log('  headersSent', res.headersSent);
    res.end(`echo:${Buffer.concat(body).toString()}`);
  });
});

function request(opts, body) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, ...opts }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => {
        console.log('client got', res.statusCode, res.statusMessage, res.httpVersion,
          res.headers['content-type'], JSON.stringify(res.headers['set-cookie']), res.headers['content-length'], JSON.stringify(data));
        resolve();
      });
    });
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

server.listen(0, async () => {
  await request({ path: '/a?b=c' });
  await request({ method: 'POST', path: '/post', headers: { 'X-Multi': ['x', 'y'], Cookie: ['c=1', 'd=2'] } }, 'hello body');
  await request({ method: 'put', path: '/404' }, Buffer.from('buf'));
  await new Promise((resolve) => http.get(`http://localhost:${server.address().port}/url-string`, (res) => {
    console.log('get via url', res.statusCode);
    res.resume();
    res.on('end', resolve);
  }));
  server.close(() => console.log('closed'));
});
