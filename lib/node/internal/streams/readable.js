'use strict';
// Readable: a buffered source with paused ("readable" + read()) and flowing ("data") modes.

const process = require('process');
const { Buffer } = require('buffer');
const { Stream, addFirst } = require('node/internal/streams/legacy');
const { pickHighWaterMark } = require('node/internal/streams/hwm');
const teardown = require('node/internal/streams/destroy');
const { sym, isUint8Array, asBuffer } = require('node/internal/streams/shared');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF, ERR_STREAM_UNSHIFT_AFTER_END_EVENT, ERR_UNKNOWN_ENCODING,
  },
} = require('node/internal/errors');

const { errorOrDestroy } = teardown;
const pausedKey = Symbol('kPaused');
const noop = () => {};

// Pending chunks live in rs.buffer, an array read from rs.bufferIndex on; consumed slots
// are nulled and the array is emptied once everything in it was taken.
function firstChunk(rs) {
  return rs.buffer[rs.bufferIndex];
}

function dropFirst(rs) {
  const list = rs.buffer;
  const v = list[rs.bufferIndex];
  list[rs.bufferIndex++] = null;
  if (rs.bufferIndex === list.length) {
    list.length = 0;
    rs.bufferIndex = 0;
  } else if (rs.bufferIndex > 1024) {
    list.splice(0, rs.bufferIndex);
    rs.bufferIndex = 0;
  }
  return v;
}

function putFront(rs, piece) {
  if (rs.bufferIndex > 0) rs.buffer[--rs.bufferIndex] = piece;
  else rs.buffer.unshift(piece);
}

function resetBuffer(rs, chunks) {
  rs.buffer = chunks;
  rs.bufferIndex = 0;
}

function joinChunks(rs, total) {
  const out = Buffer.allocUnsafe(total >>> 0);
  let at = 0;
  const list = rs.buffer;
  for (let i = rs.bufferIndex; i < list.length; i++) {
    out.set(list[i], at);
    at += list[i].length;
  }
  return out;
}

// Removes exactly n bytes (or characters when the chunks are strings) from the front.
function takeBytes(rs, n, strings) {
  const list = rs.buffer;
  const head = list[rs.bufferIndex];
  if (n < head.length) {
    list[rs.bufferIndex] = head.slice(n);
    return head.slice(0, n);
  }
  if (n === head.length) return dropFirst(rs);
  if (strings) {
    let s = '';
    while (n > 0) {
      const c = list[rs.bufferIndex];
      if (c.length <= n) {
        s += c;
        n -= c.length;
        dropFirst(rs);
      } else {
        s += c.slice(0, n);
        list[rs.bufferIndex] = c.slice(n);
        n = 0;
      }
    }
    return s;
  }
  const out = Buffer.allocUnsafe(n);
  let at = 0;
  while (at < n) {
    const c = list[rs.bufferIndex];
    const want = n - at;
    if (c.length <= want) {
      out.set(c, at);
      at += c.length;
      dropFirst(rs);
    } else {
      out.set(new Uint8Array(c.buffer, c.byteOffset, want), at);
      list[rs.bufferIndex] = c.slice(want);
      at = n;
    }
  }
  return out;
}

function ReadableState(options, rd, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = rd instanceof Stream.Duplex;
  this.objectMode = !!(options && (options.objectMode || (isDuplex && options.readableObjectMode)));
  this.highWaterMark = pickHighWaterMark(options, 'readableHighWaterMark', isDuplex, this.objectMode);
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.constructed = true;
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this[pausedKey] = null;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  if (this.defaultEncoding !== 'utf8' && !Buffer.isEncoding(this.defaultEncoding)) {
    throw new ERR_UNKNOWN_ENCODING(this.defaultEncoding);
  }
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    const { StringDecoder } = require('string_decoder');
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

Object.defineProperty(ReadableState.prototype, 'pipesCount', {
  __proto__: null, configurable: true, get() { return this.pipes.length; },
});
Object.defineProperty(ReadableState.prototype, 'paused', {
  __proto__: null, configurable: true,
  get() { return this[pausedKey] === true; },
  set(v) { this[pausedKey] = !!v; },
});

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = this instanceof Stream.Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) require('node/internal/streams/signal').addAbortSignalNoValidate(options.signal, this);
  }
  Stream.call(this, options);
  teardown.construct(this, () => {
    if (this._readableState.needReadable) scheduleReadMore(this, this._readableState);
  });
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

Readable.ReadableState = ReadableState;
Readable.prototype.destroy = teardown.destroy;
Readable.prototype._undestroy = teardown.undestroy;
Readable.prototype._destroy = function(err, cb) { cb(err); };
Readable.prototype[require('events').captureRejectionSymbol] = function(err) { this.destroy(err); };

Readable.prototype[Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose')] = function() {
  let reason;
  if (!this.destroyed) {
    reason = this.readableEnded ? null : new (require('node/internal/errors').AbortError)();
    this.destroy(reason);
  }
  return new Promise((resolve, reject) => {
    require('node/internal/streams/finished').finished(this, (err) => {
      if (err && err !== reason) reject(err);
      else resolve(null);
    });
  });
};

Readable.prototype.push = function push(piece, enc) {
  return addChunkFrom(this, piece, enc, false);
};
Readable.prototype.unshift = function unshift(piece, enc) {
  return addChunkFrom(this, piece, enc, true);
};

function addChunkFrom(rd, piece, enc, front) {
  const rs = rd._readableState;
  if (!rs.objectMode) {
    if (typeof piece === 'string') {
      enc = enc || rs.defaultEncoding;
      if (rs.encoding !== enc) {
        if (front && rs.encoding) {
          piece = Buffer.from(piece, enc).toString(rs.encoding);
        } else {
          piece = Buffer.from(piece, enc);
          enc = '';
        }
      }
    } else if (piece instanceof Buffer) {
      enc = '';
    } else if (ArrayBuffer.isView(piece)) {
      piece = asBuffer(piece);
      enc = '';
    } else if (piece != null) {
      errorOrDestroy(rd, new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], piece));
      return canTakeMore(rs);
    }
  }
  if (piece === null) {
    rs.reading = false;
    handleEof(rd, rs);
  } else if (rs.objectMode || (piece && piece.length > 0)) {
    if (front) {
      if (rs.endEmitted) errorOrDestroy(rd, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      else if (rs.destroyed || rs.errored) return false;
      else storeChunk(rd, rs, piece, true);
    } else if (rs.ended) {
      errorOrDestroy(rd, new ERR_STREAM_PUSH_AFTER_EOF());
    } else if (rs.destroyed || rs.errored) {
      return false;
    } else {
      rs.reading = false;
      if (rs.decoder && !enc) {
        piece = rs.decoder.write(piece);
        if (rs.objectMode || piece.length !== 0) storeChunk(rd, rs, piece, false);
        else scheduleReadMore(rd, rs);
      } else {
        storeChunk(rd, rs, piece, false);
      }
    }
  } else if (!front) {
    rs.reading = false;
    scheduleReadMore(rd, rs);
  }
  return canTakeMore(rs);
}

function canTakeMore(rs) {
  return !rs.ended && (rs.length < rs.highWaterMark || rs.length === 0);
}

function clearAwaitDrain(rs) {
  if (rs.multiAwaitDrain) rs.awaitDrainWriters.clear();
  else rs.awaitDrainWriters = null;
}

function storeChunk(rd, rs, piece, front) {
  if (rs.flowing && rs.length === 0 && !rs.sync && rd.listenerCount('data') > 0) {
    clearAwaitDrain(rs);
    rs.dataEmitted = true;
    rd.emit('data', piece);
  } else {
    rs.length += rs.objectMode ? 1 : piece.length;
    if (front) putFront(rs, piece);
    else rs.buffer.push(piece);
    if (rs.needReadable) scheduleReadable(rd);
  }
  scheduleReadMore(rd, rs);
}

function handleEof(rd, rs) {
  if (rs.ended) return;
  if (rs.decoder) {
    const rest = rs.decoder.end();
    if (rest && rest.length) {
      rs.buffer.push(rest);
      rs.length += rs.objectMode ? 1 : rest.length;
    }
  }
  rs.ended = true;
  if (rs.sync) {
    scheduleReadable(rd);
  } else {
    rs.needReadable = false;
    rs.emittedReadable = true;
    fireReadable(rd);
  }
}

Readable.prototype.isPaused = function isPaused() {
  const rs = this._readableState;
  return rs[pausedKey] === true || rs.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  const { StringDecoder } = require('string_decoder');
  const decoder = new StringDecoder(enc);
  const rs = this._readableState;
  rs.decoder = decoder;
  rs.encoding = decoder.encoding;
  let text = '';
  for (let i = rs.bufferIndex; i < rs.buffer.length; i++) text += decoder.write(rs.buffer[i]);
  resetBuffer(rs, text !== '' ? [text] : []);
  rs.length = text.length;
  return this;
};

const HWM_LIMIT = 0x40000000;
function growHighWaterMark(n) {
  if (n > HWM_LIMIT) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

function amountToRead(n, rs) {
  if (n <= 0 || (rs.length === 0 && rs.ended)) return 0;
  if (rs.objectMode) return 1;
  if (Number.isNaN(n)) {
    if (rs.flowing && rs.length) return firstChunk(rs).length;
    return rs.length;
  }
  if (n <= rs.length) return n;
  return rs.ended ? rs.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const rs = this._readableState;
  const requested = n;
  if (n > rs.highWaterMark) rs.highWaterMark = growHighWaterMark(n);
  if (n !== 0) rs.emittedReadable = false;

  if (n === 0 && rs.needReadable &&
      ((rs.highWaterMark !== 0 ? rs.length >= rs.highWaterMark : rs.length > 0) || rs.ended)) {
    if (rs.length === 0 && rs.ended) scheduleEnd(this);
    else scheduleReadable(this);
    return null;
  }

  n = amountToRead(n, rs);
  if (n === 0 && rs.ended) {
    if (rs.length === 0) scheduleEnd(this);
    return null;
  }

  let callRead = rs.needReadable || rs.length === 0 || rs.length - n < rs.highWaterMark;
  if (rs.ended || rs.reading || rs.destroyed || rs.errored || !rs.constructed) callRead = false;
  if (callRead) {
    rs.reading = true;
    rs.sync = true;
    if (rs.length === 0) rs.needReadable = true;
    try {
      this._read(rs.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    rs.sync = false;
    if (!rs.reading) n = amountToRead(requested, rs);
  }

  let out = n > 0 ? takeFromBuffer(n, rs) : null;
  if (out === null) {
    rs.needReadable = rs.length <= rs.highWaterMark;
    n = 0;
  } else {
    rs.length -= n;
    clearAwaitDrain(rs);
  }
  if (rs.length === 0) {
    if (!rs.ended) rs.needReadable = true;
    if (requested !== n && rs.ended) scheduleEnd(this);
  }
  if (out !== null && !rs.errorEmitted && !rs.closeEmitted) {
    rs.dataEmitted = true;
    this.emit('data', out);
  }
  return out;
};

function takeFromBuffer(n, rs) {
  if (rs.length === 0) return null;
  if (rs.objectMode) return dropFirst(rs);
  if (!n || n >= rs.length) {
    let all;
    const list = rs.buffer;
    if (rs.decoder) all = list.slice(rs.bufferIndex).join('');
    else if (list.length - rs.bufferIndex === 1) all = list[rs.bufferIndex];
    else all = joinChunks(rs, rs.length);
    resetBuffer(rs, []);
    return all;
  }
  return takeBytes(rs, n, !!rs.decoder);
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

function scheduleReadable(rd) {
  const rs = rd._readableState;
  rs.needReadable = false;
  if (!rs.emittedReadable) {
    rs.emittedReadable = true;
    process.nextTick(fireReadable, rd);
  }
}

function fireReadable(rd) {
  const rs = rd._readableState;
  if (!rs.destroyed && !rs.errored && (rs.length || rs.ended)) {
    rd.emit('readable');
    rs.emittedReadable = false;
  }
  rs.needReadable = !rs.flowing && !rs.ended && rs.length <= rs.highWaterMark;
  drainFlowing(rd);
}

function scheduleReadMore(rd, rs) {
  if (!rs.readingMore && rs.constructed) {
    rs.readingMore = true;
    process.nextTick(readMore, rd, rs);
  }
}

function readMore(rd, rs) {
  while (!rs.reading && !rs.ended &&
         (rs.length < rs.highWaterMark || (rs.flowing && rs.length === 0))) {
    const before = rs.length;
    rd.read(0);
    if (before === rs.length) break;
  }
  rs.readingMore = false;
}

function drainFlowing(rd) {
  const rs = rd._readableState;
  while (rs.flowing && rd.read() !== null);
}

Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  const src = this;
  const rs = this._readableState;
  if (rs.pipes.length === 1 && !rs.multiAwaitDrain) {
    rs.multiAwaitDrain = true;
    rs.awaitDrainWriters = new Set(rs.awaitDrainWriters ? [rs.awaitDrainWriters] : []);
  }
  rs.pipes.push(dest);

  const stdio = process.stdout === dest || process.stderr === dest;
  const shouldEnd = (!pipeOpts || pipeOpts.end !== false) && !stdio;
  const onSrcEnd = shouldEnd ? endDest : detachSelf;
  if (rs.endEmitted) process.nextTick(onSrcEnd);
  else src.once('end', onSrcEnd);

  let drainHandler = null;
  let detached = false;

  function endDest() { dest.end(); }
  function detachSelf() { src.unpipe(dest); }

  function onUnpipe(readable, info) {
    if (readable === src && info && info.hasUnpiped === false) {
      info.hasUnpiped = true;
      cleanup();
    }
  }
  function cleanup() {
    dest.removeListener('close', onDestClose);
    dest.removeListener('finish', onDestFinish);
    if (drainHandler) dest.removeListener('drain', drainHandler);
    dest.removeListener('error', onDestError);
    dest.removeListener('unpipe', onUnpipe);
    src.removeListener('end', endDest);
    src.removeListener('end', detachSelf);
    src.removeListener('data', onData);
    detached = true;
    if (drainHandler && rs.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) {
      drainHandler();
    }
  }
  function holdBack() {
    if (!detached) {
      if (rs.pipes.length === 1 && rs.pipes[0] === dest) {
        rs.awaitDrainWriters = dest;
        rs.multiAwaitDrain = false;
      } else if (rs.pipes.length > 1 && rs.pipes.includes(dest)) {
        rs.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!drainHandler) {
      drainHandler = () => {
        if (rs.awaitDrainWriters === dest) rs.awaitDrainWriters = null;
        else if (rs.multiAwaitDrain) rs.awaitDrainWriters.delete(dest);
        if ((!rs.awaitDrainWriters || rs.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
          src.resume();
        }
      };
      dest.on('drain', drainHandler);
    }
  }
  function onData(piece) {
    if (dest.write(piece) === false) holdBack();
  }
  function onDestError(err) {
    detachSelf();
    dest.removeListener('error', onDestError);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, err);
      else dest.emit('error', err);
    }
  }
  function onDestClose() {
    dest.removeListener('finish', onDestFinish);
    detachSelf();
  }
  function onDestFinish() {
    dest.removeListener('close', onDestClose);
    detachSelf();
  }

  dest.on('unpipe', onUnpipe);
  src.on('data', onData);
  addFirst(dest, 'error', onDestError);
  dest.once('close', onDestClose);
  dest.once('finish', onDestFinish);
  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) holdBack();
  else if (!rs.flowing) src.resume();
  return dest;
};

Readable.prototype.unpipe = function unpipe(dest) {
  const rs = this._readableState;
  if (rs.pipes.length === 0) return this;
  if (!dest) {
    const all = rs.pipes;
    rs.pipes = [];
    this.pause();
    for (const d of all) d.emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const at = rs.pipes.indexOf(dest);
  if (at === -1) return this;
  rs.pipes.splice(at, 1);
  if (rs.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

Readable.prototype.on = function on(ev, fn) {
  const result = Stream.prototype.on.call(this, ev, fn);
  const rs = this._readableState;
  if (ev === 'data') {
    rs.readableListening = this.listenerCount('readable') > 0;
    if (rs.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!rs.endEmitted && !rs.readableListening) {
      rs.readableListening = rs.needReadable = true;
      rs.flowing = false;
      rs.emittedReadable = false;
      if (rs.length) scheduleReadable(this);
      else if (!rs.reading) process.nextTick(readZero, this);
    }
  }
  return result;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const result = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(refreshListening, this);
  return result;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const result = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(refreshListening, this);
  return result;
};

function refreshListening(self) {
  const rs = self._readableState;
  rs.readableListening = self.listenerCount('readable') > 0;
  if (rs.resumeScheduled && rs[pausedKey] === false) rs.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!rs.readableListening) rs.flowing = null;
}

function readZero(self) { self.read(0); }

Readable.prototype.resume = function resume() {
  const rs = this._readableState;
  if (!rs.flowing) {
    rs.flowing = !rs.readableListening;
    if (!rs.resumeScheduled) {
      rs.resumeScheduled = true;
      process.nextTick(resumeTick, this, rs);
    }
  }
  rs[pausedKey] = false;
  return this;
};

function resumeTick(rd, rs) {
  if (!rs.reading) rd.read(0);
  rs.resumeScheduled = false;
  rd.emit('resume');
  drainFlowing(rd);
  if (rs.flowing && !rs.reading) rd.read(0);
}

Readable.prototype.pause = function pause() {
  const rs = this._readableState;
  if (rs.flowing !== false) {
    rs.flowing = false;
    this.emit('pause');
  }
  rs[pausedKey] = true;
  return this;
};

Readable.prototype.wrap = function wrap(rd) {
  let held = false;
  rd.on('data', (piece) => {
    if (!this.push(piece) && rd.pause) {
      held = true;
      rd.pause();
    }
  });
  rd.on('end', () => { this.push(null); });
  rd.on('error', (err) => { errorOrDestroy(this, err); });
  rd.on('close', () => { this.destroy(); });
  rd.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (held && rd.resume) {
      held = false;
      rd.resume();
    }
  };
  const keys = Object.keys(rd);
  for (let k = 1; k < keys.length; k++) {
    const key = keys[k];
    if (this[key] === undefined && typeof rd[key] === 'function') this[key] = rd[key].bind(rd);
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function() {
  return makeIterator(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) require('node/internal/validators').validateObject(options, 'options');
  return makeIterator(this, options);
};

function makeIterator(rd, options) {
  if (typeof rd.read !== 'function') rd = Readable.wrap(rd, { objectMode: true });
  const it = iterate(rd, options);
  it.stream = rd;
  return it;
}

async function* iterate(rd, options) {
  const { finished } = require('node/internal/streams/finished');
  let wake = noop;
  function waiter(resolve) {
    if (this === rd) {
      wake();
      wake = noop;
    } else {
      wake = resolve;
    }
  }
  rd.on('readable', waiter);
  let failure;
  const stopWatching = finished(rd, { writable: false }, (err) => {
    failure = err ? teardown.combine(failure, err) : null;
    wake();
    wake = noop;
  });
  try {
    while (true) {
      const piece = rd.destroyed ? null : rd.read();
      if (piece !== null) yield piece;
      else if (failure) throw failure;
      else if (failure === null) return;
      else await new Promise(waiter);
    }
  } catch (err) {
    failure = teardown.combine(failure, err);
    throw failure;
  } finally {
    if ((failure || (options && options.destroyOnReturn) !== false) &&
        (failure === undefined || rd._readableState.autoDestroy)) {
      teardown.destroyer(rd, null);
    } else {
      rd.off('readable', waiter);
      stopWatching();
    }
  }
}

function defineGetters(proto, table) {
  for (const name of Object.keys(table)) {
    const d = table[name];
    Object.defineProperty(proto, name, { __proto__: null, enumerable: false, configurable: true, ...d });
  }
}

defineGetters(Readable.prototype, {
  readable: {
    get() {
      const rst = this._readableState;
      return !!rst && rst.readable !== false && !rst.destroyed && !rst.errorEmitted && !rst.endEmitted;
    },
    set(v) { if (this._readableState) this._readableState.readable = !!v; },
  },
  readableDidRead: { enumerable: false, get() { return this._readableState.dataEmitted; } },
  readableAborted: {
    enumerable: false,
    get() {
      const rst = this._readableState;
      return !!(rst.readable !== false && (rst.destroyed || rst.errored) && !rst.endEmitted);
    },
  },
  readableHighWaterMark: { enumerable: false, get() { return this._readableState.highWaterMark; } },
  readableBuffer: { enumerable: false, get() { return this._readableState && this._readableState.buffer; } },
  readableFlowing: {
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(v) { if (this._readableState) this._readableState.flowing = v; },
  },
  readableLength: { enumerable: false, get() { return this._readableState.length; } },
  readableObjectMode: { enumerable: false, get() { return this._readableState ? this._readableState.objectMode : false; } },
  readableEncoding: { enumerable: false, get() { return this._readableState ? this._readableState.encoding : null; } },
  errored: { enumerable: false, get() { return this._readableState ? this._readableState.errored : null; } },
  closed: { get() { return this._readableState ? this._readableState.closed : false; } },
  destroyed: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(v) { if (this._readableState) this._readableState.destroyed = v; },
  },
  readableEnded: { enumerable: false, get() { return this._readableState ? this._readableState.endEmitted : false; } },
});

function scheduleEnd(rd) {
  const rs = rd._readableState;
  if (!rs.endEmitted) {
    rs.ended = true;
    process.nextTick(emitEnd, rs, rd);
  }
}

function emitEnd(rs, rd) {
  if (rs.errored || rs.closeEmitted || rs.endEmitted || rs.length !== 0) return;
  rs.endEmitted = true;
  rd.emit('end');
  if (rd.writable && rd.allowHalfOpen === false) {
    process.nextTick(endWritableSide, rd);
  } else if (rs.autoDestroy) {
    const wst = rd._writableState;
    if (!wst || (wst.autoDestroy && (wst.finished || wst.writable === false))) rd.destroy();
  }
}

function endWritableSide(rd) {
  if (rd.writable && !rd.writableEnded && !rd.destroyed) rd.end();
}

Readable.from = function(iterable, opts) {
  return require('node/internal/streams/from')(Readable, iterable, opts);
};

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      teardown.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

Readable.fromWeb = function(readableStream, options) {
  return require('node/internal/webstreams/adapters').readableFromWeb(readableStream, options);
};
Readable.toWeb = function(streamReadable, options) {
  return require('node/internal/webstreams/adapters').readableToWeb(streamReadable, options);
};

Readable._fromList = takeFromBuffer;
Readable._afterConstruct = (rd) => {
  const rs = rd._readableState;
  if (rs.needReadable) scheduleReadMore(rd, rs);
};

module.exports = Readable;
