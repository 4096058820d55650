// StringDecoder: seeded random byte chunks in every encoding, checking output and carried state.
const { StringDecoder } = require('string_decoder');
let seed = 4242;
function rnd(n) {
  seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
const hex = (u8) => Array.from(u8, (b) => b.toString(16).padStart(2, '0')).join('');
const interesting = [0x41, 0x80, 0xBF, 0xC0, 0xC2, 0xC3, 0xA9, 0xE0, 0xE2, 0x82, 0xAC, 0xED, 0xA0, 0xF0, 0x9F, 0x98,
  0x80, 0xF4, 0x90, 0xF5, 0xFF, 0xD8, 0xDC, 0x3D, 0x00, 0xDB, 0xDF];
const encs = ['utf8', 'utf8', 'utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];
for (let i = 0; i < 300; i++) {
  const d = new StringDecoder(encs[rnd(encs.length)]);
  const out = [d.encoding];
  const chunks = rnd(5) + 1;
  for (let c = 0; c < chunks; c++) {
    const n = rnd(6);
    const bytes = new Uint8Array(n);
    for (let k = 0; k < n; k++) bytes[k] = rnd(3) ? interesting[rnd(interesting.length)] : rnd(256);
    const s = d.write(bytes);
    out.push(`${hex(bytes)}>${JSON.stringify(s)}|${d.lastNeed}|${d.lastTotal}|${hex(d.lastChar)}`);
  }
  out.push(`end>${JSON.stringify(d.end())}`);
  console.log(out.join(' '));
}
