'use strict';
// pipeline(): connects sources, transforms (streams or async generator functions) and a
// destination, forwards errors, and destroys every stage on failure.

const process = require('process');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS,
    ERR_STREAM_DESTROYED, ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('node/internal/errors');
const { validateFunction, validateAbortSignal } = require('node/internal/validators');
const u = require('node/internal/streams/shared');
const teardown = require('node/internal/streams/destroy');
const { finished } = require('node/internal/streams/finished');

function stageCloser(stream, reading, writing) {
  let done = false;
  stream.on('close', () => { done = true; });
  const cleanup = finished(stream, { readable: reading, writable: writing }, (err) => { done = !err; });
  return {
    destroy(err) {
      if (done) return;
      done = true;
      teardown.destroyer(stream, err || new ERR_STREAM_DESTROYED('pipe'));
    },
    cleanup,
  };
}

function asAsyncIterable(val) {
  if (u.isIterable(val)) return val;
  if (u.isReadableNodeStream(val)) return readAll(val);
  throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

async function* readAll(stream) {
  const Readable = require('node/internal/streams/readable');
  yield* Readable.prototype[Symbol.asyncIterator].call(stream);
}

async function pumpInto(iterable, writable, finish, { end }) {
  let failure;
  let waiting = null;
  const wakeUp = (err) => {
    if (err) failure = err;
    if (waiting) {
      const fn = waiting;
      waiting = null;
      fn();
    }
  };
  const whenReady = () => new Promise((resolve, reject) => {
    if (failure) reject(failure);
    else waiting = () => { if (failure) reject(failure); else resolve(); };
  });
  writable.on('drain', wakeUp);
  const stop = finished(writable, { readable: false }, wakeUp);
  try {
    if (writable.writableNeedDrain) await whenReady();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await whenReady();
    }
    if (end) {
      writable.end();
      await whenReady();
    }
    finish();
  } catch (err) {
    finish(failure !== err ? teardown.combine(failure, err) : err);
  } finally {
    stop();
    writable.off('drain', wakeUp);
  }
}

function connect(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) finish(new ERR_STREAM_PREMATURE_CLOSE());
  });
  src.pipe(dst, { end: false });
  if (end) {
    const endDst = () => {
      ended = true;
      dst.end();
    };
    if (u.isReadableFinished(src)) process.nextTick(endDst);
    else src.once('end', endDst);
    finished(src, { readable: true, writable: false }, (err) => {
      const r = src._readableState;
      if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && r && r.ended && !r.errored && !r.errorEmitted) {
        src.once('end', endDst).once('error', finish);
      } else {
        finish(err);
      }
    });
    return finished(dst, { readable: false, writable: true }, finish);
  }
  return finished(src, { readable: true, writable: false }, finish);
}

function pipeline(...streams) {
  const last = streams[streams.length - 1];
  validateFunction(last, 'streams[stream.length - 1]');
  streams.pop();
  let called = false;
  const callback = (...args) => {
    if (called) return;
    called = true;
    last(...args);
  };
  return runPipeline(streams, callback);
}

function runPipeline(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw new ERR_MISSING_ARGS('streams');

  const { AbortController } = require('node/internal/abort_controller');
  const controller = new AbortController();
  const signal = controller.signal;
  const outerSignal = opts && opts.signal;
  validateAbortSignal(outerSignal, 'options.signal');

  const onOuterAbort = () => { settle(new AbortError(undefined, { cause: outerSignal.reason })); };
  let outerHandle = null;
  if (outerSignal) outerHandle = require('events').addAbortListener(outerSignal, onOuterAbort);

  const tailCleanups = [];
  const destroyers = [];
  let error;
  let result;
  let pending = 0;

  function stepDone(err) { settle(err, --pending === 0); }

  function settle(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroyers.length) destroyers.shift()(error);
    if (outerHandle) {
      outerHandle[Symbol.dispose]();
      outerHandle = null;
    }
    controller.abort();
    if (final) {
      if (!error) for (const fn of tailCleanups) fn();
      process.nextTick(callback, error, result);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const isLast = !reading;
    const end = reading || !opts || opts.end !== false;

    if (u.isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } = stageCloser(stream, reading, writing);
        destroyers.push(destroy);
        if (u.isReadable(stream) && isLast) tailCleanups.push(cleanup);
      }
      const onError = (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') stepDone(err);
      };
      stream.on('error', onError);
      if (u.isReadable(stream) && isLast) tailCleanups.push(() => { stream.removeListener('error', onError); });
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!u.isIterable(ret)) throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', ret);
      } else if (u.isIterable(stream) || u.isReadableNodeStream(stream)) {
        ret = stream;
      } else if (u.isWebStream(stream)) {
        ret = require('node/internal/webstreams/interop').pipelineSource(stream);
      } else {
        ret = require('node/internal/streams/duplex').Duplex.from(stream);
      }
    } else if (typeof stream === 'function') {
      ret = stream(asAsyncIterable(ret), { signal });
      if (reading) {
        if (!u.isIterable(ret, true)) throw new ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${i - 1}]`, ret);
      } else {
        const { PassThrough } = require('node/internal/streams/duplex');
        const pt = new PassThrough({ objectMode: true });
        const then = ret && ret.then;
        if (typeof then === 'function') {
          pending++;
          then.call(ret, (val) => {
            result = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            process.nextTick(stepDone);
          }, (err) => {
            pt.destroy(err);
            process.nextTick(stepDone, err);
          });
        } else if (u.isIterable(ret, true)) {
          pending++;
          pumpInto(ret, pt, stepDone, { end });
        } else if (u.isWebStream(ret)) {
          throw require('node/internal/errors').notImplemented('stream.pipeline with web streams');
        } else {
          throw new ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', ret);
        }
        ret = pt;
        const { destroy, cleanup } = stageCloser(ret, false, true);
        destroyers.push(destroy);
        if (isLast) tailCleanups.push(cleanup);
      }
    } else if (u.isNodeStream(stream)) {
      if (u.isReadableNodeStream(ret)) {
        pending += end ? 2 : 1;
        const cleanup = connect(ret, stream, stepDone, { end });
        if (u.isReadable(stream) && isLast) tailCleanups.push(cleanup);
      } else if (u.isIterable(ret)) {
        // Iterables, including a web ReadableStream.
        pending++;
        pumpInto(ret, stream, stepDone, { end });
      } else {
        throw new ERR_INVALID_ARG_TYPE('val',
          ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else if (u.isWebStream(stream)) {
      const web = require('node/internal/webstreams/interop');
      pending++;
      web.pipeIntoWeb(ret, u.isTransformStream(stream) ? stream.writable : stream, end, stepDone);
      destroyers.push((err) => { if (err) web.destroyWeb(stream, err); });
      ret = u.isTransformStream(stream) ? stream.readable : stream;
    } else {
      ret = require('node/internal/streams/duplex').Duplex.from(stream);
    }
  }

  if ((signal && signal.aborted) || (outerSignal && outerSignal.aborted)) process.nextTick(onOuterAbort);
  return ret;
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const lastArg = streams[streams.length - 1];
    if (lastArg && typeof lastArg === 'object' && !u.isNodeStream(lastArg) && !u.isIterable(lastArg) &&
        !u.isWebStream(lastArg)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }
    runPipeline(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, { signal, end });
  });
}

module.exports = { pipeline, runPipeline, pipelinePromise };
