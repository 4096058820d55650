'use strict';
// Generated AssertionError messages (diffs, short forms, not-equal forms) and error fields.
const assert = require('assert');

function t(label, fn) {
  try {
    fn();
    console.log(`${label}: pass`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} op=${String(e.operator)} gen=${e.generatedMessage}`);
    console.log(JSON.stringify(e.message));
  }
}

t('strictEqual nums', () => assert.strictEqual(1, 2));
t('strictEqual strs short', () => assert.strictEqual('a', 'b'));
t('strictEqual 0 -0', () => assert.strictEqual(0, -0));
t('strictEqual -0 0', () => assert.strictEqual(-0, 0));
t('strictEqual NaN', () => assert.strictEqual(NaN, NaN));
t('strictEqual strs long', () => assert.strictEqual('hello world foo', 'hello world bar'));
t('strictEqual strs nocommon', () => assert.strictEqual('abcdefghijkl', 'zbcdefghijkl'));
t('strictEqual multiline str', () => assert.strictEqual('a\nb\nc', 'a\nb\nd'));
t('strictEqual objs', () => assert.strictEqual({ a: 1 }, { a: 1 }));
t('strictEqual objs diff', () => assert.strictEqual({ a: 1 }, { a: 2 }));
t('strictEqual arrays', () => assert.strictEqual([1, 2], [1, 2]));
t('strictEqual fns', () => assert.strictEqual(function a() {}, function a() {}));
t('strictEqual obj vs prim', () => assert.strictEqual({}, 1));
t('strictEqual null undefined', () => assert.strictEqual(null, undefined));
t('strictEqual symbols', () => assert.strictEqual(Symbol('x'), Symbol('x')));
t('strictEqual bigints', () => assert.strictEqual(1n, 2n));
t('strictEqual str num', () => assert.strictEqual('1', 1));
t('strictEqual long line', () => assert.strictEqual('x'.repeat(100), 'x'.repeat(99) + 'y'));
t('strictEqual msg', () => assert.strictEqual(1, 2, 'custom message'));
t('strictEqual err msg', () => assert.strictEqual(1, 2, new RangeError('own')));
t('strictEqual pass', () => assert.strictEqual(NaN, NaN));
t('notStrictEqual', () => assert.notStrictEqual(1, 1));
t('notStrictEqual str', () => assert.notStrictEqual('hello world', 'hello world'));
t('notStrictEqual obj', () => { const o = { a: 1 }; assert.notStrictEqual(o, o); });
t('notStrictEqual fn', () => { function named() {} assert.notStrictEqual(named, named); });
t('notStrictEqual big', () => { const o = Array.from({ length: 60 }, (_, i) => i); assert.notStrictEqual(o, o); });
t('deepStrictEqual obj', () => assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }));
t('deepStrictEqual long arr', () => assert.deepStrictEqual(
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]));
t('deepStrictEqual first', () => assert.deepStrictEqual(
  [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
t('deepStrictEqual middle', () => assert.deepStrictEqual(
  Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => (i === 15 ? -1 : i))));
t('deepStrictEqual extra actual', () => assert.deepStrictEqual([1, 2, 3, 4], [1, 2]));
t('deepStrictEqual extra expected', () => assert.deepStrictEqual([1, 2], [1, 2, 3, 4]));
t('deepStrictEqual many extra', () => assert.deepStrictEqual(
  Array.from({ length: 80 }, (_, i) => i), [0]));
t('deepStrictEqual many diff', () => assert.deepStrictEqual(
  Array.from({ length: 80 }, (_, i) => i), Array.from({ length: 80 }, (_, i) => -i)));
t('deepStrictEqual identical view', () => assert.deepStrictEqual({ a: Symbol('x') }, { a: Symbol('x') }));
t('deepStrictEqual fns', () => assert.deepStrictEqual([() => {}], [() => {}]));
t('deepStrictEqual proto', () => assert.deepStrictEqual(Object.create(null), {}));
t('deepStrictEqual 0 -0', () => assert.deepStrictEqual(0, -0));
t('deepStrictEqual nums', () => assert.deepStrictEqual(1, 2));
t('deepStrictEqual strs', () => assert.deepStrictEqual('a', 'b'));
t('deepStrictEqual 1 "1"', () => assert.deepStrictEqual(1, '1'));
t('deepStrictEqual maps', () => assert.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])));
t('deepStrictEqual sets', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
t('deepStrictEqual errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
t('deepStrictEqual dates', () => assert.deepStrictEqual(new Date(0), new Date(1)));
t('deepStrictEqual nested', () => assert.deepStrictEqual(
  { a: { b: { c: { d: 1, e: 2, f: 3, g: 4, h: 5, i: 6 } } }, z: 1 },
  { a: { b: { c: { d: 1, e: 2, f: 3, g: 4, h: 5, i: 7 } } }, z: 1 }));
t('deepStrictEqual trailing comma', () => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
t('deepStrictEqual arr comma', () => assert.deepStrictEqual([1], [1, 2]));
t('deepStrictEqual long strings', () => assert.deepStrictEqual({ s: 'a'.repeat(100) }, { s: 'b'.repeat(100) }));
t('deepStrictEqual msg', () => assert.deepStrictEqual({}, { a: 1 }, 'nope'));
t('deepStrictEqual typed', () => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
t('deepStrictEqual class', () => assert.deepStrictEqual(new (class Foo { constructor() { this.a = 1; } })(), { a: 1 }));
t('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t('notDeepStrictEqual prim', () => assert.notDeepStrictEqual(1, 1));
t('notDeepStrictEqual longprim', () => assert.notDeepStrictEqual('abcdef', 'abcdef'));
t('notDeepStrictEqual arr', () => assert.notDeepStrictEqual([1, 2], [1, 2]));
t('deepEqual', () => assert.deepEqual({ a: 1 }, { a: 2 }));
t('deepEqual prim', () => assert.deepEqual(1, 2));
t('deepEqual long', () => assert.deepEqual('x'.repeat(600), 'y'));
t('notDeepEqual same', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
t('notDeepEqual loose', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
t('notDeepEqual long', () => { const o = { s: 'x'.repeat(1100) }; assert.notDeepEqual(o, o); });
t('notDeepEqual long diff', () => assert.notDeepEqual({ s: 'x'.repeat(1100) }, { s: 'x'.repeat(1100) }));
t('equal', () => assert.equal(1, 2));
t('equal str', () => assert.equal('a', 'b'));
t('equal pass', () => assert.equal(1, '1'));
t('equal NaN', () => assert.equal(NaN, NaN));
t('equal objs', () => assert.equal({ a: 1 }, { a: 1 }));
t('notEqual', () => assert.notEqual(1, '1'));
t('notEqual NaN', () => assert.notEqual(NaN, NaN));
t('missing args', () => assert.strictEqual(1));
t('missing args2', () => assert.deepEqual());
t('ok msg', () => assert.ok(false, 'msg'));
t('ok noargs', () => assert.ok());
t('ok err msg', () => assert.ok(0, new TypeError('te')));
t('ok pass', () => assert.ok(1));
t('ok 0 msg 0', () => assert(0, 0));
t('fail', () => assert.fail());
t('fail msg', () => assert.fail('boom'));
t('fail err', () => assert.fail(new TypeError('x')));
t('fail null', () => assert.fail(null));
t('fail 2', () => assert.fail(1, 2));
t('fail 3', () => assert.fail(1, 2, undefined));
t('fail 4', () => assert.fail(1, 2, undefined, '>'));
t('fail 3 msg', () => assert.fail(1, 2, 'm'));
t('ifError null', () => assert.ifError(null));
t('ifError undefined', () => assert.ifError(undefined));
t('ifError err', () => assert.ifError(new Error('bad')));
t('ifError empty', () => assert.ifError(new TypeError('')));
t('ifError str', () => assert.ifError('str'));
t('ifError 0', () => assert.ifError(0));
t('ifError obj', () => assert.ifError({ message: 5 }));
t('match', () => assert.match('abc', /x/));
t('match pass', () => assert.match('abc', /b/));
t('match nonstr', () => assert.match(123, /x/));
t('match notre', () => assert.match('abc', 'x'));
t('match msg', () => assert.match('abc', /x/, 'mm'));
t('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
t('doesNotMatch pass', () => assert.doesNotMatch('abc', /x/));
t('doesNotMatch nonstr', () => assert.doesNotMatch(null, /x/));

const err = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(Object.keys(err), err.name, err instanceof Error, String(err));
console.log(err.stack.split('\n')[0]);
console.log(Object.getOwnPropertyNames(err).sort());
t('bad options', () => new assert.AssertionError(5));
console.log(new assert.AssertionError({ actual: 1, expected: 2 }).message);
console.log(new assert.AssertionError({ message: 5 }).message);
console.log(new assert.AssertionError({ actual: 'a', expected: 'b', operator: '<' }).message);
