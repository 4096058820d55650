'use strict';
// node:crypto — the random-number APIs over the getrandom syscall (randomBytes, randomFill,
// randomInt, randomUUID, getRandomValues), timingSafeEqual, and through OpenSSL: hashes, HMAC,
// pbkdf2, hkdf, scrypt (node/internal/crypto_hash) and secret KeyObjects (crypto_keys), each
// loaded on first use. Ciphers, key pairs, signatures and Diffie-Hellman throw ERR_NOT_IMPLEMENTED.

const errors = require('node/internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH } = errors.codes;
const { validateFunction, validateNumber, validateObject, validateBoolean } = require('node/internal/validators');
const web = require('node/internal/crypto_web');
const stub = require('node/internal/stub');
const { constants } = require('node/internal/crypto_constants');

const kMaxPossibleLength = 2 ** 31 - 1;
const RAND_MAX = 2 ** 48 - 1;

function nextTick(fn, ...args) {
  require('process').nextTick(fn, ...args);
}

// Offsets and sizes are given in elements of the view and checked in bytes.
function checkOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const max = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > max || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${max}`, offset);
  }
  return offset >>> 0;
}

function checkSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

function randomBytes(size, callback) {
  size = checkSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const { Buffer } = require('buffer');
  const buf = Buffer.alloc(size);
  if (callback === undefined) {
    web.fillRandom(buf);
    return buf;
  }
  // The kernel's pool never blocks once initialised; Node fills on its thread pool.
  setImmediateCall(() => {
    let err = null;
    try {
      web.fillRandom(buf);
    } catch (e) {
      err = e;
    }
    callback(err, buf);
  });
}

function setImmediateCall(fn) {
  require('timers').setImmediate(fn);
}

function viewBytes(buf, name = 'buf') {
  if (buf instanceof ArrayBuffer || binding.classOf(buf) === 'SharedArrayBuffer') return new Uint8Array(buf);
  if (ArrayBuffer.isView(buf)) return web.bytesOf(buf);
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'ArrayBufferView'], buf);
}

function randomFillSync(buf, offset = 0, size = undefined) {
  const bytes = viewBytes(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = checkOffset(offset, elementSize, bytes.byteLength);
  if (size === undefined) size = bytes.byteLength - offset;
  else size = checkSize(size, elementSize, offset, bytes.byteLength);
  web.fillRandom(bytes.subarray(offset, offset + size));
  return buf;
}

function randomFill(buf, offset, size, callback) {
  const bytes = viewBytes(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = bytes.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = checkOffset(offset, elementSize, bytes.byteLength);
    size = bytes.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = checkOffset(offset, elementSize, bytes.byteLength);
    if (size === undefined) size = bytes.byteLength - offset;
    else size = checkSize(size, elementSize, offset, bytes.byteLength);
  }
  validateFunction(callback, 'callback');
  setImmediateCall(() => {
    let err = null;
    try {
      web.fillRandom(bytes.subarray(offset, offset + size));
    } catch (e) {
      err = e;
    }
    callback(err, buf);
  });
}

// A uniform integer in [0, range) from 48-bit random values, by rejection.
function uniform(range) {
  const limit = RAND_MAX - (RAND_MAX % range);
  const b = new Uint8Array(6);
  for (;;) {
    web.fillRandom(b);
    const x = ((b[0] * 256 + b[1]) * 256 + b[2]) * 2 ** 24 + ((b[3] << 16) | (b[4] << 8) | b[5]);
    if (x < limit) return x % range;
  }
}

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  if (isSync) return min + uniform(range);
  setImmediateCall(() => callback(undefined, min + uniform(range)));
}

function randomUUID(options = undefined) {
  if (options !== undefined) validateObject(options, 'options');
  const disableEntropyCache = options === undefined ? false : options.disableEntropyCache ?? false;
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  return web.randomUUIDString(disableEntropyCache);
}

function getRandomValues(data) {
  return web.getRandomValuesImpl(data);
}

function timingSafeEqual(buf1, buf2) {
  const a = timingBytes(buf1, 'buf1');
  const b = timingBytes(buf2, 'buf2');
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

function timingBytes(v, name) {
  if (v instanceof ArrayBuffer || binding.classOf(v) === 'SharedArrayBuffer') return new Uint8Array(v);
  if (ArrayBuffer.isView(v)) return web.bytesOf(v);
  throw web.codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
}

function getFips() { return 0; }

const fn = (name) => stub.fn(`crypto.${name}`, name);

let hashImpl;
function hashes() {
  if (hashImpl === undefined) hashImpl = require('node/internal/crypto_hash');
  return hashImpl;
}
function viaKeys(name) {
  return { [name](...args) { return require('node/internal/crypto_keys')[name](...args); } }[name];
}
// A function that loads the hash module on its first call.
function viaHash(name) {
  return { [name](...args) { return hashes()[name](...args); } }[name];
}
const cls = (name) => stub.cls(`crypto.${name}`, name);

module.exports = {
  checkPrime: fn('checkPrime'),
  checkPrimeSync: fn('checkPrimeSync'),
  createCipheriv: fn('createCipheriv'),
  createDecipheriv: fn('createDecipheriv'),
  createDiffieHellman: fn('createDiffieHellman'),
  createDiffieHellmanGroup: fn('createDiffieHellmanGroup'),
  createECDH: fn('createECDH'),
  createHash: viaHash('createHash'),
  createHmac: viaHash('createHmac'),
  createPrivateKey: fn('createPrivateKey'),
  createPublicKey: fn('createPublicKey'),
  createSecretKey: viaKeys('createSecretKey'),
  createSign: fn('createSign'),
  createVerify: fn('createVerify'),
  diffieHellman: fn('diffieHellman'),
  generatePrime: fn('generatePrime'),
  generatePrimeSync: fn('generatePrimeSync'),
  getCiphers: fn('getCiphers'),
  getCipherInfo: fn('getCipherInfo'),
  getCurves: fn('getCurves'),
  getDiffieHellman: fn('getDiffieHellman'),
  getHashes: viaHash('getHashes'),
  hkdf: viaHash('hkdf'),
  hkdfSync: viaHash('hkdfSync'),
  pbkdf2: viaHash('pbkdf2'),
  pbkdf2Sync: viaHash('pbkdf2Sync'),
  generateKeyPair: fn('generateKeyPair'),
  generateKeyPairSync: fn('generateKeyPairSync'),
  generateKey: fn('generateKey'),
  generateKeySync: fn('generateKeySync'),
  privateDecrypt: fn('privateDecrypt'),
  privateEncrypt: fn('privateEncrypt'),
  publicDecrypt: fn('publicDecrypt'),
  publicEncrypt: fn('publicEncrypt'),
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt: viaHash('scrypt'),
  scryptSync: viaHash('scryptSync'),
  sign: fn('sign'),
  setEngine: fn('setEngine'),
  timingSafeEqual,
  getFips,
  setFips: fn('setFips'),
  verify: fn('verify'),
  hash: viaHash('hash'),
  Certificate: cls('Certificate'),
  Cipher: cls('Cipher'),
  Cipheriv: cls('Cipheriv'),
  Decipher: cls('Decipher'),
  Decipheriv: cls('Decipheriv'),
  DiffieHellman: cls('DiffieHellman'),
  DiffieHellmanGroup: cls('DiffieHellmanGroup'),
  ECDH: cls('ECDH'),
  Hash: null, // replaced below by lazy accessors, keeping the key order
  Hmac: null,
  KeyObject: null, // a lazy accessor, below
  Sign: cls('Sign'),
  Verify: cls('Verify'),
  X509Certificate: cls('X509Certificate'),
  secureHeapUsed: fn('secureHeapUsed'),
};

// The old names of randomBytes warn (DEP0115) under --pending-deprecation, once each.
function deprecatedAlias(name) {
  let warned = false;
  return function() {
    if (!warned) {
      warned = true;
      const process = require('process');
      const env = process.env;
      if ((process.execArgv || []).includes('--pending-deprecation') || env.NODE_PENDING_DEPRECATION === '1' ||
        /(?:^|\s)--pending-deprecation(?:\s|$)/.test(env.NODE_OPTIONS || '')) {
        process.emitWarning(`crypto.${name} is deprecated.`, 'DeprecationWarning', 'DEP0115');
      }
    }
    return randomBytes;
  };
}

// Node exposes these classes as plain data properties, which programs can see
// (Object.getOwnPropertyDescriptor), so they are loaded with the module.
function dataClass(value) {
  return { value, writable: true, enumerable: true, configurable: true };
}

Object.defineProperties(module.exports, {
  createCipher: { value: fn('createCipher'), writable: true, enumerable: false, configurable: true },
  createDecipher: { value: fn('createDecipher'), writable: true, enumerable: false, configurable: true },
  fips: {
    get: getFips,
    set() { throw errors.notImplemented('crypto.fips'); },
    enumerable: false, configurable: true,
  },
  Hash: dataClass(hashes().Hash),
  Hmac: dataClass(hashes().Hmac),
  KeyObject: dataClass(require('node/internal/crypto_keys').KeyObject),
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  webcrypto: { get() { return web.crypto; }, set: undefined, enumerable: true, configurable: false },
  subtle: { get() { return web.crypto.subtle; }, set: undefined, enumerable: true, configurable: false },
  getRandomValues: { get() { return getRandomValues; }, set: undefined, enumerable: true, configurable: false },
  prng: { get: deprecatedAlias('prng'), set: undefined, enumerable: false, configurable: true },
  pseudoRandomBytes: { get: deprecatedAlias('pseudoRandomBytes'), set: undefined, enumerable: false, configurable: true },
  rng: { get: deprecatedAlias('rng'), set: undefined, enumerable: false, configurable: true },
});
Object.defineProperty(constants, 'defaultCipherList', {
  get() { return require('node/internal/crypto_constants').defaultCoreCipherList; },
  set(v) { Object.defineProperty(this, 'defaultCipherList', { value: v, writable: true, enumerable: true, configurable: true }); },
  enumerable: true, configurable: true,
});
