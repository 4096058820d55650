// util.types predicates over many value kinds, including forged toStringTag
const util = require('util');
const types = require('util/types');
console.log(types === util.types, Object.keys(types).join());
const values = {
  date: new Date(), regexp: /x/, map: new Map(), set: new Set(), weakmap: new WeakMap(), weakset: new WeakSet(),
  promise: Promise.resolve(), thenable: { then() {} }, error: new TypeError('x'), fakeError: { name: 'Error', message: '' },
  args: (function () { return arguments; })(), array: [], obj: {}, fn() {}, asyncFn: async () => {},
  genFn: function* () {}, asyncGenFn: async function* () {}, gen: (function* () {})(), asyncGen: (async function* () {})(),
  boxedNum: new Number(1), boxedStr: new String(''), boxedBool: new Boolean(true), boxedSym: Object(Symbol()),
  boxedBig: Object(1n), num: 1, str: 's', ab: new ArrayBuffer(1), sab: new SharedArrayBuffer(1),
  dv: new DataView(new ArrayBuffer(1)), u8: new Uint8Array(1), u8c: new Uint8ClampedArray(1), i16: new Int16Array(1),
  f64: new Float64Array(1), b64: new BigInt64Array(1), bu64: new BigUint64Array(1),
  mapIter: new Map().keys(), setIter: new Set().values(), arrIter: [][Symbol.iterator](),
  proxy: new Proxy({}, {}), forgedDate: { [Symbol.toStringTag]: 'Date' }, forgedMap: Object.create(Map.prototype),
  nul: null, undef: undefined,
};
for (const pred of Object.keys(types)) {
  const hits = Object.keys(values).filter((k) => types[pred](values[k]));
  console.log(pred.padEnd(24), hits.join(' '));
}
console.log(util.isArray([]), util.isBoolean(false), util.isNull(null), util.isNullOrUndefined(undefined),
  util.isNumber(1), util.isString(''), util.isSymbol(Symbol()), util.isUndefined(undefined), util.isRegExp(/x/),
  util.isObject({}), util.isObject(null), util.isDate(new Date()), util.isError(new Error()),
  util.isError(Object.create(Error.prototype)), util.isFunction(() => {}), util.isPrimitive(1), util.isPrimitive({}));
