// URLSearchParams: construction, mutation, ordering, serialization, errors.
const { URLSearchParams, URL } = require('url');

const p = (...x) => console.log(JSON.stringify(x));
const err = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.code ? e.message : ''); } };

for (const init of ['', '?', '??a=1', 'a=1&b=2&a=3', 'a', 'a=', '=b', '=', '&&&', 'a=b=c', '+a+=+b+',
  '%20%2B%26%3D', '%zz=%4', '%e2%82%ac=%E2%82', '%C3%A9=1', 'a=%00', '\u00e9=\ud83d\ude00', 'a=\ud800']) {
  const s = new URLSearchParams(init);
  p([init, [...s], s.toString(), s.size]);
}
p([...new URLSearchParams([['a', 1], ['b', null], ['c', undefined], [{ toString: () => 'd' }, 'e']])]);
p([...new URLSearchParams({ a: 1, b: [1, 2], c: { x: 1 } })]);
err(() => new URLSearchParams({ a: 1, [Symbol('s')]: 1 }));
p([...new URLSearchParams(Object.defineProperty({ a: 1 }, Symbol('s'), { value: 1 }))]);
p([...new URLSearchParams(new Map([['m', 'n']]))]);
p([...new URLSearchParams(new URLSearchParams('x=1&y=2'))]);
p([...new URLSearchParams(new Set([['s', 't']]))]);
p([...new URLSearchParams((function* g() { yield ['g', 'h']; yield new Set(['i', 'j']); })())]);
p([...new URLSearchParams(null)], [...new URLSearchParams(undefined)]);
p(new URLSearchParams(12).toString());
p(new URLSearchParams(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3 } })).toString());
err(() => new URLSearchParams([['a']]));
err(() => new URLSearchParams([['a', 'b', 'c']]));
err(() => new URLSearchParams(['ab']));
err(() => new URLSearchParams([5]));
err(() => new URLSearchParams({ [Symbol.iterator]: 1 }));

const s = new URLSearchParams('c=3&a=1&b=2&a=0&\u00e9=x&Z=z');
s.append('a', 'new');
p(s.toString());
p([s.get('a'), s.get('zz'), s.getAll('a'), s.getAll('zz'), s.has('a'), s.has('zz'), s.has('a', '0'), s.has('a', '9'), s.has('a', undefined)]);
s.set('a', 'set');
p(s.toString());
s.set('new', 'v');
p(s.toString());
s.delete('c');
s.delete('a', 'nope');
p(s.toString());
s.delete('a', 'set');
p(s.toString());
s.append('b', '1');
s.sort();
p(s.toString());
const order = new URLSearchParams('z=1&y=2&z=3&\ud83d\ude00=a&\ufb03=b&a=1&z=0');
order.sort();
p([...order.keys()], [...order.values()]);
p(new URLSearchParams('a=!\'()*~-._ +&b=\u00a0&c=/?:@,;$').toString());
const entries = [];
new URLSearchParams('a=1&b=2').forEach(function (v, k, o) { entries.push([k, v, this.t, o instanceof URLSearchParams]); }, { t: 'T' });
p(entries);
const live = new URLSearchParams('a=1&b=2');
const seen = [];
live.forEach((v, k) => { seen.push(k); if (k === 'a') live.append('c', '3'); });
p(seen);
const it = live.keys();
p(it.next());
live.delete('b');
p([it.next(), it.next(), it.next()]);
p(Object.prototype.toString.call(it), typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
p([...live.entries()], [...live], [...live.values()]);

err(() => s.append('a'));
err(() => s.set());
err(() => s.get());
err(() => s.getAll());
err(() => s.has());
err(() => s.delete());
err(() => s.forEach());
err(() => s.forEach({}));
err(() => URLSearchParams.prototype.toString.call({}));
err(() => URLSearchParams.prototype.get.call(null, 'a'));
err(() => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}));
err(() => s.keys().next.call({}));
p(Object.getOwnPropertyNames(URLSearchParams.prototype));
p(Object.keys(URLSearchParams.prototype));
p(Object.prototype.toString.call(s), URLSearchParams.length, URLSearchParams.name, typeof URLSearchParams.prototype[Symbol.iterator]);
p(URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries);

const u = new URL('https://h/p?x=1');
u.searchParams.set('y', 'a b&c');
p([u.href, u.search]);
u.searchParams.sort();
p(u.href);
class Sub extends URLSearchParams {}
const sub = new Sub('q=1');
p([sub.toString(), sub instanceof URLSearchParams, sub.get('q')]);
