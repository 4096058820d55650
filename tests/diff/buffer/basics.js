// Buffer construction and static methods: from/alloc/allocUnsafe/concat/compare/byteLength/of/copyBytesFrom.
const { Buffer, SlowBuffer, constants, kMaxLength, kStringMaxLength } = require('buffer');
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};

console.log(Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.prototype.constructor === Buffer, Buffer.name, Buffer.length);
console.log(Buffer.poolSize, constants, kMaxLength, kStringMaxLength);
console.log(Object.getOwnPropertyNames(Buffer).sort().join());
console.log(Object.getOwnPropertyNames(Buffer.prototype).sort().join());
const b = Buffer.from('hello');
console.log(b instanceof Uint8Array, b instanceof Buffer, Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(2)), Buffer.isBuffer('x'));
console.log(b.constructor.name, b.map((x) => x + 1), b.filter((x) => x > 104), b.subarray(1).constructor === Buffer);
console.log(Buffer.from([1, 2, 3, 256, -1, 1.7, '7', 'x', null]));
console.log(Buffer.from({ length: 3, 0: 5, 1: 6 }), Buffer.from({ length: 'x' }), Buffer.from({ type: 'Buffer', data: [1, 2] }));
console.log(Buffer.from(new Uint16Array([1, 258, 65535])), Buffer.from(new Float64Array([1.5, -2])));
const ab = new Uint8Array([1, 2, 3, 4, 5]).buffer;
const v = Buffer.from(ab, 1, 3);
console.log(v, v.buffer === ab, v.byteOffset, Buffer.from(ab, 2), Buffer.from(ab, '1'), Buffer.from(ab, NaN, 2), Buffer.from(ab, 1, -1));
t('ab offset', () => Buffer.from(ab, 6));
t('ab length', () => Buffer.from(ab, 1, 5));
const copy = Buffer.from(b);
copy[0] = 0x4a;
console.log(b.toString(), copy.toString());
console.log(Buffer.from(new String('boxed')), Buffer.from({ valueOf() { return 'vo'; } }),
  Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }), Buffer.from({ valueOf() { return [7, 8]; } }));
for (const bad of [5, null, undefined, true, Symbol('s'), {}, () => 1]) t(`from ${typeof bad}`, () => Buffer.from(bad));
t('from enc', () => Buffer.from('ab', 'nope'));
console.log(Buffer.from('ab', ''), Buffer.from('ab', null), Buffer.from('ab', 'HEX'), Buffer.from(''), Buffer.from('', 'hex'));

console.log(Buffer.alloc(3), Buffer.alloc(5, 'ab'), Buffer.alloc(5, 'YWI=', 'base64'), Buffer.alloc(4, 257), Buffer.alloc(3, Buffer.from('xy')), Buffer.alloc(0, 'a'));
console.log(Buffer.alloc(2.5).length, Buffer.allocUnsafe(5).length, Buffer.allocUnsafeSlow(7).length, SlowBuffer(3).length);
for (const fn of ['alloc', 'allocUnsafe', 'allocUnsafeSlow']) {
  t(fn, () => Buffer[fn](-1));
  t(fn, () => Buffer[fn]('5'));
  t(fn, () => Buffer[fn](2 ** 33));
  t(fn, () => Buffer[fn](NaN));
}
t('alloc fill enc', () => Buffer.alloc(4, 'a', 'nope'));
t('alloc fill bad hex', () => Buffer.alloc(4, 'zz', 'hex'));
// the pool: small unsafe buffers share one ArrayBuffer
const p1 = Buffer.allocUnsafe(10);
const p2 = Buffer.allocUnsafe(10);
console.log(p1.buffer === p2.buffer, p1.buffer.byteLength, p2.byteOffset - p1.byteOffset, Buffer.allocUnsafe(5000).buffer.byteLength,
  Buffer.allocUnsafeSlow(10).buffer.byteLength, Buffer.alloc(10).buffer.byteLength, Buffer.from('abc').buffer.byteLength);

console.log(Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.alloc(0)]), Buffer.concat([]), Buffer.concat([Buffer.from('abc')], 2), Buffer.concat([Buffer.from('a')], 3));
t('concat list', () => Buffer.concat('a'));
t('concat item', () => Buffer.concat([Buffer.from('a'), 'b']));
t('concat length', () => Buffer.concat([Buffer.from('a')], -1));

console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(Buffer.from('ab'), Buffer.from('a')), Buffer.compare(b, b));
console.log([Buffer.from('c'), Buffer.from('a'), Buffer.from('ab'), Buffer.from('')].sort(Buffer.compare));
t('compare args', () => Buffer.compare(1, Buffer.from('a')));
t('compare args2', () => Buffer.compare(Buffer.from('a'), 'a'));

for (const e of ['utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'Binary', 'ascii', 'base64', 'base64url', 'hex', 'utf16be', '', null, undefined, 5, 'utf-16'])
  console.log('isEncoding', e, Buffer.isEncoding(e));
console.log(Buffer.byteLength('héllo'), Buffer.byteLength('héllo', 'latin1'), Buffer.byteLength('abcd', 'ucs2'), Buffer.byteLength('abcd', 'hex'),
  Buffer.byteLength('YWJj', 'base64'), Buffer.byteLength('YWI=', 'base64'), Buffer.byteLength('YQ==', 'base64url'), Buffer.byteLength('abc', 'bogus'),
  Buffer.byteLength(''), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength(new DataView(new ArrayBuffer(4))), Buffer.byteLength('😀'));
t('byteLength', () => Buffer.byteLength(5));
t('byteLength', () => Buffer.byteLength({}));

console.log(Buffer.of(), Buffer.of(1, 2, 300), Buffer.of('7'));
const u16 = new Uint16Array([1, 2, 3, 4]);
console.log(Buffer.copyBytesFrom(u16), Buffer.copyBytesFrom(u16, 1, 2), Buffer.copyBytesFrom(u16, 3), Buffer.copyBytesFrom(u16, 9), Buffer.copyBytesFrom(new Uint8Array(0)));
t('copyBytesFrom', () => Buffer.copyBytesFrom([1]));
t('copyBytesFrom', () => Buffer.copyBytesFrom(u16, -1));
t('copyBytesFrom', () => Buffer.copyBytesFrom(u16, 0, 1.5));
console.log(b.parent === b.buffer, b.offset === b.byteOffset, Buffer.prototype.parent, Buffer.prototype.offset);
console.log(JSON.stringify(b), JSON.stringify(Buffer.alloc(0)), b.toJSON());
console.log(Buffer.from(JSON.parse(JSON.stringify(b))).toString());
