'use strict';
// node:zlib — constants, codes and crc32 are real; compression and decompression are not
// implemented yet.

const stub = require('node/internal/stub');
const { constants } = require('node/internal/zlib_constants');
const { ERR_INVALID_ARG_TYPE } = require('node/internal/errors').codes;
const { validateUint32 } = require('node/internal/validators');

let crcTable;
function crc32(data, value = 0) {
  if (typeof data === 'string') {
    data = binding.utf8Encode(data);
  } else if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  validateUint32(value, 'value');
  if (crcTable === undefined) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let crc = ~value;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

const codes = {};
for (const name of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR',
  'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  codes[name] = constants[name];
  codes[constants[name]] = name;
}
Object.freeze(codes);

const { Transform } = require('stream');
const cls = (name) => stub.cls(`zlib.${name}`, name, Transform);

module.exports = {
  crc32,
  Deflate: cls('Deflate'),
  Inflate: cls('Inflate'),
  Gzip: cls('Gzip'),
  Gunzip: cls('Gunzip'),
  DeflateRaw: cls('DeflateRaw'),
  InflateRaw: cls('InflateRaw'),
  Unzip: cls('Unzip'),
  BrotliCompress: cls('BrotliCompress'),
  BrotliDecompress: cls('BrotliDecompress'),
};
stub.fns(module.exports, 'zlib', [
  'deflate', 'deflateSync', 'gzip', 'gzipSync', 'deflateRaw', 'deflateRawSync', 'unzip', 'unzipSync',
  'inflate', 'inflateSync', 'gunzip', 'gunzipSync', 'inflateRaw', 'inflateRawSync', 'brotliCompress',
  'brotliCompressSync', 'brotliDecompress', 'brotliDecompressSync', 'createDeflate', 'createInflate',
  'createDeflateRaw', 'createInflateRaw', 'createGzip', 'createGunzip', 'createUnzip',
  'createBrotliCompress', 'createBrotliDecompress',
]);

Object.defineProperties(module.exports, {
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  codes: { value: codes, writable: false, enumerable: true, configurable: false },
});
// The legacy top-level copies of the zlib (not brotli) constants.
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, { value: constants[key], writable: false, enumerable: false, configurable: false });
}
