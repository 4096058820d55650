'use strict';
// Tear-down for streams: destroy()/_undestroy(), deferred _construct(), errorOrDestroy().

const process = require('process');
const { codes: { ERR_MULTIPLE_CALLBACK } } = require('node/internal/errors');
const { sym } = require('node/internal/streams/shared');

function statesOf(stream) {
  return [stream._readableState, stream._writableState];
}

function recordError(err, r, w) {
  if (!err) return;
  void err.stack;
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

function emitErrorOnce(stream, err) {
  const [r, w] = statesOf(stream);
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  stream.emit('error', err);
}

function emitCloseTick(stream) {
  const [r, w] = statesOf(stream);
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) stream.emit('close');
}

function emitErrorAndCloseTick(stream, err) {
  emitErrorOnce(stream, err);
  emitCloseTick(stream);
}

function combine(a, b) {
  if (a && b && a !== b) {
    if (Array.isArray(b.errors)) { b.errors.push(a); return b; }
    const agg = new AggregateError([b, a], b.message);
    agg.code = b.code;
    return agg;
  }
  return a || b;
}

function runDestroy(stream, err, cb) {
  let done = false;
  const after = (e) => {
    if (done) return;
    done = true;
    const [r, w] = statesOf(stream);
    recordError(e, r, w);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(e);
    if (e) process.nextTick(emitErrorAndCloseTick, stream, e);
    else process.nextTick(emitCloseTick, stream);
  };
  try {
    stream._destroy(err || null, after);
  } catch (e) {
    after(e);
  }
}

function destroy(err, cb) {
  const [r, w] = statesOf(this);
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(err, r, w);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  const s = w || r;
  if (s && !s.constructed) {
    this.once(sym.destroyAfterConstruct, function(e) {
      runDestroy(this, combine(e, err), cb);
    });
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

function undestroy() {
  const [r, w] = statesOf(this);
  for (const s of [r, w]) {
    if (!s) continue;
    s.constructed = true;
    s.closed = false;
    s.closeEmitted = false;
    s.destroyed = false;
    s.errored = null;
    s.errorEmitted = false;
  }
  if (r) {
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

function errorOrDestroy(stream, err, sync) {
  const [r, w] = statesOf(stream);
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, r, w);
    if (sync) process.nextTick(emitErrorOnce, stream, err);
    else emitErrorOnce(stream, err);
  }
}

// Runs stream._construct on the next tick; `ready` is called once it succeeded.
function construct(stream, ready) {
  if (typeof stream._construct !== 'function') return;
  const [r, w] = statesOf(stream);
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(sym.constructed, ready);
  process.nextTick(startConstruct, stream);
}

function startConstruct(stream) {
  let settled = false;
  const onDone = (err) => {
    if (settled) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    settled = true;
    const [r, w] = statesOf(stream);
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if ((w || r).destroyed) stream.emit(sym.destroyAfterConstruct, err);
    else if (err) errorOrDestroy(stream, err, true);
    else process.nextTick(() => stream.emit(sym.constructed));
  };
  try {
    stream._construct((err) => { process.nextTick(onDone, err); });
  } catch (err) {
    process.nextTick(onDone, err);
  }
}

function looksLikeRequest(s) {
  return s && s.setHeader && typeof s.abort === 'function';
}

// Destroys anything stream-like: node streams, http requests, or objects with close().
function destroyer(stream, err) {
  const shared = require('node/internal/streams/shared');
  if (!stream || shared.isDestroyed(stream)) return;
  if (!err && !shared.isFinished(stream)) err = new (require('node/internal/errors').AbortError)();
  if (looksLikeRequest(stream)) stream.abort();
  else if (looksLikeRequest(stream.req)) stream.req.abort();
  else if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
  else if (err) process.nextTick((s, e) => s.emit('error', e), stream, err);
  else process.nextTick((s) => s.emit('close'), stream);
  if (!stream.destroyed) stream[sym.destroyedFlag] = true;
}

module.exports = { destroy, undestroy, errorOrDestroy, construct, destroyer, combine };
