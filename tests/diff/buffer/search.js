// indexOf / lastIndexOf / includes with strings, numbers, buffers, offsets and encodings.
const { Buffer } = require('buffer');
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
const b = Buffer.from('abcabcdefabc');
const needles = ['abc', 'c', 'def', 'x', '', 'cab', 'abcabcdefabcX', 97, 99 + 256, -159, 'a'.charCodeAt(0) + 0.5, Buffer.from('fa'), new Uint8Array([98, 99]), Buffer.alloc(0)];
const offsets = [undefined, 0, 1, 3, 11, 12, 20, -1, -3, -12, -20, NaN, null, 1.7, Infinity, -Infinity, 2 ** 40];
for (const n of needles) {
  const label = typeof n === 'string' ? JSON.stringify(n) : n instanceof Uint8Array ? `bytes(${Array.from(n)})` : String(n);
  const fw = offsets.map((o) => b.indexOf(n, o));
  const bw = offsets.map((o) => b.lastIndexOf(n, o));
  console.log(label, fw.join(','), '|', bw.join(','), b.includes(n));
}
console.log(Buffer.alloc(0).indexOf(''), Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).lastIndexOf(''), Buffer.alloc(0).indexOf(0), Buffer.alloc(0).lastIndexOf(Buffer.alloc(0), -1));
// encodings
const u = Buffer.from('xaébc€', 'ucs2');
console.log(u.indexOf('é', 'ucs2'), u.indexOf('b', 0, 'utf16le'), u.indexOf(Buffer.from('b', 'ucs2')), u.indexOf(Buffer.from('b', 'ucs2'), 0, 'ucs2'), u.lastIndexOf('€', 'ucs2'), u.indexOf('c€', -4, 'ucs2'));
const odd = Buffer.from([0x00, 0x61, 0x00, 0x62, 0x00]);
console.log(odd.indexOf('a', 'ucs2'), odd.indexOf('b', 'ucs2'), odd.indexOf(Buffer.from([0x61, 0x00])), odd.indexOf('\u6100', 'ucs2'));
const h = Buffer.from('00ff10ff', 'hex');
console.log(h.indexOf('ff', 'hex'), h.indexOf('ff', 2, 'hex'), h.lastIndexOf('ff', 'hex'), h.indexOf('zz', 'hex'), h.indexOf('/xA=', 'base64'), h.indexOf('\u00ff', 'latin1'), h.indexOf('\u00ff', 'binary'), h.indexOf('\u00ff'));
const l = Buffer.from('héllo', 'latin1');
console.log(l.indexOf('é', 'latin1'), l.indexOf('é'), l.indexOf('llo', 'ascii'), l.includes('h', 1, 'latin1'), l.indexOf('bG8=', 'base64'));
t('bad encoding', () => b.indexOf('a', 0, 'nope'));
t('bad encoding buffer needle', () => b.indexOf(Buffer.from('a'), 0, 'nope'));
t('bad value', () => b.indexOf({}));
t('bad value', () => b.indexOf(null));
t('bad value', () => b.lastIndexOf(true));
t('bad value', () => b.includes([97]));
// longer data
const big = Buffer.alloc(100000, 'abcdefghij');
big.write('NEEDLE', 77777);
console.log(big.indexOf('NEEDLE'), big.lastIndexOf('NEEDLE'), big.indexOf('NEEDLE', 77778), big.lastIndexOf('j'), big.indexOf(Buffer.from('jab'), 50000), big.lastIndexOf('abcdefghija', 5000));
