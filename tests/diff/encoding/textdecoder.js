// TextDecoder: labels, BOM handling, fatal mode, streaming for utf-8 / utf-16 / latin1.
const { TextDecoder, TextEncoder } = require('util');
const show = (s) => JSON.stringify(s);
const codes = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(' ');
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};

for (const label of ['utf-8', 'UTF8', ' unicode-1-1-utf-8 ', 'utf-16le', 'utf-16', 'ucs-2', 'utf-16be',
  'latin1', 'ascii', 'us-ascii', 'iso-8859-1', 'windows-1252', 'cp1252', 'l1']) {
  const d = new TextDecoder(label);
  console.log(show(label), d.encoding, d.fatal, d.ignoreBOM);
}
t('unknown', () => new TextDecoder('foo'));
t('empty label', () => new TextDecoder(''));
t('options type', () => new TextDecoder('utf8', 5));
t('bad this', () => TextDecoder.prototype.decode.call({}));
t('bad input string', () => new TextDecoder().decode('abc'));
t('bad input number', () => new TextDecoder().decode(123));

const d = new TextDecoder();
console.log(show(d.decode()), show(d.decode(undefined)), d.decode(new ArrayBuffer(2)).length);
console.log(d.decode(new DataView(new Uint8Array([104, 105]).buffer)));
console.log(d.decode(new Uint16Array([0x6968])));
console.log(d.decode(new Uint8Array([0x61, 0x62, 0x63, 0x64]).subarray(1, 3)));
console.log(codes(d.decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))));
console.log(codes(new TextDecoder('utf8', { ignoreBOM: true }).decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))));
console.log(codes(d.decode(Uint8Array.of(0x41, 0xef, 0xbb, 0xbf))));

// replacement behaviour
const invalid = [
  [0xff], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0x61, 0x80, 0x62], [0xf0, 0x9f, 0x98, 0x80],
  [0xc3], [0xe2, 0x41], [0xfe, 0xfe, 0x41],
];
for (const bytes of invalid) {
  console.log(bytes.map((b) => b.toString(16)).join(','), '->', codes(d.decode(Uint8Array.from(bytes))));
  t('  fatal', () => codes(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes))));
}

// streaming utf-8: split every multi-byte character at each position
const text = 'aé€😀z';
const all = new TextEncoder().encode(text);
for (let cut = 0; cut <= all.length; cut++) {
  const sd = new TextDecoder();
  const parts = [sd.decode(all.subarray(0, cut), { stream: true }), sd.decode(all.subarray(cut))];
  console.log(cut, show(parts[0]), show(parts[1]), parts.join('') === text);
}
const sd = new TextDecoder();
console.log(show(sd.decode(Uint8Array.of(0xe2, 0x82), { stream: true })), show(sd.decode(Uint8Array.of(0xac))),
  show(sd.decode(Uint8Array.of(0xe2))));
// byte-by-byte streaming with a BOM split across calls
const bd = new TextDecoder();
let acc = '';
for (const b of [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x68, 0x69]) acc += bd.decode(Uint8Array.of(b), { stream: true });
acc += bd.decode();
console.log(codes(acc));
const fd = new TextDecoder('utf-8', { fatal: true });
console.log(show(fd.decode(Uint8Array.of(0xf0, 0x9f), { stream: true })));
t('fatal flush', () => fd.decode());
console.log('after fatal', show(fd.decode(Uint8Array.of(0x41))));

// utf-16le / be
const d16 = new TextDecoder('utf-16le');
console.log(show(d16.decode(Uint8Array.of(0x41), { stream: true })), show(d16.decode(Uint8Array.of(0, 0x3d, 0xd8), { stream: true })),
  show(d16.decode(Uint8Array.of(0x00, 0xde))), codes(d16.decode(Uint8Array.of(0x00, 0xde, 0x41))));
console.log(codes(d16.decode(Uint8Array.of(0xff, 0xfe, 0x41, 0x00))), codes(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(Uint8Array.of(0xff, 0xfe, 0x41, 0x00))));
console.log(codes(d16.decode(Uint8Array.of(0x3d, 0xd8, 0x41, 0x00))));
t('utf16 fatal lone', () => new TextDecoder('utf-16le', { fatal: true }).decode(Uint8Array.of(0x00, 0xde)));
t('utf16 fatal odd', () => new TextDecoder('utf-16le', { fatal: true }).decode(Uint8Array.of(0x41, 0x00, 0x42)));
console.log(new TextDecoder('utf-16be').decode(Uint8Array.of(0xfe, 0xff, 0, 65, 0xd8, 0x3d, 0xde, 0x00)));
const big = new Uint8Array(40000);
for (let i = 0; i < big.length; i += 2) big[i] = 0x61 + ((i / 2) % 26);
const s16 = new TextDecoder('utf-16le').decode(big);
console.log(s16.length, s16.slice(0, 30), s16.slice(-5));
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([0, 0x61, 0, 0x62, 0]).subarray(1)));

// latin1 family
const hi = Uint8Array.of(0x41, 0x80, 0x9f, 0xa9, 0xff);
for (const label of ['latin1', 'ascii', 'windows-1252']) console.log(label, codes(new TextDecoder(label).decode(hi)));
console.log(codes(new TextDecoder('latin1').decode(Uint8Array.of(0xef, 0xbb, 0xbf))));

console.log(Object.prototype.toString.call(d), typeof TextDecoder.prototype.decode);
console.log(require('util').inspect(new TextDecoder('utf-16le', { fatal: true })));
