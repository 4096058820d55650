'use strict';
// Buffer.prototype numeric readers and writers ([U]Int8..48, Float, Double, BigInt64) with
// Node's argument checks and error messages.

const {
  ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS,
} = require('node/internal/errors').codes;
const { validateNumber } = require('node/internal/validators');
const { littleEndian } = require('node/internal/buffer/codecs');

const f32 = new Float32Array(1);
const f32b = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const f64b = new Uint8Array(f64.buffer);

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, byteLength) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

// byteLength is the access width minus one, as in the range wording below.
function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      const bits = (byteLength + 1) * 8;
      if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      else range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  boundsError(byteLength, 6, 'byteLength');
}

// ---- readers ----
function readUInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}
function readInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return (val << 24) >> 24;
}

function check(buf, offset, width) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + width - 1] === undefined) {
    boundsError(offset, buf.length - width);
  }
}

function readUInt16LE(offset = 0) {
  check(this, offset, 2);
  return this[offset] + this[offset + 1] * 0x100;
}
function readUInt16BE(offset = 0) {
  check(this, offset, 2);
  return this[offset] * 0x100 + this[offset + 1];
}
function readInt16LE(offset = 0) {
  check(this, offset, 2);
  const v = this[offset] + this[offset + 1] * 0x100;
  return (v << 16) >> 16;
}
function readInt16BE(offset = 0) {
  check(this, offset, 2);
  const v = this[offset] * 0x100 + this[offset + 1];
  return (v << 16) >> 16;
}
function u24le(b, o) { return b[o] + b[o + 1] * 0x100 + b[o + 2] * 0x10000; }
function u24be(b, o) { return b[o] * 0x10000 + b[o + 1] * 0x100 + b[o + 2]; }
function u32le(b, o) { return b[o] + b[o + 1] * 0x100 + b[o + 2] * 0x10000 + b[o + 3] * 0x1000000; }
function u32be(b, o) { return b[o] * 0x1000000 + b[o + 1] * 0x10000 + b[o + 2] * 0x100 + b[o + 3]; }

function readUInt32LE(offset = 0) {
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined || typeof offset !== 'number') check(this, offset, 4);
  return first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + last * 0x1000000;
}
function readUInt32BE(offset = 0) {
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined || typeof offset !== 'number') check(this, offset, 4);
  return first * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + last;
}
function readInt32LE(offset = 0) {
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined || typeof offset !== 'number') check(this, offset, 4);
  return first | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (last << 24);
}
function readInt32BE(offset = 0) {
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined || typeof offset !== 'number') check(this, offset, 4);
  return (first << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | last;
}

// Unsigned little/big endian value of `width` bytes (1..6), no checks.
function uLE(b, o, width) {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < width; i++, mul *= 0x100) v += b[o + i] * mul;
  return v;
}
function uBE(b, o, width) {
  let v = 0;
  for (let i = 0; i < width; i++) v = v * 0x100 + b[o + i];
  return v;
}
function toSigned(v, width) {
  const limit = 2 ** (width * 8 - 1);
  return v >= limit ? v - limit * 2 : v;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    check(this, offset, byteLength);
    return uLE(this, offset, byteLength);
  }
  return checkByteLength(byteLength);
}
function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    check(this, offset, byteLength);
    return uBE(this, offset, byteLength);
  }
  return checkByteLength(byteLength);
}
function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    check(this, offset, byteLength);
    return toSigned(uLE(this, offset, byteLength), byteLength);
  }
  return checkByteLength(byteLength);
}
function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    check(this, offset, byteLength);
    return toSigned(uBE(this, offset, byteLength), byteLength);
  }
  return checkByteLength(byteLength);
}

function readFloatLE(offset = 0) {
  check(this, offset, 4);
  for (let i = 0; i < 4; i++) f32b[littleEndian ? i : 3 - i] = this[offset + i];
  return f32[0];
}
function readFloatBE(offset = 0) {
  check(this, offset, 4);
  for (let i = 0; i < 4; i++) f32b[littleEndian ? 3 - i : i] = this[offset + i];
  return f32[0];
}
function readDoubleLE(offset = 0) {
  check(this, offset, 8);
  for (let i = 0; i < 8; i++) f64b[littleEndian ? i : 7 - i] = this[offset + i];
  return f64[0];
}
function readDoubleBE(offset = 0) {
  check(this, offset, 8);
  for (let i = 0; i < 8; i++) f64b[littleEndian ? 7 - i : i] = this[offset + i];
  return f64[0];
}

function readBigUInt64LE(offset = 0) {
  check(this, offset, 8);
  return BigInt(u32le(this, offset)) + (BigInt(u32le(this, offset + 4)) << 32n);
}
function readBigUInt64BE(offset = 0) {
  check(this, offset, 8);
  return (BigInt(u32be(this, offset)) << 32n) + BigInt(u32be(this, offset + 4));
}
function readBigInt64LE(offset = 0) {
  check(this, offset, 8);
  return (BigInt(u32le(this, offset + 4) | 0) << 32n) + BigInt(u32le(this, offset));
}
function readBigInt64BE(offset = 0) {
  check(this, offset, 8);
  return (BigInt(u32be(this, offset) | 0) << 32n) + BigInt(u32be(this, offset + 4));
}

// ---- writers ----
function writeU8(buf, value, offset, min, max) {
  value = +value;
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

// Writes the low `width` bytes of an integral number (two's complement for negatives).
function putLE(buf, value, offset, width) {
  if (width <= 4) {
    for (let i = 0; i < width; i++) { buf[offset + i] = value; value >>>= 8; }
    return offset + width;
  }
  const high = Math.floor(value / 0x100000000);
  for (let i = 0; i < 4; i++) { buf[offset + i] = value; value >>>= 8; }
  buf[offset + 4] = high;
  if (width === 6) buf[offset + 5] = high >>> 8;
  return offset + width;
}
function putBE(buf, value, offset, width) {
  if (width <= 4) {
    for (let i = width - 1; i >= 0; i--) { buf[offset + i] = value; value >>>= 8; }
    return offset + width;
  }
  const high = Math.floor(value / 0x100000000);
  for (let i = width - 1; i >= width - 4; i--) { buf[offset + i] = value; value >>>= 8; }
  if (width === 6) {
    buf[offset + 1] = high;
    buf[offset] = high >>> 8;
  } else {
    buf[offset] = high;
  }
  return offset + width;
}

function writeIntN(buf, value, offset, width, signed, le) {
  value = +value;
  let min;
  let max;
  if (signed) {
    max = 2 ** (width * 8 - 1) - 1;
    min = -max - 1;
  } else {
    min = 0;
    max = 2 ** (width * 8) - 1;
  }
  if (width === 1) return writeU8(buf, value, offset, min, max);
  checkInt(value, min, max, buf, offset, width - 1);
  return le ? putLE(buf, value, offset, width) : putBE(buf, value, offset, width);
}

function writeUInt8(value, offset = 0) { return writeU8(this, value, offset, 0, 0xff); }
function writeInt8(value, offset = 0) { return writeU8(this, value, offset, -0x80, 0x7f); }
// Fast path for in-range numbers at valid integer offsets; everything else goes through
// writeIntN for Node's exact checks and errors.
function writeFixed(buf, value, offset, width, min, max, le) {
  if (typeof value === 'number' && value >= min && value <= max && typeof offset === 'number' &&
      buf[offset] !== undefined && buf[offset + width - 1] !== undefined) {
    if (le) {
      for (let i = 0; i < width; i++) { buf[offset + i] = value; value >>>= 8; }
    } else {
      for (let i = width - 1; i >= 0; i--) { buf[offset + i] = value; value >>>= 8; }
    }
    return offset + width;
  }
  return writeIntN(buf, value, offset, width, min < 0, le);
}
function writeUInt16LE(value, offset = 0) { return writeFixed(this, value, offset, 2, 0, 0xffff, true); }
function writeUInt16BE(value, offset = 0) { return writeFixed(this, value, offset, 2, 0, 0xffff, false); }
function writeInt16LE(value, offset = 0) { return writeFixed(this, value, offset, 2, -0x8000, 0x7fff, true); }
function writeInt16BE(value, offset = 0) { return writeFixed(this, value, offset, 2, -0x8000, 0x7fff, false); }
function writeUInt32LE(value, offset = 0) { return writeFixed(this, value, offset, 4, 0, 0xffffffff, true); }
function writeUInt32BE(value, offset = 0) { return writeFixed(this, value, offset, 4, 0, 0xffffffff, false); }
function writeInt32LE(value, offset = 0) { return writeFixed(this, value, offset, 4, -0x80000000, 0x7fffffff, true); }
function writeInt32BE(value, offset = 0) { return writeFixed(this, value, offset, 4, -0x80000000, 0x7fffffff, false); }

function validWidth(byteLength) {
  return byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength);
}
function writeUIntLE(value, offset, byteLength) {
  if (validWidth(byteLength)) return writeIntN(this, value, offset, byteLength, false, true);
  return checkByteLength(byteLength);
}
function writeUIntBE(value, offset, byteLength) {
  if (validWidth(byteLength)) return writeIntN(this, value, offset, byteLength, false, false);
  return checkByteLength(byteLength);
}
function writeIntLE(value, offset, byteLength) {
  if (validWidth(byteLength)) return writeIntN(this, value, offset, byteLength, true, true);
  return checkByteLength(byteLength);
}
function writeIntBE(value, offset, byteLength) {
  if (validWidth(byteLength)) return writeIntN(this, value, offset, byteLength, true, false);
  return checkByteLength(byteLength);
}

function writeFloatLE(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 3);
  f32[0] = value;
  for (let i = 0; i < 4; i++) this[offset + i] = f32b[littleEndian ? i : 3 - i];
  return offset + 4;
}
function writeFloatBE(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 3);
  f32[0] = value;
  for (let i = 0; i < 4; i++) this[offset + i] = f32b[littleEndian ? 3 - i : i];
  return offset + 4;
}
function writeDoubleLE(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 7);
  f64[0] = value;
  for (let i = 0; i < 8; i++) this[offset + i] = f64b[littleEndian ? i : 7 - i];
  return offset + 8;
}
function writeDoubleBE(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 7);
  f64[0] = value;
  for (let i = 0; i < 8; i++) this[offset + i] = f64b[littleEndian ? 7 - i : i];
  return offset + 8;
}

function writeBig64(buf, value, offset, min, max, le) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  let hi = Number((value >> 32n) & 0xffffffffn);
  if (le) {
    for (let i = 0; i < 4; i++) { buf[offset + i] = lo; lo >>>= 8; }
    for (let i = 4; i < 8; i++) { buf[offset + i] = hi; hi >>>= 8; }
  } else {
    for (let i = 7; i >= 4; i--) { buf[offset + i] = lo; lo >>>= 8; }
    for (let i = 3; i >= 0; i--) { buf[offset + i] = hi; hi >>>= 8; }
  }
  return offset + 8;
}
function writeBigUInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
}

const methods = {
  readUInt8, readInt8, readUInt16LE, readUInt16BE, readInt16LE, readInt16BE,
  readUInt32LE, readUInt32BE, readInt32LE, readInt32BE,
  readUIntLE, readUIntBE, readIntLE, readIntBE,
  readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
  readBigUInt64LE, readBigUInt64BE, readBigInt64LE, readBigInt64BE,
  writeUInt8, writeInt8, writeUInt16LE, writeUInt16BE, writeInt16LE, writeInt16BE,
  writeUInt32LE, writeUInt32BE, writeInt32LE, writeInt32BE,
  writeUIntLE, writeUIntBE, writeIntLE, writeIntBE,
  writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
  writeBigUInt64LE, writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
};

function install(proto) {
  for (const name of Object.keys(methods)) {
    proto[name] = methods[name];
    if (name.includes('UInt')) proto[name.replace('UInt', 'Uint')] = methods[name];
  }
}

module.exports = { install };
