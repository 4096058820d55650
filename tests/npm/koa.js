// Koa: middleware composition with async/await, ctx.body of strings/objects/buffers, status
// codes, thrown errors, driven by the http client and by curl, on port 0.
const http = require('http');
const { execFile } = require('child_process');
const Koa = require('koa');

const app = new Koa();
app.silent = true;
app.use(async (ctx, next) => {
  await next();
  ctx.set('X-Order', 'outer-after');
});
app.use(async (ctx) => {
  if (ctx.path === '/') ctx.body = 'hello koa';
  else if (ctx.path === '/json') ctx.body = { method: ctx.method, q: ctx.query.q || null };
  else if (ctx.path === '/buf') ctx.body = Buffer.from('bytes');
  else if (ctx.path === '/upload') {
    let raw = '';
    for await (const chunk of ctx.req) raw += chunk;
    ctx.status = 201;
    ctx.body = `got ${raw.length} bytes`;
  } else if (ctx.path === '/teapot') ctx.throw(418, 'short and stout');
});

function call(port, method, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', method, path }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-type']} ${res.headers['x-order']} ${data}`));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function curl(args) {
  return new Promise((resolve) => {
    execFile('curl', ['-s', '-w', ' [%{http_code}]', ...args], (err, stdout) => resolve(err ? `curl failed: ${err.code}` : stdout));
  });
}

const server = http.createServer(app.callback()).listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log(await call(port, 'GET', '/'));
  console.log(await call(port, 'GET', '/json?q=1'));
  console.log(await call(port, 'GET', '/buf'));
  console.log(await call(port, 'POST', '/upload', 'x'.repeat(5000)));
  console.log(await call(port, 'GET', '/teapot'));
  console.log(await call(port, 'GET', '/missing'));
  const base = `http://127.0.0.1:${port}`;
  console.log('curl', await curl([`${base}/json?q=curl`]));
  console.log('curl', await curl(['-d', 'abc', `${base}/upload`]));
  server.close(() => console.log('closed'));
});
