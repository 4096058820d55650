// toString / write / Buffer.from(string) in every encoding, with offsets and lengths.
const { Buffer } = require('buffer');
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
const encs = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', 'UTF8', 'Hex', 'BASE64'];
const sample = 'héllo wörld € 😀 \u0000\u007f\u0080\u00ff';
for (const e of encs) {
  const buf = Buffer.from(sample, e);
  console.log(e, buf.length, buf.toString('hex'), JSON.stringify(buf.toString(e)));
}
const bytes = Buffer.from([0, 1, 0x7f, 0x80, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0xfe, 0x41]);
for (const e of encs) console.log('decode', e, JSON.stringify(bytes.toString(e)), JSON.stringify(bytes.toString(e, 3, 11)));
console.log(JSON.stringify(bytes.toString()), JSON.stringify(bytes.toString(undefined, 4)), JSON.stringify(bytes.toString('utf8', -5, 100)));
console.log(JSON.stringify(bytes.toString('hex', 5, 2)), JSON.stringify(bytes.toString('hex', 20)), JSON.stringify(bytes.toString('hex', '2', '4')), JSON.stringify(bytes.toString('hex', NaN, NaN)), JSON.stringify(bytes.toString('hex', 1.7, 3.9)));
t('toString bad enc', () => bytes.toString('nope'));
t('toString empty enc', () => bytes.toString(''));
t('toString null enc', () => bytes.toString(null));
console.log(JSON.stringify(Buffer.alloc(0).toString('nope')));
console.log(bytes.toLocaleString === bytes.toString, bytes.toString('ucs2', 1));

// base64 leniency
for (const s of ['YW=Jj', 'YW Jj', 'YWJj=YWJj', 'YWJj====', 'Y', 'YW', 'YWJ', '-_-_', '+/+/', 'YW\nJj\r\n', 'Y=W=J=j', 'YWJjZA=', '!!!YWJj', 'YWJ=j', 'Y-J/', 'YQ==YQ==', '=', 'é', 'YW\u0100Jj'])
  console.log(JSON.stringify(s), Buffer.from(s, 'base64').toString('hex'), Buffer.from(s, 'base64url').toString('hex'), Buffer.byteLength(s, 'base64'));
for (let n = 0; n < 8; n++) {
  const buf = Buffer.from('abcdefgh'.slice(0, n));
  console.log(n, buf.toString('base64'), buf.toString('base64url'), Buffer.from(buf.toString('base64'), 'base64').equals(buf));
}
console.log(Buffer.from([0xfb, 0xff, 0xbf]).toString('base64'), Buffer.from([0xfb, 0xff, 0xbf]).toString('base64url'));
// hex
for (const s of ['abzz12', 'abc', 'zz', '0a0B', 'a', 'AbCdEf', '12 34', 'g0']) console.log(s, Buffer.from(s, 'hex'), Buffer.byteLength(s, 'hex'));

// write in all argument forms
const w = Buffer.alloc(10);
console.log(w.write('abc'), w);
console.log(w.write('xyz', 2), w);
console.log(w.write('hello world', 5), w);
console.log(w.write('ff00', 'hex'), w);
console.log(w.write('ffeedd', 1, 'hex'), w);
console.log(w.write('ffeedd', 1, 2, 'hex'), w);
console.log(w.write('€€€', 0, 5), w);
console.log(w.write('€', 8), w);
console.log(w.write('ab', 0, 3, 'ucs2'), w);
console.log(w.write('YWJj', 4, 'base64'), w);
console.log(w.write('ĀāĂ', 0, 'latin1'), w);
console.log(w.write('😀', 9), w.write('', 3), w.write('abc', 10));
t('write offset', () => w.write('a', 11));
t('write offset neg', () => w.write('a', -1));
t('write offset float', () => w.write('a', 1.5));
t('write length', () => w.write('a', 0, 11));
t('write enc', () => w.write('a', 0, 1, 'nope'));
t('write enc2', () => w.write('a', 'nope'));
t('write non-string', () => w.write(5));
t('write hex invalid', () => w.write('zz', 'hex'));
console.log(w.write('a', 0, undefined, 'utf8'), w.write('ab', undefined, undefined), w.write('q', 0, 0));

// the encoding-named prototype methods
const m = Buffer.from('héllo');
console.log(m.utf8Slice(), m.utf8Slice(1, 3), m.latin1Slice(0, 2), m.hexSlice(1), m.base64Slice(), m.base64urlSlice(), m.asciiSlice(), m.ucs2Slice(0, 4));
t('utf8Slice neg', () => m.utf8Slice(-1));
t('utf8Slice big', () => m.utf8Slice(0, 10));
console.log(JSON.stringify(m.utf8Slice(3, 1)));
const mw = Buffer.alloc(6);
console.log(mw.utf8Write('hé'), mw.latin1Write('x', 4), mw.hexWrite('ffff', 4, 1), mw.asciiWrite('zz', 5), mw.ucs2Write('a', 0), mw.base64Write('YQ', 2), mw);
t('hexWrite oob', () => mw.hexWrite('ff', 7));
t('utf8Write non-string', () => mw.utf8Write(1));

// large strings (chunked building)
const big = 'x€y'.repeat(30000);
const bb = Buffer.from(big);
console.log(bb.length, bb.toString() === big, bb.toString('latin1').length, bb.toString('hex').length, bb.toString('base64').length);
console.log(Buffer.from(bb.toString('base64'), 'base64').equals(bb), Buffer.from(bb.toString('hex'), 'hex').equals(bb), Buffer.from(big, 'ucs2').toString('ucs2') === big);
console.log(Buffer.from(big, 'latin1').toString('ascii').slice(0, 6));
