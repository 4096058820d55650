// node:buffer module surface: atob/btoa, isUtf8/isAscii, transcode, constants, Blob, File.
const buffer = require('buffer');
const { Buffer, Blob, File } = buffer;
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
console.log(Object.keys(buffer).sort().join());
console.log(buffer.constants, buffer.kMaxLength, buffer.kStringMaxLength, typeof buffer.SlowBuffer);

for (const s of ['', 'YWJj', ' YW Jj\n', 'YWI=', 'YWI', 'YQ==', 'YQ', 'YQ=', 'Y', 'YW=I', 'YWJj=', 'YWJj====', '====', 'YW-_', 'YWJjZA==\t', 'é', '//8=', 'null'])
  t(`atob ${JSON.stringify(s)}`, () => JSON.stringify(buffer.atob(s)));
t('atob null', () => buffer.atob(null));
t('atob undefined', () => buffer.atob(undefined));
t('atob none', () => buffer.atob());
t('atob object', () => buffer.atob({ toString() { return 'YQ=='; } }));
for (const s of ['', 'a', 'ab', 'abc', 'abcd', '\u00ff\u00fe', 12, null, undefined, true])
  t(`btoa ${JSON.stringify(s)}`, () => buffer.btoa(s));
t('btoa wide', () => buffer.btoa('\u0100'));
t('btoa emoji', () => buffer.btoa('😀'));
t('btoa none', () => buffer.btoa());
try { buffer.atob('!'); } catch (e) { console.log(e.name, e.code, e.message, e instanceof Error); }

const u = (a) => Uint8Array.from(a);
for (const bytes of [[], [0x41], [0xc3, 0xa9], [0xc3], [0xff], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe0, 0x80, 0x80], [0x7f, 0x80]])
  console.log('isUtf8', bytes.join(','), buffer.isUtf8(u(bytes)), buffer.isAscii(u(bytes)));
console.log(buffer.isUtf8(Buffer.from('héllo')), buffer.isUtf8(new ArrayBuffer(3)), buffer.isAscii(new Uint16Array([0x41, 0x80])), buffer.isUtf8(new Float64Array(1)));
t("isUtf8 DataView", () => buffer.isUtf8(new DataView(new ArrayBuffer(2))));
t('isUtf8 bad', () => buffer.isUtf8('x'));
t('isAscii bad', () => buffer.isAscii([1]));

t('transcode utf8->latin1', () => buffer.transcode(Buffer.from('€aé'), 'utf8', 'latin1'));
t('transcode utf8->ascii', () => buffer.transcode(Buffer.from('€aé'), 'utf8', 'ascii'));
t('transcode utf8->ucs2', () => buffer.transcode(Buffer.from('€a😀'), 'utf8', 'ucs2'));
t('transcode ucs2->utf8', () => buffer.transcode(Buffer.from('€a😀', 'ucs2'), 'ucs2', 'utf8'));
t('transcode latin1->utf8', () => buffer.transcode(Buffer.from([0xe9, 0x61]), 'latin1', 'utf8'));
t('transcode utf16le->latin1', () => buffer.transcode(Buffer.from('a😀', 'utf16le'), 'utf16le', 'latin1'));
t('transcode hex', () => buffer.transcode(Buffer.from('a'), 'utf8', 'hex'));
t('transcode bad', () => buffer.transcode('x', 'utf8', 'latin1'));

// Blob
const b = new Blob(['héllo', new Uint8Array([33]), new Uint16Array([0x4241]), new Blob(['!?']), new ArrayBuffer(1)], { type: 'Text/Plain' });
console.log(b, b.size, b.type, Object.prototype.toString.call(b), b instanceof Blob);
console.log(new Blob(), new Blob([]).size, new Blob([], { type: 'a\u0100' }).type, new Blob([{}]).size, new Blob(['a\r\nb\nc'], { endings: 'native' }).size, new Blob(['a\r\nb'], { endings: 'transparent' }).size);
t('Blob bad sources', () => new Blob(5));
t('Blob string sources', () => new Blob('abc'));
t('Blob null sources', () => new Blob(null));
t('Blob bad options', () => new Blob([], 5));
t('Blob bad endings', () => new Blob([], { endings: 'x' }));
t('Blob this', () => Blob.prototype.size);
console.log(Object.getOwnPropertyNames(Blob.prototype).sort().join());
const s1 = b.slice(1, 4, 'X/Y');
console.log(s1, b.slice(-3).size, b.slice(2, -2).size, b.slice(5, 2).size, b.slice(100).size, b.slice(0, 100).size, b.slice().type);
const f = new File(['ab', 'c'], 'f.txt', { type: 'text/x', lastModified: 42 });
console.log(f, f.name, f.lastModified, f.size, f instanceof Blob, f instanceof File, Object.prototype.toString.call(f));
console.log(new File([], 'x', { lastModified: 'nope' }).lastModified, typeof new File([], 'y').lastModified, new File([], 'a\ud800').name.length);
t('File args', () => new File(['ab']));
(async () => {
  console.log(JSON.stringify(await b.text()));
  const abuf = await b.arrayBuffer();
  console.log(abuf instanceof ArrayBuffer, abuf.byteLength, new Uint8Array(abuf)[0]);
  console.log(await s1.text(), await new Blob([Uint8Array.of(0xef, 0xbb, 0xbf, 0x41)]).text());
  console.log(await f.text(), await f.slice(1).text());
  if (typeof b.bytes === 'function') console.log(await b.slice(0, 3).bytes());
  try { await Blob.prototype.text.call({}); } catch (e) { console.log('text this', e.code, e.message); }
})();
