'use strict';
// node:stream/web: the WHATWG streams (internals in lib/node/internal/webstreams/); zlib loads
// only when a compression stream is made.

const readable = require('node/internal/webstreams/readable');
const writable = require('node/internal/webstreams/writable');
const transform = require('node/internal/webstreams/transform');
const strategies = require('node/internal/webstreams/strategies');
const encoding = require('node/internal/webstreams/encoding');

module.exports = {
  ReadableStream: readable.ReadableStream,
  ReadableStreamDefaultReader: readable.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: readable.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: readable.ReadableStreamBYOBRequest,
  ReadableByteStreamController: readable.ReadableByteStreamController,
  ReadableStreamDefaultController: readable.ReadableStreamDefaultController,
  TransformStream: transform.TransformStream,
  TransformStreamDefaultController: transform.TransformStreamDefaultController,
  WritableStream: writable.WritableStream,
  WritableStreamDefaultWriter: writable.WritableStreamDefaultWriter,
  WritableStreamDefaultController: writable.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: strategies.ByteLengthQueuingStrategy,
  CountQueuingStrategy: strategies.CountQueuingStrategy,
  TextEncoderStream: encoding.TextEncoderStream,
  TextDecoderStream: encoding.TextDecoderStream,
  CompressionStream: encoding.CompressionStream,
  DecompressionStream: encoding.DecompressionStream,
};

