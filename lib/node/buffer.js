'use strict';
// node:buffer: Buffer (a Uint8Array subclass) with every Node encoding and accessor,
// plus atob/btoa, isUtf8/isAscii, transcode, Blob and File.

const errors = require('node/internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS,
  ERR_UNKNOWN_ENCODING, ERR_INVALID_BUFFER_SIZE, ERR_MISSING_ARGS, ERR_INVALID_STATE,
} = errors.codes;
const { validateNumber, validateInteger, validateArray, validateString } = require('node/internal/validators');
const {
  codecs, normalizeEncoding, getCodec, isValidUtf8,
} = require('node/internal/buffer/codecs');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
let INSPECT_MAX_BYTES = 50;

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const u8Fill = TypedArrayProto.fill;
const u8Set = TypedArrayProto.set;
const u8IndexOf = TypedArrayProto.indexOf;
const u8LastIndexOf = TypedArrayProto.lastIndexOf;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function isUint8Array(v) { return getTypedArrayTag.call(v) === 'Uint8Array'; }
function isTypedArray(v) { return getTypedArrayTag.call(v) !== undefined; }
function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) { super(bufferOrLength, byteOffset, length); }
}

// ---- the allocation pool for small allocUnsafe/from ----
let poolSize;
let poolOffset;
let allocPool;
function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}
function alignPool() {
  if (poolOffset & 7) poolOffset = (poolOffset | 7) + 1;
}
function poolBuffer(size) {
  if (allocPool === undefined || size > poolSize - poolOffset) createPool();
  const b = new FastBuffer(allocPool, poolOffset, size);
  poolOffset += size;
  alignPool();
  return b;
}
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) return poolBuffer(size);
  return new FastBuffer(size);
}

let bufferWarned = false;
function showDeprecation() {
  if (bufferWarned) return;
  bufferWarned = true;
  require('process').emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
}

// The public constructor; `new Buffer()` and `Buffer()` are deprecated forms of alloc/from.
function Buffer(arg, encodingOrOffset, length) {
  showDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Object.defineProperty(Buffer, Symbol.species, {
  get() { return FastBuffer; }, enumerable: false, configurable: true,
});
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8 * 1024;

// ---- construction ----
function fromString(string, encoding) {
  let codec;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    codec = codecs.utf8;
  } else {
    codec = getCodec(encoding);
    if (codec === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringCodec(string, codec);
}

function fromStringCodec(string, codec) {
  const length = codec.byteLength(string);
  if (length >= (Buffer.poolSize >>> 1)) {
    const b = new FastBuffer(length);
    const actual = codec.write(b, string, 0, length);
    return actual === length ? b : new FastBuffer(b.buffer, 0, actual);
  }
  if (allocPool === undefined || length > poolSize - poolOffset) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = codec.write(b, string, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const len = obj.length;
  if (len <= 0) return new FastBuffer();
  if (len < (Buffer.poolSize >>> 1)) {
    const b = poolBuffer(len);
    u8Set.call(b, obj, 0);
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArrayProto.slice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = allocate(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const b = new FastBuffer(size);
    return fillImpl(b, fill, 0, b.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) { return b instanceof Buffer; };

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareRange(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) u8Fill.call(buffer, 0, pos, length);
  return buffer;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  if (encoding) {
    const codec = getCodec(encoding);
    if (codec !== undefined) return codec.byteLength(string);
  }
  return binding.utf8ByteLength(string);
};

// ---- helpers ----
function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function compareRange(a, aStart, aEnd, b, bStart, bEnd) {
  const aLen = aEnd - aStart;
  const bLen = bEnd - bStart;
  const n = aLen < bLen ? aLen : bLen;
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return aLen > bLen ? 1 : aLen < bLen ? -1 : 0;
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || nb < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  u8Set.call(target, source, targetStart);
  return nb;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

// fill() for Buffer.alloc and Buffer.prototype.fill.
function fillImpl(buf, value, offset, end, encoding) {
  let codec;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    codec = codecs[normalized];
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end - offset + offset > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    u8Fill.call(buf, value, offset, end);
    return buf;
  }
  let bytes;
  if (typeof value === 'string') {
    bytes = fromStringCodec(value, codec);
  } else if (ArrayBuffer.isView(value)) {
    bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    u8Fill.call(buf, (+value >>> 0) & 255, offset, end);
    return buf;
  }
  if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (end > buf.length) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  const total = end - offset;
  const first = bytes.length < total ? bytes.length : total;
  u8Set.call(buf, first === bytes.length ? bytes : bytes.subarray(0, first), offset);
  // Double the filled region until the range is covered.
  let filled = first;
  while (filled < total) {
    const n = filled < total - filled ? filled : total - filled;
    buf.copyWithin(offset + filled, offset, offset + n);
    filled += n;
  }
  return buf;
}

// ---- indexOf family ----
function indexOfOffset(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function searchBytes(hay, needle, from, forward) {
  const hl = hay.length;
  const nl = needle.length;
  const first = needle[0];
  const last = hl - nl;
  if (forward) {
    let i = from;
    while (i <= last) {
      i = u8IndexOf.call(hay, first, i);
      if (i === -1 || i > last) return -1;
      let j = 1;
      while (j < nl && hay[i + j] === needle[j]) j++;
      if (j === nl) return i;
      i++;
    }
    return -1;
  }
  let i = from < last ? from : last;
  while (i >= 0) {
    i = u8LastIndexOf.call(hay, first, i);
    if (i === -1) return -1;
    let j = 1;
    while (j < nl && hay[i + j] === needle[j]) j++;
    if (j === nl) return i;
    i--;
  }
  return -1;
}

// UTF-16 search: only matches at even offsets of the haystack.
function searchUnits(hay, needle, fromUnit, forward) {
  const hu = hay.length >>> 1;
  const nu = needle.length >>> 1;
  const last = hu - nu;
  const matches = (u) => {
    const p = u * 2;
    for (let j = 0; j < nu * 2; j++) if (hay[p + j] !== needle[j]) return false;
    return true;
  };
  if (forward) {
    for (let u = fromUnit; u <= last; u++) if (matches(u)) return u * 2;
    return -1;
  }
  for (let u = fromUnit < last ? fromUnit : last; u >= 0; u--) if (matches(u)) return u * 2;
  return -1;
}

function indexOfBytes(hay, needle, byteOffset, ucs2, forward) {
  const hl = hay.length;
  const nl = needle.length;
  const off = indexOfOffset(hl, Math.trunc(byteOffset), nl, forward);
  if (nl === 0) return off;
  if (hl === 0 || off <= -1) return -1;
  if ((forward && nl + off > hl) || nl > hl) return -1;
  if (ucs2) {
    if (hl < 2 || nl < 2) return -1;
    return searchUnits(hay, needle, Math.floor(off / 2), forward);
  }
  return searchBytes(hay, needle, off, forward);
}

function indexOfNumber(buf, value, byteOffset, forward) {
  const len = buf.length;
  const off = indexOfOffset(len, Math.trunc(byteOffset), 1, forward);
  if (off <= -1 || len === 0) return -1;
  return forward ? u8IndexOf.call(buf, value, off) : u8LastIndexOf.call(buf, value, off);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  if (typeof val === 'number') return indexOfNumber(buffer, (val >>> 0) & 255, byteOffset, forward);
  let name;
  if (encoding === undefined) {
    name = 'utf8';
  } else {
    name = `${encoding}`.length === 0 ? undefined : normalizeEncoding(encoding);
  }
  if (typeof val === 'string') {
    if (name === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return indexOfBytes(buffer, fromStringCodec(val, codecs[name]), byteOffset,
      name === 'utf16le', forward);
  }
  if (isUint8Array(val)) {
    return indexOfBytes(buffer, val, byteOffset, name === 'utf16le', forward);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

// ---- prototype: strings ----
const proto = Buffer.prototype;

function sliceArgs(buf, start, end) {
  const len = buf.length;
  start = start === undefined ? 0 : Math.trunc(+start) || 0;
  end = end === undefined ? len : Math.trunc(+end) || 0;
  if (start < 0 || end < 0) throw rangeError('Index out of range');
  if (end < start) end = start;
  if (end > len) throw rangeError('Index out of range');
  return [start, end];
}

// A RangeError [ERR_OUT_OF_RANGE] with a fixed message (Node's C-level range checks).
function rangeError(message) {
  const err = new ERR_OUT_OF_RANGE('value', 'valid', 0);
  err.message = message;
  return err;
}

// The C-level "argument must be a string" error of the *Write methods.
function notAString(value) {
  const err = new ERR_INVALID_ARG_TYPE('argument', 'string', value);
  err.message = 'argument must be a string';
  return err;
}

function writeArgs(buf, string, offset, length) {
  if (typeof string !== 'string') throw notAString(string);
  offset = offset === undefined ? 0 : Math.trunc(+offset) || 0;
  if (offset < 0) throw rangeError('Index out of range');
  if (offset > buf.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  let max = buf.length - offset;
  if (length !== undefined) {
    length = Math.trunc(+length) || 0;
    if (length < 0) throw rangeError('Index out of range');
    if (length < max) max = length;
  }
  return [offset, max];
}

for (const [name, codec] of [
  ['utf8', codecs.utf8], ['latin1', codecs.latin1], ['ascii', codecs.ascii],
  ['ucs2', codecs.utf16le], ['hex', codecs.hex], ['base64', codecs.base64],
  ['base64url', codecs.base64url],
]) {
  Object.defineProperty(proto, `${name}Slice`, {
    value: {
      [`${name}Slice`](start, end) {
        const [s, e] = sliceArgs(this, start, end);
        return e <= s ? '' : codec.slice(this, s, e);
      },
    }[`${name}Slice`],
    writable: true, enumerable: true, configurable: true,
  });
  Object.defineProperty(proto, `${name}Write`, {
    value: {
      [`${name}Write`](string, offset, length) {
        const [o, max] = writeArgs(this, string, offset, length);
        return codec.write(this, string, o, max);
      },
    }[`${name}Write`],
    writable: true, enumerable: true, configurable: true,
  });
}

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return codecs.utf8.slice(this, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return codecs.utf8.slice(this, start, end);
  const codec = getCodec(encoding);
  if (codec === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return codec.slice(this, start, end);
};

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throw notAString(string);
  if (offset === undefined) return codecs.utf8.write(this, string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return codecs.utf8.write(this, string, offset, length);
  const codec = getCodec(encoding);
  if (codec === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return codec.write(this, string, offset, length);
};

proto.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; i++) data[i] = this[i];
  return { type: 'Buffer', data };
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || compareRange(this, 0, len, otherBuffer, 0, len) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return compareRange(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) throw rangeError('The value of "sourceStart" is out of range.');
  if (targetStart > target.length) throw rangeError('The value of "targetStart" is out of range.');
  const sLen = sourceEnd - sourceStart;
  const tLen = targetEnd - targetStart;
  const n = Math.min(sLen, tLen, this.length - sourceStart);
  for (let i = 0; i < n; i++) {
    const x = this[sourceStart + i];
    const y = target[targetStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return sLen > tLen ? 1 : sLen < tLen ? -1 : 0;
};

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

proto.fill = function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
};

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

proto.slice = function slice(start, end) {
  const len = this.length;
  start = adjustOffset(start, len);
  end = end !== undefined ? adjustOffset(end, len) : len;
  return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
};

proto.subarray = function subarray(start, end) {
  const len = this.length;
  start = adjustOffset(start, len);
  end = end !== undefined ? adjustOffset(end, len) : len;
  return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
};

proto.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  for (let i = 0; i < len; i += 2) {
    const t = this[i]; this[i] = this[i + 1]; this[i + 1] = t;
  }
  return this;
};
proto.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  for (let i = 0; i < len; i += 4) {
    let t = this[i]; this[i] = this[i + 3]; this[i + 3] = t;
    t = this[i + 1]; this[i + 1] = this[i + 2]; this[i + 2] = t;
  }
  return this;
};
proto.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  for (let i = 0; i < len; i += 8) {
    for (let a = i, b = i + 7; a < b; a++, b--) {
      const t = this[a]; this[a] = this[b]; this[b] = t;
    }
  }
  return this;
};

proto.toLocaleString = proto.toString;

Object.defineProperty(proto, 'parent', {
  get() { return this instanceof Buffer ? this.buffer : undefined; },
  enumerable: true, configurable: true,
});
Object.defineProperty(proto, 'offset', {
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
  enumerable: true, configurable: true,
});

const kInspectKeysLimit = 65536;

function isIndexKey(key) {
  return typeof key === 'string' && key !== '' && String(Number(key) >>> 0) === key;
}

proto[customInspect] = function inspect(recurseTimes, ctx, inspectFn) {
  const max = INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  const remaining = this.length - max;
  const hexStr = codecs.hex.slice(this, 0, shown);
  const pairs = new Array(shown);
  for (let i = 0; i < shown; i++) pairs[i] = hexStr.slice(i * 2, i * 2 + 2);
  let str = pairs.join(' ');
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Listing own keys enumerates every index, so very large buffers skip the extra properties.
  if (ctx && this.length <= kInspectKeysLimit) {
    const keys = ctx.showHidden ? Reflect.ownKeys(this) : Reflect.ownKeys(this).filter(
      (k) => Object.prototype.propertyIsEnumerable.call(this, k));
    const obj = { __proto__: null };
    let extras = false;
    for (const key of keys) {
      if (isIndexKey(key)) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      if (typeof inspectFn !== 'function') inspectFn = require('util').inspect;
      if (this.length !== 0) str += ', ';
      str += inspectFn(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspect];

// ---- numeric accessors ----
require('node/internal/buffer/accessors').install(proto);

// ---- atob / btoa ----
let DOMExceptionCtor;
function domException(message, name) {
  if (DOMExceptionCtor === undefined) {
    try {
      DOMExceptionCtor = require('node/internal/domexception');
      if (DOMExceptionCtor && typeof DOMExceptionCtor !== 'function') {
        DOMExceptionCtor = DOMExceptionCtor.DOMException;
      }
    } catch {
      DOMExceptionCtor = null;
    }
  }
  if (typeof DOMExceptionCtor === 'function') return new DOMExceptionCtor(message, name);
  const err = new Error(message);
  err.name = name;
  return err;
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw domException('Invalid character', 'InvalidCharacterError');
  }
  const b = fromStringCodec(input, codecs.latin1);
  return codecs.base64.slice(b, 0, b.length);
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let count = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20) continue;
    const isAlpha = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ||
      c === 43 || c === 47;
    if (c === 61) {
      equals++;
    } else if (!isAlpha || equals) {
      throw domException('Invalid character', 'InvalidCharacterError');
    }
    if (equals > 2) throw domException('Invalid character', 'InvalidCharacterError');
    count++;
  }
  let rem = count % 4;
  if (!rem) rem = (count - equals) % 4;
  else if (equals) throw domException('Invalid character', 'InvalidCharacterError');
  if (rem === 1) {
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const b = fromStringCodec(input, codecs.base64);
  return codecs.latin1.slice(b, 0, b.length);
}

// ---- validation and transcoding ----
function viewForValidation(input) {
  let u8;
  if (isTypedArray(input)) u8 = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  else if (isAnyArrayBuffer(input)) u8 = new Uint8Array(input);
  else throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  if (u8.buffer.detached) throw new ERR_INVALID_STATE('Cannot validate on a detached buffer');
  return u8;
}

function isUtf8(input) {
  return isValidUtf8(viewForValidation(input));
}

function isAscii(input) {
  const u8 = viewForValidation(input);
  for (let i = 0; i < u8.length; i++) if (u8[i] > 0x7f) return false;
  return true;
}

const transcodeNames = { ascii: 'ascii', latin1: 'latin1', utf16le: 'utf16le', utf8: 'utf8' };
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = transcodeNames[normalizeEncoding(fromEncoding) || fromEncoding];
  const to = transcodeNames[normalizeEncoding(toEncoding) || toEncoding];
  if (typeof from !== 'string' || typeof to !== 'string' ||
      !Object.hasOwn(transcodeNames, from) || !Object.hasOwn(transcodeNames, to)) {
    const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let str = codecs[from].slice(source, 0, source.length);
  if (to === 'latin1' || to === 'ascii') {
    const limit = to === 'latin1' ? 0xff : 0x7f;
    const re = to === 'latin1' ? /[^\x00-\xff]/g : /[^\x00-\x7f]/g;
    str = str.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '?').replace(re, (c) => (c.charCodeAt(0) > limit ? '?' : c));
  }
  return fromStringCodec(str, codecs[to]);
}

function resolveObjectURL() {
  throw errors.notImplemented('buffer.resolveObjectURL');
}

let blobModule;
function lazyBlob() {
  if (blobModule === undefined) blobModule = require('node/internal/buffer/blob');
  return blobModule;
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob: undefined,
  File: undefined,
  resolveObjectURL,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
  enumerable: true, configurable: true,
});
Object.defineProperty(module.exports, 'Blob', {
  get() { return lazyBlob().Blob; }, enumerable: true, configurable: true,
});
Object.defineProperty(module.exports, 'File', {
  get() { return lazyBlob().File; }, enumerable: true, configurable: true,
});

