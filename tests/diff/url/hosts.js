// Host parsing: IPv4 number forms, IPv6 compression, IDNA, forbidden code points.
const { URL, domainToASCII, domainToUnicode } = require('url');

const hosts = [
  '127.0.0.1', '0x7f.0.0.1', '0177.0.0.1', '0x7f.1', '2130706433', '0x7F000001', '017700000001',
  '1.2.3', '1.2', '1', '0', '0x', '0X', '00', '08', '0x0g', '1.2.3.4.', '1.2.3.4..', '.1.2.3.4',
  '1.2.3.4.5', '256.0.0.1', '1.256.0.0', '1.2.65536', '1.2.65535', '1.16777216', '4294967295',
  '4294967296', '0xffffffff', '0x100000000', '1.2.3.09', '1.2.3.0x', 'foo.1', 'foo.09',
  'foo.0x', 'foo.0xg', '1.foo', '1.2.3.4x', '999999999999999999999', '0.0.0.0', '.', '..',
  '[::]', '[::1]', '[1::]', '[1:0:0:0:0:0:0:1]', '[1:0:0:2:0:0:0:3]', '[0:0:1:0:0:2:0:0]',
  '[1:2:3:4:5:6:7:8]', '[1:2:3:4:5:6:7:8:9]', '[1:2:3:4:5:6:7]', '[::ffff:1.2.3.4]',
  '[::1.2.3.4]', '[1::2::3]', '[:1]', '[1:]', '[::1.2.3]', '[::1.2.3.4.5]', '[::01.2.3.4]',
  '[::256.1.1.1]', '[12345::]', '[ABCD:EF::]', '[0000:0000::0001]', '[::ffff:0:0]', '[g::]',
  '[1:2:3:4:5:6:1.2.3.4]', '[1:2:3:4:5:6:7:1.2.3.4]', '[::1%25eth0]', '[1::1.2.3.4x]',
  'EXAMPLE.COM', 'ex\u00e4mple.com', 'M\u00dcNCHEN.de', '\u00e4\u00f6\u00fc', 'xn--mnchen-3ya.de',
  'xn--', 'xn--a', 'xn--abc-', 'XN--MNCHEN-3YA.DE', '\u4f8b\u3048.\u30c6\u30b9\u30c8',
  '\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444', '\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45\u3002com',
  'a\u00adb', 'fa\u00df.de', 'caf\u0065\u0301.fr', '\ud83d\ude00.com', 'a..b', '-a-.b',
  'a_b', 'a~b', 'a!b', 'a$b', 'a&b', "a'b", 'a(b)', 'a*b', 'a+b', 'a,b', 'a;b', 'a=b', 'a{b}',
  'a"b', 'a`b', 'a%2eb', '%41', 'a%', 'a%zz', '\u0663.com',
];

for (const h of hosts) {
  let special;
  let nonSpecial;
  try { special = new URL(`http://${h}/`).host; } catch (e) { special = e.code; }
  try { nonSpecial = new URL(`foo://${h}/`).host; } catch (e) { nonSpecial = e.code; }
  console.log(JSON.stringify(h), JSON.stringify(special), JSON.stringify(nonSpecial),
    JSON.stringify(domainToASCII(h)), JSON.stringify(domainToUnicode(h)));
}
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const r = [];
  for (const s of ['http', 'foo']) {
    try { r.push(new URL(`${s}://a${ch}b/`).host); } catch (e) { r.push('!'); }
  }
  console.log(c, JSON.stringify(r));
}
console.log(domainToASCII(5), domainToUnicode(null), domainToASCII(''));
try { domainToASCII(); } catch (e) { console.log(e.code, e.message); }
try { domainToUnicode(); } catch (e) { console.log(e.code, e.message); }
