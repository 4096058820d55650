'use strict';
// fs.ReadStream and fs.WriteStream: Readable/Writable over the fs callback API (whose I/O is
// synchronous for now, each read and write completing on a later tick).

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('node/internal/errors');
const { validateInteger, validateFunction, validateBoolean } = require('node/internal/validators');
const U = require('node/internal/fs/utils');
const { errorOrDestroy } = require('node/internal/streams/destroy');

const kFs = Symbol('kFs');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

let fsModule;
function defaultFs() {
  if (fsModule === undefined) fsModule = require('fs');
  return fsModule;
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream.fd = U.getValidatedFd(options.fd, 'options.fd');
    return;
  }
  if (options.fd !== null && typeof options.fd === 'object' && typeof options.fd.fd === 'number' &&
      typeof options.fd.close === 'function') {
    const handle = options.fd;
    stream.fd = handle.fd;
    stream[kFs] = handleFs(handle);
    return;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// The fs-like operations of a FileHandle, so streams work over one.
function handleFs(handle) {
  const fs = defaultFs();
  return {
    open: fs.open,
    read: fs.read,
    write: fs.write,
    writev: fs.writev,
    close(fd, cb) { handle.close().then(() => cb(), cb); },
  };
}

function setupPath(stream, path, options, defFlags) {
  stream[kFs] = options.fs || defaultFs();
  if (options.fd == null) {
    stream.fd = null;
    stream.path = U.toPathIfFileURL(path);
    stream.flags = options.flags === undefined ? defFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    U.validatePath(stream.path);
  } else {
    importFd(stream, options);
    stream.path = undefined;
    stream.flags = options.flags === undefined ? defFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
  }
}

function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
    if (er) {
      callback(er);
    } else {
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    }
  });
}

function closeStream(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => {
      closeAfterSync(stream, err || flushErr, cb);
    });
  } else {
    closeAfterSync(stream, err, cb);
  }
}

function closeAfterSync(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => {
    cb(er || err);
  });
  stream.fd = null;
}

function destroyImpl(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  } else {
    closeStream(this, err, cb);
  }
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = { ...U.getOptions(options, U.kEmptyObject) };
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) {
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  }
  if (options.fs) {
    validateFunction(options.fs.read, 'options.fs.read');
    if (options.fd == null) validateFunction(options.fs.open, 'options.fs.open');
    validateFunction(options.fs.close, 'options.fs.close');
  }
  setupPath(this, path, options, 'r');
  Readable.call(this, options);
  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
  configurable: true,
});

ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function _read(n) {
  n = this.pos !== undefined ?
    Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos, (er, bytesRead, out) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead !== out.length) {
        const dst = Buffer.allocUnsafeSlow(bytesRead);
        out.copy(dst, 0, 0, bytesRead);
        out = dst;
      }
      this.push(out);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroyImpl;

ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = { ...U.getOptions(options, U.kEmptyObject) };
  options.decodeStrings = true;
  if (options.autoDestroy === undefined) {
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  }
  if (options.fs) {
    validateFunction(options.fs.write, 'options.fs.write');
    if (options.fd == null) validateFunction(options.fs.open, 'options.fs.open');
    validateFunction(options.fs.close, 'options.fs.close');
  }
  setupPath(this, path, options, 'w');
  if (options.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(options.flush, 'options.flush');
    this.flush = options.flush;
  }
  Writable.call(this, options);
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
  configurable: true,
});

WriteStream.prototype._construct = construct;

WriteStream.prototype._write = function _write(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      cb(er);
      return;
    }
    this.bytesWritten += bytes;
    cb();
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function _writev(data, cb) {
  const chunks = data.map((d) => d.chunk);
  const len = chunks.reduce((n, c) => n + c.length, 0);
  this[kIsPerformingIO] = true;
  const done = (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      cb(er);
      return;
    }
    this.bytesWritten += bytes;
    cb();
  };
  if (typeof this[kFs].writev === 'function') {
    this[kFs].writev(this.fd, chunks, this.pos ?? null, done);
  } else {
    const all = Buffer.concat(chunks);
    this[kFs].write(this.fd, all, 0, all.length, this.pos, done);
  }
  if (this.pos !== undefined) this.pos += len;
};

WriteStream.prototype._destroy = destroyImpl;

WriteStream.prototype.close = function close(cb) {
  if (cb) {
    if (this.closed) {
      require('process').nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});


module.exports = { ReadStream, WriteStream };
