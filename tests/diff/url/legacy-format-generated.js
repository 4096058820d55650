// Legacy url.format of Url-like objects and of WHATWG URLs with options (seeded).
const url = require('url');
let seed = Number(process.env.SEED || 1);
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const vals = {
  protocol: [undefined, null, '', 'http', 'http:', 'file', 'file:', 'mailto:', 'foo', 'HTTP:', 'ws:', 'javascript:'],
  slashes: [undefined, null, true, false, 1],
  auth: [undefined, null, '', 'a', 'a:b', 'a b:c:d', 'é@x'],
  host: [undefined, null, '', 'h', 'h:1', '::1', '[::1]'],
  hostname: [undefined, null, '', 'hn', 'a:b', '[a:b]', 'é'],
  port: [undefined, null, '', 0, 8080, '81'],
  pathname: [undefined, null, '', '/', 'p', '/a?b#c', 'a b'],
  search: [undefined, null, '', '?', 'x', '?a=1', 'a#b', '??'],
  query: [undefined, null, '', 'str', { a: 1 }, { b: ['x', 'y'] }, {}],
  hash: [undefined, null, '', '#', 'h', '#h#i'],
};
for (let i = 0; i < 600; i++) {
  const o = {};
  for (const k of Object.keys(vals)) { const v = vals[k][rnd(vals[k].length)]; if (v !== undefined) o[k] = v; }
  let line;
  try { line = JSON.stringify(url.format(o)); } catch (e) { line = e.name + ' ' + e.code; }
  console.log(JSON.stringify(o), line);
}
const hrefs = ['http://us:pw@xn--mnchen-3ya.de:81/p?q=1#frag', 'file:///x', 'foo:bar', 'foo://h/p', 'https://[::1]:8/a', 'http://a@b/', 'http://:p@b/', 'foo:/.//x', 'http://h/?#', 'blob:http://x/y', 'http://ä.com/é?é#é'];
const opts = [undefined, {}, { auth: false }, { fragment: false }, { search: false }, { unicode: true }, { unicode: 1, auth: '' }, { fragment: null, search: 0 }];
for (const h of hrefs) for (const op of opts) console.log(h, JSON.stringify(op), url.format(new url.URL(h), op));
