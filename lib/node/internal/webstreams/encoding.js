'use strict';
// TextEncoderStream, TextDecoderStream, CompressionStream and DecompressionStream: each a
// readable/writable pair over an inner TransformStream.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS },
} = require('node/internal/errors');
const { customInspect, inspectFields } = require('node/internal/webstreams/util');
const { TransformStream } = require('node/internal/webstreams/transform');

function check(self, slot, name) {
  if (self === null || typeof self !== 'object' || !slot.has(self)) throw new ERR_INVALID_THIS(name);
  return slot.get(self);
}

const encoders = new WeakMap();

class TextEncoderStream {
  constructor() {
    let pending = '';
    const ts = new TransformStream({
      transform(chunk, controller) {
        let s = pending + `${chunk}`;
        pending = '';
        if (s.length === 0) return;
        const last = s.charCodeAt(s.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pending = s[s.length - 1];
          s = s.slice(0, -1);
          if (s.length === 0) return;
        }
        controller.enqueue(binding.utf8Encode(s));
      },
      flush(controller) {
        if (pending !== '') controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
    encoders.set(this, ts);
  }

  get encoding() {
    check(this, encoders, 'TextEncoderStream');
    return 'utf-8';
  }

  get readable() { return check(this, encoders, 'TextEncoderStream').readable; }

  get writable() { return check(this, encoders, 'TextEncoderStream').writable; }

  [customInspect](depth, options, inspect) {
    const ts = check(this, encoders, 'TextEncoderStream');
    return inspectFields(this, 'TextEncoderStream', {
      encoding: 'utf-8', readable: ts.readable, writable: ts.writable,
    }, depth, options, inspect);
  }
}

const decoders = new WeakMap();

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const { TextDecoder } = require('node/internal/encoding');
    const decoder = new TextDecoder(encoding, options);
    const ts = new TransformStream({
      transform(chunk, controller) {
        const s = decoder.decode(chunk, { stream: true });
        if (s) controller.enqueue(s);
      },
      flush(controller) {
        const s = decoder.decode();
        if (s) controller.enqueue(s);
      },
    });
    decoders.set(this, { ts, decoder });
  }

  get encoding() { return check(this, decoders, 'TextDecoderStream').decoder.encoding; }

  get fatal() { return check(this, decoders, 'TextDecoderStream').decoder.fatal; }

  get ignoreBOM() { return check(this, decoders, 'TextDecoderStream').decoder.ignoreBOM; }

  get readable() { return check(this, decoders, 'TextDecoderStream').ts.readable; }

  get writable() { return check(this, decoders, 'TextDecoderStream').ts.writable; }

  [customInspect](depth, options, inspect) {
    const { ts, decoder } = check(this, decoders, 'TextDecoderStream');
    return inspectFields(this, 'TextDecoderStream', {
      encoding: decoder.encoding, fatal: decoder.fatal, ignoreBOM: decoder.ignoreBOM,
      readable: ts.readable, writable: ts.writable,
    }, depth, options, inspect);
  }
}

// Runs chunks through a node:zlib stream; the zlib stream's output feeds the readable side.
function zlibTransform(zstream) {
  let controller;
  let flushDone;
  let failed;
  zstream.on('data', (chunk) => controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
  zstream.on('error', (err) => {
    failed = err;
    controller.error(err);
    if (flushDone) flushDone.reject(err);
  });
  zstream.on('end', () => { if (flushDone) flushDone.resolve(); });
  return new TransformStream({
    start(c) { controller = c; },
    transform(chunk) {
      if (failed) throw failed;
      const { Buffer } = require('buffer');
      let buf;
      if (typeof chunk === 'string') {
        buf = Buffer.from(chunk);
      } else if (chunk instanceof ArrayBuffer) {
        buf = Buffer.from(chunk);
      } else if (ArrayBuffer.isView(chunk)) {
        buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      } else {
        const { codes: { ERR_INVALID_ARG_TYPE } } = require('node/internal/errors');
        throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
      return new Promise((resolve, reject) => {
        zstream.write(buf, (err) => (err ? reject(err) : resolve()));
      });
    },
    flush() {
      if (failed) throw failed;
      flushDone = require('node/internal/webstreams/util').deferred();
      zstream.end();
      return flushDone.promise;
    },
    cancel() { zstream.destroy(); },
  });
}

function validateFormat(format) {
  if (format !== 'deflate' && format !== 'deflate-raw' && format !== 'gzip') {
    throw new ERR_INVALID_ARG_VALUE('format', format);
  }
}

const compressors = new WeakMap();

class CompressionStream {
  constructor(format) {
    validateFormat(format);
    const zlib = require('zlib');
    const z = format === 'gzip' ? zlib.createGzip() :
      format === 'deflate' ? zlib.createDeflate() : zlib.createDeflateRaw();
    compressors.set(this, zlibTransform(z));
  }

  get readable() { return check(this, compressors, 'CompressionStream').readable; }

  get writable() { return check(this, compressors, 'CompressionStream').writable; }

  [customInspect](depth, options, inspect) {
    const ts = check(this, compressors, 'CompressionStream');
    return inspectFields(this, 'CompressionStream', {
      readable: ts.readable, writable: ts.writable,
    }, depth, options, inspect);
  }
}

const decompressors = new WeakMap();

class DecompressionStream {
  constructor(format) {
    validateFormat(format);
    const zlib = require('zlib');
    const z = format === 'gzip' ? zlib.createGunzip() :
      format === 'deflate' ? zlib.createInflate() : zlib.createInflateRaw();
    decompressors.set(this, zlibTransform(z));
  }

  get readable() { return check(this, decompressors, 'DecompressionStream').readable; }

  get writable() { return check(this, decompressors, 'DecompressionStream').writable; }

  [customInspect](depth, options, inspect) {
    const ts = check(this, decompressors, 'DecompressionStream');
    return inspectFields(this, 'DecompressionStream', {
      readable: ts.readable, writable: ts.writable,
    }, depth, options, inspect);
  }
}

for (const C of [TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream]) {
  for (const name of Object.getOwnPropertyNames(C.prototype)) {
    if (name === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(C.prototype, name);
    d.enumerable = true;
    Object.defineProperty(C.prototype, name, d);
  }
}
// Node tags only the compression pair.
for (const C of [CompressionStream, DecompressionStream]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

module.exports = { TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream };
