// HTTP clients: node-fetch, axios and the global fetch against a local http server on port 0.
const http = require('http');
const nodeFetch = require('node-fetch');
const axios = require('axios');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    if (req.url === '/redirect') {
      res.writeHead(302, { location: '/json' });
      res.end();
      return;
    }
    if (req.url === '/json') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ hello: 'world', method: req.method }));
      return;
    }
    if (req.url === '/missing') {
      res.statusCode = 404;
      res.end('nope');
      return;
    }
    res.setHeader('x-echo-method', req.method);
    res.setHeader('x-echo-type', req.headers['content-type'] || '');
    res.setHeader('x-echo-custom', req.headers['x-custom'] || '');
    res.end(`${req.method} ${req.url} ${body}`);
  });
});

function show(label, status, headers, body) {
  console.log(label, status, headers['x-echo-method'], headers['x-echo-type'], headers['x-echo-custom'],
    typeof body === 'string' ? body : JSON.stringify(body));
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    // node-fetch
    let r = await nodeFetch(`${base}/a?x=1`, { headers: { 'x-custom': 'nf' } });
    show('node-fetch GET', r.status, Object.fromEntries(r.headers.entries()), await r.text());
    r = await nodeFetch(`${base}/b`, { method: 'POST', body: 'payload', headers: { 'content-type': 'text/plain' } });
    show('node-fetch POST', r.status, Object.fromEntries(r.headers.entries()), await r.text());
    r = await nodeFetch(`${base}/redirect`);
    console.log('node-fetch redirect', r.status, r.redirected, r.url.replace(base, ''), await r.json());
    r = await nodeFetch(`${base}/missing`);
    console.log('node-fetch 404', r.status, r.ok, await r.text());

    // axios
    let a = await axios.get(`${base}/c`, { headers: { 'x-custom': 'ax' } });
    show('axios GET', a.status, a.headers, a.data);
    a = await axios.post(`${base}/d`, { k: 'v' });
    show('axios POST', a.status, a.headers, a.data);
    a = await axios.get(`${base}/redirect`);
    console.log('axios redirect', a.status, a.data);
    await axios.get(`${base}/missing`).catch((e) => console.log('axios 404', e.response.status, e.message, e.response.data));

    // global fetch
    let f = await fetch(`${base}/e`, { headers: { 'x-custom': 'gf' } });
    show('fetch GET', f.status, Object.fromEntries(f.headers), await f.text());
    f = await fetch(`${base}/f`, { method: 'POST', body: new URLSearchParams({ q: '1' }) });
    show('fetch POST', f.status, Object.fromEntries(f.headers), await f.text());
    f = await fetch(`${base}/redirect`);
    console.log('fetch redirect', f.status, f.redirected, f.url.replace(base, ''), await f.json());
  } catch (err) {
    console.log('failed', err);
  }
  server.close();
});
