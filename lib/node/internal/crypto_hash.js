'use strict';
// Hash and Hmac over the C digest objects (src/crypto.c), the one-shot crypto.hash, pbkdf2
// and hkdf. Hash and Hmac are streams whose Transform state is only built when a stream
// method is first used, so the common update()/digest() path stays cheap.

const Buffer = require('buffer').Buffer;
const errors = require('node/internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_CRYPTO_HASH_FINALIZED,
  ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_INVALID_KEYLEN,
} = errors.codes;
const { validateString, validateUint32, validateNumber } = require('node/internal/validators');
const { Transform } = require('stream');

const kCtx = Symbol('kCtx');
const kFinal = Symbol('kFinal');     // undefined until digest(); then the cached result or true
const kXof = Symbol('kXof');
const kLazy = Symbol('kLazy');
const kCache = Symbol('kCache');   // the digest computed by the stream's end

function codedError(Base, code, message) {
  const err = new Base(message);
  if (code) {
    errors.setCodedStack(err, code);
    err.code = code;
  }
  return err;
}

// The bytes of data for update(): strings in the given encoding, or any buffer view.
function toBytes(data, encoding, name) {
  if (typeof data === 'string') {
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') return binding.utf8Encode(data);
    return Buffer.from(data, Buffer.isEncoding(encoding) ? encoding : 'utf8');
  }
  if (ArrayBuffer.isView(data)) return data;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// Encodings the C side turns into text itself (no Buffer on the way).
function textEncoding(enc) {
  return enc === 'hex' || enc === 'base64' || enc === 'base64url' ? enc : undefined;
}

function output(ab, encoding) {
  if (typeof ab === 'string') return ab;
  if (encoding !== undefined && typeof encoding !== 'string') encoding = `${encoding}`;
  const buf = Buffer.from(ab);
  if (encoding === undefined || encoding === 'buffer' || !Buffer.isEncoding(encoding)) return buf;
  return buf.toString(encoding);
}

// ---- the lazily built Transform ----
function LazyTransform(opts) {
  this._options = opts;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

function lazyState(name) {
  return {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (this[kLazy]) return undefined;
      this[kLazy] = true;
      Transform.call(this, this._options);
      return this[name];
    },
    set(v) {
      Object.defineProperty(this, name, { __proto__: null, value: v, writable: true, enumerable: true, configurable: true });
    },
  };
}
for (const name of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, name, lazyState(name));
}

// ---- Hash ----
// Fetched digest methods by the name the program used (only names OpenSSL knows get in).
const methods = new Map();
function method(name) {
  let md = methods.get(name);
  if (md === undefined) {
    md = binding.cryptoMd(name);
    if (md === null) return name; // cryptoHashNew then reports it unknown
    methods.set(name, md);
  }
  return md;
}

function outputLengthOf(options) {
  if (options === undefined || options === null || typeof options !== 'object') return -1;
  const len = options.outputLength;
  if (len === undefined) return -1;
  validateUint32(len, 'options.outputLength');
  return len;
}

function notXof() {
  return codedError(Error, 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
    'error:030000B2:digital envelope routines::not XOF or invalid length');
}

function Hash(alg, opts) {
  if (!(this instanceof Hash)) return new Hash(alg, opts);
  const xof = outputLengthOf(opts);
  let ctx;
  if (alg instanceof Hash) {
    ctx = binding.cryptoCopy(alg[kCtx], xof);
  } else {
    validateString(alg, 'algorithm');
    ctx = binding.cryptoHashNew(method(alg), xof);
    if (ctx === null) throw new Error('Digest method not supported');
  }
  if (ctx === false) throw notXof();
  this[kCtx] = ctx;
  this[kFinal] = undefined;
  this[kXof] = xof;
  LazyTransform.call(this, opts);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(opts) {
  if (this[kFinal] !== undefined || this[kCache] !== undefined) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, opts);
};

Hash.prototype._transform = function _transform(data, enc, done) {
  binding.cryptoUpdate(this[kCtx], toBytes(data, enc, 'data'));
  done();
};

// The stream's end pushes the digest; a later digest() call returns the same bytes once.
Hash.prototype._flush = function _flush(done) {
  if (this[kCache] === undefined) this[kCache] = binding.cryptoDigest(this[kCtx]);
  this.push(Buffer.from(this[kCache]));
  done();
};

Hash.prototype.update = function update(data, inputEncoding) {
  if (this[kFinal] !== undefined || this[kCache] !== undefined) throw new ERR_CRYPTO_HASH_FINALIZED();
  binding.cryptoUpdate(this[kCtx], toBytes(data, inputEncoding, 'data'));
  return this;
};

Hash.prototype.digest = function digest(enc) {
  if (this[kFinal] !== undefined) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kFinal] = true;
  const ab = this[kCache] !== undefined ? this[kCache] : binding.cryptoDigest(this[kCtx], textEncoding(enc));
  return output(ab, enc);
};

// ---- Hmac ----
function keyBytes(key, encoding) {
  if (typeof key === 'string') return toBytes(key, encoding, 'key');
  if (ArrayBuffer.isView(key)) return key;
  if (key instanceof ArrayBuffer || binding.classOf(key) === 'SharedArrayBuffer') return new Uint8Array(key);
  if (key !== null && typeof key === 'object') {
    const secret = require('node/internal/crypto_keys').secretBytes(key);
    if (secret !== undefined) return secret;
    if (key instanceof require('node/internal/crypto_keys').KeyObject) {
      throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
        `Invalid key object type ${key.type}, expected secret.`);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(alg, secret, opts) {
  if (!(this instanceof Hmac)) return new Hmac(alg, secret, opts);
  validateString(alg, 'hmac');
  const encoding = opts !== null && typeof opts === 'object' ? opts.encoding : undefined;
  const bytes = keyBytes(secret, encoding);
  const ctx = binding.cryptoHmacNew(method(alg), bytes);
  if (ctx === null) {
    if (binding.cryptoHashNew(alg, -1) !== null) {
      throw new Error('error:00000000:lib(0)::reason(0)');
    }
    throw new ERR_CRYPTO_INVALID_DIGEST(alg);
  }
  this[kCtx] = ctx;
  this[kFinal] = undefined;
  LazyTransform.call(this, opts);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

for (const m of ['update', '_transform', '_flush']) Hmac.prototype[m] = Hash.prototype[m];
Hmac.prototype.digest = function digest(enc) {
  // A second digest() gives an empty result rather than an error, as in Node.
  let ab;
  if (this[kFinal] !== undefined) ab = new ArrayBuffer(0);
  else if (this[kCache] !== undefined) ab = this[kCache];
  else ab = binding.cryptoDigest(this[kCtx], textEncoding(enc));
  this[kFinal] = true;
  return output(ab, enc);
};

// ---- one-shot ----
function hash(alg, data, enc = 'hex') {
  validateString(alg, 'algorithm');
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (enc !== 'buffer' && !Buffer.isEncoding(enc)) throw new ERR_INVALID_ARG_VALUE('outputEncoding', enc);
  const ctx = binding.cryptoHashNew(method(alg), -1);
  if (ctx === null || ctx === false) throw new Error(`Digest method ${alg} is not supported`);
  binding.cryptoUpdate(ctx, toBytes(data, 'utf8', 'input'));
  return output(binding.cryptoDigest(ctx, textEncoding(enc)), enc);
}

let hashList;
function getHashes() {
  if (hashList === undefined) hashList = binding.cryptoHashes();
  return hashList.slice();
}

// ---- key derivation ----
function bufferSource(v, name, types) {
  if (typeof v === 'string') return binding.utf8Encode(v);
  if (ArrayBuffer.isView(v)) return v;
  if (v instanceof ArrayBuffer || binding.classOf(v) === 'SharedArrayBuffer') return new Uint8Array(v);
  throw new ERR_INVALID_ARG_TYPE(name, types, v);
}

const kBufferTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function pbkdf2Args(pass, salt, iter, len, md) {
  if (typeof md !== 'string') throw new ERR_INVALID_ARG_TYPE('digest', 'string', md);
  pass = bufferSource(pass, 'password', kBufferTypes);
  salt = bufferSource(salt, 'salt', kBufferTypes);
  validateInt(iter, 'iterations', 1);
  validateInt(len, 'keylen', 0);
  if (binding.cryptoHashNew(md, -1) === null) throw new ERR_CRYPTO_INVALID_DIGEST(md);
  return [pass, salt, iter, len, md];
}

function validateInt(value, name, min) {
  validateNumber(value, name);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > 2147483647) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= 2147483647`, value);
}

function pbkdf2Run(args) {
  const ab = binding.cryptoPbkdf2(...args);
  if (ab === null) throw new ERR_CRYPTO_INVALID_DIGEST(args[4]);
  return Buffer.from(ab);
}

function pbkdf2Sync(pass, salt, iter, len, md) {
  return pbkdf2Run(pbkdf2Args(pass, salt, iter, len, md));
}

// Derives on the worker pool when there is one (as Node does on libuv's); else on a later turn.
let pool;
function deriveAsync(asyncFn, args, syncFn, done) {
  const len = args[asyncFn === 'cryptoScryptAsync' ? 6 : 3];
  if (len > 0) {
    if (pool === undefined) {
      pool = require('aio/pool');
      pool.reserve();
    }
    const out = new ArrayBuffer(len);
    const fnArgs = asyncFn === 'cryptoScryptAsync' ? [...args.slice(0, 6), out] : [...args, out];
    const id = binding[asyncFn](...fnArgs);
    if (id > 0) {
      pool.expect(id, (r) => {
        if (r === 0) done(null, Buffer.from(out));
        else done(new Error('Key derivation failed'));
      });
      return;
    }
  }
  require('timers').setImmediate(() => {
    let key;
    try {
      key = syncFn(args);
    } catch (err) {
      done(err);
      return;
    }
    done(null, key);
  });
}

function pbkdf2(pass, salt, iter, len, md, done) {
  if (typeof md === 'function') [md, done] = [undefined, md];
  const args = pbkdf2Args(pass, salt, iter, len, md);
  if (typeof done !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'function', done);
  deriveAsync('cryptoPbkdf2Async', args, pbkdf2Run, done);
}

function hkdfArgs(md, ikm, salt, info, keylen) {
  if (typeof md !== 'string') throw new ERR_INVALID_ARG_TYPE('digest', 'string', md);
  const secret = require('node/internal/crypto_keys').secretBytes(ikm);
  ikm = secret !== undefined ? secret
    : bufferSource(ikm, 'ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer']);
  salt = bufferSource(salt, 'salt', ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer']);
  info = bufferSource(info, 'info', ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer']);
  validateInt(keylen, 'length', 0);
  const infoLen = info.byteLength;
  if (infoLen > 1024) throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', infoLen);
  const probe = binding.cryptoHashNew(md, -1);
  if (probe === null) throw new ERR_CRYPTO_INVALID_DIGEST(md);
  const size = binding.cryptoDigest(probe).byteLength;
  if (keylen > 255 * size) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return [md, ikm, salt, info, keylen];
}

function hkdfSync(digest, ikm, salt, info, keylen) {
  return binding.cryptoHkdf(...hkdfArgs(digest, ikm, salt, info, keylen));
}

function hkdf(md, ikm, salt, info, keylen, done) {
  const args = hkdfArgs(md, ikm, salt, info, keylen);
  if (typeof done !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'function', done);
  require('timers').setImmediate(() => {
    let key;
    try {
      key = binding.cryptoHkdf(...args);
    } catch (err) {
      done(err);
      return;
    }
    done(null, key);
  });
}

// ---- scrypt ----
function scryptOption(opts, long, short, def) {
  const a = opts[long];
  const b = opts[short];
  if (a !== undefined && b !== undefined) {
    throw codedError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
  }
  const v = a !== undefined ? a : b;
  if (v === undefined) return def;
  validateUint32(v, a !== undefined ? long : short);
  return v;
}

function scryptArgs(pass, salt, keylen, opts) {
  pass = bufferSource(pass, 'password', kBufferTypes);
  salt = bufferSource(salt, 'salt', kBufferTypes);
  validateInt(keylen, 'keylen', 0);
  let N = 16384;
  let r = 8;
  let p = 1;
  let maxmem = 32 << 20;
  if (opts !== undefined && opts !== null) {
    N = scryptOption(opts, 'N', 'cost', N);
    r = scryptOption(opts, 'r', 'blockSize', r);
    p = scryptOption(opts, 'p', 'parallelization', p);
    if (opts.maxmem !== undefined) {
      validateNumber(opts.maxmem, 'maxmem', 0);
      maxmem = opts.maxmem;
    }
  }
  // N must be a power of two above 1; r*p below 2^30.
  if (N < 2 || (N & (N - 1)) !== 0 || r < 1 || p < 1 || r * p >= 2 ** 30) {
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
  }
  return [pass, salt, N, r, p, Math.floor(maxmem), keylen];
}

function scryptRun(args) {
  const r = binding.cryptoScrypt(...args);
  if (typeof r === 'string') {
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', r ? `Invalid scrypt params: ${r}` : 'Invalid scrypt params');
  }
  return Buffer.from(r);
}

function scryptSync(pass, salt, keylen, opts) {
  return scryptRun(scryptArgs(pass, salt, keylen, opts));
}

function scrypt(pass, salt, keylen, opts, done) {
  if (typeof opts === 'function') [opts, done] = [undefined, opts];
  const args = scryptArgs(pass, salt, keylen, opts);
  if (typeof done !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'function', done);
  const problem = binding.cryptoScryptCheck(args[2], args[3], args[4], args[5]);
  if (problem !== '') throw codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', `Invalid scrypt params: ${problem}`);
  deriveAsync('cryptoScryptAsync', args, scryptRun, done);
}

module.exports = {
  Hash, Hmac, hash, getHashes, pbkdf2, pbkdf2Sync, hkdf, hkdfSync, LazyTransform, scrypt, scryptSync,
  createHash(algorithm, options) { return new Hash(algorithm, options); },
  createHmac(hmac, key, options) { return new Hmac(hmac, key, options); },
};
