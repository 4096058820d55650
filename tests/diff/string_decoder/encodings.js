// StringDecoder for utf16le/ucs2, base64, base64url, hex, latin1, ascii; names, errors and shape.
const { StringDecoder } = require('string_decoder');
const hex = (u8) => Array.from(u8, (b) => b.toString(16).padStart(2, '0')).join('');
function feed(enc, chunks, final) {
  const d = new StringDecoder(enc);
  const out = [];
  for (const c of chunks) {
    const s = d.write(new Uint8Array(c));
    out.push(`${JSON.stringify(s)}|${d.lastNeed}|${d.lastTotal}|${hex(d.lastChar)}`);
  }
  out.push(`end ${JSON.stringify(d.end(final && new Uint8Array(final)))}|${d.lastNeed}|${d.lastTotal}`);
  console.log(d.encoding, JSON.stringify(chunks), out.join(' '));
}
for (const enc of ['utf16le', 'ucs2', 'base64', 'base64url', 'hex', 'latin1', 'binary', 'ascii']) {
  feed(enc, [[0x61], [0x00, 0x62, 0x00]]);
  feed(enc, [[0x3D, 0xD8], [0x00, 0xDE]]);
  feed(enc, [[0x3D, 0xD8, 0x00], [0xDE, 0x41]]);
  feed(enc, [[0x3D], [0xD8], [0x00], [0xDE]]);
  feed(enc, [[0x00, 0xDC, 0x3D, 0xD8], [0x41, 0x00]]);
  feed(enc, [[1, 2, 3, 4], [5], [6, 7]], [8]);
  feed(enc, [[0xFF, 0xFE, 0x80, 0x7F]]);
  feed(enc, [[0x3D, 0xD8]]);
  feed(enc, [[0x61, 0x62, 0x63]], [0x64]);
  feed(enc, [[]]);
}
for (const e of [undefined, null, '', 'UTF-8', 'Utf8', 'UCS-2', 'UTF-16LE', 'Binary', 'HEX', 'Base64URL', 'latin1', 'utf-16',
  'buffer', 'foo', 5, {}]) {
  try {
    console.log(JSON.stringify(e), new StringDecoder(e).encoding);
  } catch (err) {
    console.log(JSON.stringify(e), err.name, err.code, err.message);
  }
}
const d = new StringDecoder('hex');
for (const bad of [5, null, {}, [1, 2]]) {
  try { d.write(bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
try { StringDecoder('utf8'); } catch (err) { console.log(err.name, err.message); }
console.log(Object.getOwnPropertyNames(StringDecoder.prototype).join(','));
const desc = Object.getOwnPropertyDescriptor(StringDecoder.prototype, 'lastNeed');
console.log(typeof desc.get, desc.set, desc.enumerable, desc.configurable);
console.log(new StringDecoder('base64'));
console.log(JSON.stringify(d.write('already a string')), d.lastChar.length);
