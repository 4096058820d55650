// How Buffers print: console.log, util.inspect, INSPECT_MAX_BYTES and extra properties.
const buffer = require('buffer');
const { Buffer } = buffer;
const util = require('util');
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(50, 1));
console.log(Buffer.alloc(51, 2));
console.log(Buffer.alloc(300, 3));
console.log([Buffer.from('a'), { b: Buffer.from('bc') }]);
console.log(util.inspect(Buffer.from('hi')), String(Buffer.from('hi')), `${Buffer.from('x')}`);
const x = Buffer.from('hello');
x.foo = 1;
x[Symbol('s')] = 2;
console.log(x);
const y = Buffer.alloc(0);
y.bar = 'z';
console.log(y);
const z = Buffer.from('hi');
z.deep = { a: [1, { b: 2 }] };
console.log(util.inspect(z, { showHidden: true }));
Object.defineProperty(z, 'hidden', { value: 5, enumerable: false });
console.log(util.inspect(z), util.inspect(z, { showHidden: true }));
console.log(buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 3;
console.log(Buffer.from('abcdef'), Buffer.from('abcd'), Buffer.from('abc'));
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('ab'));
t('INSPECT_MAX_BYTES neg', () => { buffer.INSPECT_MAX_BYTES = -1; });
t('INSPECT_MAX_BYTES str', () => { buffer.INSPECT_MAX_BYTES = '5'; });
buffer.INSPECT_MAX_BYTES = 50;
class MyBuf extends Buffer {}
console.log(Object.setPrototypeOf(Buffer.from('q'), MyBuf.prototype));
console.log(typeof Buffer.prototype.inspect, Buffer.prototype.inspect === Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')]);
console.log(Buffer.from('ab').inspect());
console.log(util.format('%s|%o', Buffer.from('ab'), Buffer.from('c')));
