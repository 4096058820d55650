// URL setters with the spec's state overrides.
const { URL } = require('url');

const bases = ['http://user:pw@example.com:8080/a/b?q=1#h', 'foo://host/p?q#f', 'foo:opaque  ?q#f',
  'file:///C:/x', 'file://host/x', 'http://h/', 'mailto:a@b', 'foo:/p', 'foo://u@h:9/'];
const sets = {
  href: ['http://new/', 'bad', 'foo:x'],
  protocol: ['https', 'HTTPS:', 'ftp:x', 'foo', 'file', 'ws', '1x', 'a+b', '', 'http://x', 'mailto'],
  username: ['', 'new user', 'é@:/', 'x'],
  password: ['', 'p w', 'é@:/'],
  host: ['', 'other.com', 'other.com:99', 'OTHER:443', 'o ther', '[::1]:1', 'h:x', 'a/b', 'a?b', 'a#b', 'a\\b', 'h:', ':80', 'localhost', '1.2.3'],
  hostname: ['', 'other.com', 'other.com:99', 'h\u00e9', '[::2]', 'a/b', 'a@b', 'localhost', '0x7f.1'],
  port: ['', '99', '80', '443', '21', '99999', '12ab', 'ab', '0', ' 9', '8080/x', '65535', '65536'],
  pathname: ['', '/x/y', 'x y', '../../a', '/%2e/b', '?#', '\\a\\b', 'C|/d', '//x'],
  search: ['', '?', 'a=b', '?a b#c', '??x', '#'],
  hash: ['', '#', 'x y', '##', '#a#b'],
};

for (const base of bases) {
  for (const [prop, values] of Object.entries(sets)) {
    for (const v of values) {
      const u = new URL(base);
      let r;
      try {
        u[prop] = v;
        r = u.href;
      } catch (e) {
        r = `${e.name} ${e.code} ${e.message}`;
      }
      console.log(base, prop, JSON.stringify(v), '=>', r, JSON.stringify(u[prop]));
    }
  }
}
// searchParams stay in sync with setters.
const u = new URL('http://x/?a=1&b=2');
const sp = u.searchParams;
console.log(sp === u.searchParams, sp.get('a'));
u.search = '?c=3';
console.log([...sp], u.href);
u.href = 'http://y/?d=4';
console.log([...sp], u.href);
sp.append('e', '5 6');
console.log(u.href, u.search);
sp.delete('d');
sp.delete('e');
console.log(u.href, JSON.stringify(u.search));
const o = new URL('foo:a b  ?x');
o.searchParams.delete('x');
console.log(JSON.stringify(o.href));
const o2 = new URL('foo:a b  #x');
o2.hash = '';
console.log(JSON.stringify(o2.href));
u.hash = 'x';
sp.sort();
console.log(u.href);
console.log(JSON.stringify(u), String(u), u.toJSON(), `${u}`);
