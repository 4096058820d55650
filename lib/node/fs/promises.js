'use strict';
// node:fs/promises: the promise flavour of fs, and FileHandle.
//
// How it runs, for now: each call does its I/O synchronously, inside the call, through the
// synchronous core (node/internal/fs/sync); only the settling of the returned promise is
// postponed, to a setImmediate turn, as a libuv completion would be. So nextTicks and
// promise jobs queued by the caller still run first, as in Node. Truly asynchronous I/O
// arrives with the worker pool of the files-and-processes issue.

const S = require('node/internal/fs/sync');
const U = require('node/internal/fs/utils');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const errors = require('node/internal/errors');
const { validateObject, validateBoolean, validateInteger } = require('node/internal/validators');

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_METHOD_NOT_IMPLEMENTED,
} = errors.codes;

const kReadChunk = 16384;

// ---- settling ----

function abortedError(signal) {
  return new errors.AbortError(undefined, { cause: signal.reason });
}

// Computes `work()` now and hands back a promise settled on a later turn. If `signal` is
// given, an abort seen before the work or before delivery turns the outcome into an AbortError.
function settle(work, signal) {
  let failed = false;
  let outcome;
  try {
    if (signal?.aborted) throw abortedError(signal);
    outcome = work();
  } catch (err) {
    failed = true;
    outcome = err;
  }
  return new Promise((resolve, reject) => {
    U.later(() => {
      if (!failed && signal?.aborted) reject(abortedError(signal));
      else if (failed) reject(outcome);
      else resolve(outcome);
    });
  });
}

// A promise that resolves on the next setImmediate turn.
function nextTurn() {
  return new Promise((resolve) => U.later(resolve));
}

// The error of an operation on a closed (or closing) FileHandle.
function handleClosedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

function plain(fields) {
  return Object.assign(Object.create(null), fields);
}

// ---- FileHandle ----

let descriptorOf;

// A FileHandle dropped without close(): the collector closes its descriptor, with the
// warnings Node gives.
let orphans;
function watchForLeak(handle, fd) {
  if (typeof FinalizationRegistry !== 'function') return;
  if (orphans === undefined) {
    orphans = new FinalizationRegistry((leaked) => {
      try { S.closeSync(leaked); } catch { return; }
      const proc = require('process');
      proc.emitWarning(`Closing file descriptor ${leaked} on garbage collection`);
      proc.emitWarning('Closing a FileHandle object on garbage collection is deprecated. ' +
        'Please close FileHandle objects explicitly using FileHandle.prototype.close(). ' +
        'In the future, an error will be thrown if a file descriptor is closed during ' +
        'garbage collection.', 'DeprecationWarning', 'DEP0137');
    });
  }
  orphans.register(handle, fd, handle);
}

class FileHandle extends EventEmitter {
  #fd;
  #closing = null;

  constructor(fd) {
    super();
    this.#fd = fd;
    watchForLeak(this, fd);
  }

  get fd() { return this.#fd; }

  getAsyncId() { return -1; }

  // Runs `work(fd)` on this handle's descriptor; a closed handle rejects with EBADF.
  #run(syscall, work, signal) {
    return settle(() => {
      if (this.#closing !== null || this.#fd === -1) throw handleClosedError(syscall);
      return work(this.#fd);
    }, signal);
  }

  // The descriptor for the whole-file helpers below, or a thrown EBADF.
  static {
    descriptorOf = (handle, syscall) => {
      if (handle.#closing !== null || handle.#fd === -1) throw handleClosedError(syscall);
      return handle.#fd;
    };
  }

  close() {
    if (this.#closing !== null) return this.#closing.then(() => undefined);
    if (this.#fd === -1) return settle(() => undefined);
    const fd = this.#fd;
    this.#closing = new Promise((resolve, reject) => {
      let failure = null;
      orphans?.unregister(this);
      try {
        S.closeSync(fd);
      } catch (err) {
        failure = err;
      }
      U.later(() => {
        if (failure !== null) {
          this.#closing = null;
          reject(failure);
          return;
        }
        this.#fd = -1;
        this.#closing = null;
        this.emit('close');
        resolve();
      });
    });
    return this.#closing;
  }

  appendFile(data, options) {
    return writeAll(this, data, optionsWithFlag(options, 'a'), 'writeFile');
  }

  chmod(mode) {
    return this.#run('fchmod', (fd) => S.fchmodSync(fd, mode));
  }

  chown(uid, gid) {
    return this.#run('fchown', (fd) => S.fchownSync(fd, uid, gid));
  }

  datasync() {
    return this.#run('fdatasync', (fd) => S.fdatasyncSync(fd));
  }

  sync() {
    return this.#run('fsync', (fd) => S.fsyncSync(fd));
  }

  read(buffer, offset, length, position) {
    return this.#run('read', (fd) => {
      const req = readRequest(buffer, offset, length, position, arguments.length);
      let bytesRead = 0;
      if (req.length !== 0) {
        bytesRead = S.readSync(fd, req.buffer, req.offset, req.length, req.position);
      }
      return plain({ bytesRead, buffer: req.buffer });
    });
  }

  readv(buffers, position) {
    return this.#run('readv', (fd) => {
      const bytesRead = S.readvSync(fd, buffers, position);
      return plain({ bytesRead, buffers });
    });
  }

  readFile(options) {
    let signal;
    const reading = this.#run('readFile', (fd) => {
      const opts = U.getOptions(options, { flag: 'r' });
      signal = opts.signal;
      if (signal?.aborted) throw abortedError(signal);
      return S.readFileSync(fd, opts);
    });
    // An abort that comes while the result waits for delivery still wins.
    return reading.then((data) => {
      if (signal?.aborted) throw abortedError(signal);
      return data;
    });
  }

  readLines(options = undefined) {
    let readline;
    try {
      readline = require('readline');
    } catch {
      throw errors.notImplemented('filehandle.readLines');
    }
    return readline.createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  stat(options) {
    return this.#run('fstat', (fd) => S.fstatSync(fd, options));
  }

  truncate(len = 0) {
    return this.#run('ftruncate', (fd) => S.ftruncateSync(fd, len));
  }

  utimes(atime, mtime) {
    return this.#run('futimes', (fd) => S.futimesSync(fd, atime, mtime));
  }

  write(buffer, offsetOrOptions, length, position) {
    const args = Array.prototype.slice.call(arguments);
    return this.#run('write', (fd) => {
      const bytesWritten = S.writeSync(fd, ...args);
      return plain({ bytesWritten, buffer });
    });
  }

  writev(buffers, position) {
    return this.#run('writev', (fd) => {
      const bytesWritten = S.writevSync(fd, buffers, position);
      return plain({ bytesWritten, buffers });
    });
  }

  writeFile(data, options) {
    return writeAll(this, data, options, 'writeFile');
  }

  readableWebStream() {
    throw errors.notImplemented('filehandle.readableWebStream');
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('node/internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('node/internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  [Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose')]() {
    return this.close();
  }
}

// Normalises the argument forms of filehandle.read():
//   read(), read(options), read(buffer, options), read(buffer, offset, length, position).
function readRequest(buffer, offset, length, position, argc) {
  if (!U.isArrayBufferView(buffer)) {
    if (argc > 0 && buffer !== undefined) validateObject(buffer, 'options', { nullable: true });
    const opts = buffer ?? U.kEmptyObject;
    buffer = opts.buffer === undefined ? Buffer.alloc(kReadChunk) : opts.buffer;
    if (!U.isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    ({ offset, length, position } = opts);
  } else if (offset !== null && typeof offset === 'object') {
    ({ offset, length, position } = offset);
  }

  const size = buffer.byteLength;
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (length == null) length = size - offset;
  if (length === 0) return { buffer, offset, length: 0, position: null };
  if (size === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  U.validateOffsetLengthRead(offset, length, size);

  // Only a non-negative number is a file offset; anything else (bigints included) means
  // "from the current file position", as in Node.
  if (typeof position !== 'number' || !(position >= 0)) position = null;
  return { buffer, offset, length, position };
}

// ---- whole-file helpers ----

function optionsWithFlag(options, flag) {
  const opts = U.getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
  return opts.flag ? opts : { ...opts, flag };
}

function isChunkSource(data) {
  return data != null && typeof data === 'object' && !U.isArrayBufferView(data) &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
}

function chunkBytes(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding);
  if (U.isArrayBufferView(chunk)) return U.u8(chunk);
  return Buffer.from(chunk);
}

// writeFile/appendFile for a path or FileHandle: plain data in one go, (async) iterables
// chunk by chunk.
function writeAll(target, data, options, syscall) {
  let opts;
  try {
    opts = U.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    if (opts.flush !== undefined && opts.flush !== null) validateBoolean(opts.flush, 'options.flush');
    if (!isChunkSource(data)) {
      if (!U.isArrayBufferView(data)) U.validateStringAfterArrayBufferView(data, 'data');
    }
    if (!(target instanceof FileHandle)) target = U.getValidatedPath(target);
  } catch (err) {
    return settle(() => { throw err; });
  }
  const signal = opts.signal;

  if (!isChunkSource(data)) {
    return settle(() => {
      const where = target instanceof FileHandle ? descriptorOf(target, syscall) : target;
      S.writeFileSync(where, data, opts);
    }, signal);
  }
  return writeChunks(target, data, opts, syscall, signal);
}

async function writeChunks(target, source, opts, syscall, signal) {
  if (signal?.aborted) throw abortedError(signal);
  const ownFd = !(target instanceof FileHandle);
  const fd = ownFd ? S.openSync(target, opts.flag || 'w', opts.mode) : descriptorOf(target, syscall);
  try {
    for await (const chunk of source) {
      if (signal?.aborted) throw abortedError(signal);
      const bytes = chunkBytes(chunk, opts.encoding);
      let done = 0;
      while (done < bytes.byteLength) {
        done += S.writeSync(fd, bytes, done, bytes.byteLength - done, null);
      }
    }
    if (opts.flush) S.fsyncSync(fd);
  } finally {
    if (ownFd) S.closeSync(fd);
  }
  await nextTurn();
  if (signal?.aborted) throw abortedError(signal);
}

function readFile(path, options) {
  let opts;
  try {
    opts = U.getOptions(options, { flag: 'r' });
    if (!(path instanceof FileHandle)) path = U.getValidatedPath(path);
  } catch (err) {
    return settle(() => { throw err; });
  }
  return settle(() => {
    const where = path instanceof FileHandle ? descriptorOf(path, 'readFile') : path;
    return S.readFileSync(where, opts);
  }, opts.signal);
}

function writeFile(path, data, options) {
  return writeAll(path, data, options, 'writeFile');
}

function appendFile(path, data, options) {
  let opts;
  try {
    opts = optionsWithFlag(options, 'a');
  } catch (err) {
    return settle(() => { throw err; });
  }
  return writeAll(path, data, opts, 'writeFile');
}

// ---- the rest: thin promise wrappers over the synchronous core ----

function withPath(path) {
  return U.getValidatedPath(path);
}

function access(path, mode = undefined) {
  return settle(() => S.accessSync(path, mode));
}

function copyFile(src, dest, mode = undefined) {
  return settle(() => S.copyFileSync(src, dest, mode));
}

function cp(src, dest, options = undefined) {
  return settle(() => { throw errors.notImplemented('fsPromises.cp'); });
}

function open(path, flags = undefined, mode = undefined) {
  return settle(() => new FileHandle(S.openSync(withPath(path), flags ?? 'r', mode ?? 0o666)));
}

function opendir(path, options = undefined) {
  return require('node/internal/fs/dir').opendirPromise(path, options);
}

function rename(oldPath, newPath) {
  return settle(() => S.renameSync(oldPath, newPath));
}

function truncate(path, len = 0) {
  return settle(() => S.truncateSync(withPath(path), len));
}

function rm(path, options = undefined) {
  return settle(() => S.rmSync(path, options));
}

function rmdir(path, options = undefined) {
  return settle(() => S.rmdirSync(path, options));
}

function mkdir(path, options = undefined) {
  return settle(() => S.mkdirSync(path, options));
}

function readdir(path, options = undefined) {
  return settle(() => S.readdirSync(path, options));
}

function readlink(path, options = undefined) {
  return settle(() => S.readlinkSync(path, options));
}

function symlink(target, path, type = undefined) {
  return settle(() => S.symlinkSync(target, path, type));
}

function lstat(path, options = undefined) {
  return settle(() => S.lstatSync(path, options));
}

function stat(path, options = undefined) {
  return settle(() => S.statSync(path, options));
}

function statfs(path, options = undefined) {
  return settle(() => S.statfsSync(path, options));
}

function link(existingPath, newPath) {
  return settle(() => S.linkSync(existingPath, newPath));
}

function unlink(path) {
  return settle(() => S.unlinkSync(path));
}

function chmod(path, mode) {
  return settle(() => S.chmodSync(path, mode));
}

// Linux has no lchmod(2); Node reports the method as missing there.
function lchmod(path, mode) {
  return settle(() => { throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()'); });
}

function lchown(path, uid, gid) {
  return settle(() => S.lchownSync(path, uid, gid));
}

function chown(path, uid, gid) {
  return settle(() => S.chownSync(path, uid, gid));
}

function utimes(path, atime, mtime) {
  return settle(() => S.utimesSync(path, atime, mtime));
}

function lutimes(path, atime, mtime) {
  return settle(() => S.lutimesSync(path, atime, mtime));
}

function realpath(path, options = undefined) {
  return settle(() => S.realpathSync.native(path, options));
}

function mkdtemp(prefix, options = undefined) {
  return settle(() => S.mkdtempSync(prefix, options));
}

function watch(filename, options = undefined) {
  throw errors.notImplemented('fsPromises.watch');
}

// Node's lengths for the functions whose signatures above differ from theirs.
Object.defineProperty(access, 'length', { value: 1 });
Object.defineProperty(copyFile, 'length', { value: 3 });
Object.defineProperty(cp, 'length', { value: 3 });
Object.defineProperty(open, 'length', { value: 3 });
Object.defineProperty(opendir, 'length', { value: 3 });
Object.defineProperty(truncate, 'length', { value: 1 });
for (const f of [rm, rmdir, mkdir, readdir, readlink, realpath, mkdtemp]) {
  Object.defineProperty(f, 'length', { value: 2 });
}
Object.defineProperty(symlink, 'length', { value: 3 });
for (const f of [lstat, stat, statfs, watch]) Object.defineProperty(f, 'length', { value: 1 });
Object.defineProperty(readFile, 'length', { value: 2 });

module.exports = {
  access, copyFile, cp, open, opendir, rename, truncate, rm, rmdir, mkdir, readdir, readlink,
  symlink, lstat, stat, statfs, link, unlink, chmod, lchmod, lchown, chown, utimes, lutimes,
  realpath, mkdtemp, writeFile, appendFile, readFile, watch,
  constants: U.fsConstants(),
};
// Internal users (fs streams) reach the class here; Node does not list it among the keys.
Object.defineProperty(module.exports, 'FileHandle', {
  value: FileHandle, enumerable: false, writable: true, configurable: true,
});
