'use strict';
// addAbortSignal(signal, stream): destroys the stream with an AbortError when signal aborts.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('node/internal/errors');
const { isNodeStream, isWebStream, kControllerErrorFunction, isAbortSignal, addAbortListener } =
  require('node/internal/streams/utils');

function validateSignal(signal, name) {
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
}

function addAbortSignal(signal, stream) {
  validateSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = isNodeStream(stream) ?
    () => { stream.destroy(new AbortError(undefined, { cause: signal.reason })); } :
    () => { stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason })); };
  if (signal.aborted) {
    onAbort();
  } else {
    const remove = addAbortListener(signal, onAbort);
    require('node/internal/streams/end-of-stream')(stream, remove);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
