'use strict';
// node:string_decoder — decodes byte chunks to strings, carrying incomplete multi-byte
// characters over to the next write() like Node's native decoder.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING } } =
  require('node/internal/errors');

// State buffer layout, as in Node: bytes 0-3 hold an incomplete character, then the number
// of bytes still missing, the number buffered, and the encoding id.
const kMissing = 4;
const kBuffered = 5;
const kEncodingId = 6;
const kSize = 7;

const ASCII = 0;
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const LATIN1 = 4;
const HEX = 5;
const BASE64URL = 7;

const encodingIds = {
  utf8: UTF8, utf16le: UCS2, base64: BASE64, base64url: BASE64URL,
  hex: HEX, latin1: LATIN1, ascii: ASCII,
};

const kNativeDecoder = Symbol('kNativeDecoder');

function lookupEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  switch (enc.toLowerCase()) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

function normalizeEncoding(enc) {
  const norm = lookupEncoding(enc);
  if (norm === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
  return norm;
}

function bufferClass() {
  return require('buffer').Buffer;
}

// Bytes to string in the decoder's encoding.
function makeString(bytes, start, end, encoding) {
  if (end <= start) return '';
  return bytes.toString(encoding, start, end);
}

function bytesOf(view) {
  const Buffer = bufferClass();
  if (Buffer.isBuffer(view)) return view;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function decode(decoder, view) {
  const state = decoder[kNativeDecoder];
  const encoding = decoder.encoding;
  const id = state[kEncodingId];
  const data = bytesOf(view);
  let pos = 0;
  let len = data.length;
  if (id === ASCII || id === HEX || id === LATIN1) return makeString(data, 0, len, encoding);

  let prefix = '';
  if (state[kMissing] > 0) {
    if (id === UTF8) {
      // A byte that should continue the pending character but does not ends it early; the
      // pending bytes are then decoded on their own (to U+FFFD) and the byte starts anew.
      for (let i = 0; i < len && i < state[kMissing]; i++) {
        if ((data[i] & 0xC0) !== 0x80) {
          state[kMissing] = 0;
          for (let k = 0; k < i; k++) state[state[kBuffered] + k] = data[k];
          state[kBuffered] += i;
          pos += i;
          break;
        }
      }
    }
    const take = Math.min(len - pos, state[kMissing]);
    for (let k = 0; k < take; k++) state[state[kBuffered] + k] = data[pos + k];
    pos += take;
    state[kMissing] -= take;
    state[kBuffered] += take;
    if (state[kMissing] === 0) {
      prefix = makeString(state, 0, state[kBuffered], encoding);
      state[kBuffered] = 0;
    }
  }

  if (pos === len) return prefix;

  // Whatever is left starts on a character boundary; hold back an incomplete tail.
  let held = 0;
  if (id === UTF8) {
    if (data[len - 1] & 0x80) {
      let count = 0;
      for (let i = len - 1; ; --i) {
        count++;
        const b = data[i];
        if ((b & 0xC0) === 0x80) {
          if (count >= 4 || i === pos) {
            count = 0;
            break;
          }
          continue;
        }
        let need;
        if ((b & 0xE0) === 0xC0) need = 2;
        else if ((b & 0xF0) === 0xE0) need = 3;
        else if ((b & 0xF8) === 0xF0) need = 4;
        else {
          count = 0;
          break;
        }
        if (count >= need) {
          count = 0;
        } else {
          state[kMissing] = need - count;
        }
        break;
      }
      held = count;
    }
  } else if (id === UCS2) {
    if ((len - pos) % 2 === 1) {
      held = 1;
      state[kMissing] = 1;
    } else if ((data[len - 1] & 0xFC) === 0xD8) {
      held = 2;
      state[kMissing] = 2;
    }
  } else if (id === BASE64 || id === BASE64URL) {
    held = (len - pos) % 3;
    if (held > 0) state[kMissing] = 3 - held;
  }

  if (held > 0) {
    len -= held;
    for (let k = 0; k < held; k++) state[k] = data[len + k];
    state[kBuffered] = held;
  }
  return prefix + makeString(data, pos, len, encoding);
}

function flush(decoder) {
  const state = decoder[kNativeDecoder];
  if (state[kEncodingId] === UCS2 && state[kBuffered] % 2 === 1) {
    // A lone trailing byte of a UTF-16 unit is dropped.
    state[kMissing]--;
    state[kBuffered]--;
  }
  if (state[kBuffered] === 0) return '';
  const out = makeString(state, 0, state[kBuffered], decoder.encoding);
  state[kMissing] = 0;
  state[kBuffered] = 0;
  return out;
}

function StringDecoder(encoding) {
  if (this === undefined) {
    // What V8 reports for the assignment below when called without `new`.
    throw new TypeError("Cannot set properties of undefined (setting 'encoding')");
  }
  this.encoding = normalizeEncoding(encoding);
  const state = bufferClass().alloc(kSize);
  state[kEncodingId] = encodingIds[this.encoding];
  this[kNativeDecoder] = state;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  return decode(this, buf);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBuffered] > 0) ret += flush(this);
  return ret;
};

StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissing] = 0;
  this[kNativeDecoder][kBuffered] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(0, 4);
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissing];
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBuffered] + this[kNativeDecoder][kMissing];
    },
  },
});

module.exports = { StringDecoder };
