// querystring.parse/unescape/escape on seeded random inputs mixing separators and percent sequences.
const qs = require('querystring');
let seed = 77;
function rnd(n) {
  seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
const toks = ['a', 'b', '=', '&', '+', '%', '%2', '%41', '%zz', '%E9', 'é', '%C3%A9', 'x', '==', '&&', ';', ':', '%%', '%2B',
  '\uD83D\uDE00', '%F0%9F'];
const seps = [undefined, '&', ';', '&&', 'ab', 'a=', '=&', ''];
const eqs = [undefined, '=', ':', '==', 'ba', '&', '=a'];
for (let i = 0; i < 400; i++) {
  let q = '';
  const n = rnd(10);
  for (let k = 0; k < n; k++) q += toks[rnd(toks.length)];
  const sep = seps[rnd(seps.length)];
  const eq = eqs[rnd(eqs.length)];
  const opts = [undefined, { maxKeys: rnd(4) }, { decodeURIComponent: (s) => `<${s}>` }][rnd(3)];
  let esc;
  try { esc = qs.escape(q); } catch (e) { esc = e.code; }
  console.log(JSON.stringify([q, sep, eq, opts && opts.maxKeys]),
    JSON.stringify(Object.entries(qs.parse(q, sep, eq, opts))), JSON.stringify(qs.unescape(q)), esc);
}
