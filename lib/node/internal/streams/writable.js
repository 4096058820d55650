'use strict';
// Writable: queues writes behind the one in flight, batches them for _writev, ends with _final.

const process = require('process');
const { Buffer } = require('buffer');
const { Stream } = require('node/internal/streams/legacy');
const { pickHighWaterMark } = require('node/internal/streams/hwm');
const teardown = require('node/internal/streams/destroy');
const { isUint8Array, asBuffer } = require('node/internal/streams/shared');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_MULTIPLE_CALLBACK,
    ERR_STREAM_CANNOT_PIPE, ERR_STREAM_DESTROYED, ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_NULL_VALUES, ERR_STREAM_WRITE_AFTER_END, ERR_UNKNOWN_ENCODING,
  },
} = require('node/internal/errors');

const { errorOrDestroy } = teardown;
const endWaiters = Symbol('kOnFinished');
const noop = () => {};

function WritableState(options, wr, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = wr instanceof Stream.Duplex;
  this.objectMode = !!(options && (options.objectMode || (isDuplex && options.writableObjectMode)));
  this.highWaterMark = pickHighWaterMark(options, 'writableHighWaterMark', isDuplex, this.objectMode);
  this.finalCalled = false;
  this.needDrain = false;
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.destroyed = false;
  this.decodeStrings = !(options && options.decodeStrings === false);
  this.defaultEncoding = checkedEncoding(options);
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  this.sync = true;
  this.bufferProcessing = false;
  this.onwrite = (err) => afterOneWrite(wr, err);
  this.writecb = null;
  this.writelen = 0;
  this.afterWriteTickInfo = null;
  emptyQueue(this);
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this[endWaiters] = [];
}

function checkedEncoding(options) {
  const enc = options && options.defaultEncoding;
  if (!enc) return 'utf8';
  if (!Buffer.isEncoding(enc)) throw new ERR_UNKNOWN_ENCODING(enc);
  return enc;
}

function emptyQueue(ws) {
  ws.buffered = [];
  ws.bufferedIndex = 0;
  ws.allBuffers = true;
  ws.allNoop = true;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};
Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  __proto__: null, configurable: true,
  get() { return this.buffered.length - this.bufferedIndex; },
});

const plainHasInstance = Function.prototype[Symbol.hasInstance];

function Writable(options) {
  const isDuplex = this instanceof Stream.Duplex;
  if (!isDuplex && !plainHasInstance.call(Writable, this)) return new Writable(options);
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('node/internal/streams/signal').addAbortSignalNoValidate(options.signal, this);
  }
  Stream.call(this, options);
  teardown.construct(this, () => { afterConstruct(this); });
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

function afterConstruct(wr) {
  const ws = wr._writableState;
  if (!ws.writing) flushQueue(wr, ws);
  maybeFinish(wr, ws);
}

Object.defineProperty(Writable, Symbol.hasInstance, {
  __proto__: null, configurable: true,
  value(obj) {
    if (plainHasInstance.call(this, obj)) return true;
    if (this !== Writable) return false;
    return !!(obj && obj._writableState instanceof WritableState);
  },
});

Writable.WritableState = WritableState;

Writable.prototype.pipe = function() {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

function writeImpl(wr, chunk, encoding, cb) {
  const ws = wr._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = ws.objectMode ? null : ws.defaultEncoding;
  } else {
    if (!encoding) {
      if (!ws.objectMode) encoding = ws.defaultEncoding;
    } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (typeof cb !== 'function') cb = noop;
  }
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (!ws.objectMode) {
    if (typeof chunk === 'string') {
      if (ws.decodeStrings !== false) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = asBuffer(chunk);
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }
  let err = null;
  if (ws.ending) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (ws.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(wr, err, true);
    return err;
  }
  ws.pendingcb++;
  return enqueueOrWrite(wr, ws, chunk, encoding, cb);
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  return writeImpl(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const ws = this._writableState;
  if (ws.corked) {
    ws.corked--;
    if (!ws.writing) flushQueue(this, ws);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function enqueueOrWrite(wr, ws, chunk, encoding, callback) {
  const size = ws.objectMode ? 1 : chunk.length;
  ws.length += size;
  if (ws.writing || ws.corked || ws.errored || !ws.constructed) {
    ws.buffered.push({ chunk, encoding, callback });
    if (ws.allBuffers && encoding !== 'buffer') ws.allBuffers = false;
    if (ws.allNoop && callback !== noop) ws.allNoop = false;
  } else {
    ws.writelen = size;
    ws.writecb = callback;
    ws.writing = true;
    ws.sync = true;
    wr._write(chunk, encoding, ws.onwrite);
    ws.sync = false;
  }
  const below = ws.length < ws.highWaterMark || ws.length === 0;
  if (!below) ws.needDrain = true;
  return below && !ws.errored && !ws.destroyed;
}

function startWrite(wr, ws, many, size, chunk, encoding, cb) {
  ws.writelen = size;
  ws.writecb = cb;
  ws.writing = true;
  ws.sync = true;
  if (ws.destroyed) ws.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (many) wr._writev(chunk, ws.onwrite);
  else wr._write(chunk, encoding, ws.onwrite);
  ws.sync = false;
}

function failWrite(wr, ws, err, cb) {
  --ws.pendingcb;
  cb(err);
  failQueued(ws);
  errorOrDestroy(wr, err);
}

function afterOneWrite(wr, err) {
  const ws = wr._writableState;
  const sync = ws.sync;
  const cb = ws.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(wr, new ERR_MULTIPLE_CALLBACK());
    return;
  }
  ws.writing = false;
  ws.writecb = null;
  ws.length -= ws.writelen;
  ws.writelen = 0;
  if (err) {
    void err.stack;
    if (!ws.errored) ws.errored = err;
    const rst = wr._readableState;
    if (rst && !rst.errored) rst.errored = err;
    if (sync) process.nextTick(failWrite, wr, ws, err, cb);
    else failWrite(wr, ws, err, cb);
    return;
  }
  if (ws.buffered.length > ws.bufferedIndex) flushQueue(wr, ws);
  if (sync) {
    const pending = ws.afterWriteTickInfo;
    if (cb === noop && !ws.needDrain) {
      // Nothing to report later: settle the bookkeeping now.
      ws.pendingcb--;
    } else if (pending !== null && pending.cb === cb) {
      pending.count++;
    } else {
      const info = { count: 1, cb, stream: wr, state: ws };
      ws.afterWriteTickInfo = info;
      process.nextTick(afterWriteTick, info);
    }
  } else {
    completeWrites(wr, ws, 1, cb);
  }
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  completeWrites(info.stream, info.state, info.count, info.cb);
}

function completeWrites(wr, ws, count, cb) {
  if (!ws.ending && !wr.destroyed && ws.length === 0 && ws.needDrain) {
    ws.needDrain = false;
    wr.emit('drain');
  }
  while (count-- > 0) {
    ws.pendingcb--;
    cb(null);
  }
  if (ws.destroyed) failQueued(ws);
  maybeFinish(wr, ws, true);
}

function failQueued(ws) {
  if (ws.writing) return;
  for (let i = ws.bufferedIndex; i < ws.buffered.length; i++) {
    const { chunk, callback } = ws.buffered[i];
    ws.length -= ws.objectMode ? 1 : chunk.length;
    callback(ws.errored ?? new ERR_STREAM_DESTROYED('write'));
  }
  for (const fn of ws[endWaiters].splice(0)) fn(ws.errored ?? new ERR_STREAM_DESTROYED('end'));
  emptyQueue(ws);
}

function flushQueue(wr, ws) {
  if (ws.corked || ws.bufferProcessing || ws.destroyed || !ws.constructed) return;
  const queue = ws.buffered;
  let i = ws.bufferedIndex;
  const count = queue.length - i;
  if (!count) return;
  ws.bufferProcessing = true;
  if (count > 1 && wr._writev) {
    ws.pendingcb -= count - 1;
    const from = i;
    const cb = ws.allNoop ? noop : (err) => {
      for (let k = from; k < queue.length; k++) queue[k].callback(err);
    };
    const chunks = ws.allNoop && from === 0 ? queue : queue.slice(from);
    chunks.allBuffers = ws.allBuffers;
    startWrite(wr, ws, true, ws.length, chunks, '', cb);
    emptyQueue(ws);
  } else {
    do {
      const { chunk, encoding, callback } = queue[i];
      queue[i++] = null;
      startWrite(wr, ws, false, ws.objectMode ? 1 : chunk.length, chunk, encoding, callback);
    } while (i < queue.length && !ws.writing);
    if (i === queue.length) emptyQueue(ws);
    else if (i > 256) { queue.splice(0, i); ws.bufferedIndex = 0; }
    else ws.bufferedIndex = i;
  }
  ws.bufferProcessing = false;
}

Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
};
Writable.prototype._writev = null;

Writable.prototype.end = function end(chunk, encoding, cb) {
  const ws = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  let err;
  if (chunk !== null && chunk !== undefined) {
    const rst = writeImpl(this, chunk, encoding);
    if (rst instanceof Error) err = rst;
  }
  if (ws.corked) {
    ws.corked = 1;
    this.uncork();
  }
  if (err) {
    // already reported by write
  } else if (!ws.errored && !ws.ending) {
    ws.ending = true;
    maybeFinish(this, ws, true);
    ws.ended = true;
  } else if (ws.finished) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if (ws.destroyed) {
    err = new ERR_STREAM_DESTROYED('end');
  }
  if (typeof cb === 'function') {
    if (err) process.nextTick(cb, err);
    else if (ws.errored) process.nextTick(cb, ws.errored);
    else if (ws.finished) process.nextTick(cb, null);
    else ws[endWaiters].push(cb);
  }
  return this;
};

function readyToFinish(ws) {
  return ws.ending && !ws.destroyed && ws.constructed && ws.length === 0 &&
    !ws.errored && ws.buffered.length === 0 && !ws.finished && !ws.writing &&
    !ws.errorEmitted && !ws.closeEmitted;
}

function runFinal(wr, ws) {
  let called = false;
  const done = (err) => {
    if (called) {
      errorOrDestroy(wr, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    ws.pendingcb--;
    if (err) {
      for (const fn of ws[endWaiters].splice(0)) fn(err);
      errorOrDestroy(wr, err, ws.sync);
    } else if (readyToFinish(ws)) {
      ws.prefinished = true;
      wr.emit('prefinish');
      ws.pendingcb++;
      process.nextTick(finishNow, wr, ws);
    }
  };
  ws.sync = true;
  ws.pendingcb++;
  try {
    wr._final(done);
  } catch (err) {
    done(err);
  }
  ws.sync = false;
}

function maybePrefinish(wr, ws) {
  if (ws.prefinished || ws.finalCalled) return;
  if (typeof wr._final === 'function' && !ws.destroyed) {
    ws.finalCalled = true;
    runFinal(wr, ws);
  } else {
    ws.prefinished = true;
    wr.emit('prefinish');
  }
}

function maybeFinish(wr, ws, sync) {
  if (!readyToFinish(ws)) return;
  maybePrefinish(wr, ws);
  if (ws.pendingcb !== 0) return;
  if (sync) {
    ws.pendingcb++;
    process.nextTick(() => {
      if (readyToFinish(ws)) finishNow(wr, ws);
      else ws.pendingcb--;
    });
  } else if (readyToFinish(ws)) {
    ws.pendingcb++;
    finishNow(wr, ws);
  }
}

function finishNow(wr, ws) {
  ws.pendingcb--;
  ws.finished = true;
  for (const fn of ws[endWaiters].splice(0)) fn(null);
  wr.emit('finish');
  if (ws.autoDestroy) {
    const rst = wr._readableState;
    if (!rst || (rst.autoDestroy && (rst.endEmitted || rst.readable === false))) wr.destroy();
  }
}

function defineGetters(proto, table) {
  for (const name of Object.keys(table)) {
    Object.defineProperty(proto, name, { __proto__: null, enumerable: false, configurable: true, ...table[name] });
  }
}

defineGetters(Writable.prototype, {
  closed: { get() { return this._writableState ? this._writableState.closed : false; } },
  destroyed: {
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(v) { if (this._writableState) this._writableState.destroyed = v; },
  },
  writable: {
    get() {
      const wst = this._writableState;
      return !!wst && wst.writable !== false && !wst.destroyed && !wst.errored && !wst.ending && !wst.ended;
    },
    set(v) { if (this._writableState) this._writableState.writable = !!v; },
  },
  writableFinished: { get() { return this._writableState ? this._writableState.finished : false; } },
  writableObjectMode: { get() { return this._writableState ? this._writableState.objectMode : false; } },
  writableBuffer: { get() { return this._writableState && this._writableState.getBuffer(); } },
  writableEnded: { get() { return this._writableState ? this._writableState.ending : false; } },
  writableNeedDrain: {
    get() {
      const wst = this._writableState;
      if (!wst) return false;
      return !wst.destroyed && !wst.ending && wst.needDrain;
    },
  },
  writableHighWaterMark: { get() { return this._writableState && this._writableState.highWaterMark; } },
  writableCorked: { get() { return this._writableState ? this._writableState.corked : 0; } },
  writableLength: { get() { return this._writableState && this._writableState.length; } },
  errored: { get() { return this._writableState ? this._writableState.errored : null; } },
  writableAborted: {
    get() {
      const wst = this._writableState;
      return !!(wst.writable !== false && (wst.destroyed || wst.errored) && !wst.finished);
    },
  },
});

Writable.prototype.destroy = function destroy(err, cb) {
  const ws = this._writableState;
  if (!ws.destroyed && (ws.bufferedIndex < ws.buffered.length || ws[endWaiters].length)) {
    process.nextTick(failQueued, ws);
  }
  teardown.destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = teardown.undestroy;
Writable.prototype._destroy = function(err, cb) { cb(err); };
Writable.prototype[require('events').captureRejectionSymbol] = function(err) { this.destroy(err); };

Writable.prototype[Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose')] = function() {
  let reason;
  if (!this.destroyed) {
    reason = this.writableFinished ? null : new (require('node/internal/errors').AbortError)();
    this.destroy(reason);
  }
  return new Promise((resolve, reject) => {
    require('node/internal/streams/finished').finished(this, (err) => {
      if (err && err !== reason) reject(err);
      else resolve(null);
    });
  });
};

Writable.fromWeb = function(writableStream, options) {
  return require('node/internal/webstreams/adapters').writableFromWeb(writableStream, options);
};
Writable.toWeb = function(streamWritable) {
  return require('node/internal/webstreams/adapters').writableToWeb(streamWritable);
};

Writable._afterConstruct = afterConstruct;
module.exports = Writable;
