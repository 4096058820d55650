'use strict';
// node:zlib — Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw and Unzip as Transform
// streams over zlib (node/internal/zlib_engine), their create* factories, the one-call
// buffer helpers (sync and callback), crc32, constants and codes. Brotli is not implemented.

const stub = require('node/internal/stub');
const { constants } = require('node/internal/zlib_constants');
const { ERR_INVALID_ARG_TYPE, ERR_BUFFER_TOO_LARGE } = require('node/internal/errors').codes;
const { validateUint32, validateFunction } = require('node/internal/validators');

function crc32(data, value = 0) {
  if (typeof data === 'string') {
    data = binding.utf8Encode(data);
  } else if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  validateUint32(value, 'value');
  return binding.zlibCrc32(data, value);
}

const codes = {};
for (const name of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR',
  'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  codes[name] = constants[name];
  codes[constants[name]] = name;
}
Object.freeze(codes);

const { Zlib, processBufferSync } = require('node/internal/zlib_engine');

// The seven zlib classes; each may be called without `new`.
function defineClass(name, mode) {
  const C = function(opts) {
    if (!(this instanceof C)) return new C(opts);
    Zlib.call(this, opts, mode);
  };
  Object.defineProperty(C, 'name', { value: name });
  Object.setPrototypeOf(C.prototype, Zlib.prototype);
  Object.setPrototypeOf(C, Zlib);
  return C;
}

const Deflate = defineClass('Deflate', constants.DEFLATE);
const Inflate = defineClass('Inflate', constants.INFLATE);
const Gzip = defineClass('Gzip', constants.GZIP);
const Gunzip = defineClass('Gunzip', constants.GUNZIP);
const DeflateRaw = defineClass('DeflateRaw', constants.DEFLATERAW);
const InflateRaw = defineClass('InflateRaw', constants.INFLATERAW);
const Unzip = defineClass('Unzip', constants.UNZIP);

// Brotli needs libbrotli, which unode does not link: the classes throw, with or without new.
function brotliStub(name) {
  const B = function() { throw require('node/internal/errors').notImplemented(`zlib.${name}`); };
  Object.defineProperty(B, 'name', { value: name });
  Object.setPrototypeOf(B.prototype, Zlib.prototype);
  return B;
}

function inputBuffer(buffer, name) {
  const { Buffer } = require('buffer');
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return buffer;
  if (buffer instanceof ArrayBuffer || binding.classOf(buffer) === 'SharedArrayBuffer') return Buffer.from(buffer);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function syncHelper(Ctor, fname, mode) {
  return {
    [fname](buffer, opts) {
      buffer = inputBuffer(buffer, 'buffer');
      if (opts === undefined || opts === null || typeof opts !== 'object' || !opts.info) {
        return processBufferSync(mode, buffer, opts);
      }
      const engine = new Ctor(opts);
      const out = engine._processSync(buffer, engine._finishFlushFlag);
      engine._close();
      return engine._info ? { buffer: out, engine } : out;
    },
  }[fname];
}

function asyncHelper(Ctor, fname) {
  return {
    [fname](buffer, opts, callback) {
      if (typeof opts === 'function') {
        callback = opts;
        opts = {};
      }
      validateFunction(callback, 'callback');
      if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer)) {
        if (buffer instanceof ArrayBuffer || binding.classOf(buffer) === 'SharedArrayBuffer') {
          buffer = require('buffer').Buffer.from(buffer);
        } else {
          throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
        }
      }
      const engine = new Ctor(opts);
      buffer = inputBuffer(buffer, 'buffer');
      const pieces = [];
      let total = 0;
      let failed = false;
      engine._processAsync(buffer, engine._finishFlushFlag, (piece) => {
        total += piece.length;
        if (total > engine._maxOutputLength) {
          failed = true;
          engine._close();
          callback(new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength));
          return false;
        }
        pieces.push(piece);
      }, (err) => {
        if (failed) return;
        engine._close();
        if (err) {
          callback(err);
          return;
        }
        const out = require('buffer').Buffer.concat(pieces, total);
        callback(null, engine._info ? { buffer: out, engine } : out);
      });
    },
  }[fname];
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress: brotliStub('BrotliCompress'),
  BrotliDecompress: brotliStub('BrotliDecompress'),
  deflate: asyncHelper(Deflate, 'deflate'),
  deflateSync: syncHelper(Deflate, 'deflateSync', constants.DEFLATE),
  gzip: asyncHelper(Gzip, 'gzip'),
  gzipSync: syncHelper(Gzip, 'gzipSync', constants.GZIP),
  deflateRaw: asyncHelper(DeflateRaw, 'deflateRaw'),
  deflateRawSync: syncHelper(DeflateRaw, 'deflateRawSync', constants.DEFLATERAW),
  unzip: asyncHelper(Unzip, 'unzip'),
  unzipSync: syncHelper(Unzip, 'unzipSync', constants.UNZIP),
  inflate: asyncHelper(Inflate, 'inflate'),
  inflateSync: syncHelper(Inflate, 'inflateSync', constants.INFLATE),
  gunzip: asyncHelper(Gunzip, 'gunzip'),
  gunzipSync: syncHelper(Gunzip, 'gunzipSync', constants.GUNZIP),
  inflateRaw: asyncHelper(InflateRaw, 'inflateRaw'),
  inflateRawSync: syncHelper(InflateRaw, 'inflateRawSync', constants.INFLATERAW),
};
stub.fns(module.exports, 'zlib', ['brotliCompress', 'brotliCompressSync', 'brotliDecompress', 'brotliDecompressSync']);
Object.assign(module.exports, {
  createDeflate(o) { return new Deflate(o); },
  createInflate(o) { return new Inflate(o); },
  createDeflateRaw(o) { return new DeflateRaw(o); },
  createInflateRaw(o) { return new InflateRaw(o); },
  createGzip(o) { return new Gzip(o); },
  createGunzip(o) { return new Gunzip(o); },
  createUnzip(o) { return new Unzip(o); },
});
stub.fns(module.exports, 'zlib', ['createBrotliCompress', 'createBrotliDecompress']);

Object.defineProperties(module.exports, {
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  codes: { value: codes, writable: false, enumerable: true, configurable: false },
});
// The legacy top-level copies of the zlib (not brotli) constants.
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, { value: constants[key], writable: false, enumerable: false, configurable: false });
}
