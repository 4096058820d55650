'use strict';
// node:stream/web: the WHATWG streams arrive with fetch; until then each class throws
// ERR_NOT_IMPLEMENTED when constructed.

const { classes } = require('node/internal/stub');

module.exports = classes({}, 'stream/web', [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
  'ReadableByteStreamController', 'ReadableStreamDefaultController', 'TransformStream',
  'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
  'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream',
]);
