// util.inspect of values whose shape depends on the engine: function names, prototypes, proxies, promises
const util = require('util');
const arrow = () => {};
const o = { m() {}, a: () => {}, async am() {}, *g() {}, get x() { return 1; }, ['comp' + 'uted']() {} };
class K { static s() {} #priv = 1; pub = 2; method() {} get acc() { return 1; } }
const f = function () {};
const bound = arrow.bind(null);
console.log(util.inspect([arrow, o.m, o.a, o.am, o.g, o.computed, K.s, f, bound, new K().method, Object.getOwnPropertyDescriptor(o, 'x').get]));
console.log(util.inspect(o), util.inspect(new K()), util.inspect(K));
console.log(util.inspect(class Foo { constructor() {} }), util.inspect(class /* c */ Bar extends K {}));
console.log(util.inspect(Symbol.prototype), util.inspect(Object.prototype), util.inspect(Array.prototype), util.inspect(Function.prototype));
console.log(util.inspect(Map.prototype), util.inspect(Error.prototype), util.inspect(Promise.prototype));
console.log(util.inspect(K.prototype), util.inspect(Object.getPrototypeOf(function*(){})));
console.log(util.inspect(new WeakRef({})), util.inspect(new FinalizationRegistry(() => {})));
console.log(util.inspect(Object(Symbol.iterator)), util.inspect(new Error('x').constructor.prototype.name));
console.log(util.inspect(async function* () {}.prototype), util.inspect((async function* () {})()));
console.log(util.inspect({ a: Promise.resolve({ x: [1, 2] }), b: Promise.reject(new Error('r')).catch(() => {}) }));
const rejected = Promise.reject(5); rejected.catch(() => {});
console.log(util.inspect(rejected), util.inspect(Promise.all([])));
console.log(util.inspect(new Proxy(new Map([[1, 2]]), {})), util.inspect(new Proxy([], {}), { showProxy: true }));
console.log(util.inspect(new Proxy(new Proxy({ a: 1 }, {}), {}), { showProxy: true }));
console.log(util.inspect(new Proxy(function named() {}, {})), util.inspect(new Proxy(class Q {}, {})));
console.log(util.inspect(globalThis.Atomics));
console.log(util.inspect(new SharedArrayBuffer(2)), util.inspect(new DataView(new ArrayBuffer(2)), { showHidden: true }));
console.log(util.inspect(Object.assign(Object.create(Array.prototype), { 0: 1, length: 1 })));
console.log(util.types.isGeneratorObject((function*(){})()), util.types.isAsyncFunction(async () => {}));
