// Express: routing, params, query, JSON bodies, middleware, status codes and errors, driven by
// the http client and by curl, on port 0.
const http = require('http');
const { execFile } = require('child_process');
const express = require('express');

const app = express();
app.use(express.json());
app.use((req, res, next) => {
  res.set('X-Mw', 'seen');
  next();
});
app.get('/', (req, res) => res.send('hello express'));
app.get('/users/:id', (req, res) => res.json({ id: req.params.id, q: req.query.q || null }));
app.post('/echo', (req, res) => res.status(201).json({ got: req.body }));
app.get('/redirect', (req, res) => res.redirect('/'));
app.get('/boom', () => { throw new Error('boom'); });
app.use((err, req, res, next) => res.status(500).send(`caught ${err.message}`));

function call(port, method, path, body) {
  return new Promise((resolve, reject) => {
    const headers = body ? { 'content-type': 'application/json' } : {};
    const req = http.request({ port, host: '127.0.0.1', method, path, headers }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-type']} ${res.headers['x-mw']} ${data}`));
    });
    req.on('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

function curl(args) {
  return new Promise((resolve) => {
    execFile('curl', ['-s', '-w', ' [%{http_code}]', ...args], (err, stdout) => resolve(err ? `curl failed: ${err.code}` : stdout));
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log(await call(port, 'GET', '/'));
  console.log(await call(port, 'GET', '/users/42?q=x'));
  console.log(await call(port, 'POST', '/echo', { a: [1, 2], b: 'c' }));
  console.log(await call(port, 'GET', '/redirect'));
  console.log(await call(port, 'GET', '/boom'));
  console.log(await call(port, 'GET', '/nothing-here'));
  const base = `http://127.0.0.1:${port}`;
  console.log('curl', await curl([`${base}/users/7?q=curl`]));
  console.log('curl', await curl(['-X', 'POST', '-H', 'content-type: application/json', '-d', '{"x":1}', `${base}/echo`]));
  server.close(() => console.log('closed'));
});
