// WHATWG URL parsing: absolute and relative inputs, special and non-special schemes.
const { URL } = require('url');

const cases = [
  ['http://example.com/a/b?c=d#e'],
  ['HTTP://EXAMPLE.COM/A/B'],
  ['  \t http://exa\nmple.com/p\ra\tth  \u0000'],
  ['http://user:pass@host:8080/p'],
  ['http://user@host/'],
  ['http://:pass@host/'],
  ['http://a@b@c/'],
  ['http://@host/'],
  ['http://user:@host/'],
  ['http://us er:pa ss@host/'],
  ['http://\u00e9:\u00e8@host/'],
  ['http://host:80/'],
  ['https://host:443/'],
  ['https://host:80/'],
  ['ws://host:80/'],
  ['wss://host:443/'],
  ['ftp://host:21/'],
  ['http://host:65535/'],
  ['http://host:65536/'],
  ['http://host:0/'],
  ['http://host:00080/'],
  ['http://host:8a/'],
  ['http://host:/'],
  ['http://host:999999999999999999999/'],
  ['http:/example.com/'],
  ['http:example.com/'],
  ['http:\\\\example.com\\a\\b'],
  ['http:///example.com/'],
  ['http://'],
  ['http://?x'],
  ['http://#x'],
  ['http:'],
  ['http://a/b/c/./../../d'],
  ['http://a/b/c/%2e%2E/d'],
  ['http://a/b/c/.%2e/d'],
  ['http://a/./'],
  ['http://a/..'],
  ['http://a/../../..'],
  ['http://a/b/..?q'],
  ['http://a/b/.#f'],
  ['http://a/ sp ace/"quote"/<>/`{}/^|'],
  ['http://a/\u00e9/\ud83d\ude00/\ud800'],
  ['http://a/?q= "#<>\'`{}'],
  ['foo://a/?q= "#<>\'`{}'],
  ['http://a/#f= "<>`{}#'],
  ['http://a/?%zz%41'],
  ['http://a/%zz%41'],
  ['foo:bar'],
  ['foo:/bar'],
  ['foo://bar'],
  ['foo://bar:99/x'],
  ['foo://user:pw@bar/x'],
  ['foo:///x'],
  ['foo://'],
  ['foo:'],
  ['foo:/.//x'],
  ['foo:/..//x'],
  ['foo://a/b/../../c'],
  ['foo:////x'],
  ['mailto:someone@example.com'],
  ['javascript:alert(1)'],
  ['data:text/plain,hello world'],
  ['data:,a b  ?x'],
  ['sc:\u0001\u00e9 x'],
  ['urn:isbn:0451450523'],
  ['tel:+1-555'],
  ['blob:https://example.com/uuid'],
  ['a+b.c-d:x'],
  ['1a:x'],
  ['a1:x'],
  [''],
  ['   '],
  ['//x'],
  ['/x'],
  ['x'],
  ['?x'],
  ['#x'],
  ['non-special://[1:2::3]:80/'],
  ['non-special://host with space/'],
  ['non-special://ho%st/'],
  ['non-special://h\u00e9/'],
  ['non-special://H.X/'],
  ['non-special://a<b/'],
  ['http://a<b/'],
  ['http://a^b/'],
  ['http://a%41b/'],
  ['http://a%2fb/'],
  ['http://a%00b/'],
  ['http://%zz/'],
  ['http://a\u007fb/'],
  ['http://a b/'],
  ['http://a.b.c./'],
  ['http://../'],
  ['http://./'],
  ['http://[::1]/'],
  ['http://[::1/'],
  ['http://::1]/'],
  ['http://a]b/'],
  ['file:///C:/x/y'],
  ['file:///C|/x/y'],
  ['file:/C|/x'],
  ['file:C|/x'],
  ['file:c:\\x\\y'],
  ['file://C:/x'],
  ['file://localhost/x'],
  ['file://LOCALHOST/x'],
  ['file://host/x'],
  ['file://host:80/x'],
  ['file://user@host/x'],
  ['file:///x/../../..'],
  ['file:///C:/../..'],
  ['file:x'],
  ['file:'],
  ['file:?q'],
  ['file:#f'],
  ['file://'],
  ['file:////x'],
  ['file:\\\\host\\share'],
  ['file:///x?q#f'],
  ['file://[::1]/x'],
  ['file://1.2.3.4/x'],
];

const relative = [
  ['http://example.com/a/b/c?q#f', ['', 'd', './d', '../d', '../../../../d', '/d', '//other/d', '?nq', '#nf', 'g;x?y#s', '.', '..', '../', '\\d', '\\\\other\\d', 'http:d', 'http:/d', 'https:d', 'HTTP:d', 'foo:d', ' d ', 'd?a#b', '%2e/d', '%2e%2e/d', '..%2f/d']],
  ['foo://host/a/b', ['c', '../c', '/c', '//h2/c', '?q', '#f', '\\c', 'foo:c', 'bar:c']],
  ['foo:opaque', ['#f', '?q', 'x', '', 'foo:x']],
  ['foo:opaque?q', ['#f']],
  ['file:///C:/a/b', ['c', '..', '../..', '/d', 'D:/e', '/D:/e', '//h/x', 'file:x', 'file:/y', 'file:D:/x', '?q', '#f', '\\\\server\\x', 'C|/y']],
  ['file://host/a/b', ['c', '/c', 'D|x', '//other/c', 'file:c']],
  ['file:///a', ['//', '///', '////x', 'file://localhost', 'file:']],
  ['data:text/plain,x', ['y', '#f', '?q']],
  ['about:blank', ['#x', '?x', 'x']],
  ['http://a', ['file:x', 'b', '', 'foo:bar']],
];

function show(u) {
  return [u.href, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname,
    u.search, u.hash, u.origin].map((x) => JSON.stringify(x)).join(' ');
}

for (const [input] of cases) {
  try {
    console.log(JSON.stringify(input), '=>', show(new URL(input)));
  } catch (e) {
    console.log(JSON.stringify(input), '=>', e.name, e.code, e.message, JSON.stringify(e.input));
  }
}
for (const [base, list] of relative) {
  for (const input of list) {
    try {
      console.log(JSON.stringify(input), 'against', base, '=>', show(new URL(input, base)));
    } catch (e) {
      console.log(JSON.stringify(input), 'against', base, '=>', e.name, e.code, e.message,
        JSON.stringify(e.input), JSON.stringify(e.base));
    }
  }
}
try { new URL('x', 'not a url'); } catch (e) { console.log(e.code, e.input, e.base, Object.keys(e)); }
try { new URL(); } catch (e) { console.log(e.code, e.message); }
console.log(new URL({ toString() { return 'http://obj/'; } }).href);
console.log(new URL('rel', new URL('http://base/dir/')).href);
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://b/'), URL.canParse('x', 'bad'));
console.log(URL.parse('x'), URL.parse('x', 'http://b/').href);
try { URL.canParse(); } catch (e) { console.log(e.code, e.message); }
