'use strict';
// The Web Crypto object (globalThis.crypto, crypto.webcrypto): getRandomValues and randomUUID
// over the getrandom syscall, and crypto.subtle with digest() over the OpenSSL hashes (its
// other methods reject with ERR_NOT_IMPLEMENTED). Also the shared random fill.

const sys = require('sys/core');
const errors = require('node/internal/errors');
const { ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR } = errors.codes;

// Fills u8 (a Uint8Array) with random bytes from the kernel.
function fillRandom(u8) {
  let off = 0;
  while (off < u8.length) {
    const chunk = Math.min(u8.length - off, 1 << 25);
    const view = off === 0 && chunk === u8.length ? u8 : u8.subarray(off, off + chunk);
    const n = sys.call('getrandom', view, chunk, 0);
    if (n === -sys.C.EINTR) continue;
    if (n < 0) throw sys.errnoException(n, 'getrandom');
    off += n;
  }
  return u8;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// Random UUIDs are cut from a cached pool of random bytes, as Node does by default.
let uuidPool;
let uuidOffset = 0;
const hex = [];
for (let i = 0; i < 256; i++) hex.push((i + 0x100).toString(16).slice(1));

function uuidFrom(b, o) {
  return `${hex[b[o]]}${hex[b[o + 1]]}${hex[b[o + 2]]}${hex[b[o + 3]]}-` +
    `${hex[b[o + 4]]}${hex[b[o + 5]]}-${hex[(b[o + 6] & 0x0f) | 0x40]}${hex[b[o + 7]]}-` +
    `${hex[(b[o + 8] & 0x3f) | 0x80]}${hex[b[o + 9]]}-` +
    `${hex[b[o + 10]]}${hex[b[o + 11]]}${hex[b[o + 12]]}${hex[b[o + 13]]}${hex[b[o + 14]]}${hex[b[o + 15]]}`;
}

function randomUUIDString(disableEntropyCache) {
  if (disableEntropyCache) return uuidFrom(fillRandom(new Uint8Array(16)), 0);
  if (uuidPool === undefined) uuidPool = new Uint8Array(16 * 128);
  if (uuidOffset === 0) fillRandom(uuidPool);
  const s = uuidFrom(uuidPool, uuidOffset);
  uuidOffset = (uuidOffset + 16) % uuidPool.length;
  return s;
}

// A coded error with a fixed message (Node raises these from C++ or WebIDL glue).
function codedError(Base, code, message) {
  const err = new Base(message);
  errors.setCodedStack(err, code);
  err.code = code;
  return err;
}

function domError(message, name) {
  const { DOMException } = require('node/internal/domexception');
  return new DOMException(message, name);
}

const integerArrays = new Set([
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'BigInt64Array', 'BigUint64Array',
]);

// The checks of getRandomValues, then the fill (at most 65536 bytes).
function getRandomValuesImpl(data) {
  if (!ArrayBuffer.isView(data) || !integerArrays.has(binding.classOf(data))) {
    // Buffer is a Uint8Array subclass, so its engine class is Uint8Array too.
    throw domError('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw domError('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  fillRandom(bytesOf(data));
  return data;
}

const kToken = Symbol('kToken');

class Crypto {
  constructor(token = undefined) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    if (subtle === undefined) subtle = new SubtleCrypto(kToken);
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS',
        "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
    }
    return getRandomValuesImpl(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return randomUUIDString(false);
  }
}

Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  value: 'Crypto', writable: false, enumerable: false, configurable: true,
});
for (const key of ['subtle', 'getRandomValues', 'randomUUID']) {
  const d = Object.getOwnPropertyDescriptor(Crypto.prototype, key);
  d.enumerable = true;
  Object.defineProperty(Crypto.prototype, key, d);
}

// ---- SubtleCrypto ----
let subtle;
const digestNames = { 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512' };

function missingArgs(method, want, got) {
  return codedError(TypeError, 'ERR_MISSING_ARGS', `Failed to execute '${method}' on 'SubtleCrypto': ` +
    `${want} argument${want === 1 ? '' : 's'} required, but only ${got} present.`);
}

function checkSubtle(self, method, want, got) {
  if (!(self instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
  if (got < want) throw missingArgs(method, want, got);
}

class SubtleCrypto {
  constructor(token = undefined) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    checkSubtle(this, 'digest', 2, arguments.length);
    let name = algorithm;
    if (algorithm !== null && typeof algorithm === 'object') {
      name = algorithm.name;
      if (name === undefined) {
        throw codedError(TypeError, 'ERR_MISSING_OPTION', "Failed to normalize algorithm: passed algorithm can " +
          "not be converted to 'Algorithm' because 'name' is required in 'Algorithm'.");
      }
    }
    const md = typeof name === 'string' || typeof name === 'object' ? digestNames[`${name}`.toLowerCase()] : undefined;
    if (md === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
    let bytes;
    if (ArrayBuffer.isView(data)) bytes = data;
    else if (data instanceof ArrayBuffer || binding.classOf(data) === 'SharedArrayBuffer') bytes = new Uint8Array(data);
    else {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', "Failed to execute 'digest' on 'SubtleCrypto': 2nd " +
        'argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
    }
    const ctx = binding.cryptoHashNew(md, -1);
    binding.cryptoUpdate(ctx, bytes);
    return binding.cryptoDigest(ctx);
  }
}

// The rest of SubtleCrypto: argument counts as Node checks them, then ERR_NOT_IMPLEMENTED.
for (const [method, want] of [['encrypt', 3], ['decrypt', 3], ['sign', 3], ['verify', 4], ['generateKey', 3],
  ['deriveKey', 5], ['deriveBits', 3], ['importKey', 5], ['exportKey', 2], ['wrapKey', 4], ['unwrapKey', 7]]) {
  const fn = {
    async [method](...args) {
      checkSubtle(this, method, want, args.length);
      throw errors.notImplemented(`crypto.subtle.${method}`);
    },
  }[method];
  Object.defineProperty(SubtleCrypto.prototype, method, { value: fn, writable: true, enumerable: true, configurable: true });
}
Object.defineProperty(SubtleCrypto.prototype, 'digest', { enumerable: true });
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  value: 'SubtleCrypto', writable: false, enumerable: false, configurable: true,
});
const order = ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey', 'deriveBits',
  'importKey', 'exportKey', 'wrapKey', 'unwrapKey'];
for (const key of order) {
  const d = Object.getOwnPropertyDescriptor(SubtleCrypto.prototype, key);
  delete SubtleCrypto.prototype[key];
  Object.defineProperty(SubtleCrypto.prototype, key, d);
}

const crypto = new Crypto(kToken);

module.exports = { crypto, Crypto, SubtleCrypto, codedError, fillRandom, bytesOf, getRandomValuesImpl, randomUUIDString };
