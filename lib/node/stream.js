'use strict';
// node:stream — Readable, Writable, Duplex, Transform, PassThrough and the helpers around them.
// Heavier pieces (pipeline, compose, operators, Readable.from) load on first use.

const { Stream } = require('node/internal/streams/legacy');
const shared = require('node/internal/streams/shared');
const hwm = require('node/internal/streams/hwm');
const Readable = require('node/internal/streams/readable');
const Writable = require('node/internal/streams/writable');
const { Duplex, Transform, PassThrough } = require('node/internal/streams/duplex');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('node/internal/errors');

// Operators: light stubs that load the implementation when first called.
const operatorSpecs = [
  ['asIndexedPairs', 1, true], ['drop', 1, true], ['filter', 2, true], ['flatMap', 2, true],
  ['map', 2, true], ['take', 1, true], ['compose', 2, 'direct'],
  ['every', 1, false], ['forEach', 2, false], ['reduce', 3, false], ['toArray', 1, false],
  ['some', 1, false], ['find', 2, false],
];
for (const [name, length, kind] of operatorSpecs) {
  const method = function(...args) {
    if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
    const ops = require('node/internal/streams/operators');
    if (kind === 'direct') return ops.compose.apply(this, args);
    if (kind) return Readable.from(ops.streamReturning[name].apply(this, args));
    return ops.promiseReturning[name].apply(this, args);
  };
  Object.defineProperty(method, 'name', { __proto__: null, value: name, configurable: true });
  Object.defineProperty(method, 'length', { __proto__: null, value: length, configurable: true });
  Object.defineProperty(Readable.prototype, name, {
    __proto__: null, value: method, writable: true, enumerable: false, configurable: true,
  });
}

const customPromisify = Symbol.for('nodejs.util.promisify.custom');

function pipeline(...streams) {
  return require('node/internal/streams/pipeline').pipeline(...streams);
}
Object.defineProperty(pipeline, customPromisify, {
  __proto__: null, enumerable: true, get() { return require('stream/promises').pipeline; },
});

function finished(stream, options, callback) {
  return require('node/internal/streams/finished').finished.apply(this, arguments);
}
Object.defineProperty(finished, customPromisify, {
  __proto__: null, enumerable: true, get() { return require('stream/promises').finished; },
});

function addAbortSignal(signal, stream) {
  return require('node/internal/streams/signal').addAbortSignal(signal, stream);
}

function compose(...streams) {
  return require('node/internal/streams/compose').compose(...streams);
}

function duplexPair(options) {
  return require('node/internal/streams/duplex-pair').duplexPair(options);
}

function destroy(stream, err) {
  return require('node/internal/streams/destroy').destroyer(stream, err);
}

Stream.isDestroyed = shared.isDestroyed;
Stream.isDisturbed = shared.isDisturbed;
Stream.isErrored = shared.isErrored;
Stream.isReadable = shared.isReadable;
Stream.isWritable = shared.isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = duplexPair;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = finished;
Stream.destroy = destroy;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = hwm.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = hwm.getDefaultHighWaterMark;
Object.defineProperty(Stream, 'promises', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return require('stream/promises'); },
});
Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = shared.isUint8Array;
Stream._uint8ArrayToBuffer = shared.asBuffer;

module.exports = Stream;
