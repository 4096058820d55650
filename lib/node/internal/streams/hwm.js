'use strict';
// High-water-mark defaults and option parsing shared by Readable and Writable.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('node/internal/errors');

let bytesDefault = 16 * 1024;
let objectsDefault = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? objectsDefault : bytesDefault;
}

function setDefaultHighWaterMark(objectMode, value) {
  require('node/internal/validators').validateInteger(value, 'value', 0);
  if (objectMode) objectsDefault = value;
  else bytesDefault = value;
}

// Reads highWaterMark (or the side-specific key for duplexes) from options.
function pickHighWaterMark(options, sideKey, isDuplex, objectMode) {
  let value = options ? options.highWaterMark : undefined;
  let label = 'options.highWaterMark';
  if (value == null && isDuplex && options) {
    value = options[sideKey];
    label = `options.${sideKey}`;
  }
  if (value == null) return objectMode ? objectsDefault : bytesDefault;
  if (!Number.isInteger(value) || value < 0) throw new ERR_INVALID_ARG_VALUE(label, value);
  return Math.floor(value);
}

module.exports = { getDefaultHighWaterMark, setDefaultHighWaterMark, pickHighWaterMark };
