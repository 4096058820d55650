// fill, copy, slice, subarray, swap, equals, compare.
const { Buffer } = require('buffer');
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
const mk = () => Buffer.alloc(10, '.');
t('fill num', () => mk().fill(65));
t('fill num range', () => mk().fill(66, 2, 5));
t('fill 256', () => mk().fill(256 + 67, 8));
t('fill -1', () => mk().fill(-1, 9));
t('fill float', () => mk().fill(65.9, 0, 2));
t('fill str', () => mk().fill('ab'));
t('fill str off', () => mk().fill('xyz', 1));
t('fill str off end', () => mk().fill('xyz', 1, 6));
t('fill str enc', () => mk().fill('6869', 'hex'));
t('fill str off enc', () => mk().fill('6869', 3, 'hex'));
t('fill str off end enc', () => mk().fill('aGk=', 3, 7, 'base64'));
t('fill ucs2', () => mk().fill('€', 'ucs2'));
t('fill utf8 multi', () => mk().fill('€'));
t('fill latin1 1char', () => mk().fill('\u00e9', 'latin1'));
t('fill utf8 1char high', () => mk().fill('\u00e9'));
t('fill empty str', () => mk().fill(''));
t('fill empty str range', () => mk().fill('', 2, 4));
t('fill buffer', () => mk().fill(Buffer.from('123')));
t('fill u16', () => mk().fill(new Uint16Array([0x4142])));
t('fill bool', () => mk().fill(true));
t('fill obj', () => mk().fill({ valueOf() { return 70; } }));
t('fill null', () => mk().fill(null));
t('fill undefined', () => mk().fill(undefined));
t('fill offset > end', () => mk().fill('a', 5, 2));
t('fill offset == len', () => mk().fill('a', 10));
t('fill offset big', () => mk().fill('a', 11));
t('fill end big', () => mk().fill('a', 0, 11));
t('fill neg', () => mk().fill('a', -1));
t('fill offset str', () => mk().fill(1, '1'));
t('fill float offset', () => mk().fill(1, 1.5));
t('fill bad enc', () => mk().fill('a', 'nope'));
t('fill enc non-string', () => mk().fill('a', 0, 10, 5));
t('fill bad hex', () => mk().fill('zz', 'hex'));
t('fill partial hex', () => mk().fill('41zz', 'hex'));
t('fill empty buffer', () => mk().fill(Buffer.alloc(0)));
t('fill returns this', () => { const x = mk(); return x.fill(0) === x; });
const big = Buffer.alloc(70000);
big.fill('0123456789');
console.log(big.toString('latin1', 69990), big.toString('latin1', 0, 12));

const src = Buffer.from('abcdef');
const cp = (...args) => { const d = Buffer.alloc(5, '-'); const n = src.copy(d, ...args); return `${n} ${d}`; };
t('copy', () => cp());
t('copy ts', () => cp(2));
t('copy ts ss', () => cp(1, 3));
t('copy ts ss se', () => cp(0, 1, 3));
t('copy se small', () => cp(0, 4, 2));
t('copy ts big', () => cp(9));
t('copy ss big', () => cp(0, 7));
t('copy ts neg', () => cp(-1));
t('copy se neg', () => cp(0, 0, -1));
t('copy ss neg', () => cp(0, -1));
t('copy strings', () => cp('1', '2', '4'));
t('copy NaN', () => cp(NaN, NaN));
t('copy float', () => cp(1.5, 1.5, 3.5));
t('copy bad target', () => src.copy('x'));
t('copy to u8', () => { const u = new Uint8Array(3); src.copy(u, 1); return Array.from(u); });
t('copy overlap', () => { const o = Buffer.from('abcdef'); o.copy(o, 2, 0, 4); return o.toString(); });
t('copy from Uint8Array', () => { const d = Buffer.alloc(3); Buffer.prototype.copy.call(new Uint8Array([1, 2, 3]), d); return d; });

const s = Buffer.from('abcdef');
for (const args of [[], [2], [2, 4], [-2], [-4, -1], [4, 2], [0, 100], [-100], ['1', '3'], [1.5, 3.9], [NaN, 2], [undefined, 2], [Infinity], [-Infinity, -1]]) {
  console.log('slice', JSON.stringify(args), s.slice(...args).toString(), s.subarray(...args).toString());
}
const sl = s.slice(1, 3);
sl[0] = 0x5a;
console.log(s.toString(), sl.constructor.name, sl.buffer === s.buffer, sl.byteOffset - s.byteOffset);

for (const n of [0, 2, 4, 8, 16, 3, 6]) {
  const x = Buffer.from(Array.from({ length: n }, (_, i) => i + 1));
  t(`swap16 ${n}`, () => x.swap16().toString('hex'));
  t(`swap32 ${n}`, () => Buffer.from(x).swap32().toString('hex'));
  t(`swap64 ${n}`, () => Buffer.from(x).swap64().toString('hex'));
}

const e1 = Buffer.from('abc');
console.log(e1.equals(Buffer.from('abc')), e1.equals(Buffer.from('abd')), e1.equals(new Uint8Array([97, 98, 99])), e1.equals(e1), Buffer.alloc(0).equals(Buffer.alloc(0)), e1.equals(Buffer.from('ab')));
t('equals bad', () => e1.equals('abc'));
const c1 = Buffer.from('abcdef');
const c2 = Buffer.from('bcd');
for (const args of [[c2], [c2, 0], [c2, 0, 3, 1, 4], [c2, 1, 2, 2, 3], [c2, 0, 0], [c2, 0, 3, 2, 2], [c2, 0, 0, 0, 0], [c2, 3], [c2, 0, 3, 6], [c2, undefined, undefined, 1, 3]]) {
  t(`compare ${args.slice(1).join(',')}`, () => c1.compare(...args));
}
t('compare bad target', () => c1.compare('x'));
t('compare targetStart neg', () => c1.compare(c2, -1));
t('compare targetEnd big', () => c1.compare(c2, 0, 4));
t('compare sourceEnd big', () => c1.compare(c2, 0, 3, 0, 7));
t('compare sourceStart str', () => c1.compare(c2, 0, 3, '1'));
t('compare float', () => c1.compare(c2, 0.5));
t('compare targetStart > len', () => c1.compare(c2, 5, 3));
