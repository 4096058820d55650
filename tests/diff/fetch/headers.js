// Headers: validation, case-insensitivity, combining, iteration order, set-cookie, guards.
'use strict';

function show(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const h = new Headers({ B: '1', a: ' x ', 'set-cookie': 'a=1' });
h.append('set-cookie', 'b=2');
h.append('A', 'y');
console.log([...h], h.get('a'), h.get('set-cookie'), h.getSetCookie(), h.has('A'), h.has('zz'));
console.log(h);
console.log([...h.keys()], [...h.values()]);
h.forEach(function(v, k, o) { console.log('each', k, v, o === h, this); }, 'thisArg');
h.delete('b');
h.set('c', 'z');
console.log([...h.entries()], h.get('nope'));
show('bad name', () => new Headers([['a b', '1']]));
show('bad value', () => new Headers([['a', '1\n2']]));
show('nul', () => new Headers({ a: 'a\0b' }));
show('tuple', () => new Headers([['a']]));
show('tuple3', () => new Headers([['a', 'b', 'c']]));
show('init', () => new Headers(1));
show('get no arg', () => h.get());
show('set one arg', () => h.set('x'));
show('bytestring', () => new Headers({ a: '\u0100' }));
show('trim', () => new Headers({ a: '\t v \t' }).get('a'));
show('illegal', () => Headers.prototype.get.call({}, 'a'));
show('immutable', () => Response.error().headers.set('a', 'b'));
show('immutable append', () => Response.error().headers.append('a', 'b'));
const it = new Headers([['x', '1']]).entries();
console.log(Object.prototype.toString.call(it), it.next(), it.next());
console.log(new Headers(new Headers({ q: '1' })).get('Q'), Headers.length, Object.keys(Headers.prototype));
const copy = new Headers([['Set-Cookie', 'p=1'], ['set-cookie', 'q=2']]);
console.log(copy.getSetCookie(), [...copy], new Headers(copy).getSetCookie());
