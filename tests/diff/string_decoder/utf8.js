// StringDecoder utf8: characters split across writes, invalid sequences, lastNeed/lastTotal/lastChar.
const { StringDecoder } = require('string_decoder');
const hex = (u8) => Array.from(u8, (b) => b.toString(16).padStart(2, '0')).join('');
function feed(chunks, enc = 'utf8') {
  const d = new StringDecoder(enc);
  const out = [];
  for (const c of chunks) {
    const s = d.write(new Uint8Array(c));
    out.push(`${JSON.stringify(s)}|${d.lastNeed}|${d.lastTotal}|${hex(d.lastChar)}`);
  }
  out.push(`end ${JSON.stringify(d.end())}|${d.lastNeed}|${d.lastTotal}`);
  console.log(enc, JSON.stringify(chunks), out.join(' '));
}
feed([[0xE2], [0x82], [0xAC]]);
feed([[0xE2, 0x82], [0xAC, 0x41]]);
feed([[0xF0, 0x9F], [0x98], [0x80]]);
feed([[0xF0, 0x9F, 0x98, 0x80, 0xF0]]);
feed([[0xC3], [0x41]]);
feed([[0xE2, 0x82], [0x41]]);
feed([[0xE0, 0x80], [0x80]]);
feed([[0xED, 0xA0], [0x80]]);
feed([[0xF4, 0x90, 0x80], [0x80]]);
feed([[0xF8, 0x80, 0x80]]);
feed([[0xFF], [0xFE]]);
feed([[0x80, 0x80, 0x80, 0x80]]);
feed([[0xC3, 0xA9, 0x80]]);
feed([[0x41, 0x80, 0x80, 0x80, 0x80, 0x80]]);
feed([[0xE2], [], [0x82], [0xAC]]);
feed([[0xF0], [0x9F, 0x98], [0x80, 0xC3]]);
feed([[0xE2]]);
feed([[0xF0, 0x9F, 0x98]]);
feed([[0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0x61, 0x62]]);
feed([[0xC0, 0xAF], [0xC1]]);
// Strings pass through; end() with a final chunk; text().
const d = new StringDecoder();
console.log(JSON.stringify(d.write('plain')), JSON.stringify(d.end(new Uint8Array([0xE2, 0x82]))), d.lastNeed);
const t = new StringDecoder('utf8');
console.log(JSON.stringify(t.write(new Uint8Array([0xE2]))), JSON.stringify(t.text(new Uint8Array([0x61, 0xC3, 0xA9, 0x62]), 1)), t.lastNeed);
// Other typed array views are read by bytes.
const v = new StringDecoder('utf8');
console.log(JSON.stringify(v.write(new Uint16Array([0xA9C3, 0x82E2]))), JSON.stringify(v.write(new DataView(new Uint8Array([0xAC]).buffer))));
console.log(JSON.stringify(v.end()), v.encoding, Object.keys(v).join(','));
