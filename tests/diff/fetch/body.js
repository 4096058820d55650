// Request, Response and FormData: construction, validation, body kinds and the read methods.
'use strict';

function show(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const report = (label) => [(v) => console.log(label, v), (e) => console.log(label, 'rejected', e.name, e.message)];

async function main() {
  const r = new Response('hi', { status: 201, headers: { 'x-a': '1' } });
  console.log(r.status, r.statusText, r.ok, r.type, r.url, r.redirected, r.bodyUsed, [...r.headers]);
  console.log(r);
  console.log(await r.text(), r.bodyUsed);
  await r.text().then(...report('reuse'));
  show('status', () => new Response('', { status: 99 }));
  show('null body status', () => new Response('x', { status: 204 }));
  show('statusText', () => new Response('', { statusText: '\n' }));
  console.log(Response.error(), Response.error().type);
  const red = Response.redirect('http://a/b', 301);
  console.log(red.status, red.headers.get('location'), red.body);
  show('redirect status', () => Response.redirect('http://a/', 200));
  show('redirect url', () => Response.redirect('bad', 301));
  const j = Response.json({ a: [1, 2] }, { status: 202 });
  console.log(j.status, j.headers.get('content-type'), await j.json());
  show('json undefined', () => Response.json(undefined));
  console.log(new Response(null).body, new Response().bodyUsed, await new Response().text());

  // body kinds
  console.log(await new Response(new Uint8Array([104, 105])).text());
  console.log(await new Response(new Uint8Array([104, 105]).buffer).arrayBuffer());
  const usp = new Response(new URLSearchParams('a=1&b=2'));
  console.log(usp.headers.get('content-type'), await usp.text());
  const b = await new Response(new Blob(['x'], { type: 'A/B' })).blob();
  console.log(b, await b.text());
  console.log(await new Response('\ufeffbom').text());
  const bytes = await new Response('abc').bytes();
  console.log(bytes instanceof Uint8Array, Array.from(bytes));
  const rs = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([111, 107])); c.close(); } });
  console.log(await new Response(rs).text());
  const bad = new ReadableStream({ start(c) { c.enqueue('str'); c.close(); } });
  await new Response(bad).text().then(...report('non-bytes chunk'));
  async function* gen() { yield new Uint8Array([65]); yield new Uint8Array([66]); }
  console.log(await new Response(gen()).text());

  // body stream and locking
  const s = new Response('stream me');
  const reader = s.body.getReader();
  console.log(s.bodyUsed, s.body.locked);
  await s.text().then(...report('locked text'));
  show('clone locked', () => s.clone());
  const chunks = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(Buffer.from(value).toString());
  }
  console.log(chunks.join(''), s.bodyUsed);

  // clone
  const orig = new Response('twice');
  const cl = orig.clone();
  console.log(await orig.text(), await cl.text());
  const sorig = new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([49])); c.close(); } }));
  const scl = sorig.clone();
  console.log(await sorig.text(), await scl.text());

  // Request
  const q = new Request('http://example.com/p?q=1', { method: 'post', body: 'abc', headers: { a: 1 } });
  console.log(q);
  console.log(q.method, q.url, q.bodyUsed, q.duplex, q.cache, q.credentials, q.mode, q.redirect, q.referrer, [...q.headers]);
  console.log(await q.clone().text(), await q.text(), q.bodyUsed);
  show('get body', () => new Request('http://a', { body: 'x' }));
  show('bad method', () => new Request('http://a', { method: 'a b' }));
  show('forbidden', () => new Request('http://a', { method: 'CONNECT' }));
  show('relative', () => new Request('/x'));
  show('credentials', () => new Request('http://u:p@a/'));
  show('no duplex', () => new Request('http://a', { method: 'POST', body: new ReadableStream() }));
  show('redirect', () => new Request('http://a', { redirect: 'nope' }));
  show('signal', () => new Request('http://a', { signal: 1 }));
  console.log(new Request('http://a', { method: 'patch' }).method, new Request('http://a', { method: 'delete' }).method);
  const ac = new AbortController();
  const sq = new Request('http://a', { signal: ac.signal });
  ac.abort('why');
  console.log(sq.signal.aborted, sq.signal.reason);
  const from = new Request(new Request('http://a/', { method: 'PUT', body: 'moved' }), { headers: { z: '1' } });
  console.log(from.method, [...from.headers], await from.text());
  const used = new Request('http://a/', { method: 'POST', body: 'x' });
  await used.text();
  show('used input', () => new Request(used));

  // FormData
  const fd = new FormData();
  fd.append('a', '1');
  fd.append('f', new Blob(['xy'], { type: 'text/plain' }), 'f.txt');
  fd.append('a', '2');
  fd.set('b', 'only');
  console.log([...fd.keys()], fd.get('a'), fd.getAll('a'), fd.has('f'), fd.get('f').name, fd.get('f').type, fd.get('zz'));
  fd.delete('a');
  console.log([...fd.keys()]);
  show('fd args', () => fd.append('x'));
  show('fd ctor', () => new FormData(1));
  const fr = new Response(fd);
  const ct = fr.headers.get('content-type');
  console.log(ct.replace(/boundary=-+formdata-undici-0\d+/, 'boundary=B'));
  const text = await fr.clone().text();
  console.log(JSON.stringify(text.replace(/-+formdata-undici-0\d+/g, 'B')));
  const back = await fr.formData();
  console.log([...back].map(([k, v]) => [k, typeof v === 'string' ? v : `${v.constructor.name}:${v.name}:${v.type}:${v.size}`]));
  const ue = await new Response('a=1&b=%20x', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData();
  console.log([...ue]);
  await new Response('x').formData().then(...report('plain formData'));
}
// Blob streams and bodies after reading.
async function extra() {
  const s = new Blob(['abc']).stream(); console.log(s);
  const r = s.getReader({ mode: 'byob' }); console.log(await r.read(new Uint8Array(2)));
  const big = new Blob([new Uint8Array(200000)]); let n = 0, c = 0; for await (const x of big.stream()) { n += x.length; c++; } console.log(n, c);
  console.log(await new Response(new Blob(['q'])).text(), new Response(new Blob(['q'])).body);
  const req = new Request('http://a/', { method: 'POST', body: 'x' }); console.log(req.body, req.bodyUsed);
  const t = new Response('abc'); await t.text(); console.log(t.body, t.bodyUsed);
  console.log(await new Response(new Float32Array([1])).arrayBuffer());
}
main().then(extra);
