// punycode on seeded random strings: round trips and error cases.
const punycode = require('punycode');
let seed = 999;
function rnd(n) {
  seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
const toks = ['a', 'z', '9', '0', '-', 'xn--', 'XN--', '.', '\u3002', '@', 'é', 'ñ', 'ü', '\u00df', '\uD83D\uDE00',
  '\uD800', '\uDC00', '\u4e2d', '\x7f', '!', 'Z', '\u{10FFFF}', 'zz', '99'];
function attempt(f, s) {
  try { return JSON.stringify(f(s)); } catch (e) { return `${e.name}: ${e.message}`; }
}
for (let i = 0; i < 300; i++) {
  let s = '';
  const n = rnd(8);
  for (let k = 0; k < n; k++) s += toks[rnd(toks.length)];
  console.log(JSON.stringify(s), attempt(punycode.decode, s), attempt(punycode.encode, s),
    attempt(punycode.toASCII, s), attempt(punycode.toUnicode, s), JSON.stringify(punycode.ucs2.decode(s)));
}
