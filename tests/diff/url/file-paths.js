// fileURLToPath, pathToFileURL, urlToHttpOptions.
const url = require('url');
const { URL } = url;
const show = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.name, e.code, e.message); } };

for (const s of ['file:///a/b%20c/', 'file:///a/b%2fc', 'file:///a/b%2Fc', 'file:///a/%5c', 'file://host/a',
  'file://localhost/a', 'http://host/a', 'file:///x%00y', 'file:///%E2%82%AC', 'file:///C:/x', 'file:///',
  'file:///a?q#h', 'file:///a%3Fb%23c', 'file:///%zz']) {
  show(() => url.fileURLToPath(s));
  show(() => url.fileURLToPath(new URL(s)));
  show(() => url.fileURLToPath(s, { windows: true }));
}
show(() => url.fileURLToPath(5));
show(() => url.fileURLToPath());
show(() => url.fileURLToPath({ href: 'file:///x', protocol: 'file:', pathname: '/x', hostname: '' }));
show(() => url.fileURLToPath('file:///a', 5));
show(() => url.fileURLToPath('not a url'));

for (const p of ['/a/b c%#?\\\n\r\t/', '/a/b/../c', '/a/./b/', '/', '//x//y', '/a/é😀', '/a/%2f', '/C|/x',
  '/x/[]{}^|`"<>\'', '/a/../..', '/trailing/..', '/t/.']) {
  show(() => url.pathToFileURL(p).href);
}
show(() => url.pathToFileURL('rel/x').href === `file://${process.cwd()}/rel/x`);
show(() => url.pathToFileURL('').href === `file://${process.cwd()}`);
show(() => url.pathToFileURL('.').href === `file://${process.cwd()}`);
show(() => url.pathToFileURL('./').href === `file://${process.cwd()}/`);
show(() => url.pathToFileURL(5));
show(() => url.pathToFileURL('/x') instanceof URL);
show(() => url.pathToFileURL('C:\\x y\\z', { windows: true }).href);
show(() => url.pathToFileURL('C:\\dir\\', { windows: true }).href);
show(() => url.pathToFileURL('\\\\server\\share\\x', { windows: true }).href);
show(() => url.pathToFileURL('/x', { windows: false }).href);

for (const s of ['https://u:p@[::1]:99/a?b#c', 'http://a.com', 'http://%41:%42@h/', 'http://u@h/', 'http://:p@h/',
  'file:///x', 'foo:bar', 'http://h:80/']) {
  const o = url.urlToHttpOptions(new URL(s));
  console.log(JSON.stringify(o), Object.getPrototypeOf(o));
}
const extended = new URL('http://h/');
extended.custom = 1;
console.log(JSON.stringify(url.urlToHttpOptions(extended)));
let all = '/';
for (let c = 1; c < 128; c++) if (c !== 47) all += String.fromCharCode(c);
console.log(url.pathToFileURL(all).href);
console.log(url.pathToFileURL('/\u00e9\ud800x').href);
console.log(url.fileURLToPath(url.pathToFileURL(all)) === all);
console.log(url.fileURLToPath({ href: 'file:///a%20b', protocol: 'file:', pathname: '/a%20b', hostname: '' }));
