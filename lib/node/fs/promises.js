'use strict';
// node:fs/promises: the promise flavour of fs, and FileHandle.
//
// How it runs: the I/O goes through the pool-backed core (node/internal/fs/async), which
// settles the promise from the loop thread when the worker is done. realpath uses the
// kernel's answer (realpath.native), on the pool too.

const S = require('node/internal/fs/sync');
const A = require('node/internal/fs/async');
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

// A promise for an operation of the pool-backed core: start(done) validates (a throw
// rejects) and submits; done(err, value) settles. An abort seen before the start or before
// delivery turns the outcome into an AbortError.
function viaPool(start, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(signal));
      return;
    }
    try {
      start((err, value) => {
        if (err) reject(err);
        else if (signal?.aborted) reject(abortedError(signal));
        else resolve(value);
      });
    } catch (err) {
      reject(err);
    }
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
  #inflight = 0;
  #idle = null;

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

  // The same over the pool: start(fd, done).
  // Operations in flight hold the descriptor: close() waits for them. One asked for while
  // the handle closes fails with EBADF once the close is done (after the 'close' event).
  #pool(syscall, start, signal) {
    if (this.#closing !== null) {
      const fail = () => { throw handleClosedError(syscall); };
      return this.#closing.then(fail, fail);
    }
    return viaPool((done) => {
      if (this.#fd === -1) throw handleClosedError(syscall);
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        if (--this.#inflight === 0 && this.#idle !== null) {
          const f = this.#idle;
          this.#idle = null;
          f();
        }
      };
      this.#inflight++;
      try {
        start(this.#fd, (err, value) => {
          release();
          done(err, value);
        });
      } catch (err) {
        release();
        throw err;
      }
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
      orphans?.unregister(this);
      const closeNow = () => A.close((failure) => {
        if (failure !== null) {
          this.#closing = null;
          reject(failure);
          return;
        }
        this.#fd = -1;
        this.#closing = null;
        this.emit('close');
        resolve();
      }, fd);
      if (this.#inflight === 0) closeNow();
      else this.#idle = closeNow;
    });
    return this.#closing;
  }

  appendFile(data, options) {
    return writeAll(this, data, optionsWithFlag(options, 'a'), 'writeFile');
  }

  chmod(mode) {
    return this.#pool('fchmod', (fd, done) => A.fchmod(done, fd, mode));
  }

  chown(uid, gid) {
    return this.#pool('fchown', (fd, done) => A.fchown(done, fd, uid, gid));
  }

  datasync() {
    return this.#pool('fdatasync', (fd, done) => A.fdatasync(done, fd));
  }

  sync() {
    return this.#pool('fsync', (fd, done) => A.fsync(done, fd));
  }

  read(buffer, offset, length, position) {
    const argc = arguments.length;
    return this.#pool('read', (fd, done) => {
      const req = readRequest(buffer, offset, length, position, argc);
      if (req.length === 0) {
        done(null, plain({ bytesRead: 0, buffer: req.buffer }));
        return;
      }
      A.rawRead((err, bytesRead) => {
        if (err) done(err);
        else done(null, plain({ bytesRead, buffer: req.buffer }));
      }, fd, U.u8(req.buffer), req.offset, req.length, req.position);
    });
  }

  readv(buffers, position) {
    return this.#pool('readv', (fd, done) => A.readv((err, bytesRead) => {
      if (err) done(err);
      else done(null, plain({ bytesRead, buffers }));
    }, fd, buffers, position));
  }

  readFile(options) {
    let signal;
    const reading = this.#pool('readFile', (fd, done) => {
      const opts = U.getOptions(options, { flag: 'r' });
      signal = opts.signal;
      if (signal?.aborted) throw abortedError(signal);
      A.readFile(done, fd, opts);
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
    return this.#pool('fstat', (fd, done) => A.fstat(done, fd, options));
  }

  truncate(len = 0) {
    return this.#pool('ftruncate', (fd, done) => A.ftruncate(done, fd, len));
  }

  utimes(atime, mtime) {
    return this.#pool('futimes', (fd, done) => A.futimes(done, fd, atime, mtime));
  }

  write(buffer, offsetOrOptions, length, position) {
    const args = Array.prototype.slice.call(arguments);
    return this.#pool('write', (fd, done) => {
      const w = S.writeArgs(...args);
      A.rawWrite((err, bytesWritten) => {
        if (err) done(err);
        else done(null, plain({ bytesWritten, buffer }));
      }, fd, w.bytes, w.offset, w.length, w.position);
    });
  }

  writev(buffers, position) {
    return this.#pool('writev', (fd, done) => A.writev((err, bytesWritten) => {
      if (err) done(err);
      else done(null, plain({ bytesWritten, buffers }));
    }, fd, buffers, position));
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
    return viaPool((done) => {
      const where = target instanceof FileHandle ? descriptorOf(target, syscall) : target;
      A.writeFile(done, where, data, opts);
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
  return viaPool((done) => {
    const where = path instanceof FileHandle ? descriptorOf(path, 'readFile') : path;
    A.readFile(done, where, opts);
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
  return viaPool((done) => A.access(done, path, mode));
}

function copyFile(src, dest, mode = undefined) {
  return viaPool((done) => A.copyFile(done, src, dest, mode));
}

function cp(src, dest, options = undefined) {
  return require('node/internal/fs/cp').cpAsync(src, dest, options);
}

function open(path, flags = undefined, mode = undefined) {
  return viaPool((done) => A.open((err, fd) => done(err, err ? undefined : new FileHandle(fd)),
    withPath(path), flags ?? 'r', mode ?? 0o666));
}

function opendir(path, options = undefined) {
  return require('node/internal/fs/dir').opendirPromise(path, options);
}

function rename(oldPath, newPath) {
  return viaPool((done) => A.rename(done, oldPath, newPath));
}

function truncate(path, len = 0) {
  return viaPool((done) => A.truncate(done, withPath(path), len));
}

function rm(path, options = undefined) {
  return viaPool((done) => A.rm(done, path, options));
}

function rmdir(path, options = undefined) {
  return viaPool((done) => A.rmdir(done, path, options));
}

function mkdir(path, options = undefined) {
  return viaPool((done) => A.mkdir(done, path, options));
}

function readdir(path, options = undefined) {
  return viaPool((done) => A.readdir(done, path, options));
}

function readlink(path, options = undefined) {
  return viaPool((done) => A.readlink(done, path, options));
}

function symlink(target, path, type = undefined) {
  return viaPool((done) => A.symlink(done, target, path, type));
}

function lstat(path, options = undefined) {
  return viaPool((done) => A.lstat(done, path, options));
}

function stat(path, options = undefined) {
  return viaPool((done) => A.stat(done, path, options));
}

function statfs(path, options = undefined) {
  return viaPool((done) => A.statfs(done, path, options));
}

function link(existingPath, newPath) {
  return viaPool((done) => A.link(done, existingPath, newPath));
}

function unlink(path) {
  return viaPool((done) => A.unlink(done, path));
}

function chmod(path, mode) {
  return viaPool((done) => A.chmod(done, path, mode));
}

// Linux has no lchmod(2); Node reports the method as missing there.
function lchmod(path, mode) {
  return settle(() => { throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()'); });
}

function lchown(path, uid, gid) {
  return viaPool((done) => A.lchown(done, path, uid, gid));
}

function chown(path, uid, gid) {
  return viaPool((done) => A.chown(done, path, uid, gid));
}

function utimes(path, atime, mtime) {
  return viaPool((done) => A.utimes(done, path, atime, mtime));
}

function lutimes(path, atime, mtime) {
  return viaPool((done) => A.lutimes(done, path, atime, mtime));
}

function realpath(path, options = undefined) {
  return viaPool((done) => A.realpathNative(done, path, options));
}

function mkdtemp(prefix, options = undefined) {
  return viaPool((done) => A.mkdtemp(done, prefix, options));
}

function watch(filename, options = undefined) {
  return require('node/internal/fs/watchers').watchPromise(filename, options);
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
