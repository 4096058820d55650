'use strict';
// The zlib engine under node:zlib: ZlibBase, a Transform stream over one C z_stream handle
// (src/zlib.c), with the sync and async drivers and the option checks. Async work runs on the
// worker pool, one zlib call per job, as Node's does on libuv's pool.

const Buffer = require('buffer').Buffer;
const { Transform } = require('stream');
const errors = require('node/internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_TOO_LARGE, ERR_ZLIB_INITIALIZATION_FAILED } = errors.codes;
const { constants: C } = require('node/internal/zlib_constants');

const kFlushKind = Symbol('flush kind');
const kFailure = Symbol('failure');
const kMode = Symbol('kMode');
const kDict = Symbol('kDict');
const kMaxOut = require('buffer').kMaxLength; // read once, at load, as Node does
const kStepsPerTurn = 32;        // zlib calls per loop turn in async mode

const codeNames = {};
for (const name of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR',
  'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  codeNames[C[name]] = name;
}

function zlibError(message, errno) {
  const e = new Error(message);
  e.errno = errno;
  e.code = codeNames[errno];
  return e;
}

// A number option: the default when undefined or NaN, else checked against [lower, upper].
function rangeOption(value, name, lower, upper, def) {
  if (value === undefined || Number.isNaN(value)) return def;
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isFinite(value)) throw new ERR_OUT_OF_RANGE(name, 'a finite number', value);
  if (value < lower || value > upper) throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, value);
  return value;
}

function finiteOption(value, name) {
  if (value === undefined || Number.isNaN(value)) return false;
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isFinite(value)) throw new ERR_OUT_OF_RANGE(name, 'a finite number', value);
  return true;
}

function isInflateMode(mode) {
  return mode === C.INFLATE || mode === C.GUNZIP || mode === C.UNZIP;
}

function nextTick(fn, ...args) {
  require('process').nextTick(fn, ...args);
}

// The checked options of a zlib engine; opts is an object or undefined.
function parseOptions(opts, mode) {
  let chunkSize = C.Z_DEFAULT_CHUNK;
  let flush = C.Z_NO_FLUSH;
  let finishFlush = C.Z_FINISH;
  let maxOutputLength = kMaxOut;
  let level = C.Z_DEFAULT_COMPRESSION;
  let windowBits = C.Z_DEFAULT_WINDOWBITS;
  let memLevel = C.Z_DEFAULT_MEMLEVEL;
  let strategy = C.Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts !== undefined) {
    if (finiteOption(opts.chunkSize, 'options.chunkSize')) {
      ({ chunkSize } = opts);
      if (chunkSize < C.Z_MIN_CHUNK) throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${C.Z_MIN_CHUNK}`, chunkSize);
    }
    flush = rangeOption(opts.flush, 'options.flush', C.Z_NO_FLUSH, C.Z_BLOCK, flush);
    finishFlush = rangeOption(opts.finishFlush, 'options.finishFlush', C.Z_NO_FLUSH, C.Z_BLOCK, finishFlush);
    maxOutputLength = rangeOption(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxOut, maxOutputLength);
    if (isInflateMode(mode) && opts.windowBits === 0) {
      windowBits = 0;
    } else {
      const min = mode === C.GZIP ? 9 : C.Z_MIN_WINDOWBITS;
      windowBits = rangeOption(opts.windowBits, 'options.windowBits', min, C.Z_MAX_WINDOWBITS, windowBits);
    }
    level = rangeOption(opts.level, 'options.level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL, level);
    memLevel = rangeOption(opts.memLevel, 'options.memLevel', C.Z_MIN_MEMLEVEL, C.Z_MAX_MEMLEVEL, memLevel);
    strategy = rangeOption(opts.strategy, 'options.strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED, strategy);
    ({ dictionary } = opts);
    if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
      if (dictionary instanceof ArrayBuffer || binding.classOf(dictionary) === 'SharedArrayBuffer') {
        dictionary = new Uint8Array(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
          dictionary);
      }
    }
  }
  return { chunkSize, flush, finishFlush, maxOutputLength, level, windowBits, memLevel, strategy, dictionary };
}

// Opens the z_stream for cfg and puts the engine fields on target.
function attach(target, cfg, mode, opts) {
  const handle = binding.zlibNew();
  const code = binding.zlibInit(handle, mode, cfg.level | 0, cfg.windowBits | 0, cfg.memLevel | 0,
    cfg.strategy | 0, cfg.dictionary);
  if (code !== C.Z_OK) {
    binding.zlibClose(handle);
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  Object.assign(target, {
    _handle: handle,
    _outBuffer: Buffer.allocUnsafe(cfg.chunkSize),
    _outOffset: 0,
    _chunkSize: cfg.chunkSize,
    _defaultFlushFlag: cfg.flush,
    _finishFlushFlag: cfg.finishFlush,
    _defaultFullFlushFlag: C.Z_FULL_FLUSH,
    _info: opts !== undefined && Boolean(opts.info),
    _maxOutputLength: cfg.maxOutputLength,
    _level: cfg.level,
    _strategy: cfg.strategy,
  });
  target[kMode] = mode;
  target[kDict] = cfg.dictionary;
}

// ZlibBase(opts, mode): the shared constructor of Deflate, Inflate, Gzip...
function ZlibBase(opts, mode) {
  if (opts === null || typeof opts !== 'object') opts = undefined;
  const cfg = parseOptions(opts, mode);
  Transform.call(this, { autoDestroy: true, ...opts, objectMode: false, readableObjectMode: false, writableObjectMode: false });
  this[kFailure] = null;
  this.bytesWritten = 0;
  attach(this, cfg, mode, opts);
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return !this._handle; },
});

let bytesReadWarned = false;
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null, configurable: true, enumerable: true,
  get() {
    if (!bytesReadWarned) {
      bytesReadWarned = true;
      require('process').emitWarning('zlib.bytesRead is deprecated and will change its meaning in the future. ' +
        'Use zlib.bytesWritten instead.', 'DeprecationWarning', 'DEP0108');
    }
    return this.bytesWritten; // the old name of the same count
  },
  set(v) { this.bytesWritten = v; },
});

// One zlib call on input[off..]. Returns the output piece (or null) and sets this._more
// (the output buffer filled: call again) and this._consumed. Throws a zlib error.
ZlibBase.prototype._step = function _step(input, off, flushFlag) {
  const out = this._outBuffer;
  const start = this._outOffset;
  const r = binding.zlibWrite(this._handle, flushFlag, off === 0 ? input : input.subarray(off),
    start === 0 ? out : out.subarray(start));
  return this._afterWrite(r, input.byteLength - off, out, start, flushFlag);
};

// Accounts for one zlib call's result r = [code, availIn, availOut] whose output went to
// out[start..]: throws zlib's error, or returns the new piece (or null).
ZlibBase.prototype._afterWrite = function _afterWrite(r, inLen, out, start, flushFlag) {
  const code = r[0];
  const availIn = r[1];
  const availOut = r[2];
  this._consumed = inLen - availIn;
  this.bytesWritten += this._consumed;
  const produced = out.length - start - availOut;
  if (code !== C.Z_OK && code !== C.Z_STREAM_END && code !== C.Z_BUF_ERROR) {
    if (code === C.Z_NEED_DICT) throw zlibError('Missing dictionary', C.Z_NEED_DICT);
    if (code === C.Z_NEED_DICT + 100) throw zlibError('Bad dictionary', C.Z_NEED_DICT);
    throw zlibError(binding.zlibMessage(this._handle) || 'Zlib error', code);
  }
  if (code !== C.Z_STREAM_END && availOut !== 0 && flushFlag === C.Z_FINISH) {
    throw zlibError('unexpected end of file', C.Z_BUF_ERROR);
  }
  let piece = null;
  if (produced > 0) {
    piece = out.subarray(start, start + produced);
    this._outOffset += produced;
  }
  if (availOut === 0 || this._outOffset >= this._chunkSize) {
    this._outBuffer = Buffer.allocUnsafe(this._chunkSize);
    this._outOffset = 0;
  }
  this._more = availOut === 0;
  return piece;
};

// Runs all of input through zlib now; returns the output buffers' concatenation.
ZlibBase.prototype._processSync = function _processSync(input, flushFlag) {
  if (!this._handle) throw new (errors.codes.ERR_ZLIB_INITIALIZATION_FAILED)();
  const pieces = [];
  let total = 0;
  let off = 0;
  try {
    do {
      const piece = this._step(input, off, flushFlag);
      off += this._consumed;
      if (piece !== null) {
        total += piece.length;
        if (total > this._maxOutputLength) throw new ERR_BUFFER_TOO_LARGE(this._maxOutputLength);
        pieces.push(piece);
      }
    } while (this._more);
  } catch (err) {
    this._close();
    throw err;
  }
  return pieces.length === 1 ? pieces[0] : Buffer.concat(pieces, total);
};

// Runs input through zlib off the loop thread, one write per pool job (lib/aio/pool.js), handing
// each piece to onPiece; then done(err) once. onPiece returning false stops it silently.
// Without a pool it falls back to the loop thread, a few calls per turn.
let pool;
ZlibBase.prototype._processAsync = function _processAsync(input, flushFlag, onPiece, done) {
  if (pool === undefined) {
    pool = require('aio/pool');
    pool.reserve();
  }
  let off = 0;
  const fail = (err) => {
    this[kFailure] = err;
    this._close();
    done(err);
  };
  const submit = () => {
    if (!this._handle) {
      done(this[kFailure]);
      return;
    }
    const out = this._outBuffer;
    const start = this._outOffset;
    const id = binding.zlibWriteAsync(this._handle, flushFlag, off === 0 ? input : input.subarray(off),
      out.length - start);
    if (id < 0) {
      this._processStepped(input, off, flushFlag, onPiece, done);
      return;
    }
    pool.expect(id, () => {
      if (!this._handle) {
        done(this[kFailure]);
        return;
      }
      let piece;
      try {
        const r = binding.zlibTakeOutput(this._handle, start === 0 ? out : out.subarray(start));
        piece = this._afterWrite(r, input.byteLength - off, out, start, flushFlag);
      } catch (err) {
        fail(err);
        return;
      }
      off += this._consumed;
      if (piece !== null && onPiece(piece) === false) return;
      if (!this._more || !this._handle) done(null);
      else submit();
    });
  };
  submit();
};

// The loop-thread fallback: kStepsPerTurn zlib calls per turn, setImmediate between turns.
ZlibBase.prototype._processStepped = function _processStepped(input, off, flushFlag, onPiece, done) {
  const turn = () => {
    if (!this._handle) {
      done(this[kFailure]);
      return;
    }
    try {
      for (let i = 0; i < kStepsPerTurn; i++) {
        const piece = this._step(input, off, flushFlag);
        off += this._consumed;
        if (piece !== null && onPiece(piece) === false) return;
        if (!this._more || !this._handle) {
          done(null);
          return;
        }
      }
    } catch (err) {
      this[kFailure] = err;
      this._close();
      done(err);
      return;
    }
    require('timers').setImmediate(turn);
  };
  require('timers').setImmediate(turn);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb !== 'function') return this._processSync(chunk, flushFlag);
  this._processAsync(chunk, flushFlag, (piece) => { this.push(piece); }, cb);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  // The last chunk of an ending stream finishes it; flush() markers carry their own kind.
  const ws = this._writableState;
  const last = (ws.ending || ws.ended) && ws.length === chunk.byteLength;
  const marked = chunk[kFlushKind];
  const flushFlag = last ? this._finishFlushFlag : marked !== undefined ? marked : this._defaultFlushFlag;
  if (!this._handle) {
    cb();
    return;
  }
  this._processAsync(chunk, flushFlag, (piece) => {
    this.push(piece);
  }, (err) => {
    if (err) this.destroy(err);
    else cb();
  });
};

ZlibBase.prototype._flush = function _flush(cb) {
  this._transform(Buffer.alloc(0), '', cb);
};

ZlibBase.prototype.flush = function flush(how, cb) {
  if (typeof how === 'function') [how, cb] = [undefined, how];
  if (how === undefined) how = this._defaultFullFlushFlag;
  const ws = this._writableState;
  if (ws.finished) {
    if (cb) nextTick(cb);
    return;
  }
  if (ws.ending) {
    if (cb) this.once('end', cb);
    return;
  }
  // An empty chunk tagged with the flush kind goes through the write queue in order.
  const marker = Buffer.alloc(0);
  marker[kFlushKind] = how;
  this.write(marker, '', cb);
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) require('node/internal/streams/finished').finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._close = function _close() {
  const h = this._handle;
  if (h) {
    this._handle = null;
    binding.zlibClose(h);
  }
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  this._close();
  callback(err);
};

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  const code = binding.zlibReset(this._handle);
  if (code !== C.Z_OK) throw zlibError(binding.zlibMessage(this._handle) || 'Zlib error', code);
};

// Zlib: the zlib-format classes (not brotli), with params().
function Zlib(options, zmode) {
  ZlibBase.call(this, options, zmode);
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// New level and strategy apply after a sync flush of what was written before.
Zlib.prototype.params = function params(lvl, strat, cb) {
  lvl = rangeOption(lvl, 'level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL);
  strat = rangeOption(strat, 'strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED);
  if (this._level === lvl && this._strategy === strat) {
    if (cb) nextTick(cb);
    return;
  }
  this.flush(C.Z_SYNC_FLUSH, () => {
    if (!this._handle) throw new Error('zlib binding closed');
    binding.zlibParams(this._handle, lvl | 0, strat | 0);
    if (this.destroyed) return;
    this._level = lvl;
    this._strategy = strat;
    if (cb) cb();
  });
};

// The one-call sync helpers (deflateSync...) without info: a bare engine, no stream around it.
function SyncEngine() {
  this.bytesWritten = 0;
}
for (const m of ['_step', '_afterWrite', '_processSync', '_close']) SyncEngine.prototype[m] = ZlibBase.prototype[m];

function processBufferSync(mode, input, opts) {
  if (opts === null || typeof opts !== 'object') opts = undefined;
  const engine = new SyncEngine();
  attach(engine, parseOptions(opts, mode), mode, opts);
  const out = engine._processSync(input, engine._finishFlushFlag);
  engine._close();
  return out;
}

module.exports = { ZlibBase, Zlib, zlibError, kMaxOut, processBufferSync };
