// punycode: encode/decode, toASCII/toUnicode, ucs2 helpers, errors and module shape.
const punycode = require('punycode');
function run(fn, arg) {
  let out;
  try {
    const f = fn.startsWith('ucs2.') ? punycode.ucs2[fn.slice(5)] : punycode[fn];
    out = JSON.stringify(f(arg));
  } catch (e) {
    out = `${e.name}: ${e.message}`;
  }
  console.log(fn, JSON.stringify(arg), out);
}
const words = ['', 'a', 'abc', '-', 'a-', 'mañana', 'Bücher', 'ü', '\u4e2d\u6587', 'ليهمابتكلموشعربي؟', '他们为什么不说中文',
  'Pročprostěnemluvíčesky', '\uD83D\uDE00', '\u{10FFFF}', '\uD800', 'a\uDFFF', 'AbC', '-ab-', 'x\u007f', 'ß'];
for (const w of words) {
  run('encode', w);
  let enc;
  try { enc = punycode.encode(w); } catch { enc = ''; }
  run('decode', enc);
}
for (const s of ['xn--', 'a-', '-', 'abé', '\u0080', 'zzzzzzzzzzzz', '99999999999', 'a!', '/a', 'za', 'é-a', 'a-é', 'ZZ',
  'maana-pta', 'bcher-kva', 'ihqwcrb4cv8a8dqg056pqjye', 'tda', '9zzzzzz', 'ls8h']) {
  run('decode', s);
}
for (const d of ['mañana.com', 'a@bü。c', 'ä.\u3002.b', 'münchen.de', 'example.com', '', 'a@b@c', 'x\u007f.y', '☃-⌘.com',
  'abc．ü｡d']) {
  run('toASCII', d);
}
for (const d of ['xn--maana-pta.com', 'XN--maana-pta.com', 'xn--4ca.xn--zca', 'a@xn--4ca', 'xn--MAANA-PTA.com', 'xn--.com',
  'xn--a-é.xn---', 'plain.example']) {
  run('toUnicode', d);
}
run('toASCII', 5);
run('toUnicode', null);
for (const s of ['abc', '\uD834\uDF06', '\uD800a\uDC00', '\uDC00\uD800', '\uD800']) run('ucs2.decode', s);
for (const a of [[0x61, 0x62], [0x1D306], [0xD800, 0x61], [0x110000], [-1], [1.5]]) run('ucs2.encode', a);
console.log(punycode.version, Object.keys(punycode).join(','), Object.keys(punycode.ucs2).join(','));
console.log(punycode.ucs2.decode.name, punycode.ucs2.encode.name);
