'use strict';
// Deep equality (loose and strict) over many value kinds: prints [loose, strict] per case.
const assert = require('assert');
const { URL } = require('url');

function check(a, b) {
  let loose = true;
  let strict = true;
  try { assert.deepEqual(a, b); } catch (e) { if (e.code !== 'ERR_ASSERTION') throw e; loose = false; }
  try { assert.deepStrictEqual(a, b); } catch (e) { if (e.code !== 'ERR_ASSERTION') throw e; strict = false; }
  let nloose = true;
  let nstrict = true;
  try { assert.notDeepEqual(a, b); } catch (e) { if (e.code !== 'ERR_ASSERTION') throw e; nloose = false; }
  try { assert.notDeepStrictEqual(a, b); } catch (e) { if (e.code !== 'ERR_ASSERTION') throw e; nstrict = false; }
  if (nloose === loose || nstrict === strict) return 'INCONSISTENT';
  return `${loose ? 'L' : '-'}${strict ? 'S' : '-'}`;
}

const cases = [];
function c(name, a, b) { cases.push([name, a, b]); }

// primitives
c('1 vs 1', 1, 1);
c('1 vs "1"', 1, '1');
c('0 vs -0', 0, -0);
c('NaN vs NaN', NaN, NaN);
c('null vs undefined', null, undefined);
c('null vs null', null, null);
c('true vs 1', true, 1);
c('"" vs 0', '', 0);
c('"" vs false', '', false);
c('1n vs 1', 1n, 1);
c('1n vs 1n', 1n, 1n);
c('sym vs sym', Symbol.for('x'), Symbol.for('x'));
c('sym vs other sym', Symbol('x'), Symbol('x'));
c('obj vs prim', {}, 1);
c('null vs {}', null, {});
c('[] vs ""', [], '');
// objects
c('{} vs {}', {}, {});
c('{a:1} vs {a:1}', { a: 1 }, { a: 1 });
c('{a:1} vs {a:"1"}', { a: 1 }, { a: '1' });
c('{a:1} vs {b:1}', { a: 1 }, { b: 1 });
c('{a:1,b:2} vs {b:2,a:1}', { a: 1, b: 2 }, { b: 2, a: 1 });
c('{a:undefined} vs {}', { a: undefined }, {});
c('{a:0} vs {a:-0}', { a: 0 }, { a: -0 });
c('{a:NaN} vs {a:NaN}', { a: NaN }, { a: NaN });
c('nested', { a: { b: { c: [1, 2] } } }, { a: { b: { c: [1, 2] } } });
c('nested diff', { a: { b: { c: [1, 2] } } }, { a: { b: { c: [1, 3] } } });
c('null proto vs {}', Object.create(null), {});
c('class instance vs plain', new (class A {})(), {});
c('two classes', new (class A {})(), new (class A {})());
function F() { this.a = 1; }
c('F vs plain', new F(), { a: 1 });
c('non-enumerable', Object.defineProperty({}, 'x', { value: 1 }), {});
c('non-enumerable diff', Object.defineProperty({}, 'x', { value: 1 }), Object.defineProperty({}, 'x', { value: 2 }));
// symbols keys
const s1 = Symbol('s');
c('sym key same', { [s1]: 1 }, { [s1]: 1 });
c('sym key diff val', { [s1]: 1 }, { [s1]: 2 });
c('sym key missing', { [s1]: 1 }, {});
c('sym key missing rev', {}, { [s1]: 1 });
c('sym key non-enum', Object.defineProperty({}, s1, { value: 1 }), {});
c('array sym key', Object.assign([1], { [s1]: 1 }), [1]);
// arrays
c('[] vs []', [], []);
c('[1,2] vs [1,2]', [1, 2], [1, 2]);
c('[1,2] vs [2,1]', [1, 2], [2, 1]);
c('[1] vs ["1"]', [1], ['1']);
c('[1] vs [1,2]', [1], [1, 2]);
c('sparse vs undefined', [, 1], [undefined, 1]);
c('sparse vs sparse', [, 1], [, 1]);
c('array extra prop', Object.assign([1], { x: 1 }), [1]);
c('array extra prop both', Object.assign([1], { x: 1 }), Object.assign([1], { x: 1 }));
c('array vs object', [1], { 0: 1, length: 1 });
c('array vs object empty', [], {});
(function () { c('arguments vs array', arguments, [1, 2]); })(1, 2);
(function () { const a1 = arguments; (function () { c('arguments vs arguments', a1, arguments); })(1, 2); })(1, 2);
(function () { c('arguments vs object', arguments, { 0: 1, 1: 2 }); })(1, 2);
// boxed
c('new Number(1) vs new Number(1)', new Number(1), new Number(1));
c('new Number(1) vs 1', new Number(1), 1);
c('new Number(1) vs new Number(2)', new Number(1), new Number(2));
c('new Number(NaN) x2', new Number(NaN), new Number(NaN));
c('new Number(0) vs new Number(-0)', new Number(0), new Number(-0));
c('new String a vs a', new String('a'), new String('a'));
c('new String a vs b', new String('a'), new String('b'));
c('new String vs Number', new String('1'), new Number(1));
c('new Boolean', new Boolean(true), new Boolean(true));
c('new Boolean diff', new Boolean(true), new Boolean(false));
c('Object(1n)', Object(1n), Object(1n));
c('Object(sym)', Object(s1), Object(s1));
c('Object(sym) other', Object(Symbol('a')), Object(Symbol('a')));
c('boxed with prop', Object.assign(new Number(1), { a: 1 }), new Number(1));
c('boxed vs plain', new Number(1), {});
// dates
c('dates same', new Date(1000), new Date(1000));
c('dates diff', new Date(1000), new Date(2000));
c('invalid dates', new Date(NaN), new Date(NaN));
c('date prop', Object.assign(new Date(1000), { a: 1 }), new Date(1000));
c('date vs obj', new Date(0), {});
// regexps
c('re same', /a/g, /a/g);
c('re flags', /a/g, /a/i);
c('re source', /a/, /b/);
const r1 = /a/g; r1.lastIndex = 3;
c('re lastIndex', r1, /a/g);
c('re prop', Object.assign(/a/, { x: 1 }), /a/);
c('re vs obj', /a/, {});
// errors
c('errors same', new Error('a'), new Error('a'));
c('errors msg', new Error('a'), new Error('b'));
c('errors type', new Error('a'), new TypeError('a'));
c('errors name prop', Object.assign(new Error('a'), { name: 'X' }), new Error('a'));
c('errors extra', Object.assign(new Error('a'), { code: 1 }), new Error('a'));
c('errors cause', new Error('a', { cause: 1 }), new Error('a', { cause: 2 }));
c('errors cause missing', new Error('a', { cause: 1 }), new Error('a'));
c('aggregate', new AggregateError([1], 'x'), new AggregateError([2], 'x'));
c('error vs obj', new Error('a'), { message: 'a', name: 'Error' });
// functions
const fa = () => {};
c('same fn', fa, fa);
c('diff fn', () => {}, () => {});
c('fn vs obj', fa, {});
// typed arrays / buffers
c('u8 same', new Uint8Array([1, 2]), new Uint8Array([1, 2]));
c('u8 diff', new Uint8Array([1, 2]), new Uint8Array([1, 3]));
c('u8 vs i8', new Uint8Array([1, 2]), new Int8Array([1, 2]));
c('u8 len', new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]));
c('f64 0/-0', new Float64Array([0]), new Float64Array([-0]));
c('f64 NaN', new Float64Array([NaN]), new Float64Array([NaN]));
c('f32 0/-0', new Float32Array([0]), new Float32Array([-0]));
c('u16 vs u8 same bytes', new Uint16Array([1]), new Uint8Array([1, 0]));
c('u8 prop', Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(1));
c('u8 vs array', new Uint8Array([1]), [1]);
c('dataview', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
c('ab same', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer);
c('ab diff', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer);
c('ab vs sab', new ArrayBuffer(1), new SharedArrayBuffer(1));
c('bigint64', new BigInt64Array([1n]), new BigInt64Array([1n]));
c('subarray', new Uint8Array([0, 1, 2]).subarray(1), new Uint8Array([1, 2]));
// maps
c('map same', new Map([[1, 'a']]), new Map([[1, 'a']]));
c('map diff val', new Map([[1, 'a']]), new Map([[1, 'b']]));
c('map loose key', new Map([[1, 'a']]), new Map([['1', 'a']]));
c('map loose val', new Map([[1, 1]]), new Map([[1, '1']]));
c('map obj key', new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 1 }, 'x']]));
c('map obj key diff', new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 2 }, 'x']]));
c('map order', new Map([[1, 1], [2, 2]]), new Map([[2, 2], [1, 1]]));
c('map size', new Map([[1, 1]]), new Map());
c('map undefined val', new Map([[1, undefined]]), new Map([[2, undefined]]));
c('map null/undefined key', new Map([[null, 1]]), new Map([[undefined, 1]]));
c('map NaN key', new Map([[NaN, 1]]), new Map([[NaN, 1]]));
c('map dup obj keys', new Map([[{}, 1], [{}, 2]]), new Map([[{}, 2], [{}, 1]]));
c('map vs obj', new Map(), {});
c('map with prop', Object.assign(new Map(), { a: 1 }), new Map());
c('map nested', new Map([['a', new Map([['b', [1]]])]]), new Map([['a', new Map([['b', [1]]])]]));
c('map false/0 key', new Map([[false, 1]]), new Map([[0, 1]]));
c('map "" key', new Map([['', 1]]), new Map([[0, 1]]));
// sets
c('set same', new Set([1, 2]), new Set([1, 2]));
c('set order', new Set([1, 2]), new Set([2, 1]));
c('set diff', new Set([1, 2]), new Set([1, 3]));
c('set loose', new Set([1]), new Set(['1']));
c('set objs', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
c('set objs diff', new Set([{ a: 1 }]), new Set([{ a: 2 }]));
c('set mixed loose', new Set([1, {}]), new Set(['1', {}]));
c('set NaN', new Set([NaN]), new Set([NaN]));
c('set null undefined', new Set([null]), new Set([undefined]));
c('set 0 -0', new Set([0]), new Set([-0]));
c('set arrays', new Set([[1], [2]]), new Set([[2], [1]]));
c('set dup objs', new Set([[1], [1]]), new Set([[1], [2]]));
c('set vs array', new Set([1]), [1]);
c('set loose dup', new Set([1, '1']), new Set([1, 1n]));
c('set loose many', new Set(['1', 1]), new Set([1, '1']));
c('set false 0', new Set([false]), new Set([0]));
c('set symbol', new Set([s1]), new Set([s1]));
c('set symbol diff', new Set([Symbol()]), new Set([Symbol()]));
// identity-ish
c('weakmap', new WeakMap(), new WeakMap());
c('weakset', new WeakSet(), new WeakSet());
c('promise', Promise.resolve(1), Promise.resolve(1));
c('weakmap vs obj', new WeakMap(), {});
// cycles
const cy1 = { a: 1 }; cy1.self = cy1;
const cy2 = { a: 1 }; cy2.self = cy2;
c('cycles', cy1, cy2);
const cy3 = { a: 2 }; cy3.self = cy3;
c('cycles diff', cy1, cy3);
const ca1 = [1]; ca1.push(ca1);
const ca2 = [1]; ca2.push(ca2);
c('array cycles', ca1, ca2);
const x1 = {}; const y1 = {}; x1.y = y1; y1.x = x1;
const x2 = {}; const y2 = {}; x2.y = y2; y2.x = y2;
c('cross cycles', x1, x2);
// getters
c('getter', { get a() { return 1; } }, { a: 1 });
c('getter diff', { get a() { return 1; } }, { a: 2 });
// toStringTag
c('toStringTag', { [Symbol.toStringTag]: 'X' }, {});
c('toStringTag both', { [Symbol.toStringTag]: 'X' }, { [Symbol.toStringTag]: 'X' });
c('obj w/ proto', Object.create({ a: 1 }), {});
c('obj w/ proto same', Object.create({ a: 1 }), Object.create({ a: 1 }));
// misc
c('array of objs', [{ a: 1 }, { b: [1, 2] }], [{ a: 1 }, { b: [1, 2] }]);
c('number keys', { 1: 'a' }, { '1': 'a' });
c('bigint vs boxed', 1n, Object(1n));
// more cycles
const d1 = { a: { b: { c: {} } } }; d1.a.b.c.back = d1;
const d2 = { a: { b: { c: {} } } }; d2.a.b.c.back = d2;
c('deep cycle', d1, d2);
const d3 = { a: { b: { c: {} } } }; d3.a.b.c.back = d3.a;
c('deep cycle other target', d1, d3);
const e1 = { x: {} }; e1.x.y = e1.x;
const e2 = { x: {} }; e2.x.y = { y: e2.x };
c('inner cycle vs unrolled', e1, e2);
const m1 = new Map(); m1.set('self', m1);
const m2 = new Map(); m2.set('self', m2);
c('map cycle', m1, m2);
const st1 = new Set(); st1.add(st1);
const st2 = new Set(); st2.add(st2);
c('set cycle', st1, st2);
const arrA = []; arrA[0] = arrA; const arrB = [[]]; arrB[0][0] = arrB;
c('array self vs nested', arrA, arrB);
const sh = { v: 1 };
c('shared ref', { p: sh, q: sh }, { p: { v: 1 }, q: { v: 1 } });
// sets / maps more
c('set single obj', new Set([{ a: 1 }]), new Set([{ a: 1 }]));
c('set single loose', new Set([1]), new Set([true]));
c('set same obj', (() => { const o = {}; return [new Set([o]), new Set([o])]; })()[0], new Set([{}]));
c('set obj+prim', new Set([{ a: 1 }, 2]), new Set([2, { a: 1 }]));
c('set undefined null', new Set([undefined, 1]), new Set([null, 1]));
c('set two objs', new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 1 }]));
c('set mixed objs', new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 3 }]));
c('map single obj key', new Map([[{ k: 1 }, 1]]), new Map([[{ k: 1 }, 1]]));
c('map single obj key diff val', new Map([[{ k: 1 }, 1]]), new Map([[{ k: 1 }, 2]]));
c('map obj keys vals swap', new Map([[{}, 'a'], [{}, 'b']]), new Map([[{}, 'b'], [{}, 'a']]));
c('map same obj key', (() => { const o = {}; return new Map([[o, 1], [2, 2]]); })(), new Map([[{}, 1], [2, 2]]));
c('map loose multi', new Map([[1, 'a'], ['2', 'b']]), new Map([['1', 'a'], [2, 'b']]));
c('map undefined null keys', new Map([[undefined, 1], [2, 2]]), new Map([[null, 1], [2, 2]]));
c('map undef val missing', new Map([['a', undefined]]), new Map([['b', undefined]]));
// errors more
c('error cause undefined', new Error('a', { cause: undefined }), new Error('a'));
c('error cause objs', new Error('a', { cause: { x: 1 } }), new Error('a', { cause: { x: 1 } }));
c('error cause loose', new Error('a', { cause: 1 }), new Error('a', { cause: '1' }));
c('aggregate same', new AggregateError([1], 'x'), new AggregateError([1], 'x'));
const en1 = new Error('a'); en1.cause = 5;
c('error enum cause', en1, new Error('a', { cause: 5 }));
const en2 = new Error('a'); Object.defineProperty(en2, 'message', { enumerable: true, value: 'a' });
c('error enum message', en2, new Error('a'));
c('error name via proto', new (class MyErr extends Error {})('a'), new Error('a'));
c('error vs plain w/ proto', Object.create(Error.prototype), Object.create(Error.prototype));
// urls
c('url same', new URL('http://a/b'), new URL('http://a/b'));
c('url diff', new URL('http://a/b'), new URL('http://a/c'));
c('url vs obj', new URL('http://a/b'), { href: 'http://a/b' });
// arrays / typed misc
c('array sparse both', [1, , 3], [1, , 3]);
c('array sparse diff', [1, , 3], [1, 3, ,]);
c('array holes extra key', Object.assign([, 1], { x: 1 }), Object.assign([, 1], { x: 1 }));
c('array big equal', Array.from({ length: 1000 }, (_, i) => i), Array.from({ length: 1000 }, (_, i) => i));
c('typed sym prop', Object.assign(new Uint8Array(1), { [s1]: 1 }), new Uint8Array(1));
c('nested arrays loose', [[1, [2, ['3']]]], [[1, [2, [3]]]]);
c('obj number vs string', { a: [1, '2'] }, { a: ['1', 2] });
c('object with length', { length: 0 }, []);
c('Object(str) vs str keys', new String('ab'), new String('ab'));
c('fn with props', Object.assign(() => {}, { a: 1 }), Object.assign(() => {}, { a: 1 }));
// buffers and proxies
const { Buffer } = require('buffer');
c('buffers same', Buffer.from('abc'), Buffer.from('abc'));
c('buffers diff', Buffer.from('abc'), Buffer.from('abd'));
c('buffer vs u8', Buffer.from('abc'), new Uint8Array([97, 98, 99]));
c('proxy obj', new Proxy({ a: 1 }, {}), { a: 1 });
c('proxy arr', new Proxy([1, 2], {}), [1, 2]);
c('frozen', Object.freeze({ a: [1] }), { a: [1] });
c('date subclass', new (class D extends Date {})(0), new Date(0));
c('map subclass', new (class M extends Map {})([[1, 2]]), new Map([[1, 2]]));
c('array subclass', new (class A extends Array {})(), []);
c('generator objs', (function* () {})(), (function* () {})());
c('map iterators', new Map().keys(), new Map().keys());
c('big arrays diff', Array.from({ length: 500 }, (_, i) => i), Array.from({ length: 500 }, (_, i) => (i === 499 ? 0 : i)));

for (const [name, a, b] of cases) console.log(name.padEnd(32), check(a, b));

const util = require('util');
console.log(util.isDeepStrictEqual({ a: [1] }, { a: [1] }), util.isDeepStrictEqual(0, -0));
