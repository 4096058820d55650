'use strict';
// addAbortSignal(): destroys a target with an AbortError when the signal fires.

const process = require('process');
const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('node/internal/errors');
const { isNodeStream, isWebStream } = require('node/internal/streams/shared');

function addAbortSignal(signal, target) {
  require('node/internal/validators').validateAbortSignal(signal, 'signal');
  if (!isNodeStream(target) && !isWebStream(target)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], target);
  }
  return addAbortSignalNoValidate(signal, target);
}

function addAbortSignalNoValidate(signal, target) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return target;
  if (isWebStream(target)) return require('node/internal/webstreams/interop').abortSignalWeb(signal, target);
  const onAbort = () => {
    target.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    const { addAbortListener } = require('events');
    const handle = addAbortListener(signal, onAbort);
    require('node/internal/streams/finished').finished(target, () => { handle[Symbol.dispose](); });
  }
  return target;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
