// util.inspect of arrays, collections, classes, functions and special objects
const util = require('util');
const show = (v, o) => console.log(o === undefined ? util.inspect(v) : util.inspect(v, o));

show([]);
show([1, 2, 3]);
show([1, , 3]);
show([, , 1, , , , 2, , ]);
show(new Array(5));
const withProps = [1, 2]; withProps.extra = 'x'; withProps[Symbol('s')] = 1; show(withProps);
show(Array.from({ length: 120 }, (_, i) => i));
show(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 7 + 1)));
show(Array.from({ length: 10 }, (_, i) => i * 1000));
show(Array.from({ length: 7 }, (_, i) => -i * 11));
show([1, 2, 3, 4, 5, 6, 7], { maxArrayLength: 3 });
show([1, 2, 3], { maxArrayLength: 0 });
show(Array.from({ length: 30 }, (_, i) => ({ i })));
show([[1, 2, [3, 4, [5, [6]]]]]);
show(['a', 'b'], { showHidden: true });
show(new Map());
show(new Map([['a', 1], [{ k: 1 }, [2]]]));
show(new Set([1, 'two', [3]]));
show(new Set());
show(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 });
const m = new Map([[1, 2]]); m.extra = true; show(m);
show(new WeakMap());
show(new WeakSet());
show(new Uint8Array([1, 2, 3]));
show(new Float64Array([1.5, -0, NaN]));
show(new BigInt64Array([1n, -2n]));
show(new Uint8Array(0));
show(new Int16Array(200));
show(new ArrayBuffer(3));
show(new Uint8Array([1, 2, 255]).buffer);
show(new ArrayBuffer(120));
show(new DataView(new ArrayBuffer(4), 1, 2));
show({ buf: new Uint8Array([9, 10]) }, { showHidden: true });
show(new Date(0));
show(new Date(NaN));
const d = new Date(86400000); d.foo = 1; show(d);
show(/ab+c/gi);
const r = /x/; r.y = 2; show(r);
show(new Number(3));
show(new Number(-0));
show(new String('str'));
show(new Boolean(false));
show(Object(Symbol('bx')));
show(Object(10n));
const bs = new String('ab'); bs.k = 1; show(bs);
show(new String('ab'), { showHidden: true });

function named() {}
show(named);
show(function () {});
show(() => {});
show(async function af() {});
show(function* gf() {});
show(async function* agf() {});
show(async () => {});
class A {}
class B extends A {}
show(A);
show(B);
show(class {});
show(class extends A {});
const fp = function withProp() {}; fp.x = 1; show(fp);
show(Object.setPrototypeOf(function nf() {}, null));
show(Math.max);
show(new A());
show(new B());
class C { constructor() { this.a = 1; this.b = [2]; } }
show(new C());
show({ c: new C() });
class D { get [Symbol.toStringTag]() { return 'Dtag'; } }
show(new D());
show({ [Symbol.toStringTag]: 'own' });
show(Object.create(null));
const np = Object.create(null); np.a = 1; show(np);
show(Object.create(Object.create(null)));
class E extends Map {}
show(new E([[1, 2]]));
class F extends Array {}
show(F.from([1, 2]));
show(Object.setPrototypeOf([1, 2], null));
show(Object.setPrototypeOf(new Set([1]), null));
show(Object.setPrototypeOf(new Map([[1, 1]]), null));
show({ a: { b: new Map([[1, { c: 1 }]]) } }, { depth: 1 });
show({ a: { b: new A() } }, { depth: 0 });
show({ a: { b: [1] } }, { depth: 0 });
show({ a: { b: Object.create(null) } }, { depth: 0 });
show({ get x() { return 1; }, set y(v) {}, get z() { return 2; }, set z(v) {} });
show({ get x() { return 1; }, get o() { return { a: 1 }; }, get n() { return null; },
  get t() { throw new Error('bad'); } }, { getters: true });
show({ get x() { return 1; }, set x(v) {}, get y() { return 2; } }, { getters: 'set' });
show({ get x() { return 1; }, set x(v) {}, get y() { return 2; } }, { getters: 'get' });
show(Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }), { showHidden: true });
show((function () { return arguments; })(1, 'a'));
show(Promise.resolve(4));
show(new Promise(() => {}));
const rej = Promise.reject(3); rej.catch(() => {}); show(rej);
const circ = { name: 'c' }; circ.self = circ; show(circ);
const c2 = { a: {} }; c2.a.b = c2.a; c2.arr = [c2]; show(c2);
const c3 = [1]; c3.push(c3); show(c3);
const x1 = {}; const x2 = { x1 }; x1.x2 = x2; show([x1, x2]);
show({ a: 1 }, { compact: true });
const cm = new Map(); cm.set('self', cm); show(cm);
show(globalThis.undefinedThing);
show(JSON);
show(Math);
show(Reflect);
