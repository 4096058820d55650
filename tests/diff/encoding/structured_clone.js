// structuredClone: supported types, cycles, transfer, and DataCloneError cases.
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
const sc = structuredClone;
t('primitives', () => [sc(1), sc('s'), sc(true), sc(null), sc(undefined), sc(5n), sc(-0), sc(NaN)]);
t('minus zero', () => Object.is(sc(-0), -0));
t('plain', () => sc({ a: 1, b: [1, 2, { c: 'd' }], e: undefined }));
t('array holes', () => { const a = [1, , 3]; a.foo = 'bar'; return sc(a); });
t('array length', () => sc(new Array(3)).length);
t('getters', () => sc({ get x() { return 1; }, [Symbol('k')]: 2, y: 3 }));
t('non-enumerable', () => sc(Object.defineProperty({ a: 1 }, 'h', { value: 2, enumerable: false })));
t('null proto', () => { const c = sc(Object.create(null, { x: { value: 1, enumerable: true } })); return [c, Object.getPrototypeOf(c) === Object.prototype]; });
t('class instance', () => { class Foo { constructor() { this.x = 1; } m() {} } const c = sc(new Foo()); return [c, c.constructor === Object]; });
t('date', () => { const d = new Date(86400000); const c = sc(d); return [c.toISOString(), c !== d, c instanceof Date]; });
t('regexp', () => { const r = /ab+c/gi; r.lastIndex = 3; const c = sc(r); return [String(c), c.lastIndex, c !== r]; });
t('boxed', () => sc([new Boolean(false), new Number(3), new String('s'), Object(5n)]).map((x) => [typeof x, x.valueOf()]));
t('map set', () => { const m = new Map([[1, 'a'], [{ k: 1 }, new Set([1, 2])]]); const c = sc(m); return [c.size, [...c.keys()], [...c.values()]]; });
t('cycles', () => { const o = { name: 'o' }; o.self = o; o.list = [o]; const m = new Map([[o, o]]); o.m = m; const c = sc(o); return [c.self === c, c.list[0] === c, c.m.get(c) === c, c !== o]; });
t('shared refs', () => { const s = { v: 1 }; const c = sc({ a: s, b: s }); return c.a === c.b; });
t('arraybuffer', () => { const ab = new Uint8Array([1, 2, 3]).buffer; const c = sc(ab); return [c !== ab, c.byteLength, Array.from(new Uint8Array(c))]; });
t('typed arrays', () => {
  const ab = new ArrayBuffer(16);
  const u8 = new Uint8Array(ab, 2, 4);
  u8.set([1, 2, 3, 4]);
  const f64 = new Float64Array(ab, 8, 1);
  f64[0] = 1.5;
  const c = sc({ u8, f64, ab });
  return [c.u8.constructor.name, c.u8.byteOffset, Array.from(c.u8), c.f64[0], c.u8.buffer === c.ab, c.f64.buffer === c.ab];
});
t('all typed', () => [Int8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, BigInt64Array, BigUint64Array]
  .map((C) => { const c = sc(new C(2)); return `${c.constructor.name}:${c.length}`; }).join(' '));
t('dataview', () => { const c = sc(new DataView(new ArrayBuffer(4), 1, 2)); return [c.constructor.name, c.byteOffset, c.byteLength, c.buffer.byteLength]; });
t('buffer', () => { const c = sc(require('buffer').Buffer.from('hi')); return [c.constructor.name, Array.from(c)]; });
t('error', () => { const e = new RangeError('boom', { cause: { x: 1 } }); e.extra = 1; const c = sc(e); return [c.name, c.message, c.cause, c.extra, c.stack === e.stack, c instanceof RangeError, Object.keys(c), Object.prototype.toString.call(c)]; });
t('error types', () => [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError].map((E) => sc(new E('m')).name).join());
t('error custom name', () => { const e = new Error('x'); e.name = 'Custom'; const c = sc(e); return [c.name, c.constructor.name]; });
t('error subclass', () => { class MyErr extends TypeError {} return sc(new MyErr('m')).constructor.name; });
t('error message', () => { const e = new Error('x'); e.message = 5; const c = sc(e); return [c.message, typeof c.message]; });
t('error no message', () => Object.hasOwn(sc(new Error()), 'message'));
t('aggregate', () => { const c = sc(new AggregateError([1], 'agg')); return [c.name, c.message]; });
t('blob', () => sc(new (require('buffer').Blob)(['ab'], { type: 'text/x' })));
// errors
t('no args', () => sc());
t('null options', () => sc(1, null));
t('bad options', () => sc(1, 5));
t('bad transfer', () => sc(1, { transfer: 5 }));
t('bad transfer item', () => sc(1, { transfer: [5] }));
t('function', () => sc(function foo(a) { return a; }));
t('arrow', () => sc(() => 1));
t('class', () => sc(class A {}));
t('nested function', () => sc({ a: { b: [1, () => 2] } }));
t('symbol', () => sc(Symbol('q')));
t('symbol value', () => sc({ s: Symbol() }));
t('symbol object', () => sc(Object(Symbol('q'))));
t('weakmap', () => sc(new WeakMap()));
t('weakset', () => sc(new WeakSet()));
t('weakref', () => sc(new WeakRef({})));
t('promise', () => sc(Promise.resolve()));
t('proxy', () => sc(new Proxy({}, {})));
t('arguments', () => sc((function () { return arguments; })(1, 2)));
t('map with fn', () => sc(new Map([[1, () => 1]])));
t('math', () => sc(Math));
