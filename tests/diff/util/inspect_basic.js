// util.inspect of primitives, strings, numbers and simple objects
const util = require('util');
const show = (v, o) => console.log(o === undefined ? util.inspect(v) : util.inspect(v, o));

[1, -1, 0, -0, 1.5, NaN, Infinity, -Infinity, 1e21, 2 ** 53, 123n, -5n, true, false,
  undefined, null, Symbol('s'), Symbol(), Symbol.iterator, Symbol.for('reg')].forEach((v) => show(v));
['', 'abc', "it's", 'say "hi"', 'both \' and "', 'all \' " `', 'tmpl ${x} \' "',
  'a\nb', 'tab\there', '\x00\x01\x1f\x7f\x9f', 'back\\slash', '\ud800', 'x\udc00y', '😀',
  'é ü ñ 中文'].forEach((v) => show(v));
show('a'.repeat(20) + '\n' + 'b'.repeat(70));
show({ s: 'line one is long enough\nline two is also quite long\nand a third line here' });
show(['x'.repeat(100)]);
show('z'.repeat(30), { maxStringLength: 10 });
show('zz', { maxStringLength: 1 });
show({});
show({ a: 1, b: 'two', c: [3], d: { e: null } });
show({ 'a-b': 1, 'c d': 2, $e: 3, _f: 4, '1x': 5, 7: 6, __proto__x: 7 });
show({ ['__proto__']: 1 });
show(Object.defineProperty({}, '__proto__', { value: 1, enumerable: true }));
show({ [Symbol('sym')]: 1, [Symbol()]: 2, [Symbol('a\nb')]: 3 });
show({ a: { b: { c: { d: { e: 1 } } } } });
show({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 0 });
show({ a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity });
show({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null });
show({ a: [[[[1]]]] });
show({ a: [[[[]]]], b: {} });
show(1234567.891, { numericSeparator: true });
show(-1234567, { numericSeparator: true });
show(123456789012345678901234567890n, { numericSeparator: true });
show([1000, 10000.5, 0.0001234, 1e21], { numericSeparator: true });
show({ x: 1, y: 'abc', z: [1, 2] }, { compact: false });
show({ x: 1, y: { a: 1 } }, { compact: true });
show({ x: 1, y: { a: [1, 2, { z: 3 }] } }, { compact: 1 });
show({ b: 1, a: 2, c: { z: 1, y: 2 } }, { sorted: true });
show({ b: 1, a: 2 }, { sorted: (x, y) => (x < y ? 1 : -1) });
show({ a: 1, b: 2, c: 3 }, { breakLength: 10 });
show(util.inspect.custom);
