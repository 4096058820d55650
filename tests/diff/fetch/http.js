// fetch() against a local http server: methods, body kinds, headers, redirects, errors, abort,
// streaming bodies both ways, gzip/deflate decoding.
'use strict';
const http = require('http');
const zlib = require('zlib');

let pendingAbort;
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    const u = new URL(req.url, 'http://x');
    switch (u.pathname) {
      case '/echo':
        res.setHeader('x-method', req.method);
        res.setHeader('x-type', req.headers['content-type'] ?? 'none');
        res.setHeader('x-length', req.headers['content-length'] ?? 'none');
        res.setHeader('x-te', req.headers['transfer-encoding'] ?? 'none');
        res.setHeader('x-ua', req.headers['user-agent'] ?? 'none');
        res.setHeader('x-accept', req.headers.accept ?? 'none');
        res.setHeader('x-custom', req.headers['x-custom'] ?? 'none');
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.end(body);
        return;
      case '/redirect': {
        const n = Number(u.searchParams.get('n') ?? 1);
        res.writeHead(Number(u.searchParams.get('code') ?? 302), { location: n > 1 ? `/redirect?n=${n - 1}` : '/echo' });
        res.end();
        return;
      }
      case '/loop':
        res.writeHead(302, { location: '/loop' });
        res.end();
        return;
      case '/gzip':
        res.setHeader('content-encoding', 'gzip');
        res.end(zlib.gzipSync('compressed hello'));
        return;
      case '/deflate':
        res.setHeader('content-encoding', 'deflate');
        res.end(zlib.deflateSync('deflated hello'));
        return;
      case '/stream':
        res.write('part1-');
        setImmediate(() => res.end('part2'));
        return;
      case '/never':
        // Never answers: the client aborts once the request got here.
        pendingAbort.abort();
        return;
      case '/hang':
        res.write('started');
        return;
      case '/status':
        res.writeHead(418, 'Teapot Time');
        res.end();
        return;
      default:
        res.statusCode = 404;
        res.end('not found');
    }
  });
});

function echoed(r) {
  return ['x-method', 'x-type', 'x-length', 'x-te', 'x-ua', 'x-accept', 'x-custom'].map((h) => r.headers.get(h)).join(' | ');
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let r = await fetch(`${base}/echo?x=1`, { headers: { 'X-Custom': 'yes' } });
  console.log(r.status, r.statusText, r.ok, r.type, r.url === `${base}/echo?x=1`, r.redirected, echoed(r));
  console.log(r.headers.getSetCookie(), r.headers.get('content-length'), JSON.stringify(await r.text()));

  for (const [label, body] of [
    ['string', 'hello'],
    ['params', new URLSearchParams({ a: '1', b: 'two' })],
    ['blob', new Blob(['blob body'], { type: 'text/x-blob' })],
    ['bytes', new Uint8Array([104, 105])],
    ['buffer', new Uint8Array([106, 107]).buffer],
  ]) {
    r = await fetch(`${base}/echo`, { method: 'POST', body });
    console.log(label, echoed(r), JSON.stringify(await r.text()));
  }
  const fd = new FormData();
  fd.append('field', 'value');
  fd.append('file', new Blob(['content'], { type: 'text/plain' }), 'a.txt');
  r = await fetch(`${base}/echo`, { method: 'PUT', body: fd });
  const text = await r.text();
  console.log('formdata', r.headers.get('x-type').replace(/boundary=.*/, 'boundary=B'), text.includes('name="file"; filename="a.txt"'), text.includes('value'));
  const rs = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('streamed '));
      c.enqueue(new TextEncoder().encode('body'));
      c.close();
    },
  });
  r = await fetch(`${base}/echo`, { method: 'POST', body: rs, duplex: 'half' });
  console.log('stream body', echoed(r), await r.text());
  r = await fetch(`${base}/echo`, { method: 'POST' });
  console.log('empty post', echoed(r));
  r = await fetch(`${base}/echo`, { method: 'HEAD' });
  console.log('head', r.status, r.body, echoed(r));

  r = await fetch(`${base}/redirect?n=3`);
  console.log('redirect', r.status, r.redirected, r.url.replace(base, ''));
  r = await fetch(`${base}/redirect?code=303`, { method: 'POST', body: 'dropped' });
  console.log('303', r.status, echoed(r), JSON.stringify(await r.text()));
  r = await fetch(`${base}/redirect?code=307`, { method: 'POST', body: 'kept' });
  console.log('307', r.status, echoed(r), JSON.stringify(await r.text()));
  r = await fetch(`${base}/redirect`, { redirect: 'manual' });
  console.log('manual', r.status, r.headers.get('location'), r.redirected, r.url.replace(base, ''));
  await fetch(`${base}/redirect`, { redirect: 'error' }).catch((e) => console.log('error mode', e.name, e.message, e.cause.message));
  await fetch(`${base}/loop`).catch((e) => console.log('loop', e.name, e.message, e.cause.message));

  r = await fetch(`${base}/gzip`);
  console.log('gzip', await r.text());
  r = await fetch(`${base}/deflate`);
  console.log('deflate', await r.text());
  r = await fetch(`${base}/stream`);
  const parts = [];
  for await (const chunk of r.body) parts.push(Buffer.from(chunk).toString());
  console.log('streamed', parts.join(''));
  r = await fetch(`${base}/status`);
  console.log('status', r.status, r.statusText, r.ok);
  r = await fetch(`${base}/missing`);
  console.log('404', r.status, r.ok, await r.text());
  const json = await (await fetch(`${base}/echo`, { method: 'POST', body: JSON.stringify({ a: 1 }) })).json();
  console.log('json', json);

  // abort while the body is still arriving
  const ac = new AbortController();
  r = await fetch(`${base}/hang`, { signal: ac.signal });
  const reader = r.body.getReader();
  const first = await reader.read();
  console.log('hang first', Buffer.from(first.value).toString());
  ac.abort();
  await reader.read().catch((e) => console.log('body aborted', e.name, e.message));

  // abort before the response head arrives
  pendingAbort = new AbortController();
  await fetch(`${base}/never`, { signal: pendingAbort.signal }).catch((e) => console.log('aborted early', e.name, e.message, e.code));
  const reasoned = new AbortController();
  reasoned.abort(new Error('my reason'));
  await fetch(`${base}/echo`, { signal: reasoned.signal }).catch((e) => console.log('pre-aborted', e.message));

  // refused connection: a port that was just closed
  const closed = http.createServer();
  closed.listen(0, '127.0.0.1', () => {
    const port = closed.address().port;
    closed.close(async () => {
      await fetch(`http://127.0.0.1:${port}/`).catch((e) => console.log('refused', e.name, e.message, e.cause.code));
      server.closeAllConnections?.();
      server.close();
    });
  });
});
