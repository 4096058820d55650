'use strict';
// finished(target, [opts], userCb): one notification when a target is done or failed.

const process = require('process');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE },
} = require('node/internal/errors');
const {
  validateAbortSignal, validateFunction, validateObject, validateBoolean,
} = require('node/internal/validators');
const u = require('node/internal/streams/shared');

const noop = () => {};

function finished(target, opts, userCb) {
  if (arguments.length === 2) {
    userCb = opts;
    opts = {};
  } else if (opts == null) {
    opts = {};
  } else {
    validateObject(opts, 'options');
  }
  validateFunction(userCb, 'callback');
  validateAbortSignal(opts.signal, 'options.signal');

  if (u.isReadableStream(target) || u.isWritableStream(target)) {
    return require('node/internal/webstreams/interop').finishedWeb(target, opts, userCb);
  }
  if (!u.isNodeStream(target)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], target);
  }

  let report = userCb;
  let reported = false;
  const done = (err) => {
    if (reported) return;
    reported = true;
    const fn = report;
    if (err === undefined) fn.call(target);
    else fn.call(target, err);
  };

  const readable = opts.readable ?? u.isReadableNodeStream(target);
  const writable = opts.writable ?? u.isWritableNodeStream(target);
  const wst = target._writableState;
  const rst = target._readableState;

  let closeComing = u.willEmitClose(target) &&
    u.isReadableNodeStream(target) === readable && u.isWritableNodeStream(target) === writable;
  let writeDone = u.isWritableFinished(target, false);
  let readDone = u.isReadableFinished(target, false);
  let closed = u.isClosed(target);

  const onLegacyFinish = () => { if (!target.writable) onFinish(); };
  const onFinish = () => {
    writeDone = true;
    if (target.destroyed) closeComing = false;
    if (closeComing && (!target.readable || readable)) return;
    if (!readable || readDone) done();
  };
  const onEnd = () => {
    readDone = true;
    if (target.destroyed) closeComing = false;
    if (closeComing && (!target.writable || writable)) return;
    if (!writable || writeDone) done();
  };
  const onError = (err) => { done(err); };
  const errorOf = () => u.isWritableErrored(target) || u.isReadableErrored(target);
  const onClose = () => {
    closed = true;
    const err = errorOf();
    if (err && typeof err !== 'boolean') return done(err);
    if (readable && !readDone && u.isReadableNodeStream(target, true) && !u.isReadableFinished(target, false)) {
      return done(new ERR_STREAM_PREMATURE_CLOSE());
    }
    if (writable && !writeDone && !u.isWritableFinished(target, false)) {
      return done(new ERR_STREAM_PREMATURE_CLOSE());
    }
    done();
  };
  const onClosedAlready = () => {
    closed = true;
    const err = errorOf();
    if (err && typeof err !== 'boolean') return done(err);
    done();
  };
  const onRequest = () => { target.req.on('finish', onFinish); };

  // Writes still in flight will end in 'finish' (or an error) later: wait for that.
  const noPendingWrites = !wst || wst.pendingcb === undefined || wst.pendingcb === 0;
  const subs = [];
  const sub = (target, name, fn) => { target.on(name, fn); subs.push([target, name, fn]); };

  if (u.isRequest(target)) {
    sub(target, 'complete', onFinish);
    if (!closeComing) sub(target, 'abort', onClose);
    if (target.req) onRequest();
    else sub(target, 'request', onRequest);
  } else if (writable && !wst) {
    sub(target, 'end', onLegacyFinish);
    sub(target, 'close', onLegacyFinish);
  }
  if (!closeComing && typeof target.aborted === 'boolean') sub(target, 'aborted', onClose);
  sub(target, 'end', onEnd);
  sub(target, 'finish', onFinish);
  if (opts.error !== false) sub(target, 'error', onError);
  sub(target, 'close', onClose);

  if (closed) {
    process.nextTick(onClose);
  } else if ((wst && wst.errorEmitted) || (rst && rst.errorEmitted)) {
    if (!closeComing) process.nextTick(onClosedAlready);
  } else if (!readable && (!closeComing || u.isReadable(target)) && (writeDone || u.isWritable(target) === false) && noPendingWrites) {
    process.nextTick(onClosedAlready);
  } else if (!writable && (!closeComing || u.isWritable(target)) && (readDone || u.isReadable(target) === false)) {
    process.nextTick(onClosedAlready);
  } else if (rst && target.req && target.aborted) {
    process.nextTick(onClosedAlready);
  }

  const cleanup = () => {
    report = noop;
    for (const [target, name, fn] of subs) target.removeListener(name, fn);
    if (target.req) target.req.removeListener('finish', onFinish);
    subs.length = 0;
  };

  if (opts.signal && !closed) {
    const signal = opts.signal;
    const abort = () => {
      const fn = report;
      cleanup();
      fn.call(target, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      const handle = require('events').addAbortListener(signal, abort);
      const original = report;
      report = function(...args) {
        handle[Symbol.dispose]();
        original.apply(target, args);
      };
    }
  }
  return cleanup;
}

function finishedPromise(target, opts) {
  let autoCleanup = false;
  if (opts && opts.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const stop = finished(target, opts, (err) => {
      if (autoCleanup) stop();
      if (err) reject(err);
      else resolve();
    });
  });
}

module.exports = { finished, finishedPromise };
