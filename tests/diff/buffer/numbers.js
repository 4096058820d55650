// Numeric readers and writers with Node's range and bounds errors.
const { Buffer } = require('buffer');
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
const src = Buffer.from([0x01, 0x82, 0xf3, 0x04, 0xff, 0x86, 0x07, 0x88, 0x99, 0x7a]);
const readers = ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE',
  'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE',
  'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE',
  'readUint8', 'readUint16LE', 'readUint32BE', 'readBigUint64LE'];
for (const r of readers) {
  const vals = [];
  for (let o = 0; o <= 2; o++) vals.push(src[r](o));
  console.log(r, vals.map(String).join(' '), String(src[r]()));
  t(`  ${r} oob`, () => src[r](src.length));
  t(`  ${r} neg`, () => src[r](-1));
  t(`  ${r} float`, () => src[r](1.5));
  t(`  ${r} str`, () => src[r]('1'));
  t(`  ${r} NaN`, () => src[r](NaN));
  t(`  ${r} empty`, () => Buffer.alloc(0)[r](0));
}
for (let n = 1; n <= 6; n++) {
  const out = [];
  for (const r of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'readUintLE', 'readUintBE']) out.push(src[r](1, n), src[r](10 - n, n));
  console.log('var', n, out.join(' '));
}
for (const bl of [0, 7, 1.5, '2', undefined, null, -1]) t(`readUIntLE byteLength ${bl}`, () => src.readUIntLE(0, bl));
t('readIntBE offset undefined', () => src.readIntBE(undefined, 2));
t('readIntBE oob', () => src.readIntBE(6, 6));
t('readIntBE short', () => Buffer.alloc(2).readIntBE(0, 3));

const writers = [
  ['writeUInt8', [0, 255, 256, -1, 3.7, '12', 'x']],
  ['writeInt8', [-128, 127, 128, -129, -1.5]],
  ['writeUInt16LE', [0, 65535, 65536, -1, 0x1234]],
  ['writeUInt16BE', [0x1234, 70000]],
  ['writeInt16LE', [-32768, 32767, 32768, -2]],
  ['writeInt16BE', [-2, -32769]],
  ['writeUInt32LE', [0xdeadbeef, 2 ** 32, -1]],
  ['writeUInt32BE', [0xdeadbeef, 1.9]],
  ['writeInt32LE', [-1, -(2 ** 31), 2 ** 31]],
  ['writeInt32BE', [-(2 ** 31) - 1, 0x12345678]],
  ['writeFloatLE', [1.5, -0, NaN, Infinity, 3.4e39, 'x']],
  ['writeFloatBE', [1.1]],
  ['writeDoubleLE', [Math.PI, -1e-300]],
  ['writeDoubleBE', [Math.E]],
  ['writeBigUInt64LE', [0n, 2n ** 64n - 1n, 2n ** 64n, -1n, 0x0102030405060708n]],
  ['writeBigUInt64BE', [0x0102030405060708n]],
  ['writeBigInt64LE', [-1n, -(2n ** 63n), 2n ** 63n, -(2n ** 63n) - 1n]],
  ['writeBigInt64BE', [-2n, 0x0102030405060708n]],
  ['writeUint16LE', [0x4142]],
  ['writeBigUint64BE', [5n]],
];
for (const [w, values] of writers) {
  for (const val of values) {
    const b = Buffer.alloc(10);
    t(`${w}(${typeof val === 'bigint' ? `${val}n` : JSON.stringify(val)})`, () => [b[w](val, 1), b.toString('hex')].join(' '));
  }
  const b = Buffer.alloc(10);
  t(`  ${w} default offset`, () => [b[w](values[0]), b.toString('hex')].join(' '));
  t(`  ${w} oob`, () => b[w](values[0], 10));
  t(`  ${w} neg`, () => b[w](values[0], -1));
  t(`  ${w} float`, () => b[w](values[0], 0.5));
  t(`  ${w} str offset`, () => b[w](values[0], '0'));
  t(`  ${w} short`, () => Buffer.alloc(1)[w](values[0], 0));
}
for (let n = 1; n <= 6; n++) {
  for (const w of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE', 'writeUintLE']) {
    const b = Buffer.alloc(8);
    const signed = w.includes('Int') && !w.includes('UInt') && !w.includes('Uint');
    const vals = signed ? [-1, -(2 ** (8 * n - 1)), 2 ** (8 * n - 1) - 1, 2 ** (8 * n - 1), -(2 ** (8 * n - 1)) - 1] : [0x123456789abc % 2 ** (8 * n), 2 ** (8 * n) - 1, 2 ** (8 * n), -1];
    for (const val of vals) t(`${w}(${val}, 1, ${n})`, () => [b[w](val, 1, n), b.toString('hex'), b[w.replace('write', 'read')](1, n)].join(' '));
  }
}
for (const bl of [0, 7, 1.5, '2', undefined]) t(`writeUIntLE byteLength ${bl}`, () => Buffer.alloc(8).writeUIntLE(1, 0, bl));
t('writeUIntLE offset undefined', () => Buffer.alloc(8).writeUIntLE(1, undefined, 2));
t('writeIntBE oob', () => Buffer.alloc(8).writeIntBE(1, 3, 6));
// round trips
const rt = Buffer.alloc(8);
for (const x of [0, 1, -1, 0.1, 123456.789, -1e200, 5e-324, Number.MAX_VALUE]) {
  rt.writeDoubleLE(x); const a = rt.readDoubleLE();
  rt.writeDoubleBE(x); const b2 = rt.readDoubleBE();
  rt.writeFloatLE(x); const c = rt.readFloatLE();
  console.log(x, a, b2, c);
}
console.log(Object.is(rt.writeFloatBE(-0) && rt.readFloatBE(), -0));
