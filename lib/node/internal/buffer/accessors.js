'use strict';
// Buffer's numeric readers and writers (integers of 1 to 6 bytes, 64-bit BigInts, floats and
// doubles, in both byte orders), installed onto Buffer.prototype by install(proto).

const {
  codes: { ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE, ERR_BUFFER_OUT_OF_BOUNDS },
} = require('node/internal/errors');

// ---- argument checks -------------------------------------------------------------------

function requireNumber(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

// Operations that would make V8 coerce a BigInt to a Number fail with V8's wording.
function bigintToNumberError() {
  return new TypeError('Cannot convert a BigInt value to a number');
}

function toNumber(value) {
  if (typeof value === 'bigint') throw bigintToNumberError();
  return +value;
}

// `offset` must be a number such that bytes [offset, offset + size) lie inside `buf`.
function checkOffset(buf, offset, size) {
  requireNumber(offset, 'offset');
  const last = buf.length - size;
  if (Number.isInteger(offset) && offset >= 0 && offset <= last) return;
  if (Math.floor(offset) !== offset) throw new ERR_OUT_OF_RANGE('offset', 'an integer', offset);
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE('offset', `>= 0 and <= ${last}`, offset);
}

// The byteLength argument of read/write[U]Int{LE,BE}: an integer 1..6.
function checkByteLength(n) {
  if (n === 1 || n === 2 || n === 3 || n === 4 || n === 5 || n === 6) return;
  if (typeof n === 'bigint') throw bigintToNumberError();
  requireNumber(n, 'byteLength');
  if (Math.floor(n) !== n) throw new ERR_OUT_OF_RANGE('byteLength', 'an integer', n);
  throw new ERR_OUT_OF_RANGE('byteLength', '>= 1 and <= 6', n);
}

// Value limits per width: [min, max, text of the allowed range].
const limitCache = new Map();
function limits(size, signed) {
  const key = signed ? -size : size;
  let entry = limitCache.get(key);
  if (entry === undefined) {
    const bits = size * 8;
    let min, max, text;
    if (signed) {
      min = -(2 ** (bits - 1));
      max = 2 ** (bits - 1) - 1;
      text = size > 4 ? `>= -(2 ** ${bits - 1}) and < 2 ** ${bits - 1}` : `>= ${min} and <= ${max}`;
    } else {
      min = 0;
      max = 2 ** bits - 1;
      text = size > 4 ? `>= 0 and < 2 ** ${bits}` : `>= 0 and <= ${max}`;
    }
    entry = [min, max, text];
    limitCache.set(key, entry);
  }
  return entry;
}

function checkValue(value, size, signed) {
  const [min, max, text] = limits(size, signed);
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', text, value);
}

// ---- byte-level integer helpers --------------------------------------------------------

// Unsigned value of `size` bytes starting at `pos`; `le` selects the byte order.
function getUnsigned(buf, pos, size, le) {
  let result = 0;
  if (le) {
    for (let i = size - 1; i >= 0; i--) result = result * 256 + buf[pos + i];
  } else {
    for (let i = 0; i < size; i++) result = result * 256 + buf[pos + i];
  }
  return result;
}

function getSigned(buf, pos, size, le) {
  const u = getUnsigned(buf, pos, size, le);
  const half = 2 ** (size * 8 - 1);
  return u >= half ? u - half * 2 : u;
}

// Stores the integer part of `value` (already range-checked) as `size` bytes.
function putInteger(buf, pos, size, le, value) {
  let v = Math.trunc(value) || 0;
  if (v < 0) v += 2 ** (size * 8);
  for (let i = 0; i < size; i++) {
    const byte = v % 256;
    v = (v - byte) / 256;
    buf[le ? pos + i : pos + size - 1 - i] = byte;
  }
  return pos + size;
}

// ---- method factories ------------------------------------------------------------------

function named(fn, name) {
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}

function makeFixedReader(size, signed, le) {
  const get = signed ? getSigned : getUnsigned;
  return function(offset = 0) {
    checkOffset(this, offset, size);
    return get(this, offset, size, le);
  };
}

function makeFixedWriter(size, signed, le) {
  if (size === 1) {
    // Single bytes check the offset's type before the value's range.
    return function(value, offset = 0) {
      value = toNumber(value);
      requireNumber(offset, 'offset');
      checkValue(value, 1, signed);
      checkOffset(this, offset, 1);
      return putInteger(this, offset, 1, le, value);
    };
  }
  return function(value, offset = 0) {
    value = toNumber(value);
    checkValue(value, size, signed);
    checkOffset(this, offset, size);
    return putInteger(this, offset, size, le, value);
  };
}

function makeVariableReader(signed, le) {
  const get = signed ? getSigned : getUnsigned;
  return function(offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    checkOffset(this, offset, byteLength);
    return get(this, offset, byteLength, le);
  };
}

function makeVariableWriter(signed, le) {
  return function(value, offset, byteLength) {
    checkByteLength(byteLength);
    value = toNumber(value);
    if (byteLength === 1) requireNumber(offset, 'offset');
    checkValue(value, byteLength, signed);
    checkOffset(this, offset, byteLength);
    return putInteger(this, offset, byteLength, le, value);
  };
}

// ---- 64-bit BigInt ---------------------------------------------------------------------

const U64_MAX = (1n << 64n) - 1n;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;

function makeBigReader(signed, le) {
  return function(offset = 0) {
    checkOffset(this, offset, 8);
    const first = getUnsigned(this, le ? offset + 4 : offset, 4, le);  // high half
    const second = getUnsigned(this, le ? offset : offset + 4, 4, le); // low half
    const u = (BigInt(first) << 32n) | BigInt(second);
    return signed ? BigInt.asIntN(64, u) : u;
  };
}

function makeBigWriter(signed, le) {
  const min = signed ? I64_MIN : 0n;
  const max = signed ? I64_MAX : U64_MAX;
  const text = signed ? '>= -(2n ** 63n) and < 2n ** 63n' : '>= 0n and < 2n ** 64n';
  return function(value, offset = 0) {
    if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', text, value);
    checkOffset(this, offset, 8);
    let big;
    if (typeof value === 'bigint') {
      big = value;
    } else if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
      big = value & U64_MAX;
    } else {
      throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
    }
    big = BigInt.asUintN(64, big);
    const high = Number(big >> 32n);
    const low = Number(big & 0xffffffffn);
    putInteger(this, le ? offset + 4 : offset, 4, le, high);
    putInteger(this, le ? offset : offset + 4, 4, le, low);
    return offset + 8;
  };
}

// ---- IEEE 754 --------------------------------------------------------------------------

let scratch; // { f32, f64, bytes32, bytes64, littleEndianHost }
function floatScratch() {
  if (scratch === undefined) {
    const f32 = new Float32Array(1);
    const f64 = new Float64Array(1);
    scratch = {
      f32,
      f64,
      bytes32: new Uint8Array(f32.buffer),
      bytes64: new Uint8Array(f64.buffer),
      littleEndianHost: new Uint8Array(new Uint16Array([1]).buffer)[0] === 1,
    };
  }
  return scratch;
}

function makeFloatReader(size, le) {
  return function(offset = 0) {
    checkOffset(this, offset, size);
    const s = floatScratch();
    const bytes = size === 4 ? s.bytes32 : s.bytes64;
    const straight = le === s.littleEndianHost;
    for (let i = 0; i < size; i++) bytes[straight ? i : size - 1 - i] = this[offset + i];
    return size === 4 ? s.f32[0] : s.f64[0];
  };
}

function makeFloatWriter(size, le) {
  return function(value, offset = 0) {
    value = toNumber(value);
    checkOffset(this, offset, size);
    const s = floatScratch();
    let bytes;
    if (size === 4) {
      s.f32[0] = value;
      bytes = s.bytes32;
    } else {
      s.f64[0] = value;
      bytes = s.bytes64;
    }
    const straight = le === s.littleEndianHost;
    for (let i = 0; i < size; i++) this[offset + i] = bytes[straight ? i : size - 1 - i];
    return offset + size;
  };
}

// ---- installation ----------------------------------------------------------------------

function install(proto) {
  const define = (name, fn, alias) => {
    named(fn, name);
    proto[name] = fn;
    if (alias) proto[alias] = fn;
  };
  for (const le of [true, false]) {
    const order = le ? 'LE' : 'BE';
    define(`readBigUInt64${order}`, makeBigReader(false, le), `readBigUint64${order}`);
    define(`readBigInt64${order}`, makeBigReader(true, le));
    define(`writeBigUInt64${order}`, makeBigWriter(false, le), `writeBigUint64${order}`);
    define(`writeBigInt64${order}`, makeBigWriter(true, le));
  }
  for (const signed of [false, true]) {
    const U = signed ? '' : 'U';
    const alias = (s) => (signed ? undefined : s.replace('UInt', 'Uint'));
    for (const le of [true, false]) {
      const order = le ? 'LE' : 'BE';
      let name = `read${U}Int${order}`;
      define(name, makeVariableReader(signed, le), alias(name));
      name = `write${U}Int${order}`;
      define(name, makeVariableWriter(signed, le), alias(name));
      for (const size of [2, 4]) {
        name = `read${U}Int${size * 8}${order}`;
        define(name, makeFixedReader(size, signed, le), alias(name));
        name = `write${U}Int${size * 8}${order}`;
        define(name, makeFixedWriter(size, signed, le), alias(name));
      }
    }
    let name = `read${U}Int8`;
    define(name, makeFixedReader(1, signed, true), alias(name));
    name = `write${U}Int8`;
    define(name, makeFixedWriter(1, signed, true), alias(name));
  }
  for (const le of [true, false]) {
    const order = le ? 'LE' : 'BE';
    define(`readFloat${order}`, makeFloatReader(4, le));
    define(`readDouble${order}`, makeFloatReader(8, le));
    define(`writeFloat${order}`, makeFloatWriter(4, le));
    define(`writeDouble${order}`, makeFloatWriter(8, le));
  }
}

module.exports = { install };
