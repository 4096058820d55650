'use strict';
// node:stream — the legacy Stream constructor, with the stream classes and helpers
// (pipeline, finished, compose, ...) attached as properties.

const { Stream } = require('node/internal/streams/legacy');
const utils = require('node/internal/streams/utils');
const { Buffer } = require('buffer');

const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

const Readable = require('node/internal/streams/readable');
Stream.Readable = Readable;
Readable.isDisturbed = utils.isDisturbed;
Stream.Writable = require('node/internal/streams/writable');
Stream.Duplex = require('node/internal/streams/duplex');
Stream.Transform = require('node/internal/streams/transform');
Stream.PassThrough = require('node/internal/streams/passthrough');

// The rest load on first use.
function lazy(name, load) {
  let value;
  let loaded = false;
  Object.defineProperty(Stream, name, {
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(v) {
      value = v;
      loaded = true;
    },
    enumerable: true,
    configurable: true,
  });
}

lazy('duplexPair', () => require('node/internal/streams/duplexpair'));
lazy('pipeline', () => {
  const { pipeline } = require('node/internal/streams/pipeline');
  Object.defineProperty(pipeline, promisifyCustom, {
    enumerable: true,
    get() { return require('stream/promises').pipeline; },
  });
  return pipeline;
});
lazy('addAbortSignal', () => require('node/internal/streams/add-abort-signal').addAbortSignal);
lazy('finished', () => {
  const eos = require('node/internal/streams/end-of-stream');
  Object.defineProperty(eos, promisifyCustom, {
    enumerable: true,
    get() { return require('stream/promises').finished; },
  });
  return eos;
});
lazy('destroy', () => require('node/internal/streams/destroy').destroyer);
lazy('compose', () => require('node/internal/streams/compose').compose);
Stream.setDefaultHighWaterMark = require('node/internal/streams/state').setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = require('node/internal/streams/state').getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('stream/promises'); },
});

// Backwards-compatible self reference: require('stream').Stream === require('stream').
Stream.Stream = Stream;

Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = utils.isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

module.exports = Stream;
