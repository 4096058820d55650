'use strict';
// node:buffer: the Buffer type (a Uint8Array subclass with a shared small-allocation arena),
// its statics and methods, and the module helpers (atob/btoa, isUtf8/isAscii, transcode, Blob).

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING,
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_BUFFER_SIZE, ERR_MISSING_ARGS, ERR_STRING_TOO_LONG,
  },
} = require('node/internal/errors');
const { codecs, normalizeEncoding, getCodec, isValidUtf8 } = require('node/internal/buffer/codecs');

const MAX_BYTES = 2 ** 32;
const MAX_CHARS = 536870888;
const INSPECT_SYMBOL = Symbol.for('nodejs.util.inspect.custom');
const UTF8 = codecs.utf8;

let inspectLimit = 50;

// ---- type tests -----------------------------------------------------------------------------

const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const tagOf = Object.getOwnPropertyDescriptor(typedArrayProto, Symbol.toStringTag).get;

function typedKind(v) { return tagOf.call(v); }
function isBytes(v) { return typedKind(v) === 'Uint8Array'; }
function isTyped(v) { return typedKind(v) !== undefined; }
function isRawMemory(v) {
  if (v instanceof ArrayBuffer) return true;
  return typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer;
}
function isView(v) { return ArrayBuffer.isView(v); }

// ---- argument checks --------------------------------------------------------------------------

function needInt(value, name, lo = 0, hi = MAX_BYTES) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < lo || value > hi) throw new ERR_OUT_OF_RANGE(name, `>= ${lo} && <= ${hi}`, value);
  return value;
}

function needSize(size) {
  if (typeof size !== 'number') throw new ERR_INVALID_ARG_TYPE('size', 'number', size);
  if (!(size >= 0 && size <= MAX_BYTES)) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${MAX_BYTES}`, size);
  }
  return size;
}

// A whole number from a loosely typed argument, or `fallback` when it is not finite-safe.
function looseInt(v, fallback) {
  const n = +v;
  if (!(n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER)) return fallback;
  return Math.floor(n);
}

function notAString() {
  const err = new TypeError('argument must be a string');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function codecFor(encoding) {
  const c = getCodec(encoding);
  if (c === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return c;
}

// ---- the Buffer type --------------------------------------------------------------------------

class Bytes extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(a, b, c) { super(a, b, c); }
}

let warnedLegacy = false;
function warnLegacyConstructor() {
  if (warnedLegacy) return;
  warnedLegacy = true;
  const process = require('process');
  if (process.noDeprecation) return;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  warnLegacyConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Object.defineProperty(Buffer, 'name', { value: 'Buffer' });
Buffer.prototype = Bytes.prototype;
Object.defineProperty(Bytes.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
Object.defineProperty(Buffer, Symbol.species, { get() { return Bytes; }, configurable: true });

// ---- the small-allocation arena ---------------------------------------------------------------

Buffer.poolSize = 8 * 1024;
let arena;
let arenaUsed = 0;

function freshArena() {
  arena = new ArrayBuffer(Buffer.poolSize);
  arenaUsed = 0;
}
freshArena();

function claim(n) {
  arenaUsed += n;
  if (arenaUsed & 7) arenaUsed = (arenaUsed | 7) + 1;
}

function fitsArena(n) { return n < (Buffer.poolSize >>> 1); }

// Uninitialised-looking storage for n bytes, carved from the arena when small.
function rawBytes(n) {
  if (n <= 0) return new Bytes();
  if (!fitsArena(n)) return new Bytes(binding.uninitializedArrayBuffer(n), 0, n);
  if (n > arena.byteLength - arenaUsed) freshArena();
  const b = new Bytes(arena, arenaUsed, n);
  claim(n);
  return b;
}

function copyOf(list) {
  const n = list.length;
  if (n <= 0) return new Bytes();
  const b = rawBytes(n);
  if (isTyped(list)) {
    b.set(list, 0);
  } else {
    for (let i = 0; i < n; i++) b[i] = list[i];
  }
  return b;
}

function fromText(str, encoding) {
  let codec = UTF8;
  if (typeof encoding === 'string' && encoding.length !== 0 && encoding !== 'utf8') {
    codec = codecFor(encoding);
  }
  if (str.length === 0) return new Bytes();
  const need = codec.byteLength(str);
  if (!fitsArena(need)) {
    const b = new Bytes(need);
    const wrote = codec.write(b, str, 0, need);
    return wrote === need ? b : new Bytes(b.buffer, 0, wrote);
  }
  if (need > arena.byteLength - arenaUsed) freshArena();
  const start = arenaUsed;
  const wrote = codec.write(new Uint8Array(arena, start, need), str, 0, need);
  const b = new Bytes(arena, start, wrote);
  claim(wrote);
  return b;
}

function fromMemory(mem, byteOffset, length) {
  let start = 0;
  if (byteOffset !== undefined) {
    start = +byteOffset;
    if (start !== start) start = 0;
  }
  const room = mem.byteLength - start;
  if (room < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  let count = room;
  if (length !== undefined) {
    count = +length;
    if (count > 0) {
      if (count > room) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      count = 0;
    }
  }
  return new Bytes(mem, start, count);
}

function fromArrayish(obj) {
  if (obj.length !== undefined || isRawMemory(obj.buffer)) {
    if (typeof obj.length !== 'number') return new Bytes();
    return copyOf(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return copyOf(obj.data);
  return undefined;
}

const FROM_TYPES = ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'];

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromText(value, encodingOrOffset);
  if (value !== null && typeof value === 'object') {
    if (isRawMemory(value)) return fromMemory(value, encodingOrOffset, length);
    const prim = typeof value.valueOf === 'function' ? value.valueOf() : undefined;
    if (prim != null && prim !== value && (typeof prim === 'string' || typeof prim === 'object')) {
      return from(prim, encodingOrOffset, length);
    }
    const got = fromArrayish(value);
    if (got !== undefined) return got;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const s = value[Symbol.toPrimitive]('string');
      if (typeof s === 'string') return fromText(s, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument', FROM_TYPES, value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTyped(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const total = view.length;
  if (total === 0) return Buffer.alloc(0);
  let first = 0;
  let last = total;
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      needInt(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
      if (offset >= total) return new Bytes();
      first = offset;
    }
    if (length !== undefined) {
      needInt(length, 'length', 0, Number.MAX_SAFE_INTEGER);
      last = first + length;
    }
    view = view.slice(first, last);
  }
  return copyOf(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = new Bytes(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  needSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return fillRange(rawBytes(size), fill, 0, size, encoding);
  }
  return new Bytes(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  return rawBytes(needSize(size));
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  const n = needSize(size);
  return new Bytes(binding.uninitializedArrayBuffer(n), 0, n);
};

Buffer.isBuffer = function isBuffer(b) { return b instanceof Buffer; };

function order(a, aStart, aEnd, b, bStart, bEnd) {
  const n = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  return la === lb ? 0 : (la < lb ? -1 : 1);
}

const BYTE_TYPES = ['Buffer', 'Uint8Array'];

Buffer.compare = function compare(buf1, buf2) {
  if (!isBytes(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', BYTE_TYPES, buf1);
  if (!isBytes(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', BYTE_TYPES, buf2);
  if (buf1 === buf2) return 0;
  return order(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new Bytes();
  let total = 0;
  if (length === undefined) {
    for (let i = 0; i < list.length; i++) {
      if (list[i] == null || list[i].length === undefined || !isBytes(list[i])) {
        throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, BYTE_TYPES, list[i]);
      }
      total += list[i].length;
    }
  } else {
    total = needInt(length, 'length');
  }
  const out = rawBytes(total);
  let at = 0;
  for (let i = 0; i < list.length && at < total; i++) {
    const part = list[i];
    if (!isBytes(part)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, BYTE_TYPES, part);
    const room = total - at;
    if (part.length > room) {
      out.set(part.subarray(0, room), at);
      at = total;
    } else {
      out.set(part, at);
      at += part.length;
    }
  }
  if (at < total) out.fill(0, at, total);
  return out;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isView(string) || isRawMemory(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  if (encoding) {
    const c = getCodec(encoding);
    if (c !== undefined) return c.byteLength(string);
  }
  return UTF8.byteLength(string);
};

// ---- fill / search helpers --------------------------------------------------------------------

function fillRange(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const enc = normalizeEncoding(encoding);
    if (enc === undefined) {
      if (typeof encoding !== 'string') throw new ERR_INVALID_ARG_TYPE('encoding', 'string', encoding);
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    encoding = enc;
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((enc === 'utf8' && code < 128) || enc === 'latin1') value = code;
    }
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    needInt(offset, 'offset');
    if (end === undefined) end = buf.length;
    else needInt(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }

  let pattern;
  if (typeof value === 'string') {
    pattern = fromText(value, encoding);
  } else if (isView(value)) {
    pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    if (offset > end || end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, (Number(value) >>> 0) & 255, offset, end);
    return buf;
  }
  if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (end > buf.length) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  const span = end - offset;
  const first = Math.min(pattern.length, span);
  buf.set(first === pattern.length ? pattern : pattern.subarray(0, first), offset);
  // Double the filled prefix until the range is covered.
  let done = first;
  while (done < span) {
    const n = Math.min(done, span - done);
    buf.copyWithin(offset + done, offset, offset + n);
    done += n;
  }
  return buf;
}

// Where a search starts, from the caller's offset (negative counts from the end), or -1.
function searchStart(len, from, needleLen, forward) {
  if (from < 0) {
    if (from + len >= 0) return len + from;
    if (forward || needleLen === 0) return 0;
    return -1;
  }
  if (from + needleLen <= len) return from;
  if (needleLen === 0) return len;
  return forward ? -1 : len - 1;
}

function matchesAt(hay, pos, needle) {
  for (let j = 0; j < needle.length; j++) if (hay[pos + j] !== needle[j]) return false;
  return true;
}

function seek(hay, needle, from, forward, wide) {
  const hlen = hay.length;
  const nlen = needle.length;
  let pos = searchStart(hlen, from, nlen, forward);
  if (nlen === 0) return pos;
  if (hlen === 0 || pos < 0) return -1;
  if (nlen > hlen || (forward && pos + nlen > hlen)) return -1;
  if (wide) {
    if (hlen < 2 || nlen < 2) return -1;
    const units = hlen >>> 1;
    const nunits = nlen >>> 1;
    let u = pos >>> 1;
    if (forward) {
      for (; u + nunits <= units; u++) if (matchesAt(hay, u * 2, needle.subarray(0, nunits * 2))) return u * 2;
    } else {
      if (u + nunits > units) u = units - nunits;
      for (; u >= 0; u--) if (matchesAt(hay, u * 2, needle.subarray(0, nunits * 2))) return u * 2;
    }
    return -1;
  }
  if (forward) {
    const first = needle[0];
    for (let i = pos; i + nlen <= hlen; i++) {
      if (hay[i] === first && matchesAt(hay, i, needle)) return i;
    }
  } else {
    if (pos + nlen > hlen) pos = hlen - nlen;
    for (let i = pos; i >= 0; i--) if (matchesAt(hay, i, needle)) return i;
  }
  return -1;
}

function locate(buf, value, byteOffset, encoding, forward) {
  if (!isBytes(buf)) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buf);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  let from = +byteOffset;
  if (from !== from) from = forward ? 0 : buf.length;
  from = Math.trunc(from);

  if (typeof value === 'number') {
    const byte = (value >>> 0) & 255;
    const pos = searchStart(buf.length, from, 1, forward);
    if (pos < 0 || buf.length === 0) return -1;
    return forward ? Uint8Array.prototype.indexOf.call(buf, byte, pos) :
      Uint8Array.prototype.lastIndexOf.call(buf, byte, pos);
  }
  const enc = encoding === undefined ? 'utf8' : normalizeEncoding(encoding);
  if (typeof value === 'string') {
    if (enc === undefined || (typeof encoding === 'string' && encoding.length === 0)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    return seek(buf, fromText(value, enc), from, forward, enc === 'utf16le');
  }
  if (isBytes(value)) return seek(buf, value, from, forward, enc === 'utf16le');
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

// ---- prototype --------------------------------------------------------------------------------

const proto = Buffer.prototype;
require('node/internal/buffer/accessors').install(proto);


for (const [label, key] of [['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'],
  ['latin1', 'latin1'], ['hex', 'hex'], ['ucs2', 'utf16le'], ['utf8', 'utf8']]) {
  const codec = codecs[key];
  proto[`${label}Slice`] = function(start, end) {
    const len = this.length;
    const s = start === undefined ? 0 : start >>> 0;
    const e = end === undefined ? len : end >>> 0;
    if (s > len || e > len) {
      const err = new RangeError('Index out of range');
      err.code = 'ERR_OUT_OF_RANGE';
      throw err;
    }
    return codec.slice(this, s, Math.max(s, e));
  };
  Object.defineProperty(proto[`${label}Slice`], 'name', { value: `${label}Slice` });
}
for (const [label, key] of [['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'],
  ['latin1', 'latin1'], ['hex', 'hex'], ['ucs2', 'utf16le'], ['utf8', 'utf8']]) {
  const codec = codecs[key];
  proto[`${label}Write`] = function(string, offset = 0, length = this.length - offset) {
    if (typeof string !== 'string') throw notAString();
    if (offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    return codec.write(this, string, offset, Math.min(length, this.length - offset));
  };
  Object.defineProperty(proto[`${label}Write`], 'name', { value: `${label}Write` });
}

Object.defineProperty(proto, 'parent', {
  enumerable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isBytes(this)) throw new ERR_INVALID_ARG_TYPE('source', BYTE_TYPES, this);
  if (!isBytes(target)) throw new ERR_INVALID_ARG_TYPE('target', BYTE_TYPES, target);
  const srcLen = this.length;
  let at = 0;
  if (targetStart !== undefined) {
    at = looseInt(targetStart, 0);
    if (at < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', at);
  }
  let s = 0;
  if (sourceStart !== undefined) {
    s = looseInt(sourceStart, 0);
    if (s < 0 || s > srcLen) throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${srcLen}`, s);
  }
  let e = srcLen;
  if (sourceEnd !== undefined) {
    e = looseInt(sourceEnd, 0);
    if (e < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', e);
  }
  if (at >= target.length || s >= e) return 0;
  const n = Math.min(e - s, target.length - at, srcLen - s);
  if (n <= 0) return 0;
  target.set(new Uint8Array(this.buffer, this.byteOffset + s, n), at);
  return n;
};

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0 && this.length <= MAX_CHARS) return UTF8.slice(this, 0, this.length);
  const len = this.length;
  let s;
  if (start === undefined || start <= 0) s = 0;
  else if (start >= len) return '';
  else s = Math.trunc(start) || 0;
  let e;
  if (end === undefined || end > len) e = len;
  else e = Math.trunc(end) || 0;
  if (e <= s) return '';
  const codec = encoding === undefined ? UTF8 : codecFor(encoding);
  const n = e - s;
  if (n > MAX_CHARS || (codec === codecs.hex && n * 2 > MAX_CHARS) ||
      ((codec === codecs.base64 || codec === codecs.base64url) && Math.ceil(n / 3) * 4 > MAX_CHARS)) {
    throw new ERR_STRING_TOO_LONG();
  }
  return codec.slice(this, s, e);
};

proto.equals = function equals(otherBuffer) {
  if (!isBytes(otherBuffer)) throw new ERR_INVALID_ARG_TYPE('otherBuffer', BYTE_TYPES, otherBuffer);
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return order(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
};

function hexPairs(buf, n) {
  let s = '';
  for (let i = 0; i < n; i++) {
    if (i) s += ' ';
    const b = buf[i];
    s += (b < 16 ? '0' : '') + b.toString(16);
  }
  return s;
}

function isIndexKey(k) {
  return typeof k === 'string' && /^(0|[1-9][0-9]*)$/.test(k) && +k < 2 ** 32 - 1;
}

function inspectBuffer(recurseTimes, ctx) {
  const shown = Math.min(inspectLimit, this.length);
  let body = hexPairs(this, shown);
  const hidden = this.length - inspectLimit;
  if (hidden > 0) body += ` ... ${hidden} more byte${hidden > 1 ? 's' : ''}`;
  if (ctx) {
    const keys = Reflect.ownKeys(this).filter((k) => !isIndexKey(k) &&
      (ctx.showHidden || Object.getOwnPropertyDescriptor(this, k).enumerable));
    if (keys.length > 0) {
      const extra = { __proto__: null };
      for (const k of keys) extra[k] = this[k];
      const text = require('util').inspect(extra, { ...ctx, breakLength: Infinity, compact: true });
      // Drop the "[Object: null prototype] {" head and " }" tail, keep the entries.
      const inner = text.slice(text.indexOf('{') + 1, -2);
      body += this.length !== 0 ? `,${inner}` : inner.slice(1);
    }
  }
  return `<${this.constructor.name} ${body}>`;
}

proto.inspect = inspectBuffer;
proto[INSPECT_SYMBOL] = inspectBuffer;

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isBytes(target)) throw new ERR_INVALID_ARG_TYPE('target', BYTE_TYPES, target);
  if (arguments.length === 1) return this === target ? 0 : order(this, 0, this.length, target, 0, target.length);
  const ts = targetStart === undefined ? 0 : needInt(targetStart, 'targetStart');
  const te = targetEnd === undefined ? target.length : needInt(targetEnd, 'targetEnd', 0, target.length);
  const ss = sourceStart === undefined ? 0 : needInt(sourceStart, 'sourceStart');
  const se = sourceEnd === undefined ? this.length : needInt(sourceEnd, 'sourceEnd', 0, this.length);
  if (ss >= se) return ts >= te ? 0 : -1;
  if (ts >= te) return 1;
  return order(this, ss, se, target, ts, te);
};

proto.indexOf = function indexOf(value, byteOffset, encoding) {
  return locate(this, value, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
  return locate(this, value, byteOffset, encoding, false);
};
proto.includes = function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
};

proto.fill = function fill(value, offset, end, encoding) {
  return fillRange(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throw notAString();
  const size = this.length;
  if (offset === undefined) return UTF8.write(this, string, 0, size);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    length = size;
  } else {
    needInt(offset, 'offset', 0, size);
    const room = size - offset;
    if (length === undefined) {
      length = room;
    } else if (typeof length === 'string') {
      encoding = length;
      length = room;
    } else {
      needInt(length, 'length', 0, size);
      if (length > room) length = room;
    }
  }
  const codec = !encoding || encoding === 'utf8' ? UTF8 : codecFor(encoding);
  return codec.write(this, string, offset, length);
};

proto.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; i++) data[i] = this[i];
  return { type: 'Buffer', data };
};

function clampIndex(v, len) {
  let n = Math.trunc(v);
  if (n === 0 || n !== n) return 0;
  if (n < 0) {
    n += len;
    return n > 0 ? n : 0;
  }
  return n < len ? n : len;
}

function sliceView(start, end) {
  const len = this.length;
  const s = clampIndex(start, len);
  const e = end === undefined ? len : clampIndex(end, len);
  return new Bytes(this.buffer, this.byteOffset + s, e > s ? e - s : 0);
}
proto.subarray = function subarray(start, end) { return sliceView.call(this, start, end); };
proto.slice = function slice(start, end) { return sliceView.call(this, start, end); };

function swapper(width) {
  const name = `swap${width * 8}`;
  const fn = {
    [name]() {
      const n = this.length;
      if (n % width !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${width * 8}-bits`);
      for (let i = 0; i < n; i += width) {
        for (let a = i, b = i + width - 1; a < b; a++, b--) {
          const t = this[a];
          this[a] = this[b];
          this[b] = t;
        }
      }
      return this;
    },
  };
  return fn[name];
}
proto.swap16 = swapper(2);
proto.swap32 = swapper(4);
proto.swap64 = swapper(8);
proto.toLocaleString = proto.toString;

// ---- SlowBuffer -------------------------------------------------------------------------------

function SlowBuffer(size) {
  return new Bytes(needSize(size));
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// ---- module helpers ---------------------------------------------------------------------------

function invalidChar(msg = 'Invalid character') {
  const { DOMException } = require('node/internal/domexception');
  return new DOMException(msg, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const s = `${input}`;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) throw invalidChar();
    bytes[i] = c;
  }
  return codecs.base64.slice(bytes, 0, bytes.length);
}

const B64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const s = `${input}`.replace(/[\t\n\f\r ]/g, '');
  let body = s;
  if (s.length % 4 === 0) {
    if (s.endsWith('==')) body = s.slice(0, -2);
    else if (s.endsWith('=')) body = s.slice(0, -1);
  }
  if (!B64_CHARS.test(s) || body.includes('=')) throw invalidChar();
  if (body.length % 4 === 1) throw invalidChar('The string to be decoded is not correctly encoded.');
  const out = new Uint8Array(codecs.base64.byteLength(body));
  const n = codecs.base64.write(out, body, 0, out.length);
  return codecs.latin1.slice(out, 0, n);
}

function byteViewOf(input, name) {
  if (isTyped(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (isRawMemory(input)) {
    let view;
    try { view = new Uint8Array(input); } catch { view = undefined; }
    if (view === undefined || input.detached === true) {
      const err = new Error('Cannot validate on a detached buffer');
      err.code = 'ERR_INVALID_STATE';
      throw err;
    }
    return view;
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  const u8 = byteViewOf(input, 'input');
  return isValidUtf8(u8, 0, u8.length);
}

function isAscii(input) {
  const u8 = byteViewOf(input, 'input');
  for (let i = 0; i < u8.length; i++) if (u8[i] > 127) return false;
  return true;
}

const TRANSCODABLE = new Set(['ascii', 'latin1', 'utf16le', 'utf8']);

function transcode(source, fromEncoding, toEncoding) {
  if (!isBytes(source)) throw new ERR_INVALID_ARG_TYPE('source', BYTE_TYPES, source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (!TRANSCODABLE.has(from) || !TRANSCODABLE.has(to)) {
    const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let text = codecs[from].slice(source, 0, source.length);
  if (to === 'latin1' || to === 'ascii') {
    const limit = to === 'ascii' ? 0x7f : 0xff;
    let out = '';
    for (const ch of text) out += ch.codePointAt(0) > limit ? '?' : ch;
    text = out;
  }
  return fromText(text, to);
}

function resolveObjectURL(url) {
  url = `${url}`;
  // Object URLs are never registered (URL.createObjectURL is not available), so none resolve.
  return undefined;
}

let blobModule;
function blobs() {
  if (blobModule === undefined) blobModule = require('node/internal/buffer/blob');
  return blobModule;
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength: MAX_BYTES,
  kStringMaxLength: MAX_CHARS,
  btoa,
  atob,
  constants: { MAX_LENGTH: MAX_BYTES, MAX_STRING_LENGTH: MAX_CHARS },
  INSPECT_MAX_BYTES: 50,
  Blob: undefined,
  resolveObjectURL,
  File: undefined,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  enumerable: true,
  configurable: true,
  get() { return inspectLimit; },
  set(v) {
    if (typeof v !== 'number') throw new ERR_INVALID_ARG_TYPE('INSPECT_MAX_BYTES', 'number', v);
    if (!(v >= 0)) throw new ERR_OUT_OF_RANGE('INSPECT_MAX_BYTES', '>= 0', v);
    inspectLimit = v;
  },
});
for (const name of ['Blob', 'File']) {
  Object.defineProperty(module.exports, name, {
    enumerable: true,
    configurable: true,
    get() { return blobs()[name]; },
    set(v) { Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true }); },
  });
}
