'use strict';
// Stream highWaterMark defaults and the option parser shared by Readable and Writable state.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('node/internal/errors');
const { validateInteger } = require('node/internal/validators');

let defaultBytes = 16 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// options.highWaterMark wins; a Duplex may give a per-side key instead.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = null;
  if (options.highWaterMark != null) hwm = options.highWaterMark;
  else if (isDuplex) hwm = options[duplexKey];
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      throw new ERR_INVALID_ARG_VALUE(isDuplex ? `options.${duplexKey}` : 'options.highWaterMark', hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
