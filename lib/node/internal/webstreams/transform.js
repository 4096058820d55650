'use strict';
// WHATWG TransformStream and its controller: a writable side whose chunks go through a
// transform function into a readable side, with backpressure between the two.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR },
} = require('node/internal/errors');
const u = require('node/internal/webstreams/util');
const { kState, customInspect, deferred, upon, promiseCall, invalidState } = u;
const R = require('node/internal/webstreams/readable');
const W = require('node/internal/webstreams/writable');

const kIllegal = Symbol('kIllegal');

function isTransformStream(v) { return u.isType(v, 'TransformStream'); }
function isController(v) { return u.isType(v, 'TransformStreamDefaultController'); }

class TransformStream {
  constructor(transformer = undefined, writableStrategy = {}, readableStrategy = {}) {
    u.brand(this, 'TransformStream');
    if (transformer === null) transformer = undefined;
    if (transformer !== undefined && typeof transformer !== 'object' && typeof transformer !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('transformer', 'object', transformer);
    }
    u.validateStrategy(writableStrategy);
    u.validateStrategy(readableStrategy);
    if (transformer?.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformer.readableType);
    }
    if (transformer?.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformer.writableType);
    }
    const readableHWM = u.extractHighWaterMark(readableStrategy, 0);
    const readableSize = u.extractSizeAlgorithm(readableStrategy);
    const writableHWM = u.extractHighWaterMark(writableStrategy, 1);
    const writableSize = u.extractSizeAlgorithm(writableStrategy);
    const start = u.method(transformer, 'start', 'transformer');
    const transform = u.method(transformer, 'transform', 'transformer');
    const flush = u.method(transformer, 'flush', 'transformer');
    const cancel = u.method(transformer, 'cancel', 'transformer');
    const startPromise = deferred();
    initialize(this, startPromise.promise, writableHWM, writableSize, readableHWM, readableSize);
    const controller = new TransformStreamDefaultController(kIllegal);
    setupController(this, controller,
      transform ? (chunk) => promiseCall(transform, transformer, chunk, controller) : undefined,
      flush ? () => promiseCall(flush, transformer, controller) : () => Promise.resolve(),
      cancel ? (reason) => promiseCall(cancel, transformer, reason) : () => Promise.resolve());
    if (start) startPromise.resolve(Reflect.apply(start, transformer, [controller]));
    else startPromise.resolve();
  }

  get readable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].writable;
  }

  [customInspect](depth, options, inspect) {
    const s = this[kState];
    return u.inspectFields(this, 'TransformStream', {
      readable: s.readable, writable: s.writable, backpressure: s.backpressure,
    }, depth, options, inspect);
  }
}
Object.defineProperty(TransformStream.prototype, Symbol.toStringTag, { value: 'TransformStream', configurable: true });

function initialize(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const s = {
    readable: undefined, writable: undefined, backpressure: undefined,
    backpressureChange: undefined, controller: undefined,
  };
  stream[kState] = s;
  const start = () => startPromise;
  s.writable = W.createWritableStream(start,
    (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream),
    (reason) => sinkAbort(stream, reason),
    writableHWM, writableSize);
  s.readable = R.createReadableStream(start,
    () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason),
    readableHWM, readableSize);
  setBackpressure(stream, true);
}

function readableController(stream) {
  return R.streamState(stream[kState].readable).controller;
}

function writableController(stream) {
  return W.streamState(stream[kState].writable).controller;
}

function transformStreamError(stream, e) {
  R.defaultControllerError(readableController(stream), e);
  errorWritableAndUnblockWrite(stream, e);
}

function errorWritableAndUnblockWrite(stream, e) {
  clearAlgorithms(stream[kState].controller);
  W.controllerErrorIfNeeded(writableController(stream), e);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.backpressureChange !== undefined) s.backpressureChange.resolve();
  s.backpressureChange = deferred();
  s.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor(token = undefined) {
    if (token !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    u.brand(this, 'TransformStreamDefaultController');
  }

  get desiredSize() {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    return R.defaultControllerDesiredSize(readableController(this[kState].stream));
  }

  enqueue(chunk = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    controllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    controllerTerminate(this);
  }

  [customInspect](depth, options, inspect) {
    return u.inspectFields(this, 'TransformStreamDefaultController', {
      stream: this[kState].stream,
    }, depth, options, inspect);
  }
}
Object.defineProperty(TransformStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'TransformStreamDefaultController', configurable: true,
});

function setupController(stream, controller, transform, flush, cancel) {
  const c = {
    stream, transform, flush, cancel, finish: undefined,
  };
  if (c.transform === undefined) {
    c.transform = (chunk) => {
      try {
        controllerEnqueue(controller, chunk);
        return Promise.resolve();
      } catch (err) {
        return Promise.reject(err);
      }
    };
  }
  controller[kState] = c;
  stream[kState].controller = controller;
}

function clearAlgorithms(controller) {
  const c = controller[kState];
  c.transform = () => Promise.resolve();
  c.flush = () => Promise.resolve();
  c.cancel = () => Promise.resolve();
}

function controllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const rc = readableController(stream);
  if (!R.defaultControllerCanCloseOrEnqueue(rc)) {
    throw invalidState('Unable to enqueue');
  }
  try {
    R.defaultControllerEnqueue(rc, chunk);
  } catch (err) {
    errorWritableAndUnblockWrite(stream, err);
    throw R.streamState(stream[kState].readable).storedError;
  }
  const backpressure = R.defaultControllerHasBackpressure(rc);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

function controllerTerminate(controller) {
  const stream = controller[kState].stream;
  R.defaultControllerClose(readableController(stream));
  errorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

function performTransform(controller, chunk) {
  const p = controller[kState].transform(chunk);
  return p.then(undefined, (r) => {
    transformStreamError(controller[kState].stream, r);
    throw r;
  });
}

function sinkWrite(stream, chunk) {
  const s = stream[kState];
  const controller = s.controller;
  if (s.backpressure) {
    return s.backpressureChange.promise.then(() => {
      const ws = W.streamState(s.writable);
      if (ws.state === 'erroring') throw ws.storedError;
      return performTransform(controller, chunk);
    });
  }
  return performTransform(controller, chunk);
}

// Runs the transformer's cancel or flush once (c.finish remembers the outcome), then settles
// the other side: done(otherState) when it fulfilled and that side has not errored meanwhile,
// failed(reason) when it rejected.
function finishOnce(stream, run, otherState, done, failed) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (c.finish !== undefined) return c.finish.promise;
  c.finish = deferred();
  const p = run(c);
  clearAlgorithms(s.controller);
  upon(p, () => {
    const os = otherState();
    if (os.state === 'errored') {
      c.finish.reject(os.storedError);
    } else {
      done(os);
      c.finish.resolve();
    }
  }, (r) => {
    failed(r);
    c.finish.reject(r);
  });
  return c.finish.promise;
}

function sinkAbort(stream, reason) {
  const readable = stream[kState].readable;
  return finishOnce(stream, (c) => c.cancel(reason), () => R.streamState(readable),
    (rs) => R.defaultControllerError(rs.controller, reason),
    (r) => R.defaultControllerError(R.streamState(readable).controller, r));
}

function sinkClose(stream) {
  const readable = stream[kState].readable;
  return finishOnce(stream, (c) => c.flush(), () => R.streamState(readable),
    (rs) => R.defaultControllerClose(rs.controller),
    (r) => R.defaultControllerError(R.streamState(readable).controller, r));
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancel(stream, reason) {
  const writable = stream[kState].writable;
  return finishOnce(stream, (c) => c.cancel(reason), () => W.streamState(writable), (ws) => {
    W.controllerErrorIfNeeded(ws.controller, reason);
    unblockWrite(stream);
  }, (r) => {
    W.controllerErrorIfNeeded(W.streamState(writable).controller, r);
    unblockWrite(stream);
  });
}

u.exposeMembers(TransformStream, ['readable', 'writable']);
u.exposeMembers(TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate']);

module.exports = { TransformStream, TransformStreamDefaultController, isTransformStream };
