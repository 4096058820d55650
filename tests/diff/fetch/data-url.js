// fetch() of data: URLs, bad URLs, unknown schemes and pre-aborted signals (no network).
'use strict';

async function main() {
  const r = await fetch('data:text/plain;base64,aGk=');
  console.log(r.status, r.statusText, [...r.headers], r.url, r.type, r.redirected, await r.text());
  const r2 = await fetch('data:,a%20b');
  console.log([...r2.headers], await r2.text());
  const r3 = await fetch('data:application/JSON;charset=UTF-8,{"a":1}');
  console.log(r3.headers.get('content-type'), await r3.json());
  const r4 = await fetch(new Request('data:;base64,AAEC'));
  console.log(r4.headers.get('content-type'), Array.from(new Uint8Array(await r4.arrayBuffer())));
  await fetch('data:xx').catch((e) => console.log(e.name, e.message, e.cause.message));
  await fetch(1).catch((e) => console.log(e.name, e.message, e.cause?.code));
  await fetch('ftp://x/').catch((e) => console.log(e.name, e.message, e.cause.message));
  await fetch().catch((e) => console.log(e.name, e.message));
  await fetch('http://127.0.0.1:1/').catch((e) => console.log(e.name, e.message, e.cause.message));
  const ac = new AbortController();
  ac.abort();
  await fetch('data:,x', { signal: ac.signal }).catch((e) => console.log(e.name, e.message, e.code, e.constructor.name));
  const ac2 = new AbortController();
  ac2.abort(new Error('custom'));
  await fetch('data:,x', { signal: ac2.signal }).catch((e) => console.log(e.message));
}
async function mimes() {
  for (const u of ['data:text/html,<b>', 'data:TEXT/Plain;Charset=UTF-8;foo=bar,x', 'data:;charset=utf-8,x', 'data:image/png;base64,iVBO', 'data:text/plain;base64,aGk', 'data:text/plain;base64,a=Gk', 'data:x,%zz%41', 'data:,#frag', 'data: text/plain ,x', 'data:text/plain ;base64,aGk=', 'data:bad mime,x', 'data:text/plain;a="b;c",x']) {
    try {
      const r = await fetch(u);
      console.log(u, r.headers.get('content-type'), JSON.stringify(await r.text()), r.url);
    } catch (e) { console.log(u, e.message, e.cause?.message); }
  }
}
main().then(mimes);
