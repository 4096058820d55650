'use strict';
// WHATWG WritableStream, its default writer and default controller.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR },
} = require('node/internal/errors');
const u = require('node/internal/webstreams/util');
const { kState, isType, brand, customInspect, noop, markHandled, upon, promiseCall, invalidState } = u;

// A deferred promise that remembers whether it settled (ready/closed get replaced once settled).
function deferred() {
  const d = u.deferred();
  const { resolve, reject } = d;
  d.settled = false;
  d.resolve = (v) => { d.settled = true; resolve(v); };
  d.reject = (e) => { d.settled = true; reject(e); };
  return d;
}

const kIllegal = Symbol('kIllegal');
const kCloseSentinel = Symbol('kCloseSentinel');

function isWritableStream(v) { return isType(v, 'WritableStream'); }
function isWriter(v) { return isType(v, 'WritableStreamDefaultWriter'); }
function isController(v) { return isType(v, 'WritableStreamDefaultController'); }

class WritableStream {
  constructor(sink = undefined, strategy = {}) {
    brand(this, 'WritableStream');
    initStream(this);
    if (sink === kIllegal) return;
    if (sink === null) sink = undefined;
    if (sink !== undefined && typeof sink !== 'object' && typeof sink !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sink', 'object', sink);
    }
    u.validateStrategy(strategy);
    if (sink?.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', sink.type);
    const size = u.extractSizeAlgorithm(strategy);
    const hwm = u.extractHighWaterMark(strategy, 1);
    setupControllerFromSink(this, sink, hwm, size);
  }

  get locked() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return isLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStream'));
    if (isLocked(this)) return Promise.reject(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStream'));
    if (isLocked(this)) return Promise.reject(invalidState('WritableStream is locked'));
    if (closeQueuedOrInFlight(this)) return Promise.reject(invalidState('Failure closing WritableStream'));
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [customInspect](depth, options, inspect) {
    return u.inspectFields(this, 'WritableStream', {
      locked: isLocked(this), state: this[kState].state,
    }, depth, options, inspect);
  }
}
Object.defineProperty(WritableStream.prototype, Symbol.toStringTag, { value: 'WritableStream', configurable: true });

function initStream(stream) {
  stream[kState] = {
    state: 'writable', storedError: undefined, writer: undefined, controller: undefined,
    inFlightWriteRequest: undefined, closeRequest: undefined, inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined, writeRequests: new u.Queue(), backpressure: false, waiters: null,
  };
}

function isLocked(stream) {
  return stream[kState].writer !== undefined;
}

function createWritableStream(start, write, close, abort, hwm = 1, size = () => 1) {
  const stream = new WritableStream(kIllegal);
  const controller = new WritableStreamDefaultController(kIllegal);
  setupController(stream, controller, start, write, close, abort, hwm, size);
  return stream;
}

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  s.controller[kState].abortController.abort(reason);
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.d.promise;
  let wasAlreadyErroring = false;
  if (s.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const d = deferred();
  s.pendingAbortRequest = { d, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return d.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  const d = deferred();
  s.closeRequest = d;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && s.state === 'writable') writer[kState].ready.resolve();
  const c = s.controller[kState];
  u.enqueueValueWithSize(c, kCloseSentinel, 0);
  advanceQueueIfNeeded(s.controller);
  return d.promise;
}

function dealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function startErroring(stream, reason) {
  const s = stream[kState];
  s.state = 'erroring';
  s.storedError = reason;
  if (s.writer !== undefined) writerEnsureReadyPromiseRejected(s.writer, reason);
  if (!hasOperationMarkedInFlight(stream) && s.controller[kState].started) finishErroring(stream);
}

// Deferreds of stream.finished(), settled when the stream closes or ends errored.
function settleWaiters(s) {
  const list = s.waiters;
  if (list === null) return;
  s.waiters = null;
  for (const d of list) {
    if (s.state === 'closed') d.resolve(); else d.reject(s.storedError);
  }
}

function writableSettled(stream) {
  const s = stream[kState];
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  const d = u.deferred();
  (s.waiters ??= []).push(d);
  return d.promise;
}

function finishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  settleWaiters(s);
  u.resetQueue(s.controller[kState]);
  const err = s.storedError;
  const requests = s.writeRequests;
  s.writeRequests = new u.Queue();
  for (const d of requests) d.reject(err);
  const abortRequest = s.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.d.reject(err);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const c = s.controller[kState];
  const p = c.abort(abortRequest.reason);
  clearAlgorithms(s.controller);
  upon(p, () => {
    abortRequest.d.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.d.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function finishInFlightWrite(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest.resolve();
  s.inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  const s = stream[kState];
  s.inFlightWriteRequest.reject(error);
  s.inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve();
  s.inFlightCloseRequest = undefined;
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.d.resolve();
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  settleWaiters(s);
  if (s.writer !== undefined) s.writer[kState].closed.resolve();
}

function finishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest !== undefined) {
    s.pendingAbortRequest.d.reject(error);
    s.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function closeQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  const writer = s.writer;
  if (writer !== undefined) {
    writer[kState].closed.reject(s.storedError);
    markHandled(writer[kState].closed.promise);
  }
}

function updateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    if (backpressure) writer[kState].ready = deferred();
    else writer[kState].ready.resolve();
  }
  s.backpressure = backpressure;
}

// ---------------------------------------------------------------- writer

class WritableStreamDefaultWriter {
  constructor(stream) {
    brand(this, 'WritableStreamDefaultWriter');
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    if (isLocked(stream)) throw invalidState('WritableStream is locked');
    const w = { stream, ready: deferred(), closed: deferred() };
    this[kState] = w;
    const s = stream[kState];
    s.writer = this;
    if (s.state === 'writable') {
      if (closeQueuedOrInFlight(stream) || !s.backpressure) w.ready.resolve();
    } else if (s.state === 'erroring') {
      w.ready.reject(s.storedError);
      markHandled(w.ready.promise);
    } else if (s.state === 'closed') {
      w.ready.resolve();
      w.closed.resolve();
    } else {
      w.ready.reject(s.storedError);
      markHandled(w.ready.promise);
      w.closed.reject(s.storedError);
      markHandled(w.closed.promise);
    }
  }

  get closed() {
    if (!isWriter(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return this[kState].closed.promise;
  }

  get desiredSize() {
    if (!isWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return writerGetDesiredSize(this);
  }

  get ready() {
    if (!isWriter(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWriter(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    if (!isWriter(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    if (closeQueuedOrInFlight(stream)) return Promise.reject(invalidState('Failure to close WritableStream'));
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    if (!isWriter(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writerWrite(this, chunk);
  }

  [customInspect](depth, options, inspect) {
    const w = this[kState];
    return u.inspectFields(this, 'WritableStreamDefaultWriter', {
      stream: w.stream, close: w.closed.promise, ready: w.ready.promise,
      desiredSize: w.stream === undefined ? undefined : writerGetDesiredSize(this),
    }, depth, options, inspect);
  }
}
Object.defineProperty(WritableStreamDefaultWriter.prototype, Symbol.toStringTag, {
  value: 'WritableStreamDefaultWriter', configurable: true,
});

function acquireWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function writerGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const st = stream[kState].state;
  if (st === 'errored' || st === 'erroring') return null;
  if (st === 'closed') return 0;
  const c = stream[kState].controller[kState];
  return c.hwm - c.queueTotalSize;
}

function writerEnsureReadyPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.ready.settled) w.ready = deferred();
  w.ready.reject(error);
  w.ready.settled = true;
  markHandled(w.ready.promise);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.closed.settled) w.closed = deferred();
  w.closed.reject(error);
  w.closed.settled = true;
  markHandled(w.closed.promise);
}

function writerRelease(writer) {
  const stream = writer[kState].stream;
  const err = invalidState('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, err);
  writerEnsureClosedPromiseRejected(writer, err);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const size = getChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
  }
  const s = stream[kState];
  if (s.state === 'errored') return Promise.reject(s.storedError);
  if (closeQueuedOrInFlight(stream) || s.state === 'closed') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  if (s.state === 'erroring') return Promise.reject(s.storedError);
  const d = deferred();
  s.writeRequests.push(d);
  controllerWrite(controller, chunk, size);
  return d.promise;
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  if (closeQueuedOrInFlight(stream) || s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  return writableStreamClose(stream);
}

// ---------------------------------------------------------------- controller

class WritableStreamDefaultController {
  constructor(token = undefined) {
    if (token !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    brand(this, 'WritableStreamDefaultController');
  }

  get signal() {
    if (!isController(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(e = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    controllerError(this, e);
  }

  [customInspect](depth, options, inspect) {
    return u.inspectFields(this, 'WritableStreamDefaultController', {
      stream: this[kState].stream,
    }, depth, options, inspect);
  }
}
Object.defineProperty(WritableStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'WritableStreamDefaultController', configurable: true,
});

function setupControllerFromSink(stream, sink, hwm, size) {
  const controller = new WritableStreamDefaultController(kIllegal);
  const start = u.method(sink, 'start', 'sink');
  const write = u.method(sink, 'write', 'sink');
  const close = u.method(sink, 'close', 'sink');
  const abort = u.method(sink, 'abort', 'sink');
  setupController(stream, controller,
    start ? () => Reflect.apply(start, sink, [controller]) : noop,
    write ? (chunk) => promiseCall(write, sink, chunk, controller) : () => Promise.resolve(),
    close ? () => promiseCall(close, sink) : () => Promise.resolve(),
    abort ? (reason) => promiseCall(abort, sink, reason) : () => Promise.resolve(),
    hwm, size);
}

function setupController(stream, controller, start, write, close, abort, hwm, size) {
  const { AbortController } = require('node/internal/abort_controller');
  const c = {
    stream, queue: new u.Queue(), queueTotalSize: 0, started: false, hwm, size, write, close, abort,
    abortController: new AbortController(),
  };
  controller[kState] = c;
  stream[kState].controller = controller;
  updateBackpressure(stream, getBackpressure(controller));
  const startResult = start();
  upon(Promise.resolve(startResult), () => {
    c.started = true;
    advanceQueueIfNeeded(controller);
  }, (r) => {
    c.started = true;
    dealWithRejection(stream, r);
  });
}

function clearAlgorithms(controller) {
  const c = controller[kState];
  c.write = () => Promise.resolve();
  c.close = () => Promise.resolve();
  c.abort = () => Promise.resolve();
  c.size = () => 1;
}

function getChunkSize(controller, chunk) {
  const c = controller[kState];
  try {
    return c.size(chunk);
  } catch (err) {
    errorIfNeeded(controller, err);
    return 1;
  }
}

function getDesiredSize(controller) {
  const c = controller[kState];
  return c.hwm - c.queueTotalSize;
}

function getBackpressure(controller) {
  return getDesiredSize(controller) <= 0;
}

function controllerWrite(controller, chunk, size) {
  const c = controller[kState];
  try {
    u.enqueueValueWithSize(c, chunk, size);
  } catch (err) {
    errorIfNeeded(controller, err);
    return;
  }
  const stream = c.stream;
  if (!closeQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    updateBackpressure(stream, getBackpressure(controller));
  }
  advanceQueueIfNeeded(controller);
}

function advanceQueueIfNeeded(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!c.started) return;
  const s = stream[kState];
  if (s.inFlightWriteRequest !== undefined) return;
  if (s.state === 'closed' || s.state === 'errored') return;
  if (s.state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = u.peekQueueValue(c);
  if (value === kCloseSentinel) processClose(controller);
  else processWrite(controller, value);
}

function processClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
  u.dequeueValue(c);
  const p = c.close();
  clearAlgorithms(controller);
  upon(p, () => finishInFlightClose(stream), (r) => finishInFlightCloseWithError(stream, r));
}

function processWrite(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
  upon(c.write(chunk), () => {
    finishInFlightWrite(stream);
    u.dequeueValue(c);
    if (!closeQueuedOrInFlight(stream) && s.state === 'writable') {
      updateBackpressure(stream, getBackpressure(controller));
    }
    advanceQueueIfNeeded(controller);
  }, (reason) => {
    if (s.state === 'writable') clearAlgorithms(controller);
    finishInFlightWriteWithError(stream, reason);
  });
}

function errorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') controllerError(controller, error);
}

function controllerError(controller, error) {
  clearAlgorithms(controller);
  startErroring(controller[kState].stream, error);
}

u.exposeMembers(WritableStream, ['locked', 'abort', 'close', 'getWriter']);
u.exposeMembers(WritableStreamDefaultWriter, ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);
u.exposeMembers(WritableStreamDefaultController, ['signal', 'error']);

module.exports = {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
  isWritableStream, isLocked, createWritableStream, writableStreamAbort, writableStreamClose,
  closeQueuedOrInFlight, acquireWriter, writerRelease, writerWrite, writerCloseWithErrorPropagation,
  writerGetDesiredSize, controllerErrorIfNeeded: errorIfNeeded, controllerError,
  streamState: (s) => s[kState], kCloseSentinel, writableSettled,
};

