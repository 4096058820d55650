'use strict';
// fs.ReadStream and fs.WriteStream: file-backed Readable/Writable streams. The file is opened
// in _construct (unless an fd or FileHandle is given) through fs or a user-supplied `fs`
// object, read or written at a running position, and closed on destroy when autoClose is on.

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_METHOD_NOT_IMPLEMENTED },
} = require('node/internal/errors');
const {
  validateInteger, validateFunction, validateBoolean, validateAbortSignal,
} = require('node/internal/validators');
const U = require('node/internal/fs/utils');

const kOps = Symbol('kFs');
const kBusy = Symbol('kIsPerformingIO');
const kIdle = Symbol('kIoDone');
const kFileHandle = Symbol('kHandle');
const kHandleGone = Symbol('kHandleClosed');

let fsModule;
function realFs() {
  if (fsModule === undefined) fsModule = require('fs');
  return fsModule;
}

function isFileHandle(value) {
  if (value === null || typeof value !== 'object') return false;
  const { FileHandle } = require('node/fs/promises');
  return value instanceof FileHandle;
}

// The options object as a private copy: a string names the encoding.
function copyOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options === 'string') return { encoding: options };
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'object'], options);
  // Inherited option values count too.
  const copy = {};
  for (const key in options) copy[key] = options[key];
  if (copy.encoding !== 'buffer') U.assertEncoding(copy.encoding);
  if (copy.signal !== undefined) validateAbortSignal(copy.signal, 'options.signal');
  return copy;
}

// fs-style operations backed by a FileHandle's promise methods.
function handleOps(handle) {
  const settle = (promise, cb, pick) => {
    promise.then((res) => (pick ? pick(res, cb) : cb(null)), (err) => cb(err));
  };
  return {
    read(fd, buf, offset, length, position, cb) {
      settle(handle.read(buf, offset, length, position), cb, (r, done) => done(null, r.bytesRead, r.buffer));
    },
    write(fd, buf, offset, length, position, cb) {
      settle(handle.write(buf, offset, length, position), cb, (r, done) => done(null, r.bytesWritten, r.buffer));
    },
    writev(fd, buffers, position, cb) {
      settle(handle.writev(buffers, position), cb, (r, done) => done(null, r.bytesWritten, r.buffers));
    },
    fsync(fd, cb) { settle(handle.sync(), cb); },
    close(fd, cb) { settle(handle.close(), cb); },
  };
}

// Shared set-up: where the data lives (fd, FileHandle or path) and which operations to use.
// `checkOps` validates a user-supplied `fs` object.
function attachFile(stream, path, opts, defaultFlags, checkOps) {
  const fd = opts.fd;
  if (fd === undefined || fd === null) {
    stream.fd = null;
    stream.path = U.getValidatedPath(path);
  } else if (isFileHandle(fd)) {
    if (opts.fs !== undefined && opts.fs !== null) {
      throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    }
    stream[kFileHandle] = fd;
    stream.fd = fd.fd;
    stream.path = undefined;
    // A handle closed under the stream ends it; reads still in flight then fail with EBADF,
    // which is expected and not reported.
    fd.on('close', () => {
      stream[kHandleGone] = true;
      stream.destroy();
    });
  } else {
    if (typeof fd !== 'number') throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], fd);
    stream.fd = U.getValidatedFd(fd);
    stream.path = undefined;
  }
  stream.flags = opts.flags === undefined ? defaultFlags : opts.flags;
  stream.mode = opts.mode === undefined ? 0o666 : opts.mode;

  if (stream[kFileHandle] !== undefined) {
    stream[kOps] = handleOps(stream[kFileHandle]);
  } else if (opts.fs !== undefined && opts.fs !== null) {
    checkOps(opts.fs);
    stream[kOps] = opts.fs;
  } else {
    stream[kOps] = realFs();
  }
  stream[kBusy] = false;
}

// Opens stream.path and reports through `done(err)`; emits 'open' and 'ready' on success.
function openPath(stream, done) {
  const onOpen = (err, fd) => {
    if (err) {
      done(err);
      return;
    }
    stream.fd = fd;
    done();
    stream.emit('open', fd);
    stream.emit('ready');
  };
  try {
    stream[kOps].open(stream.path, stream.flags, stream.mode, onOpen);
  } catch (err) {
    // Argument errors (bad flags or mode) reach the stream as an 'error', like I/O errors.
    require('process').nextTick(done, err);
  }
}

// A subclass that still overrides the old open() method drives the opening itself; the
// construct step finishes when it emits 'open' (or 'error').
function constructWithLegacyOpen(stream, callback) {
  const ownEmit = stream.emit;
  const hadOwn = Object.hasOwn(stream, 'emit');
  const restore = () => {
    if (hadOwn) stream.emit = ownEmit;
    else delete stream.emit;
  };
  function interceptor(event, ...args) {
    if (event === 'open') {
      restore();
      callback();
      return Reflect.apply(ownEmit, stream, [event, ...args]);
    }
    if (event === 'error') {
      restore();
      callback(args[0]);
      return true;
    }
    return Reflect.apply(ownEmit, stream, [event, ...args]);
  }
  stream.emit = interceptor;
  stream.open();
}

function construct(stream, callback, builtinOpen) {
  if (stream.open !== builtinOpen) constructWithLegacyOpen(stream, callback);
  else if (stream.fd !== null && stream.fd !== undefined) callback();
  else openPath(stream, callback);
}

// Closes the descriptor once any read/write in flight is done (even without autoClose: an
// explicit destroy() closes it too).
function release(stream, err, callback) {
  const finish = (ioErr) => {
    const fd = stream.fd;
    if (fd === null || fd === undefined) {
      callback(err || ioErr);
      return;
    }
    const closeIt = () => {
      stream[kOps].close(fd, (closeErr) => callback(closeErr || err || ioErr));
      stream.fd = null;
    };
    if (stream.flush && !err) {
      const sync = stream[kOps].fsync || realFs().fsync;
      sync(fd, (syncErr) => {
        if (syncErr) {
          stream[kOps].close(fd, () => callback(syncErr));
          return;
        }
        closeIt();
      });
    } else {
      closeIt();
    }
  };
  if (stream[kBusy]) stream.once(kIdle, finish);
  else finish();
}

let warnedOpen = false;
function warnOpen(kind) {
  if (warnedOpen) return;
  warnedOpen = true;
  require('process').emitWarning(`${kind}.prototype.open() is deprecated`, 'DeprecationWarning', 'DEP0135');
}

function lookAfterOpen(stream) {
  openPath(stream, (err) => {
    if (err) stream.destroy(err);
  });
}

// ---------------------------------------------------------------------------------------
// ReadStream

function checkReadOps(ops) {
  validateFunction(ops.open, 'options.fs.open');
  validateFunction(ops.close, 'options.fs.close');
  validateFunction(ops.read, 'options.fs.read');
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  const opts = copyOptions(options);
  if (opts.highWaterMark === undefined) opts.highWaterMark = 64 * 1024;
  if (opts.autoDestroy === undefined) opts.autoDestroy = opts.autoClose === undefined ? true : opts.autoClose;

  attachFile(this, path, opts, 'r', checkReadOps);
  this.start = opts.start;
  this.end = opts.end === undefined ? Infinity : opts.end;
  this.pos = undefined;
  this.bytesRead = 0;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [opts]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(value) { this._readableState.autoDestroy = value; },
  enumerable: true, configurable: true,
});

ReadStream.prototype.open = function open() {
  warnOpen('ReadStream');
  lookAfterOpen(this);
};
const builtinReadOpen = ReadStream.prototype.open;

ReadStream.prototype._construct = function _construct(callback) {
  construct(this, callback, builtinReadOpen);
};

ReadStream.prototype._read = function _read(size) {
  // Never read past `end` (inclusive), counted from `start` or from what was read so far.
  const remaining = this.pos !== undefined ? this.end - this.pos + 1 : this.end - this.bytesRead + 1;
  const want = Math.min(size, remaining);
  if (want <= 0) {
    this.push(null);
    return;
  }
  const chunk = Buffer.allocUnsafeSlow(want);
  this[kBusy] = true;
  this[kOps].read(this.fd, chunk, 0, want, this.pos, (err, got) => {
    this[kBusy] = false;
    if (this.destroyed) {
      this.emit(kIdle, this[kHandleGone] ? null : err);
      return;
    }
    if (err) {
      // Without autoClose the stream survives the error (and keeps its fd).
      require('node/internal/streams/destroy').errorOrDestroy(this, err);
      return;
    }
    if (got > 0) {
      if (this.pos !== undefined) this.pos += got;
      this.bytesRead += got;
      this.push(got === chunk.length ? chunk : Buffer.from(chunk.subarray(0, got)));
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function _destroy(err, callback) {
  release(this, err, callback);
};

ReadStream.prototype.close = function close(callback) {
  if (typeof callback === 'function') finished(this, callback);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  enumerable: true, configurable: true,
});

// ---------------------------------------------------------------------------------------
// WriteStream

function checkWriteOps(ops) {
  validateFunction(ops.open, 'options.fs.open');
  validateFunction(ops.close, 'options.fs.close');
  const hasWrite = ops.write !== undefined && ops.write !== null;
  const hasWritev = ops.writev !== undefined && ops.writev !== null;
  if (hasWrite || !hasWritev) validateFunction(ops.write, 'options.fs.write');
  if (hasWritev) validateFunction(ops.writev, 'options.fs.writev');
}

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  const opts = copyOptions(options);
  opts.decodeStrings = true;
  if (opts.autoDestroy === undefined) opts.autoDestroy = opts.autoClose === undefined ? true : opts.autoClose;

  attachFile(this, path, opts, 'w', checkWriteOps);
  if (opts.flush === undefined || opts.flush === null) {
    this.flush = false;
  } else {
    validateBoolean(opts.flush, 'options.flush');
    this.flush = opts.flush;
  }
  this.start = opts.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }

  Reflect.apply(Writable, this, [opts]);
  if (opts.encoding) this.setDefaultEncoding(opts.encoding);
  // Without a vectored write in a custom fs, buffered chunks go one at a time.
  if (this[kFileHandle] === undefined && typeof this[kOps].writev !== 'function') this._writev = null;
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(value) { this._writableState.autoDestroy = value; },
  enumerable: true, configurable: true,
});

WriteStream.prototype.open = function open() {
  warnOpen('WriteStream');
  lookAfterOpen(this);
};
const builtinWriteOpen = WriteStream.prototype.open;

WriteStream.prototype._construct = function _construct(callback) {
  construct(this, callback, builtinWriteOpen);
};

// Runs one write operation and keeps the running position and byte count.
function writeThrough(stream, size, start, callback) {
  stream[kBusy] = true;
  start((err, written) => {
    stream[kBusy] = false;
    if (stream.destroyed) {
      const reported = stream[kHandleGone] ? null : err;
      callback(reported);
      stream.emit(kIdle, reported);
      return;
    }
    if (err) {
      callback(err);
      return;
    }
    stream.bytesWritten += written;
    callback();
  });
  if (stream.pos !== undefined) stream.pos += size;
}

WriteStream.prototype._write = function _write(data, encoding, callback) {
  writeThrough(this, data.length, (done) => {
    this[kOps].write(this.fd, data, 0, data.length, this.pos, done);
  }, callback);
};

WriteStream.prototype._writev = function _writev(entries, callback) {
  const buffers = entries.map((entry) => entry.chunk);
  let size = 0;
  for (const b of buffers) size += b.length;
  writeThrough(this, size, (done) => {
    this[kOps].writev(this.fd, buffers, this.pos, done);
  }, callback);
};

WriteStream.prototype._destroy = function _destroy(err, callback) {
  release(this, err, callback);
};

WriteStream.prototype.close = function close(callback) {
  if (callback) {
    if (this.closed) {
      require('process').nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  // Without autoClose nothing would destroy (and so close) the stream after 'finish'.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = Writable.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  enumerable: true, configurable: true,
});

module.exports = { ReadStream, WriteStream };
