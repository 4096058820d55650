// Node's argument-error sentences: types, classes and other descriptions, received values,
// and large numbers with underscores.
const fs = require('fs');
const t = (fn) => { try { fn(); console.log('no error'); } catch (e) { console.log(e.code, '|', e.message); } };
t(() => Buffer.from(5));
t(() => Buffer.from(Symbol('s')));
t(() => fs.readFileSync({}));
t(() => fs.readFileSync(null));
t(() => fs.readFileSync(() => {}));
t(() => fs.readFileSync(function named() {}));
t(() => require('path').join('a', true));
t(() => require('events').once(5));
t(() => Buffer.alloc(2 ** 33));
t(() => Buffer.alloc(-(2 ** 40)));
t(() => Buffer.alloc(1).readUInt8(2 ** 40));
t(() => Buffer.alloc(1).writeBigInt64LE(2n ** 70n));
t(() => new (require('stream').Writable)().write(5));
t(() => require('util').inherits(5, 6));
t(() => setTimeout(5));
t(() => queueMicrotask('x'));
t(() => structuredClone(() => {}));
t(() => new URL(5));
require('assert').rejects(5).catch((e) => console.log(e.code, '|', e.message));
