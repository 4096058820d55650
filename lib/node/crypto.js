'use strict';
// node:crypto — the random-number APIs over the getrandom syscall (randomBytes, randomFill,
// randomInt, randomUUID, getRandomValues) and timingSafeEqual. Hashes, ciphers, keys and
// signatures arrive with OpenSSL; until then they throw ERR_NOT_IMPLEMENTED.

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
const cls = (name) => stub.cls(`crypto.${name}`, name);

module.exports = {
  checkPrime: fn('checkPrime'),
  checkPrimeSync: fn('checkPrimeSync'),
  createCipheriv: fn('createCipheriv'),
  createDecipheriv: fn('createDecipheriv'),
  createDiffieHellman: fn('createDiffieHellman'),
  createDiffieHellmanGroup: fn('createDiffieHellmanGroup'),
  createECDH: fn('createECDH'),
  createHash: fn('createHash'),
  createHmac: fn('createHmac'),
  createPrivateKey: fn('createPrivateKey'),
  createPublicKey: fn('createPublicKey'),
  createSecretKey: fn('createSecretKey'),
  createSign: fn('createSign'),
  createVerify: fn('createVerify'),
  diffieHellman: fn('diffieHellman'),
  generatePrime: fn('generatePrime'),
  generatePrimeSync: fn('generatePrimeSync'),
  getCiphers: fn('getCiphers'),
  getCipherInfo: fn('getCipherInfo'),
  getCurves: fn('getCurves'),
  getDiffieHellman: fn('getDiffieHellman'),
  getHashes: fn('getHashes'),
  hkdf: fn('hkdf'),
  hkdfSync: fn('hkdfSync'),
  pbkdf2: fn('pbkdf2'),
  pbkdf2Sync: fn('pbkdf2Sync'),
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
  scrypt: fn('scrypt'),
  scryptSync: fn('scryptSync'),
  sign: fn('sign'),
  setEngine: fn('setEngine'),
  timingSafeEqual,
  getFips,
  setFips: fn('setFips'),
  verify: fn('verify'),
  hash: fn('hash'),
  Certificate: cls('Certificate'),
  Cipher: cls('Cipher'),
  Cipheriv: cls('Cipheriv'),
  Decipher: cls('Decipher'),
  Decipheriv: cls('Decipheriv'),
  DiffieHellman: cls('DiffieHellman'),
  DiffieHellmanGroup: cls('DiffieHellmanGroup'),
  ECDH: cls('ECDH'),
  Hash: cls('Hash'),
  Hmac: cls('Hmac'),
  KeyObject: cls('KeyObject'),
  Sign: cls('Sign'),
  Verify: cls('Verify'),
  X509Certificate: cls('X509Certificate'),
  secureHeapUsed: fn('secureHeapUsed'),
};

Object.defineProperties(module.exports, {
  createCipher: { value: fn('createCipher'), writable: true, enumerable: false, configurable: true },
  createDecipher: { value: fn('createDecipher'), writable: true, enumerable: false, configurable: true },
  fips: {
    get: getFips,
    set() { throw errors.notImplemented('crypto.fips'); },
    enumerable: false, configurable: true,
  },
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  webcrypto: { get() { return web.crypto; }, set: undefined, enumerable: true, configurable: false },
  subtle: { get() { return web.crypto.subtle; }, set: undefined, enumerable: true, configurable: false },
  getRandomValues: { get() { return getRandomValues; }, set: undefined, enumerable: true, configurable: false },
  prng: { get() { return randomBytes; }, set: undefined, enumerable: false, configurable: true },
  pseudoRandomBytes: { get() { return randomBytes; }, set: undefined, enumerable: false, configurable: true },
  rng: { get() { return randomBytes; }, set: undefined, enumerable: false, configurable: true },
});
Object.defineProperty(constants, 'defaultCipherList', {
  get() { return require('node/internal/crypto_constants').defaultCoreCipherList; },
  set(v) { Object.defineProperty(this, 'defaultCipherList', { value: v, writable: true, enumerable: true, configurable: true }); },
  enumerable: true, configurable: true,
});
