'use strict';
// node:stream helpers applied to web streams: finished() and addAbortSignal() on a
// ReadableStream or WritableStream.

const process = require('process');
const { AbortError } = require('node/internal/errors');

function settled(stream) {
  const R = require('node/internal/webstreams/readable');
  if (R.isReadableStream(stream)) return R.readableSettled(stream);
  return require('node/internal/webstreams/writable').writableSettled(stream);
}

// Calls cb(err) once: when the stream closes (no error), errors, or opts.signal aborts.
function finishedWeb(stream, opts, cb) {
  const signal = opts.signal;
  let done = false;
  let onAbort;
  const cleanup = () => {
    if (signal !== undefined && onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  };
  const report = (err) => {
    if (done) return;
    done = true;
    cleanup();
    if (err === undefined) Reflect.apply(cb, stream, []); else Reflect.apply(cb, stream, [err]);
  };
  if (signal !== undefined) {
    const abortError = () => new AbortError(undefined, { cause: signal.reason });
    if (signal.aborted) {
      process.nextTick(() => report(abortError()));
      return cleanup;
    }
    onAbort = () => report(abortError());
    signal.addEventListener('abort', onAbort);
  }
  settled(stream).then(() => process.nextTick(report), (err) => process.nextTick(report, err ?? null));
  return cleanup;
}

// Errors the stream's controller with an AbortError when the signal aborts.
function abortSignalWeb(signal, stream) {
  const R = require('node/internal/webstreams/readable');
  const W = require('node/internal/webstreams/writable');
  if (!R.isReadableStream(stream) && !W.isWritableStream(stream)) {
    throw require('node/internal/errors').notImplemented('addAbortSignal with a TransformStream');
  }
  const onAbort = () => {
    const err = new AbortError(undefined, { cause: signal.reason });
    if (R.isReadableStream(stream)) {
      R.readableErrorController(stream, err);
    } else {
      W.controllerErrorIfNeeded(W.streamState(stream).controller, err);
    }
  };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    const drop = () => signal.removeEventListener('abort', onAbort);
    settled(stream).then(drop, drop);
  }
  return stream;
}

// stream.pipeline() stages that are web streams. A web source is read as an async iterable;
// a WritableStream (or a TransformStream's writable side) is fed from the previous stage.
function pipelineSource(stream) {
  const T = require('node/internal/webstreams/transform');
  return T.isTransformStream(stream) ? stream.readable : stream;
}

function pipeIntoWeb(source, writable, end, done) {
  const R = require('node/internal/webstreams/readable');
  if (R.isReadableStream(source)) {
    source.pipeTo(writable, { preventClose: !end }).then(() => done(), done);
    return;
  }
  const writer = writable.getWriter();
  (async () => {
    try {
      for await (const chunk of source) {
        await writer.ready;
        writer.write(chunk).then(undefined, () => {});
      }
      if (end) await writer.close();
      else writer.releaseLock();
      done();
    } catch (err) {
      writer.abort(err).then(undefined, () => {});
      done(err);
    }
  })();
}

// Tears a web stage down when the pipeline fails elsewhere.
function destroyWeb(stream, err) {
  const R = require('node/internal/webstreams/readable');
  const W = require('node/internal/webstreams/writable');
  const T = require('node/internal/webstreams/transform');
  if (T.isTransformStream(stream)) {
    destroyWeb(stream.readable, err);
    destroyWeb(stream.writable, err);
  } else if (R.isReadableStream(stream)) {
    if (R.streamState(stream).state === 'readable') R.readableErrorController(stream, err);
  } else if (W.isWritableStream(stream)) {
    W.controllerErrorIfNeeded(W.streamState(stream).controller, err);
  }
}

// A node stream standing for a web stream (compose(), Duplex.from()): readable, writable or
// duplex (TransformStream or {readable, writable} pair).
function toNodeStream(stream, options = {}) {
  const R = require('node/internal/webstreams/readable');
  const W = require('node/internal/webstreams/writable');
  const adapters = require('node/internal/webstreams/adapters');
  if (R.isReadableStream(stream)) return adapters.readableFromWeb(stream, options);
  if (W.isWritableStream(stream)) return adapters.writableFromWeb(stream, options);
  return adapters.duplexFromWeb(stream, options);
}

module.exports = { finishedWeb, abortSignalWeb, pipelineSource, pipeIntoWeb, destroyWeb, toNodeStream };
