// Legacy url.parse(): Node's Url fields and quirks for odd inputs.
const url = require('url');

const inputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  'HTTP://USER:PASS@HOST.COM:8080/P?Q#H',
  'http://x.com/path?x=1&y=2&x=3',
  'https://[::1]:8443/x?y',
  'http://[FE80::1]/', 'http://[::1', 'http://[a:b]x/',
  'http://a.com:99999/', 'http://a.com:/', 'http://:80/', 'http://a:b:c/', 'http://a.com:80:90/',
  'http://a b.com/', 'http://a%20b/', 'http://a"b/', 'http://a;b/x', 'http://a{b}/',
  'http://a@b@c/d', 'http://a@b?@c', 'http://a:b@c:d@e/', 'http://%41:%42@h/', 'http://@h/', 'http://user@',
  'http://ex\u00e4mple.com/', 'http://M\u00dcNCHEN.de/', 'http://xn--mnchen-3ya.de/', 'http://\u00adx/',
  'http://a\u3002b/', 'http://0x7f.1/', 'http://a..b/', 'http://-a.b_/', 'http://a!b$c&d/',
  'http://x.com/"<>`{}|^\'\\ sp', 'http://x.com/?"<>`{}|^\'\\ sp', 'http://x.com/#"<>`{}|^\'\\ sp',
  'http://x.com\\a\\b?c\\d#e\\f', '\\\\x\\y', ' \t http://trim.com/ \n ', '\u00a0http://nbsp.com/\ufeff',
  'http://x.com/a#b#c', 'http://x.com/a?b?c#d?e', 'http://x.com?q', 'http://x.com#h', 'http://x.com',
  'mailto:foo@bar.com', 'mailto:foo@bar.com?subject=hi', 'MAILTO:Foo@Bar.COM', 'xmpp:isaacschlueter@jabber.org',
  'javascript:alert("hi there")', 'JavaScript:void(0)', 'javascript://x/y', 'news:comp.lang',
  'file:///etc/passwd', 'file://localhost/etc', 'file://C:/x', 'file:/x', 'file:x', 'FILE:///X',
  'foo://bar/baz', 'foo:/bar', 'foo:bar', 'foo://', 'git+ssh://git@github.com:npm/npm.git',
  'svn+ssh://foo/bar', 'dash-test://foo/bar', 'dot.test://foo/bar', '1http://x/',
  '//a/b', '//a', '///a', '/a/b?c#d', '/a b', 'a/b', 'a b', '?q', '#h', '', '   ', '.', '..', '/',
  'www.example.com', 'user@host', 'user@host/path', '//user@host/path', 'a=b?c=d&c=e#f',
  'http://x/\u00e9?\u00e9#\u00e9', 'http://x/\ud83d\ude00', 'http://a\u0000b/', 'http://a\u0001b/',
  'http://' + 'a'.repeat(260) + '.com/', 'http://x:8080', 'http://x:8080?q', 'http://www.Äffchen.com',
  'http:/x', 'http:x', 'http:\\\\x\\y', 'ws://x', 'gopher://x', 'HtTp://x',
];

for (const s of inputs) {
  for (const args of [[], [true], [false, true]]) {
    try {
      const u = url.parse(s, ...args);
      console.log(JSON.stringify([s, args]), JSON.stringify(u), u.query && typeof u.query === 'object' ? Object.getPrototypeOf(u.query) : '');
    } catch (e) {
      console.log(JSON.stringify([s, args]), e.name, e.code, e.message, e.input);
    }
  }
}
const u = url.parse('http://x.com/a?b=c', true);
console.log(u instanceof url.Url, u.constructor === url.Url, url.parse(u) === u);
console.log(Object.keys(new url.Url()));
for (const bad of [5, null, undefined, {}, new url.URL('http://x')]) {
  try { url.parse(bad); } catch (e) { console.log(e.code, e.message); }
}
for (const bad of ['http://%zz@h/', 'http://%E0%A4%A@h/', 'http://a%@h/']) {
  try { console.log(JSON.stringify(url.parse(bad))); } catch (e) { console.log(e.name, e.code, e.message); }
}
