// util.inspect output of URL, URLSearchParams and their iterators.
const { URL, URLSearchParams } = require('url');
const util = require('util');

const u = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#h');
console.log(u);
console.log(util.inspect(u, { depth: 0 }));
console.log([u]);
console.log({ a: { b: { c: u } } });
console.log(util.inspect({ a: { b: u } }, { depth: 1 }));
console.log(new URL('foo:bar'));
console.log(u.searchParams);
console.log(new URLSearchParams());
console.log(new URLSearchParams('a=1&b=2&a=3'));
console.log(new URLSearchParams({ long1: 'x'.repeat(30), long2: 'y'.repeat(30), long3: 'z'.repeat(30) }));
console.log(util.inspect(new URLSearchParams('a=1'), { depth: -1 }));
console.log({ p: { q: new URLSearchParams('a=1') } });
console.log(util.inspect({ p: { q: new URLSearchParams('a=1') } }, { depth: 0 }));
const sp = new URLSearchParams('a=1&b=2&a=3');
console.log(sp.keys());
console.log(sp.values());
console.log(sp.entries());
const it = sp.entries();
it.next();
console.log(it);
it.next(); it.next();
console.log(it);
console.log(`${u}`, String(sp), `${sp.keys()}`);
class MyURL extends URL {}
console.log(new MyURL('http://sub/'));
console.log(util.format('%s | %j', u, u));
console.log(JSON.stringify({ u, sp }));
