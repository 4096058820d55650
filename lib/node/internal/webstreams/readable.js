'use strict';
// WHATWG ReadableStream: the stream, its default and BYOB readers, the default and byte
// controllers, tee, pipeTo/pipeThrough, async iteration and ReadableStream.from.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR, ERR_ARG_NOT_ITERABLE },
} = require('node/internal/errors');
const u = require('node/internal/webstreams/util');
const { kState, isType, brand, customInspect, noop, deferred, markHandled, upon, promiseCall, invalidState } = u;

let writableLib;
function W() {
  if (writableLib === undefined) writableLib = require('node/internal/webstreams/writable');
  return writableLib;
}

const kIllegal = Symbol('kIllegal');

function isReadableStream(v) { return isType(v, 'ReadableStream'); }
function isDefaultReader(v) { return isType(v, 'ReadableStreamDefaultReader'); }
function isBYOBReader(v) { return isType(v, 'ReadableStreamBYOBReader'); }
function isDefaultController(v) { return isType(v, 'ReadableStreamDefaultController'); }
function isByteController(v) { return isType(v, 'ReadableByteStreamController'); }
function isBYOBRequest(v) { return isType(v, 'ReadableStreamBYOBRequest'); }


// ---------------------------------------------------------------- ReadableStream

class ReadableStream {
  constructor(source = undefined, strategy = {}) {
    brand(this, 'ReadableStream');
    if (source === kIllegal) {
      initStream(this);
      return;
    }
    if (source === null) source = undefined;
    if (source !== undefined && typeof source !== 'object' && typeof source !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('source', 'object', source);
    }
    u.validateStrategy(strategy);
    initStream(this);
    const type = source?.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy?.size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      const hwm = u.extractHighWaterMark(strategy, 0);
      setupByteControllerFromSource(this, source, hwm);
    } else if (type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    } else {
      const size = u.extractSizeAlgorithm(strategy);
      const hwm = u.extractHighWaterMark(strategy, 1);
      setupDefaultControllerFromSource(this, source, hwm, size);
    }
  }

  get locked() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return isLocked(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStream'));
    if (isLocked(this)) return Promise.reject(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform?.writable;
    if (!W().isWritableStream(writable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const opts = pipeOptions(options);
    if (isLocked(this)) throw invalidState('The ReadableStream is locked');
    if (W().isLocked(writable)) throw invalidState('The WritableStream is locked');
    markHandled(readableStreamPipeTo(this, writable, opts));
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
      if (!W().isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const opts = pipeOptions(options);
      if (isLocked(this)) return Promise.reject(invalidState('The ReadableStream is locked'));
      if (W().isLocked(destination)) return Promise.reject(invalidState('The WritableStream is locked'));
      return readableStreamPipeTo(this, destination, opts);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return readableStreamTee(this);
  }

  values(options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const preventCancel = !!options?.preventCancel;
    const reader = new ReadableStreamDefaultReader(this);
    return createAsyncIterator(reader, preventCancel);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  [customInspect](depth, options, inspect) {
    const s = this[kState];
    return u.inspectFields(this, 'ReadableStream', {
      locked: isLocked(this),
      state: s.state,
      supportsBYOB: isByteController(s.controller),
    }, depth, options, inspect);
  }
}
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true,
});
Object.defineProperty(ReadableStream.prototype, Symbol.toStringTag, { value: 'ReadableStream', configurable: true });

function initStream(stream) {
  stream[kState] = {
    state: 'readable', reader: undefined, storedError: undefined, disturbed: false, controller: undefined,
    waiters: null,
  };
}

function isLocked(stream) {
  return stream[kState].reader !== undefined;
}

function pipeOptions(options) {
  if (options == null) options = {};
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  const signal = options.signal;
  if (signal !== undefined) {
    const { isAbortSignal } = require('node/internal/abort_controller');
    if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return {
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    preventClose: !!options.preventClose,
    signal,
  };
}

// Creates a stream around the given algorithms (used by tee, TransformStream and from()).
function createReadableStream(start, pull, cancel, hwm = 1, size = () => 1) {
  const stream = new ReadableStream(kIllegal);
  const controller = new ReadableStreamDefaultController(kIllegal);
  setupDefaultController(stream, controller, start, pull, cancel, hwm, size);
  return stream;
}

function createReadableByteStream(start, pull, cancel) {
  const stream = new ReadableStream(kIllegal);
  const controller = new ReadableByteStreamController(kIllegal);
  setupByteController(stream, controller, start, pull, cancel, 0, undefined);
  return stream;
}

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  readableStreamClose(stream);
  const reader = s.reader;
  if (reader !== undefined && isBYOBReader(reader)) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const req of requests) req.close(undefined);
  }
  const p = s.controller[kState].cancelSteps(reason);
  return p.then(noop);
}

// Deferreds of stream.finished() and friends, settled when the stream closes or errors.
function settleWaiters(s) {
  const list = s.waiters;
  if (list === null) return;
  s.waiters = null;
  for (const d of list) {
    if (s.state === 'closed') d.resolve(); else d.reject(s.storedError);
  }
}

// A promise for the end of the stream (resolves on close, rejects on error); no lock taken.
function readableSettled(stream) {
  const s = stream[kState];
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  const d = deferred();
  (s.waiters ??= []).push(d);
  return d.promise;
}

// Errors the stream through its controller (addAbortSignal).
function readableErrorController(stream, e) {
  const c = stream[kState].controller;
  if (isByteController(c)) byteControllerError(c, e); else defaultControllerError(c, e);
}

function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  settleWaiters(s);
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].closed.resolve();
  if (isDefaultReader(reader)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = new u.Queue();
    for (const req of requests) req.close();
  }
}

function readableStreamError(stream, e) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = e;
  settleWaiters(s);
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  r.closed.reject(e);
  markHandled(r.closed.promise);
  if (isDefaultReader(reader)) {
    errorReadRequests(reader, e);
  } else {
    errorReadIntoRequests(reader, e);
  }
}

function errorReadRequests(reader, e) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = new u.Queue();
  for (const req of requests) req.error(e);
}

function errorReadIntoRequests(reader, e) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const req of requests) req.error(e);
}

function fulfillReadRequest(stream, chunk, done) {
  const req = stream[kState].reader[kState].readRequests.shift();
  if (done) req.close(); else req.chunk(chunk);
}

function numReadRequests(stream) {
  const reader = stream[kState].reader;
  return reader === undefined || !isDefaultReader(reader) ? 0 : reader[kState].readRequests.length;
}

function numReadIntoRequests(stream) {
  const reader = stream[kState].reader;
  return reader === undefined || !isBYOBReader(reader) ? 0 : reader[kState].readIntoRequests.length;
}

function hasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isDefaultReader(reader);
}

function hasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBYOBReader(reader);
}

// ---------------------------------------------------------------- readers

// A read request of either reader that settles the deferred d with an iterator result
// (default readers close with no value, BYOB readers with the view).
function promiseReadRequest(d) {
  return {
    chunk(value) { d.resolve({ value, done: false }); },
    close(value) { d.resolve({ value, done: true }); },
    error(e) { d.reject(e); },
  };
}

// releaseLock, closed and cancel of both reader classes: isReader checks the receiver, name is
// its class for ERR_INVALID_THIS, errorRequests fails the reads still pending on release.
function readerReleaseLock(reader, isReader, name, errorRequests) {
  if (!isReader(reader)) throw new ERR_INVALID_THIS(name);
  if (reader[kState].stream === undefined) return;
  readerGenericRelease(reader);
  errorRequests(reader, invalidState('Releasing reader'));
}

function readerClosed(reader, isReader, name) {
  if (!isReader(reader)) return Promise.reject(new ERR_INVALID_THIS(name));
  return reader[kState].closed.promise;
}

function readerCancel(reader, isReader, name, reason) {
  if (!isReader(reader)) return Promise.reject(new ERR_INVALID_THIS(name));
  if (reader[kState].stream === undefined) {
    return Promise.reject(invalidState('The reader is not attached to a stream'));
  }
  return readerGenericCancel(reader, reason);
}

function readerGenericInitialize(reader, stream) {
  const r = reader[kState];
  r.stream = stream;
  stream[kState].reader = reader;
  const st = stream[kState].state;
  r.closed = deferred();
  if (st === 'closed') {
    r.closed.resolve();
  } else if (st === 'errored') {
    r.closed.reject(stream[kState].storedError);
    markHandled(r.closed.promise);
  }
}

function readerGenericRelease(reader) {
  const r = reader[kState];
  const stream = r.stream;
  const err = invalidState('Reader released');
  if (stream[kState].state === 'readable') {
    r.closed.reject(err);
  } else {
    r.closed = deferred();
    r.closed.reject(err);
  }
  markHandled(r.closed.promise);
  stream[kState].controller[kState].releaseSteps();
  stream[kState].reader = undefined;
  r.stream = undefined;
}

function readerGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    brand(this, 'ReadableStreamDefaultReader');
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (isLocked(stream)) throw invalidState('ReadableStream is locked');
    this[kState] = { stream: undefined, closed: undefined, readRequests: new u.Queue() };
    readerGenericInitialize(this, stream);
  }

  read() {
    if (!isDefaultReader(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    // Fast path: a chunk already queued on a default controller needs no read request.
    const st = this[kState].stream[kState];
    if (st.state === 'readable' && isDefaultController(st.controller) && st.controller[kState].queue.length > 0) {
      st.disturbed = true;
      let result;
      st.controller[kState].pullSteps({ chunk(value) { result = { value, done: false }; } });
      return Promise.resolve(result);
    }
    const d = deferred();
    defaultReaderRead(this, promiseReadRequest(d));
    return d.promise;
  }

  releaseLock() {
    readerReleaseLock(this, isDefaultReader, 'ReadableStreamDefaultReader', errorReadRequests);
  }

  get closed() {
    return readerClosed(this, isDefaultReader, 'ReadableStreamDefaultReader');
  }

  cancel(reason = undefined) {
    return readerCancel(this, isDefaultReader, 'ReadableStreamDefaultReader', reason);
  }

  [customInspect](depth, options, inspect) {
    const r = this[kState];
    return u.inspectFields(this, 'ReadableStreamDefaultReader', {
      stream: r.stream, readRequests: r.readRequests.length, close: r.closed.promise,
    }, depth, options, inspect);
  }
}
Object.defineProperty(ReadableStreamDefaultReader.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamDefaultReader', configurable: true,
});

function defaultReaderRead(reader, req) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') req.close();
  else if (s.state === 'errored') req.error(s.storedError);
  else s.controller[kState].pullSteps(req);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    brand(this, 'ReadableStreamBYOBReader');
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (isLocked(stream)) throw invalidState('ReadableStream is locked');
    if (!isByteController(stream[kState].controller)) {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    this[kState] = { stream: undefined, closed: undefined, readIntoRequests: [] };
    readerGenericInitialize(this, stream);
  }

  read(view, options = undefined) {
    if (!isBYOBReader(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    if (!ArrayBuffer.isView(view)) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (view.byteLength === 0 || view.buffer.byteLength === 0 || u.isDetached(view.buffer)) {
      return Promise.reject(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    const d = deferred();
    byobReaderRead(this, view, promiseReadRequest(d));
    return d.promise;
  }

  releaseLock() {
    readerReleaseLock(this, isBYOBReader, 'ReadableStreamBYOBReader', errorReadIntoRequests);
  }

  get closed() {
    return readerClosed(this, isBYOBReader, 'ReadableStreamBYOBReader');
  }

  cancel(reason = undefined) {
    return readerCancel(this, isBYOBReader, 'ReadableStreamBYOBReader', reason);
  }

  [customInspect](depth, options, inspect) {
    const r = this[kState];
    return u.inspectFields(this, 'ReadableStreamBYOBReader', {
      stream: r.stream, readIntoRequests: r.readIntoRequests.length, close: r.closed.promise,
    }, depth, options, inspect);
  }
}
Object.defineProperty(ReadableStreamBYOBReader.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamBYOBReader', configurable: true,
});

function byobReaderRead(reader, view, req) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'errored') req.error(s.storedError);
  else byteControllerPullInto(s.controller, view, req);
}

// ---------------------------------------------------------------- default controller

class ReadableStreamDefaultController {
  constructor(token = undefined) {
    if (token !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    brand(this, 'ReadableStreamDefaultController');
  }

  get desiredSize() {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    return defaultControllerDesiredSize(this);
  }

  close() {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    defaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    defaultControllerEnqueue(this, chunk);
  }

  error(e = undefined) {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    defaultControllerError(this, e);
  }

  [customInspect](depth, options, inspect) {
    return u.inspectFields(this, 'ReadableStreamDefaultController', {}, depth, options, inspect);
  }
}
Object.defineProperty(ReadableStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamDefaultController', configurable: true,
});

function setupDefaultControllerFromSource(stream, source, hwm, size) {
  const controller = new ReadableStreamDefaultController(kIllegal);
  const start = u.method(source, 'start', 'source');
  const pull = u.method(source, 'pull', 'source');
  const cancel = u.method(source, 'cancel', 'source');
  setupDefaultController(stream, controller,
    start ? () => Reflect.apply(start, source, [controller]) : noop,
    pull ? () => promiseCall(pull, source, controller) : () => Promise.resolve(),
    cancel ? (reason) => promiseCall(cancel, source, reason) : () => Promise.resolve(),
    hwm, size);
}

function setupDefaultController(stream, controller, start, pull, cancel, hwm, size) {
  const c = {
    stream, queue: new u.Queue(), queueTotalSize: 0, started: false, closeRequested: false,
    pullAgain: false, pulling: false, size, hwm, pull, cancel,
    cancelSteps(reason) {
      u.resetQueue(c);
      const result = c.cancel(reason);
      defaultControllerClearAlgorithms(controller);
      return result;
    },
    pullSteps(req) {
      if (c.queue.length > 0) {
        const chunk = u.dequeueValue(c);
        if (c.closeRequested && c.queue.length === 0) {
          defaultControllerClearAlgorithms(controller);
          readableStreamClose(stream);
        } else {
          defaultControllerCallPullIfNeeded(controller);
        }
        req.chunk(chunk);
      } else {
        stream[kState].reader[kState].readRequests.push(req);
        defaultControllerCallPullIfNeeded(controller);
      }
    },
    releaseSteps: noop,
  };
  controller[kState] = c;
  stream[kState].controller = controller;
  const startResult = start();
  upon(Promise.resolve(startResult), () => {
    c.started = true;
    defaultControllerCallPullIfNeeded(controller);
  }, (e) => defaultControllerError(controller, e));
}

function defaultControllerCallPullIfNeeded(controller) {
  if (!defaultControllerShouldCallPull(controller)) return;
  const c = controller[kState];
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  upon(c.pull(controller), () => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      defaultControllerCallPullIfNeeded(controller);
    }
  }, (e) => defaultControllerError(controller, e));
}

function defaultControllerShouldCallPull(controller) {
  const c = controller[kState];
  if (!defaultControllerCanCloseOrEnqueue(controller) || !c.started) return false;
  if (isLocked(c.stream) && numReadRequests(c.stream) > 0) return true;
  return defaultControllerDesiredSize(controller) > 0;
}

function defaultControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.pull = () => Promise.resolve();
  c.cancel = () => Promise.resolve();
  c.size = () => 1;
}

function defaultControllerClose(controller) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const c = controller[kState];
  c.closeRequested = true;
  if (c.queue.length === 0) {
    defaultControllerClearAlgorithms(controller);
    readableStreamClose(c.stream);
  }
}

function defaultControllerEnqueue(controller, chunk) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const c = controller[kState];
  const stream = c.stream;
  if (isLocked(stream) && numReadRequests(stream) > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = c.size(chunk);
    } catch (err) {
      defaultControllerError(controller, err);
      throw err;
    }
    try {
      u.enqueueValueWithSize(c, chunk, size);
    } catch (err) {
      defaultControllerError(controller, err);
      throw err;
    }
  }
  defaultControllerCallPullIfNeeded(controller);
}

function defaultControllerError(controller, e) {
  const c = controller[kState];
  if (c.stream[kState].state !== 'readable') return;
  u.resetQueue(c);
  defaultControllerClearAlgorithms(controller);
  readableStreamError(c.stream, e);
}

function defaultControllerDesiredSize(controller) {
  const c = controller[kState];
  const st = c.stream[kState].state;
  if (st === 'errored') return null;
  if (st === 'closed') return 0;
  return c.hwm - c.queueTotalSize;
}

function defaultControllerHasBackpressure(controller) {
  return !defaultControllerShouldCallPull(controller);
}

function defaultControllerCanCloseOrEnqueue(controller) {
  const c = controller[kState];
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

// ---------------------------------------------------------------- byte controller

class ReadableStreamBYOBRequest {
  constructor(token = undefined) {
    if (token !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    brand(this, 'ReadableStreamBYOBRequest');
    this[kState] = { controller: undefined, view: null };
  }

  get view() {
    if (!isBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const r = this[kState];
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    const n = toUnsignedLongLong(bytesWritten, 'bytesWritten');
    if (u.isDetached(r.view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    byteControllerRespond(r.controller, n);
  }

  respondWithNewView(view) {
    if (!isBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    const r = this[kState];
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (u.isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    byteControllerRespondWithNewView(r.controller, view);
  }

  [customInspect](depth, options, inspect) {
    const r = this[kState];
    return u.inspectFields(this, 'ReadableStreamBYOBRequest', {
      view: r.view, controller: r.controller,
    }, depth, options, inspect);
  }
}
Object.defineProperty(ReadableStreamBYOBRequest.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamBYOBRequest', configurable: true,
});

function toUnsignedLongLong(v, name) {
  const n = Math.trunc(Number(v));
  if (!Number.isFinite(n) || n < 0) throw new ERR_INVALID_ARG_VALUE.RangeError(name, v);
  return n;
}

class ReadableByteStreamController {
  constructor(token = undefined) {
    if (token !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    brand(this, 'ReadableByteStreamController');
  }

  get byobRequest() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return byteControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return byteControllerDesiredSize(this);
  }

  close() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    const c = this[kState];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerClose(this);
  }

  enqueue(chunk) {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (chunk.byteLength === 0 || u.isDetached(chunk.buffer) || chunk.buffer.byteLength === 0) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    const c = this[kState];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerEnqueue(this, chunk);
  }

  error(e = undefined) {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    byteControllerError(this, e);
  }

  [customInspect](depth, options, inspect) {
    return u.inspectFields(this, 'ReadableByteStreamController', {}, depth, options, inspect);
  }
}
Object.defineProperty(ReadableByteStreamController.prototype, Symbol.toStringTag, {
  value: 'ReadableByteStreamController', configurable: true,
});

function setupByteControllerFromSource(stream, source, hwm) {
  const controller = new ReadableByteStreamController(kIllegal);
  const start = u.method(source, 'start', 'source');
  const pull = u.method(source, 'pull', 'source');
  const cancel = u.method(source, 'cancel', 'source');
  let autoAllocate = source?.autoAllocateChunkSize;
  if (autoAllocate !== undefined) {
    autoAllocate = Number(autoAllocate);
    if (!Number.isInteger(autoAllocate) || autoAllocate <= 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  setupByteController(stream, controller,
    start ? () => Reflect.apply(start, source, [controller]) : noop,
    pull ? () => promiseCall(pull, source, controller) : () => Promise.resolve(),
    cancel ? (reason) => promiseCall(cancel, source, reason) : () => Promise.resolve(),
    hwm, autoAllocate);
}

function setupByteController(stream, controller, start, pull, cancel, hwm, autoAllocate) {
  const c = {
    stream, queue: new u.Queue(), queueTotalSize: 0, started: false, closeRequested: false, pullAgain: false,
    pulling: false, byobRequest: null, pendingPullIntos: [], hwm, pull, cancel,
    autoAllocateChunkSize: autoAllocate,
    cancelSteps(reason) {
      byteControllerClearPendingPullIntos(controller);
      u.resetQueue(c);
      const result = c.cancel(reason);
      byteControllerClearAlgorithms(controller);
      return result;
    },
    pullSteps(req) {
      if (c.queueTotalSize > 0) {
        byteControllerFillReadRequestFromQueue(controller, req);
        return;
      }
      if (c.autoAllocateChunkSize !== undefined) {
        let buffer;
        try {
          buffer = new ArrayBuffer(c.autoAllocateChunkSize);
        } catch (err) {
          req.error(err);
          return;
        }
        c.pendingPullIntos.push({
          buffer, bufferByteLength: c.autoAllocateChunkSize, byteOffset: 0,
          byteLength: c.autoAllocateChunkSize, bytesFilled: 0, minimumFill: 1, elementSize: 1,
          viewConstructor: Uint8Array, readerType: 'default',
        });
      }
      stream[kState].reader[kState].readRequests.push(req);
      byteControllerCallPullIfNeeded(controller);
    },
    releaseSteps() {
      if (c.pendingPullIntos.length > 0) {
        const first = c.pendingPullIntos[0];
        first.readerType = 'none';
        c.pendingPullIntos = [first];
      }
    },
  };
  controller[kState] = c;
  stream[kState].controller = controller;
  const startResult = start();
  upon(Promise.resolve(startResult), () => {
    c.started = true;
    byteControllerCallPullIfNeeded(controller);
  }, (e) => byteControllerError(controller, e));
}

function byteControllerGetBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
      first.byteLength - first.bytesFilled);
    const req = new ReadableStreamBYOBRequest(kIllegal);
    req[kState].controller = controller;
    req[kState].view = view;
    c.byobRequest = req;
  }
  return c.byobRequest;
}

function byteControllerDesiredSize(controller) {
  const c = controller[kState];
  const st = c.stream[kState].state;
  if (st === 'errored') return null;
  if (st === 'closed') return 0;
  return c.hwm - c.queueTotalSize;
}

function byteControllerCallPullIfNeeded(controller) {
  if (!byteControllerShouldCallPull(controller)) return;
  const c = controller[kState];
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  upon(c.pull(controller), () => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      byteControllerCallPullIfNeeded(controller);
    }
  }, (e) => byteControllerError(controller, e));
}

function byteControllerShouldCallPull(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable' || c.closeRequested || !c.started) return false;
  if (hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  if (hasBYOBReader(stream) && numReadIntoRequests(stream) > 0) return true;
  return byteControllerDesiredSize(controller) > 0;
}

function byteControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.pull = () => Promise.resolve();
  c.cancel = () => Promise.resolve();
}

function byteControllerInvalidateBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null) return;
  c.byobRequest[kState].controller = undefined;
  c.byobRequest[kState].view = null;
  c.byobRequest = null;
}

function byteControllerClearPendingPullIntos(controller) {
  byteControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function byteControllerClose(controller) {
  const c = controller[kState];
  if (c.closeRequested || c.stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState('Partial read');
      byteControllerError(controller, e);
      throw e;
    }
  }
  byteControllerClearAlgorithms(controller);
  readableStreamClose(c.stream);
}

function byteControllerError(controller, e) {
  const c = controller[kState];
  if (c.stream[kState].state !== 'readable') return;
  byteControllerClearPendingPullIntos(controller);
  u.resetQueue(c);
  byteControllerClearAlgorithms(controller);
  readableStreamError(c.stream, e);
}

function byteControllerEnqueue(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (u.isDetached(buffer)) throw invalidState('chunk ArrayBuffer is detached');
  const transferred = u.transferArrayBuffer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (u.isDetached(first.buffer)) throw invalidState('The BYOB request buffer is detached');
    byteControllerInvalidateBYOBRequest(controller);
    first.buffer = u.transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') byteControllerEnqueueDetachedPullIntoToQueue(controller, first);
  }
  if (hasDefaultReader(stream)) {
    byteControllerProcessReadRequestsUsingQueue(controller);
    if (numReadRequests(stream) === 0) {
      byteControllerEnqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) byteControllerShiftPendingPullInto(controller);
      fulfillReadRequest(stream, new Uint8Array(transferred, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    byteControllerEnqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
    byteControllerProcessPullIntosUsingQueue(controller);
  } else {
    byteControllerEnqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const c = controller[kState];
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function byteControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (err) {
    byteControllerError(controller, err);
    throw err;
  }
  byteControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function byteControllerEnqueueDetachedPullIntoToQueue(controller, desc) {
  if (desc.bytesFilled > 0) {
    byteControllerEnqueueClonedChunkToQueue(controller, desc.buffer, desc.byteOffset, desc.bytesFilled);
  }
  byteControllerShiftPendingPullInto(controller);
}

function byteControllerFillPullIntoFromQueue(controller, desc) {
  const c = controller[kState];
  const maxBytesToCopy = Math.min(c.queueTotalSize, desc.byteLength - desc.bytesFilled);
  const maxBytesFilled = desc.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % desc.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= desc.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - desc.bytesFilled;
    ready = true;
  }
  while (totalBytesToCopyRemaining > 0) {
    const head = c.queue.peek();
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = desc.byteOffset + desc.bytesFilled;
    u.copyBytes(desc.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      c.queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    byteControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, desc);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function byteControllerFillHeadPullIntoDescriptor(controller, size, desc) {
  desc.bytesFilled += size;
}

function byteControllerFillReadRequestFromQueue(controller, req) {
  const c = controller[kState];
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  byteControllerHandleQueueDrain(controller);
  req.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function byteControllerHandleQueueDrain(controller) {
  const c = controller[kState];
  if (c.queueTotalSize === 0 && c.closeRequested) {
    byteControllerClearAlgorithms(controller);
    readableStreamClose(c.stream);
  } else {
    byteControllerCallPullIfNeeded(controller);
  }
}

function byteControllerProcessPullIntosUsingQueue(controller) {
  const c = controller[kState];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) return;
    const desc = c.pendingPullIntos[0];
    if (byteControllerFillPullIntoFromQueue(controller, desc)) {
      byteControllerShiftPendingPullInto(controller);
      byteControllerCommitPullIntoDescriptor(c.stream, desc);
    }
  }
}

function byteControllerProcessReadRequestsUsingQueue(controller) {
  const c = controller[kState];
  const reader = c.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    const req = reader[kState].readRequests.shift();
    byteControllerFillReadRequestFromQueue(controller, req);
  }
}

function byteControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function byteControllerConvertPullIntoDescriptor(desc) {
  const { bytesFilled, elementSize } = desc;
  const buffer = u.transferArrayBuffer(desc.buffer);
  const C = desc.viewConstructor;
  if (C === DataView) return new DataView(buffer, desc.byteOffset, bytesFilled);
  return new C(buffer, desc.byteOffset, bytesFilled / elementSize);
}

function byteControllerCommitPullIntoDescriptor(stream, desc) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = byteControllerConvertPullIntoDescriptor(desc);
  if (desc.readerType === 'default') {
    fulfillReadRequest(stream, filledView, done);
  } else {
    const req = stream[kState].reader[kState].readIntoRequests.shift();
    if (done) req.close(filledView); else req.chunk(filledView);
  }
}

const typedArrayClasses = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

function byteControllerPullInto(controller, view, req) {
  const c = controller[kState];
  const stream = c.stream;
  let elementSize = 1;
  let ctor = DataView;
  if (!(view instanceof DataView)) {
    // The intrinsic typed array class (a Buffer reads into a plain Uint8Array).
    ctor = typedArrayClasses[view[Symbol.toStringTag]] ?? Uint8Array;
    elementSize = ctor.BYTES_PER_ELEMENT;
  }
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = u.transferArrayBuffer(view.buffer);
  } catch (err) {
    req.error(err);
    return;
  }
  const desc = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0,
    minimumFill: elementSize, elementSize, viewConstructor: ctor, readerType: 'byob',
  };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(desc);
    stream[kState].reader[kState].readIntoRequests.push(req);
    return;
  }
  if (stream[kState].state === 'closed') {
    const empty = ctor === DataView ? new DataView(desc.buffer, byteOffset, 0) : new ctor(desc.buffer, byteOffset, 0);
    req.close(empty);
    return;
  }
  if (c.queueTotalSize > 0) {
    if (byteControllerFillPullIntoFromQueue(controller, desc)) {
      const filled = byteControllerConvertPullIntoDescriptor(desc);
      byteControllerHandleQueueDrain(controller);
      req.chunk(filled);
      return;
    }
    if (c.closeRequested) {
      const e = invalidState('ReadableStream is already closed');
      byteControllerError(controller, e);
      req.error(e);
      return;
    }
  }
  c.pendingPullIntos.push(desc);
  stream[kState].reader[kState].readIntoRequests.push(req);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespond(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const st = c.stream[kState].state;
  if (st === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    }
  } else if (bytesWritten === 0 || first.bytesFilled + bytesWritten > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
  }
  first.buffer = u.transferArrayBuffer(first.buffer);
  byteControllerRespondInternal(controller, bytesWritten);
}

function byteControllerRespondInternal(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  byteControllerInvalidateBYOBRequest(controller);
  if (c.stream[kState].state === 'closed') {
    byteControllerRespondInClosedState(controller, first);
  } else {
    byteControllerRespondInReadableState(controller, bytesWritten, first);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespondInClosedState(controller, first) {
  const c = controller[kState];
  if (first.readerType === 'none') byteControllerShiftPendingPullInto(controller);
  const stream = c.stream;
  if (hasBYOBReader(stream)) {
    while (numReadIntoRequests(stream) > 0) {
      const desc = byteControllerShiftPendingPullInto(controller);
      byteControllerCommitPullIntoDescriptor(stream, desc);
    }
  }
}

function byteControllerRespondInReadableState(controller, bytesWritten, desc) {
  byteControllerFillHeadPullIntoDescriptor(controller, bytesWritten, desc);
  if (desc.readerType === 'none') {
    byteControllerEnqueueDetachedPullIntoToQueue(controller, desc);
    byteControllerProcessPullIntosUsingQueue(controller);
    return;
  }
  if (desc.bytesFilled < desc.minimumFill) return;
  byteControllerShiftPendingPullInto(controller);
  const remainder = desc.bytesFilled % desc.elementSize;
  if (remainder > 0) {
    const end = desc.byteOffset + desc.bytesFilled;
    byteControllerEnqueueClonedChunkToQueue(controller, desc.buffer, end - remainder, remainder);
  }
  desc.bytesFilled -= remainder;
  byteControllerCommitPullIntoDescriptor(controller[kState].stream, desc);
  byteControllerProcessPullIntosUsingQueue(controller);
}

function byteControllerRespondWithNewView(controller, view) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const st = c.stream[kState].state;
  if (st === 'closed') {
    if (view.byteLength !== 0) throw new ERR_INVALID_ARG_VALUE('view', view);
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('view', view);
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  const n = view.byteLength;
  first.buffer = u.transferArrayBuffer(view.buffer);
  byteControllerRespondInternal(controller, n);
}

// ---------------------------------------------------------------- tee

function readableStreamTee(stream) {
  if (isByteController(stream[kState].controller)) return byteStreamTee(stream);
  return defaultTee(stream);
}

// The cancel side both kinds of tee share: each branch's cancel records its reason, and once
// both have cancelled the source is cancelled with the two reasons; done settles what the
// cancels return (also resolved when the source closes or errors first).
function teeCancels(stream) {
  const t = {
    canceled1: false,
    canceled2: false,
    reasons: [undefined, undefined],
    done: deferred(),
    cancel1(reason) { return cancelBranch(0, reason); },
    cancel2(reason) { return cancelBranch(1, reason); },
  };
  function cancelBranch(i, reason) {
    if (i === 0) t.canceled1 = true; else t.canceled2 = true;
    t.reasons[i] = reason;
    if (t.canceled1 && t.canceled2) t.done.resolve(readableStreamCancel(stream, [t.reasons[0], t.reasons[1]]));
    return t.done.promise;
  }
  return t;
}

function defaultTee(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let branch1, branch2;
  const t = teeCancels(stream);
  function pull() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    defaultReaderRead(reader, {
      chunk(chunk) {
        Promise.resolve().then(() => {
          readAgain = false;
          if (!t.canceled1) defaultControllerEnqueue(branch1[kState].controller, chunk);
          if (!t.canceled2) defaultControllerEnqueue(branch2[kState].controller, chunk);
          reading = false;
          if (readAgain) pull();
        });
      },
      close() {
        reading = false;
        if (!t.canceled1) defaultControllerClose(branch1[kState].controller);
        if (!t.canceled2) defaultControllerClose(branch2[kState].controller);
        if (!t.canceled1 || !t.canceled2) t.done.resolve();
      },
      error() { reading = false; },
    });
    return Promise.resolve();
  }
  branch1 = createReadableStream(noop, pull, t.cancel1);
  branch2 = createReadableStream(noop, pull, t.cancel2);
  upon(reader[kState].closed.promise, undefined, (r) => {
    defaultControllerError(branch1[kState].controller, r);
    defaultControllerError(branch2[kState].controller, r);
    if (!t.canceled1 || !t.canceled2) t.done.resolve();
  });
  return [branch1, branch2];
}

// Byte streams: both branches are byte streams; each chunk is copied for the second branch.
function byteStreamTee(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let branch1, branch2;
  const t = teeCancels(stream);
  function pull() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    defaultReaderRead(reader, {
      chunk(chunk) {
        Promise.resolve().then(() => {
          readAgain = false;
          const c1 = branch1[kState].controller;
          const c2 = branch2[kState].controller;
          let chunk2 = chunk;
          if (!t.canceled1 && !t.canceled2) chunk2 = new Uint8Array(chunk);
          if (!t.canceled1) byteControllerEnqueue(c1, chunk);
          if (!t.canceled2) byteControllerEnqueue(c2, chunk2);
          reading = false;
          if (readAgain) pull();
        });
      },
      close() {
        reading = false;
        for (const [b, canceled] of [[branch1, t.canceled1], [branch2, t.canceled2]]) {
          if (canceled) continue;
          const c = b[kState].controller;
          byteControllerClose(c);
          if (c[kState].pendingPullIntos.length > 0) byteControllerRespond(c, 0);
        }
        if (!t.canceled1 || !t.canceled2) t.done.resolve();
      },
      error() { reading = false; },
    });
    return Promise.resolve();
  }
  branch1 = createReadableByteStream(noop, pull, t.cancel1);
  branch2 = createReadableByteStream(noop, pull, t.cancel2);
  upon(reader[kState].closed.promise, undefined, (r) => {
    byteControllerError(branch1[kState].controller, r);
    byteControllerError(branch2[kState].controller, r);
    if (!t.canceled1 || !t.canceled2) t.done.resolve();
  });
  return [branch1, branch2];
}

// ---------------------------------------------------------------- pipeTo

function readableStreamPipeTo(source, dest, { preventClose, preventAbort, preventCancel, signal }) {
  const w = W();
  const reader = new ReadableStreamDefaultReader(source);
  const writer = w.acquireWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const done = deferred();
  let abortListener;

  function finalize(isError, error) {
    w.writerRelease(writer);
    readerGenericRelease(reader);
    errorReadRequests(reader, invalidState('Releasing reader'));
    if (signal !== undefined) signal.removeEventListener('abort', abortListener);
    if (isError) done.reject(error); else done.resolve();
  }

  function waitForWrites() {
    const last = currentWrite;
    return last.then(() => (last !== currentWrite ? waitForWrites() : undefined), noop);
  }

  function shutdownWithAction(action, isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    const go = () => {
      upon(action(), () => finalize(isError, error), (e) => finalize(true, e));
    };
    if (dest[kState].state === 'writable' && !w.closeQueuedOrInFlight(dest)) {
      upon(waitForWrites(), go);
    } else {
      go();
    }
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !w.closeQueuedOrInFlight(dest)) {
      upon(waitForWrites(), () => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  if (signal !== undefined) {
    abortListener = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ? w.writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortListener();
      return done.promise;
    }
    signal.addEventListener('abort', abortListener, { once: true });
  }

  // Error and close propagation, checked now and whenever either side changes state.
  function onSourceErrored(e) {
    if (!preventAbort) shutdownWithAction(() => w.writableStreamAbort(dest, e), true, e);
    else shutdown(true, e);
  }
  function onDestErrored(e) {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, e), true, e);
    else shutdown(true, e);
  }
  function onSourceClosed() {
    if (!preventClose) shutdownWithAction(() => w.writerCloseWithErrorPropagation(writer));
    else shutdown();
  }
  function onDestClosed() {
    const e = invalidState('the destination WritableStream closed before all data could be piped to it');
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, e), true, e);
    else shutdown(true, e);
  }

  upon(reader[kState].closed.promise, () => { if (!shuttingDown) onSourceClosed(); },
    (e) => { if (!shuttingDown) onSourceErrored(e); });
  upon(writer[kState].closed.promise, undefined, (e) => { if (!shuttingDown) onDestErrored(e); });

  const sst = source[kState].state;
  if (sst === 'errored') {
    onSourceErrored(source[kState].storedError);
  } else if (dest[kState].state === 'errored' || dest[kState].state === 'erroring') {
    onDestErrored(dest[kState].storedError);
  } else if (sst === 'closed') {
    onSourceClosed();
  } else if (w.closeQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    onDestClosed();
  }

  // One read at a time; a chunk is written without waiting for the write, then the next read
  // starts at once while the destination has room, else when its ready promise settles.
  // Chunks already queued arrive synchronously: the loop runs them without recursing.
  let stepping = false;
  let stepAgain = false;
  const readRequest = {
    chunk(chunk) {
      currentWrite = w.writerWrite(writer, chunk);
      markHandled(currentWrite);
      step();
    },
    close: noop,
    error: noop,
  };
  function step() {
    if (stepping) {
      stepAgain = true;
      return;
    }
    stepping = true;
    do {
      stepAgain = false;
      if (shuttingDown) break;
      const ds = dest[kState];
      if (ds.state === 'writable' && !ds.backpressure && !w.closeQueuedOrInFlight(dest)) {
        defaultReaderRead(reader, readRequest);
      } else {
        upon(writer[kState].ready.promise, step, noop);
      }
    } while (stepAgain);
    stepping = false;
  }
  step();
  return done.promise;
}

// ---------------------------------------------------------------- async iteration

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);


function createAsyncIterator(reader, preventCancel) {
  const st = { reader, preventCancel, finished: false, ongoing: undefined };
  const it = Object.create(AsyncIteratorPrototype);
  it.next = function next() {
    const run = () => iterNextSteps(st);
    st.ongoing = st.ongoing ? st.ongoing.then(run, run) : run();
    return st.ongoing;
  };
  it.return = function(value = undefined) {
    const run = () => iterReturnSteps(st, value);
    st.ongoing = st.ongoing ? st.ongoing.then(run, run) : run();
    return st.ongoing;
  };
  Object.defineProperty(it.return, 'name', { value: 'return' });
  it[Symbol.asyncIterator] = { [Symbol.asyncIterator]() { return this; } }[Symbol.asyncIterator];
  return it;
}

function iterNextSteps(st) {
  if (st.finished) return Promise.resolve({ done: true, value: undefined });
  const reader = st.reader;
  if (reader[kState].stream === undefined) {
    return Promise.reject(invalidState('The reader is not attached to a stream'));
  }
  const d = deferred();
  defaultReaderRead(reader, {
    chunk(value) { d.resolve({ value, done: false }); },
    close() {
      st.finished = true;
      readerGenericRelease(reader);
      errorReadRequests(reader, invalidState('Releasing reader'));
      d.resolve({ done: true, value: undefined });
    },
    error(e) {
      st.finished = true;
      readerGenericRelease(reader);
      errorReadRequests(reader, invalidState('Releasing reader'));
      d.reject(e);
    },
  });
  return d.promise;
}

function iterReturnSteps(st, value) {
  if (st.finished) return Promise.resolve({ done: true, value });
  st.finished = true;
  const reader = st.reader;
  if (reader[kState].stream === undefined) return Promise.resolve({ done: true, value });
  if (!st.preventCancel) {
    const p = readerGenericCancel(reader, value);
    readerGenericRelease(reader);
    errorReadRequests(reader, invalidState('Releasing reader'));
    return p.then(() => ({ done: true, value }));
  }
  readerGenericRelease(reader);
  errorReadRequests(reader, invalidState('Releasing reader'));
  return Promise.resolve({ done: true, value });
}

// ---------------------------------------------------------------- from()

function readableStreamFromIterable(iterable) {
  if (iterable == null) {
    throw new TypeError(`Cannot read properties of ${iterable} (reading 'Symbol(Symbol.asyncIterator)')`);
  }
  let iterator;
  let nextMethod;
  const asyncMethod = iterable[Symbol.asyncIterator];
  if (asyncMethod != null) {
    if (typeof asyncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(String(iterable));
    iterator = Reflect.apply(asyncMethod, iterable, []);
  } else {
    const syncMethod = iterable[Symbol.iterator];
    if (typeof syncMethod !== 'function') {
      const { inspect } = require('util');
      throw new ERR_ARG_NOT_ITERABLE(typeof iterable === 'object' ? inspect(iterable) : String(iterable));
    }
    const syncIt = Reflect.apply(syncMethod, iterable, []);
    iterator = {
      next() {
        const r = syncIt.next();
        return Promise.resolve(r.value).then((value) => ({ value, done: r.done }));
      },
      return(v) {
        const ret = syncIt.return;
        return ret === undefined ? Promise.resolve({ value: v, done: true }) : Promise.resolve(Reflect.apply(ret, syncIt, [v]));
      },
    };
  }
  if (iterator === null || typeof iterator !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('iterator', 'object', iterator);
  }
  nextMethod = iterator.next;
  let stream;
  const pull = () => {
    let result;
    try {
      result = Promise.resolve(Reflect.apply(nextMethod, iterator, []));
    } catch (err) {
      return Promise.reject(err);
    }
    return result.then((r) => {
      if (r === null || typeof r !== 'object') {
        throw invalidState('The iterator.next() method must return an object');
      }
      if (r.done) {
        defaultControllerClose(stream[kState].controller);
        return undefined;
      }
      return Promise.resolve(r.value).then((v) => defaultControllerEnqueue(stream[kState].controller, v));
    });
  };
  const cancel = (reason) => {
    let ret;
    try {
      ret = iterator.return;
    } catch (err) {
      return Promise.reject(err);
    }
    if (ret == null) return Promise.resolve();
    return promiseCall(ret, iterator, reason).then((r) => {
      if (r === null || typeof r !== 'object') {
        throw new ERR_INVALID_ARG_TYPE('iterResult', 'object', r);
      }
    });
  };
  stream = createReadableStream(noop, pull, cancel, 0);
  return stream;
}

u.exposeMembers(ReadableStream, ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
u.exposeMembers(ReadableStreamDefaultReader, ['read', 'releaseLock', 'closed', 'cancel']);
u.exposeMembers(ReadableStreamBYOBReader, ['read', 'releaseLock', 'closed', 'cancel']);
u.exposeMembers(ReadableStreamBYOBRequest, ['view', 'respond', 'respondWithNewView']);
u.exposeMembers(ReadableByteStreamController, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);
u.exposeMembers(ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error']);

module.exports = {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableStreamDefaultController, ReadableByteStreamController,
  isReadableStream, isLocked, createReadableStream, readableStreamCancel, readableStreamClose,
  defaultControllerEnqueue, defaultControllerClose, defaultControllerError,
  defaultControllerCanCloseOrEnqueue, defaultControllerHasBackpressure, defaultControllerDesiredSize,
  defaultReaderRead, readerGenericRelease, errorReadRequests, isDisturbed: (s) => s[kState].disturbed,
  streamState: (s) => s[kState], readableSettled, readableErrorController,
};
