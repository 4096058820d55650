'use strict';
// node:fs/promises (also fs.promises): FileHandle and the promise API. Results and errors are
// Node's; each promise settles on a later turn of the event loop, but the I/O itself runs
// synchronously when the call is made until the worker pool exists.

const S = require('node/internal/fs/sync');
const U = require('node/internal/fs/utils');
const { Buffer } = require('buffer');
const EventEmitter = require('events');
const errors = require('node/internal/errors');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_METHOD_NOT_IMPLEMENTED, ERR_INVALID_ARG_TYPE },
  notImplemented,
} = errors;
const {
  validateInteger, validateObject, validateBuffer, validateBoolean,
} = require('node/internal/validators');

const { settleLater, kEmptyObject, isArrayBufferView } = U;

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
let nextAsyncId = 1;
const kAsyncId = Symbol('kAsyncId');

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

function isCustomIterable(obj) {
  return obj != null && typeof obj !== 'string' && !isArrayBufferView(obj) &&
    (typeof obj[Symbol.iterator] === 'function' || typeof obj[Symbol.asyncIterator] === 'function');
}

async function writeIterable(fd, data, encoding) {
  for await (const chunk of data) {
    let bytes = chunk;
    if (typeof chunk === 'string') bytes = Buffer.from(chunk, encoding || 'utf8');
    else if (!isArrayBufferView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('data',
        ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    S.writeAll(fd, U.u8(bytes), null);
  }
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
    this[kAsyncId] = nextAsyncId++;
  }

  getAsyncId() { return this[kAsyncId]; }

  get fd() { return this[kFd]; }

  #call(name, fn) {
    if (this[kFd] === -1) return Promise.reject(closedError(name));
    return settleLater(fn);
  }

  appendFile(data, options) {
    return this.#call('writeFile', () => {
      options = U.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
      return writeFileHandle(this, data, options);
    });
  }

  chmod(mode) { return this.#call('fchmod', () => S.fchmodSync(this[kFd], mode)); }
  chown(uid, gid) { return this.#call('fchown', () => S.fchownSync(this[kFd], uid, gid)); }
  datasync() { return this.#call('fdatasync', () => S.fdatasyncSync(this[kFd])); }
  sync() { return this.#call('fsync', () => S.fsyncSync(this[kFd])); }

  read(bufferOrParams, offset, length, position) {
    return this.#call('read', () => {
      let buffer = bufferOrParams;
      if (!isArrayBufferView(buffer)) {
        if (bufferOrParams !== undefined) validateObject(bufferOrParams, 'options', { nullable: true });
        ({
          buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset, position = null,
        } = bufferOrParams ?? kEmptyObject);
        validateBuffer(buffer);
      }
      if (offset !== null && typeof offset === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
      }
      if (offset == null) offset = 0;
      else validateInteger(offset, 'offset', 0);
      length ??= buffer.byteLength - offset;
      if (length === 0) return { __proto__: null, bytesRead: length, buffer };
      if (buffer.byteLength === 0) {
        throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
      }
      U.validateOffsetLengthRead(offset, length, buffer.byteLength);
      if (typeof position === 'bigint') U.validatePosition(position, 'position', length);
      else if (!Number.isSafeInteger(position)) position = -1;
      const bytesRead = S.rawRead(this[kFd], U.u8(buffer), offset, length, position);
      return { __proto__: null, bytesRead, buffer };
    });
  }

  readv(buffers, position) {
    return this.#call('readv', () => {
      const bytesRead = S.readvSync(this[kFd], buffers, position);
      return { __proto__: null, bytesRead, buffers };
    });
  }

  readFile(options) {
    return this.#call('readFile', () => {
      options = U.getOptions(options, { flag: 'r' });
      return S.readFileSync(this[kFd], options);
    });
  }

  readLines(options = undefined) {
    return require('readline').createInterface({
      input: this.createReadStream(options),
      crlfDelay: Infinity,
    });
  }

  stat(options) {
    return this.#call('fstat', () => S.fstatSync(this[kFd], options));
  }

  truncate(len = 0) { return this.#call('ftruncate', () => S.ftruncateSync(this[kFd], len)); }

  utimes(atime, mtime) {
    return this.#call('futime', () => S.futimesSync(this[kFd], atime, mtime));
  }

  write(buffer, offsetOrOptions, length, position) {
    return this.#call('write', () => {
      if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
      let offset = offsetOrOptions;
      if (isArrayBufferView(buffer)) {
        if (typeof offset === 'object') {
          ({
            offset = 0, length = buffer.byteLength - offset, position = null,
          } = offsetOrOptions ?? kEmptyObject);
        }
        if (offset == null) offset = 0;
        else validateInteger(offset, 'offset', 0);
        if (typeof length !== 'number') length = buffer.byteLength - offset;
        if (typeof position !== 'number') position = null;
        U.validateOffsetLengthWrite(offset, length, buffer.byteLength);
        const bytesWritten = S.rawWrite(this[kFd], U.u8(buffer), offset, length, position);
        return { __proto__: null, bytesWritten, buffer };
      }
      U.validateStringAfterArrayBufferView(buffer, 'buffer');
      U.validateEncoding(buffer, length);
      const bytesWritten = S.writeSync(this[kFd], buffer, offset, length);
      return { __proto__: null, bytesWritten, buffer };
    });
  }

  writev(buffers, position) {
    return this.#call('writev', () => {
      const bytesWritten = S.writevSync(this[kFd], buffers, position);
      return { __proto__: null, bytesWritten, buffers };
    });
  }

  writeFile(data, options) {
    return this.#call('writeFile', () => {
      options = U.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
      return writeFileHandle(this, data, options);
    });
  }

  readableWebStream() { throw notImplemented('FileHandle.readableWebStream'); }

  createReadStream(options = undefined) {
    const { ReadStream } = require('node/internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('node/internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kClosePromise] = settleLater(() => S.closeSync(fd)).then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      this.emit('close');
    }, (err) => {
      this[kClosePromise] = null;
      throw err;
    });
    return this[kClosePromise];
  }
}

// writeFile on a handle: writes data (string, view or iterable) at the current position.
function writeFileHandle(handle, data, options) {
  if (options.flush !== undefined && options.flush !== null) validateBoolean(options.flush, 'options.flush');
  if (isCustomIterable(data)) {
    return writeIterable(handle.fd, data, options.encoding).then(() => {
      if (options.flush) S.fsyncSync(handle.fd);
    });
  }
  if (!isArrayBufferView(data)) {
    U.validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  S.writeAll(handle.fd, U.u8(data), null);
  if (options.flush) S.fsyncSync(handle.fd);
  return undefined;
}

function later(fn) {
  return (...args) => settleLater(() => fn(...args));
}

function open(path, flags, mode) {
  return settleLater(() => new FileHandle(S.openSync(path, flags, mode)));
}

function checkAborted(signal) {
  if (signal?.aborted) throw new errors.AbortError(undefined, { cause: signal.reason });
}

function readFile(path, options) {
  return settleLater(() => {
    options = U.getOptions(options, { flag: 'r' });
    checkAborted(options.signal);
    if (path instanceof FileHandle) {
      if (path.fd === -1) throw closedError('read');
      return S.readFileSync(path.fd, options);
    }
    if (typeof path === 'number') {
      throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
    }
    return S.readFileSync(path, options);
  });
}

function writeFile(path, data, options) {
  return settleLater(() => {
    options = U.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
    const flush = options.flush ?? false;
    validateBoolean(flush, 'options.flush');
    if (!isArrayBufferView(data) && !isCustomIterable(data)) {
      U.validateStringAfterArrayBufferView(data, 'data');
      data = Buffer.from(data, options.encoding || 'utf8');
    }
    checkAborted(options.signal);
    if (path instanceof FileHandle) {
      if (path.fd === -1) throw closedError('write');
      return writeFileHandle(path, data, options);
    }
    if (typeof path === 'number') {
      throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
    }
    if (isCustomIterable(data)) {
      const fd = S.openSync(path, options.flag || 'w', options.mode);
      const handle = new FileHandle(fd);
      return writeFileHandle(handle, data, options).finally(() => handle.close());
    }
    return S.writeFileSync(path, data, { ...options, flag: options.flag || 'w' });
  });
}

function appendFile(path, data, options) {
  options = U.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  options.flag = options.flag || 'a';
  return writeFile(path, data, options);
}

function lchmod() {
  return Promise.reject(new ERR_METHOD_NOT_IMPLEMENTED('lchmod()'));
}

function notImpl(name) {
  return {
    [name.slice(12)]() { return Promise.reject(notImplemented(name)); },
  }[name.slice(12)];
}

function watch() { throw notImplemented('fs.promises.watch'); }

module.exports = {
  access: later((path, mode) => S.accessSync(path, mode)),
  copyFile: later((src, dest, mode) => S.copyFileSync(src, dest, mode)),
  cp: notImpl('fs.promises.cp'),
  open,
  opendir: (path, options) => require('node/internal/fs/dir').opendirPromise(path, options),
  rename: later((oldPath, newPath) => S.renameSync(oldPath, newPath)),
  truncate: later((path, len = 0) => {
    if (path instanceof FileHandle) return S.ftruncateSync(path.fd, len);
    return S.truncateSync(path, len);
  }),
  rm: later((path, options) => S.rmSync(path, options)),
  rmdir: later((path, options) => S.rmdirSync(path, options)),
  mkdir: later((path, options) => S.mkdirSync(path, options)),
  readdir: later((path, options) => S.readdirSync(path, options)),
  readlink: later((path, options) => S.readlinkSync(path, options)),
  symlink: later((target, path, type) => S.symlinkSync(target, path, type)),
  lstat: later((path, options = { bigint: false }) => S.lstatSync(path, options)),
  stat: later((path, options = { bigint: false }) => S.statSync(path, options)),
  statfs: later((path, options = { bigint: false }) => S.statfsSync(path, options)),
  link: later((existingPath, newPath) => S.linkSync(existingPath, newPath)),
  unlink: later((path) => S.unlinkSync(path)),
  chmod: later((path, mode) => S.chmodSync(path, mode)),
  lchmod,
  lchown: later((path, uid, gid) => S.lchownSync(path, uid, gid)),
  chown: later((path, uid, gid) => S.chownSync(path, uid, gid)),
  utimes: later((path, atime, mtime) => S.utimesSync(path, atime, mtime)),
  lutimes: later((path, atime, mtime) => S.lutimesSync(path, atime, mtime)),
  realpath: later((path, options) => S.realpathSync(path, options)),
  mkdtemp: later((prefix, options) => S.mkdtempSync(prefix, options)),
  writeFile,
  appendFile,
  readFile,
  watch,
  constants: U.fsConstants(),
};

Object.defineProperty(module.exports, 'FileHandle', { value: FileHandle, enumerable: false });
