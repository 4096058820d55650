'use strict';
// Line diffs of deepStrictEqual/strictEqual for larger and varied values.
const assert = require('assert');

function t(label, fn) {
  try {
    fn();
    console.log(`${label}: pass`);
  } catch (e) {
    console.log(`${label}: ${e.code} ${e.operator}`);
    console.log(e.message);
    console.log('--');
  }
}

const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));

t('maps', () => assert.deepStrictEqual(new Map([['a', 1], ['b', { c: [1, 2] }]]), new Map([['a', 1], ['b', { c: [1, 3] }]])));
t('sets', () => assert.deepStrictEqual(new Set(['a', 'b', 'c']), new Set(['a', 'b', 'd'])));
t('null proto', () => assert.deepStrictEqual(Object.assign(Object.create(null), { a: 1 }), { a: 1 }));
t('class vs obj', () => assert.deepStrictEqual(new (class Point { constructor() { this.x = 1; this.y = 2; } })(), { x: 1, y: 2 }));
t('symbol keys', () => assert.deepStrictEqual({ [Symbol('k')]: 1 }, { [Symbol('k')]: 2 }));
t('errors copy', () => assert.deepStrictEqual(Object.assign(new Error('a'), { code: 'X' }), Object.assign(new Error('a'), { code: 'Y' })));
t('error vs error msg', () => assert.strictEqual(new TypeError('one'), new TypeError('two')));
t('big same head', () => assert.deepStrictEqual(range(100), range(100, (i) => (i === 99 ? 0 : i))));
t('big diff everywhere', () => assert.deepStrictEqual(range(60, (i) => `a${i}`), range(60, (i) => `b${i}`)));
t('two changes', () => assert.deepStrictEqual(range(20), range(20, (i) => (i === 3 || i === 15 ? -1 : i))));
t('seven same then diff', () => assert.deepStrictEqual(range(8), range(8, (i) => (i === 7 ? 'x' : i))));
t('six same then diff', () => assert.deepStrictEqual(range(7), range(7, (i) => (i === 6 ? 'x' : i))));
t('five same then diff', () => assert.deepStrictEqual(range(6), range(6, (i) => (i === 5 ? 'x' : i))));
t('four same then diff', () => assert.deepStrictEqual(range(5), range(5, (i) => (i === 4 ? 'x' : i))));
t('tail 4', () => assert.deepStrictEqual([0, 1, 2, 3, 4, 5], ['x', 1, 2, 3, 4, 5]));
t('tail 5', () => assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6], ['x', 1, 2, 3, 4, 5, 6]));
t('tail 8', () => assert.deepStrictEqual(range(10), range(10, (i) => (i === 0 ? 'x' : i))));
t('extra keys', () => assert.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4 }, { a: 1, d: 4 }));
t('missing keys', () => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }));
t('string multi', () => assert.strictEqual('line1\nline2\nline3', 'line1\nlineX\nline3'));
t('string marker', () => assert.strictEqual('abcdefghijXlmnop', 'abcdefghijYlmnop'));
t('string marker first', () => assert.strictEqual('Xbcdefghijklmnop', 'Ybcdefghijklmnop'));
t('number vs string long', () => assert.strictEqual(1234567890, '1234567890'));
t('short mixed', () => assert.strictEqual(true, 'true'));
t('undefined vs null', () => assert.deepStrictEqual(undefined, null));
t('array vs object', () => assert.deepStrictEqual([1, 2], { 0: 1, 1: 2 }));
t('typed', () => assert.deepStrictEqual(new Uint8Array(range(30)), new Uint8Array(range(30, (i) => (i === 20 ? 0 : i)))));
t('dates', () => assert.deepStrictEqual([new Date(0)], [new Date(1000)]));
t('regexps', () => assert.deepStrictEqual({ r: /a/g }, { r: /a/i }));
t('getters', () => assert.deepStrictEqual({ get x() { return 1; } }, { x: 2 }));
t('nested deep', () => assert.deepStrictEqual({ a: { b: { c: { d: { e: { f: 1 } } } } } }, { a: { b: { c: { d: { e: { f: 2 } } } } } }));
t('custom msg diff', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 4], 'arrays differ'));
t('custom msg short', () => assert.strictEqual('a', 'b', 'letters'));
t('custom msg notIdentical', () => assert.deepStrictEqual([() => {}], [() => {}], 'fns'));
t('custom msg number', () => assert.strictEqual(1, 2, 42));
t('deepEqual long', () => assert.deepEqual(range(300), range(300, (i) => i + 1)));
t('notDeepStrictEqual long', () => assert.notDeepStrictEqual(range(60), range(60)));
t('notStrictEqual multi', () => { const o = { a: 1, b: 2 }; assert.notStrictEqual(o, o); });
t('notStrictEqual short str', () => assert.notStrictEqual('abc', 'abc'));
t('notStrictEqual long str', () => assert.notStrictEqual('abcdef', 'abcdef'));
t('notDeepEqual mismatch heading', () => assert.notDeepEqual([1], ['1']));
t('equal objects msg', () => assert.equal({ a: 1 }, { a: 1 }));
t('notEqual long', () => assert.notEqual('x'.repeat(600), 'x'.repeat(600)));
