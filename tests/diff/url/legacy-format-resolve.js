// Legacy url.format() and url.resolve()/resolveObject().
const url = require('url');

const objs = [
  { protocol: 'http', host: 'a.com', pathname: '/p' },
  { protocol: 'http:', hostname: 'a.com', port: 8080, pathname: 'p', search: 'q=1', hash: 'h' },
  { protocol: 'https', hostname: '::1', port: '1' },
  { protocol: 'https', hostname: '[::1]' },
  { protocol: 'mailto', auth: 'me', host: 'x.com' },
  { protocol: 'mailto', pathname: 'me@x.com' },
  { protocol: 'file', pathname: '/etc/hosts' },
  { protocol: 'file:', host: '', pathname: 'x' },
  { protocol: 'foo', slashes: true, host: 'h', pathname: 'p' },
  { protocol: 'foo', host: 'h', pathname: 'p' },
  { host: 'h', pathname: 'p' },
  { slashes: true, host: 'h', pathname: 'p' },
  { pathname: '/a#b?c', search: '?d#e', hash: 'f#g' },
  { query: { a: 1, b: ['x', 'y'], 'c d': 'e&f' } },
  { query: { a: 1 }, search: '?s=1' },
  { query: 'string-ignored' },
  { auth: 'us er:p@ss\u00e9!*\'()~', host: 'h' },
  { protocol: 'http', auth: 'a', hostname: 'h', port: 0 },
  {},
  { href: 'http://ignored/' },
  url.parse('http://user:pw@x.com:80/a/b?c=d#e'),
  url.parse('http://x.com/?a=1&b=2', true),
];
for (const o of objs) {
  try { console.log(JSON.stringify(url.format(o))); } catch (e) { console.log(e.code, e.message); }
}
for (const s of ['http://x.com', 'HTTP://X.COM/a b', 'mailto:a@b', '//x/y', 'x y']) console.log(url.format(s));
const w = new url.URL('http://us:pw@xn--mnchen-3ya.de:81/p?q=1#frag');
for (const opts of [undefined, {}, { auth: false }, { fragment: false }, { search: false }, { unicode: true },
  { auth: false, fragment: false, search: false, unicode: true }, { auth: 0, search: null }]) {
  console.log(JSON.stringify(opts), url.format(w, opts));
}
console.log(url.format(new url.URL('file:///x')), url.format(new url.URL('foo:bar')), url.format(new url.URL('http://\u00e4.com/'), { unicode: true }));
for (const bad of [5, null, undefined, true]) {
  try { url.format(bad); } catch (e) { console.log(e.code, e.message); }
}
try { url.format(w, 'x'); } catch (e) { console.log(e.code, e.message); }
try { url.format({ auth: '\ud800', host: 'h' }); } catch (e) { console.log(e.code, e.message); }

const resolves = [
  ['http://a/b/c/d;p?q', ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
    'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g',
    '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y',
    'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'https:g', 'https://x/', 'mailto:x@y']],
  ['/foo/bar/baz', ['quux', '../quux', '/quux', '//x/y', 'http://x/y', '../../../../x', '.', '..']],
  ['foo/bar', ['baz', '../baz', '../../baz', '../../../baz', '/baz', '.', '..']],
  ['foo', ['bar', '.', '..', '../..', '']],
  ['', ['a', '/a', '../a', '']],
  ['http://example.com', ['', 'a', '/a', '..', '?q', '#h', '//x']],
  ['http://example.com/', ['.', '..', './', 'a/..', 'a/../']],
  ['http://u:p@example.com/a/b', ['c', '//other/c', '/c', 'http://o/c', '?x', 'https:c', 'ftp:/c', 'ftp:c']],
  ['mailto:local1@domain1', ['local2@domain2', '?subject=x', '#h', 'mailto:x@y']],
  ['mailto:local@domain', ['..', '../x', '/x']],
  ['file:///a/b', ['c', '../c', '/c', '//h/c', 'file:c', 'file:///d', '..', '../..', '../../..']],
  ['file:/a/b', ['c', '..']],
  ['http://a/b', ['HTTP://a/c', 'http:/c', 'http:c', 'http://a/c/../d', 'foo:bar', 'foo://b/c']],
  ['foo:bar/baz', ['qux', '../qux', '../../qux', '/qux', '?q']],
  ['foo://host/a/b', ['c', '..', '../..', '/x']],
  ['http://[::1]:80/a', ['b', '//[::2]/c']],
  ['javascript:void(0)', ['x', '#y']],
  ['http://x/a b/c', ['d e', '?f g']],
];
for (const [base, rels] of resolves) {
  for (const r of rels) {
    try {
      console.log(JSON.stringify(base), JSON.stringify(r), JSON.stringify(url.resolve(base, r)));
    } catch (e) {
      console.log(JSON.stringify(base), JSON.stringify(r), e.code, e.message);
    }
  }
}
const ro = url.resolveObject('http://a/b/c', '../d?e#f');
console.log(JSON.stringify(ro), ro instanceof url.Url);
console.log(url.resolveObject('', 'x'), JSON.stringify(url.resolveObject('http://a/', url.parse('b'))));
console.log(JSON.stringify(url.parse('http://a/b/c').resolveObject('d')));
