// TextEncoder: encode and encodeInto, including lone surrogates and small destinations.
const { TextEncoder } = require('util');
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
const enc = new TextEncoder();
console.log(enc.encoding, Object.prototype.toString.call(enc));
console.log(enc.encode('héllo €😀'), enc.encode(), enc.encode(undefined).length, enc.encode(null), enc.encode(12.5));
console.log(enc.encode('a\ud800b'), enc.encode('\udc00'), enc.encode('\ud83d\ude00'));
console.log(enc.encode('x') instanceof Uint8Array, enc.encode('x').constructor.name);
for (const [str, size] of [['héllo', 3], ['héllo', 2], ['€', 2], ['😀x', 3], ['😀x', 4], ['a\ud800', 10], ['', 4], ['abc', 0]]) {
  const dest = new Uint8Array(size);
  const r = enc.encodeInto(str, dest);
  console.log(JSON.stringify(str), size, r, Array.from(dest));
}
const big = 'ab€'.repeat(20000);
const out = enc.encode(big);
console.log(out.length, out[0], out[out.length - 1]);
const into = new Uint8Array(100000);
console.log(enc.encodeInto(big, into));
const sub = new Uint8Array(10).subarray(3, 7);
console.log(enc.encodeInto('hello', sub), Array.from(sub));
t('encodeInto bad dest', () => enc.encodeInto('a', []));
t('encodeInto bad src', () => enc.encodeInto(5, new Uint8Array(2)));
t('encodeInto Uint16', () => enc.encodeInto('a', new Uint16Array(2)));
console.log(require('util').inspect(enc));
