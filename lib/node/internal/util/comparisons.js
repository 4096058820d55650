'use strict';
// Deep equality as Node v20 defines it: isDeepEqual (assert.deepEqual, loose) and
// isDeepStrictEqual (assert.deepStrictEqual, util.isDeepStrictEqual).

const hasOwn = Object.hasOwn;
const objectToString = Object.prototype.toString;
const propIsEnum = Object.prototype.propertyIsEnumerable;
const getProto = Object.getPrototypeOf;

// How the properties of a pair are walked once the own keys are known to match.
const WALK_KEYS = 0;
const WALK_ARRAY = 1;
const WALK_SET = 2;
const WALK_MAP = 3;

// ---------------------------------------------------------------------------------------
// Type checks: node/internal/util/types when present, else ECMAScript brand checks.

function brand(fn) {
  return (v) => {
    if (v === null || typeof v !== 'object') return false;
    try {
      fn(v);
      return true;
    } catch {
      return false;
    }
  };
}

const typedArrayProto = getProto(Uint8Array.prototype);
const typedArrayTagGetter = Object.getOwnPropertyDescriptor(typedArrayProto, Symbol.toStringTag).get;
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;

let T;
function types() {
  if (T !== undefined) return T;
  const local = {
    isDate: brand((v) => Date.prototype.getTime.call(v)),
    isRegExp: brand((v) => {
      // The `source` getter accepts RegExp.prototype itself; `lastIndex` semantics do not.
      if (v === RegExp.prototype) throw null;
      getter(RegExp.prototype, 'source').call(v);
    }),
    isMap: brand((v) => getter(Map.prototype, 'size').call(v)),
    isSet: brand((v) => getter(Set.prototype, 'size').call(v)),
    isNativeError(v) {
      if (v === null || typeof v !== 'object') return false;
      if (typeof binding === 'object' && binding && typeof binding.classOf === 'function') {
        return binding.classOf(v) === 'Error';
      }
      return objectToString.call(v) === '[object Error]';
    },
    isArrayBufferView: (v) => ArrayBuffer.isView(v),
    isArrayBuffer: brand((v) => getter(ArrayBuffer.prototype, 'byteLength').call(v)),
    isSharedArrayBuffer: typeof SharedArrayBuffer === 'function' ?
      brand((v) => getter(SharedArrayBuffer.prototype, 'byteLength').call(v)) : () => false,
    isNumberObject: brand((v) => Number.prototype.valueOf.call(v)),
    isStringObject: brand((v) => String.prototype.valueOf.call(v)),
    isBooleanObject: brand((v) => Boolean.prototype.valueOf.call(v)),
    isBigIntObject: brand((v) => BigInt.prototype.valueOf.call(v)),
    isSymbolObject: brand((v) => Symbol.prototype.valueOf.call(v)),
  };
  local.isAnyArrayBuffer = (v) => local.isArrayBuffer(v) || local.isSharedArrayBuffer(v);
  local.isBoxedPrimitive = (v) => local.isNumberObject(v) || local.isStringObject(v) ||
    local.isBooleanObject(v) || local.isBigIntObject(v) || local.isSymbolObject(v);
  let shared;
  try {
    shared = require('node/internal/util/types');
  } catch {
    shared = null;
  }
  T = {};
  for (const name of Object.keys(local)) {
    T[name] = shared && typeof shared[name] === 'function' ? shared[name] : local[name];
  }
  return T;
}

// 'Uint8Array' etc. for typed arrays, undefined for anything else (DataView included).
function typedArrayTag(v) {
  return typedArrayTagGetter.call(v);
}

// ---------------------------------------------------------------------------------------
// Leaf comparisons

function isArrayIndex(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && key.length > 1)) return false;
  for (let i = 1; i < key.length; i++) {
    const d = key.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return Number(key) < 4294967295;
}

// Enumerable own keys that are not element indices (symbols too unless skipSymbols).
// Own keys list the indices first, in ascending order: the first non-index is found by
// bisection instead of testing every index.
function nonIndexKeys(obj, skipSymbols) {
  const all = Reflect.ownKeys(obj);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isArrayIndex(all[mid])) lo = mid + 1;
    else hi = mid;
  }
  const out = [];
  for (let i = lo; i < all.length; i++) {
    const key = all[i];
    if (typeof key === 'symbol' && skipSymbols) continue;
    if (propIsEnum.call(obj, key)) out.push(key);
  }
  return out;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// Byte equality of two Uint8Arrays, a word at a time where both are 4-byte aligned.
function sameBytes(a, b) {
  const len = a.byteLength;
  if (len !== b.byteLength) return false;
  let i = 0;
  if (len >= 64 && (a.byteOffset & 3) === 0 && (b.byteOffset & 3) === 0) {
    const words = len >>> 2;
    const wa = new Uint32Array(a.buffer, a.byteOffset, words);
    const wb = new Uint32Array(b.buffer, b.byteOffset, words);
    for (let w = 0; w < words; w++) {
      if (wa[w] !== wb[w]) return false;
    }
    i = words << 2;
  }
  for (; i < len; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// Loose float arrays compare by value: 0 equals -0 and NaN never equals NaN.
function sameFloatValues(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function sameBoxed(a, b, t) {
  if (t.isNumberObject(a)) {
    return t.isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (t.isStringObject(a)) {
    return t.isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (t.isBooleanObject(a)) {
    return t.isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (t.isBigIntObject(a)) {
    return t.isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  return t.isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
}

function isErrorLike(v, t) {
  return t.isNativeError(v) || v instanceof Error;
}

// A WHATWG URL (not a legacy url.parse() result), recognised by its accessors.
function isURL(v) {
  return Boolean(v && v.href && v.protocol && v.auth === undefined && v.path === undefined);
}

// Error fields that are usually own but non-enumerable: both sides must agree on their
// enumerability, and non-enumerable ones are compared here (enumerable ones with the keys).
function errorFieldsMatch(a, b, strict, memo) {
  for (const field of ['message', 'name', 'cause', 'errors']) {
    const enumerable = propIsEnum.call(a, field);
    if (enumerable !== propIsEnum.call(b, field)) return false;
    if (enumerable) continue;
    if (field === 'message' || field === 'name') {
      if (a[field] !== b[field]) return false;
    } else if (!deepEq(a[field], b[field], strict, memo)) {
      return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// The recursive comparison

function deepEq(a, b, strict, memo) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);

  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && a !== a && b !== b;
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (getProto(a) !== getProto(b)) return false;
  } else {
    const aObj = a !== null && typeof a === 'object';
    const bObj = b !== null && typeof b === 'object';
    if (!aObj) {
      if (bObj) return false;
      // eslint-disable-next-line eqeqeq
      return a == b || (Number.isNaN(a) && Number.isNaN(b));
    }
    if (!bObj) return false;
  }

  const tag = objectToString.call(a);
  if (tag !== objectToString.call(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = nonIndexKeys(a, !strict);
    if (keysA.length !== nonIndexKeys(b, !strict).length) return false;
    return compareKeys(a, b, strict, memo, WALK_ARRAY, keysA);
  }
  if (tag === '[object Object]') return compareKeys(a, b, strict, memo, WALK_KEYS);

  const t = types();
  if (t.isDate(a)) {
    if (!t.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (t.isRegExp(a)) {
    if (!t.isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (ArrayBuffer.isView(a)) {
    const tagA = typedArrayTag(a);
    if (tagA !== typedArrayTag(b)) return false;
    if (!strict && (tagA === 'Float32Array' || tagA === 'Float64Array')) {
      if (!sameFloatValues(a, b)) return false;
    } else if (!sameBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    const keysA = nonIndexKeys(a, !strict);
    if (keysA.length !== nonIndexKeys(b, !strict).length) return false;
    return compareKeys(a, b, strict, memo, WALK_KEYS, keysA);
  } else if (t.isSet(a)) {
    if (!t.isSet(b) || a.size !== b.size) return false;
    return compareKeys(a, b, strict, memo, WALK_SET);
  } else if (t.isMap(a)) {
    if (!t.isMap(b) || a.size !== b.size) return false;
    return compareKeys(a, b, strict, memo, WALK_MAP);
  } else if (t.isAnyArrayBuffer(a)) {
    if (!t.isAnyArrayBuffer(b) || !sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (isErrorLike(a, t)) {
    // The stack is left out: it differs between otherwise identical errors.
    if (!isErrorLike(b, t) || !errorFieldsMatch(a, b, strict, memo)) return false;
  } else if (t.isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b, t)) return false;
  } else if (Array.isArray(b) || ArrayBuffer.isView(b) || t.isSet(b) || t.isMap(b) ||
             t.isDate(b) || t.isRegExp(b) || t.isAnyArrayBuffer(b) || t.isBoxedPrimitive(b) ||
             isErrorLike(b, t)) {
    return false;
  } else if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  }
  return compareKeys(a, b, strict, memo, WALK_KEYS);
}

function enumerableCount(obj, keys) {
  let n = 0;
  for (const k of keys) if (propIsEnum.call(obj, k)) n++;
  return n;
}

// Compares own enumerable keys (given for arrays and typed arrays, collected here otherwise),
// then the contents. Cycle guard: the outermost pair and the one below it are remembered in
// the memo; deeper pairs go into a set, and a pair met again on the way counts as equal.
function compareKeys(a, b, strict, memo, walk, givenKeys) {
  const keys = givenKeys === undefined ? Object.keys(a) : givenKeys;
  for (let i = 0; i < keys.length; i++) {
    if (!propIsEnum.call(b, keys[i])) return false;
  }

  if (givenKeys === undefined) {
    if (keys.length !== Object.keys(b).length) return false;
    if (strict) {
      const symsA = Object.getOwnPropertySymbols(a);
      if (symsA.length !== 0) {
        let count = 0;
        for (const sym of symsA) {
          if (propIsEnum.call(a, sym)) {
            if (!propIsEnum.call(b, sym)) return false;
            keys.push(sym);
            count++;
          } else if (propIsEnum.call(b, sym)) {
            return false;
          }
        }
        const symsB = Object.getOwnPropertySymbols(b);
        if (symsA.length !== symsB.length && enumerableCount(b, symsB) !== count) return false;
      } else {
        const symsB = Object.getOwnPropertySymbols(b);
        if (symsB.length !== 0 && enumerableCount(b, symsB) !== 0) return false;
      }
    }
  }

  if (keys.length === 0 &&
      (walk === WALK_KEYS || (walk === WALK_ARRAY && a.length === 0) || a.size === 0)) {
    return true;
  }

  if (memo === undefined) {
    memo = { seen: undefined, top1: a, top2: b, next1: undefined, next2: undefined, nested: false, dropFailures: false };
    return compareContents(a, b, strict, keys, memo, walk);
  }
  if (memo.seen === undefined) {
    if (!memo.nested) {
      if (memo.top1 === a && memo.top2 === b) return true;
      memo.next1 = a;
      memo.next2 = b;
      memo.nested = true;
      const result = compareContents(a, b, strict, keys, memo, walk);
      memo.nested = false;
      return result;
    }
    memo.seen = new Set([memo.top1, memo.top2, memo.next1, memo.next2]);
  }
  const seen = memo.seen;
  const before = seen.size;
  seen.add(a);
  seen.add(b);
  if (seen.size === before) return true;
  const result = compareContents(a, b, strict, keys, memo, walk);
  if (result || memo.dropFailures) {
    seen.delete(a);
    seen.delete(b);
  }
  return result;
}

function compareContents(a, b, strict, keys, memo, walk) {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!deepEq(a[key], b[key], strict, memo)) return false;
  }
  if (walk === WALK_ARRAY) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i)) return false;
        const x = a[i];
        const y = b[i];
        // Identical elements are settled here, without a call (only 0/-0 needs a look).
        if (x === y ? x === 0 && strict && !Object.is(x, y) : !deepEq(x, y, strict, memo)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // A hole: compare the remaining keys of the sparse array by name.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn(b, key) || !deepEq(a[key], b[key], strict, memo)) return false;
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  } else if (walk === WALK_SET) {
    return setsMatch(a, b, strict, memo);
  } else if (walk === WALK_MAP) {
    return mapsMatch(a, b, strict, memo);
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// Sets and maps: entries found directly are done; the rest (objects, and in loose mode
// primitives that may match after coercion) are paired up one by one.

function isObj(v) {
  return typeof v === 'object' && v !== null;
}

// For a loose primitive with no direct match: the other primitive worth looking for
// (null <-> undefined), or a final answer (false: cannot match; true: maybe, pair it up).
function looseProbe(prim) {
  switch (typeof prim) {
    case 'undefined':
      return { probe: null };
    case 'object': // null
      return { probe: undefined };
    case 'symbol':
      return { answer: false };
    case 'string':
      prim = +prim;
      // falls through
    case 'number':
      if (prim !== prim) return { answer: false };
  }
  return { answer: true };
}

function setMayHoldLoose(a, b, prim) {
  const r = looseProbe(prim);
  if (!('probe' in r)) return r.answer;
  return b.has(r.probe) && !a.has(r.probe);
}

// Removes from `pool` the first element deep-equal to `value`.
function takeEqual(pool, value, strict, memo) {
  const saved = memo.dropFailures;
  memo.dropFailures = true;
  for (const candidate of pool) {
    if (deepEq(candidate, value, strict, memo)) {
      pool.delete(candidate);
      memo.dropFailures = saved;
      return true;
    }
  }
  memo.dropFailures = saved;
  return false;
}

function setsMatch(a, b, strict, memo) {
  let pool = null;
  for (const v of a) {
    if (b.has(v)) continue;
    if (!isObj(v) && (strict || !setMayHoldLoose(a, b, v))) return false;
    if (pool === null) {
      if (b.size === 1) return deepEq(v, b.values().next().value, strict, memo);
      pool = new Set();
    }
    pool.add(v);
  }
  if (pool === null) return true;
  for (const v of b) {
    if (isObj(v)) {
      if (!a.has(v) && !takeEqual(pool, v, strict, memo)) return false;
    } else if (!strict && !a.has(v) && !takeEqual(pool, v, strict, memo)) {
      return false;
    }
  }
  return pool.size === 0;
}

function mapMayHoldLoose(a, b, prim, item, memo) {
  const r = looseProbe(prim);
  if (!('probe' in r)) return r.answer;
  const other = b.get(r.probe);
  if ((other === undefined && !b.has(r.probe)) || !deepEq(item, other, false, memo)) return false;
  return !a.has(r.probe) && deepEq(item, other, false, memo);
}

// Removes from `pool` the first key of `map` deep-equal to `key` whose value matches `item`.
function takeEqualEntry(pool, map, key, item, strict, memo) {
  const saved = memo.dropFailures;
  memo.dropFailures = true;
  for (const candidate of pool) {
    if (deepEq(candidate, key, strict, memo) && deepEq(map.get(candidate), item, strict, memo)) {
      pool.delete(candidate);
      memo.dropFailures = saved;
      return true;
    }
  }
  memo.dropFailures = saved;
  return false;
}

function mapsMatch(a, b, strict, memo) {
  let pool = null;
  for (const [key, item] of a) {
    if (isObj(key)) {
      if (pool === null) {
        if (b.size === 1) {
          const [key2, item2] = b.entries().next().value;
          return deepEq(key, key2, strict, memo) && deepEq(item, item2, strict, memo);
        }
        pool = new Set();
      }
      pool.add(key);
    } else {
      const other = b.get(key);
      if ((other === undefined && !b.has(key)) || !deepEq(item, other, strict, memo)) {
        if (strict) return false;
        if (!mapMayHoldLoose(a, b, key, item, memo)) return false;
        if (pool === null) pool = new Set();
        pool.add(key);
      }
    }
  }
  if (pool === null) return true;
  for (const [key, item] of b) {
    if (isObj(key)) {
      if (!takeEqualEntry(pool, a, key, item, strict, memo)) return false;
    } else if (!strict && (!a.has(key) || !deepEq(a.get(key), item, strict, memo)) &&
               !takeEqualEntry(pool, a, key, item, strict, memo)) {
      return false;
    }
  }
  return pool.size === 0;
}

function isDeepEqual(a, b) {
  return deepEq(a, b, false);
}

function isDeepStrictEqual(a, b) {
  return deepEq(a, b, true);
}

module.exports = { isDeepEqual, isDeepStrictEqual };
