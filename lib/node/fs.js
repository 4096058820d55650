'use strict';
// node:fs. The *Sync functions run their syscalls inline (lib/node/internal/fs/sync.js); the
// callback API runs them on the worker pool (lib/node/internal/fs/async.js, aio/pool) and
// calls back from the loop thread. realpath (a walk of lstat calls) still computes
// synchronously and delivers on a later turn.

const S = require('node/internal/fs/sync');
const A = require('node/internal/fs/async');
const U = require('node/internal/fs/utils');
const { notImplemented } = require('node/internal/errors');
const { validateFunction, validateObject, validateInteger } = require('node/internal/validators');
const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('node/internal/errors');

const constants = U.fsConstants();
const kEmptyObject = U.kEmptyObject;

// Delivers a completion on a later turn of the loop (setImmediate), not a nextTick, so
// that nextTicks and promise jobs queued by the caller run first, as they do in Node.
const nextTick = U.later;

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// A system error goes to the callback; a validation error is thrown now, as Node does.
function isSystemError(err) {
  return err != null && typeof err === 'object' && err.syscall !== undefined;
}

// fn(required..., optional..., cb): the callback is the first function among the optional
// arguments, else the argument at position `total - 1`. Removes it (and anything after it)
// from args and returns it.
function takeCallback(args, required, total) {
  let i = required;
  for (; i < args.length && i < total; i++) {
    if (typeof args[i] === 'function') break;
  }
  if (i < args.length && i < total) {
    const cb = args[i];
    args.length = i;
    return cb;
  }
  const cb = args[total - 1];
  args.length = Math.min(args.length, total - 1);
  return cb;
}

function wrap(syncFn, required, total, name) {
  const f = {
    [name](...args) {
      const cb = takeCallback(args, required, total);
      makeCallback(cb);
      let result;
      try {
        result = syncFn(...args);
      } catch (err) {
        if (isSystemError(err)) {
          nextTick(cb, err);
          return;
        }
        throw err;
      }
      // Operations without a result call back with the error argument only, as in Node.
      if (result === undefined) nextTick(cb, null);
      else nextTick(cb, null, result);
    },
  }[name];
  return f;
}

// The same argument handling over the pool-backed core: fn(done, ...args).
// check(args) runs before the callback is looked at, for the arguments Node validates first.
function wrapAsync(asyncFn, required, total, name, check) {
  return {
    [name](...args) {
      const cb = takeCallback(args, required, total);
      if (check !== undefined) check(args);
      makeCallback(cb);
      asyncFn((err, result) => {
        if (err) cb(err);
        else if (result === undefined) cb(null);
        else cb(null, result);
      }, ...args);
    },
  }[name];
}

const access = wrapAsync(A.access, 1, 3, 'access');
const appendFile = wrapAsync(A.appendFile, 2, 4, 'appendFile');
const chmod = wrapAsync(A.chmod, 2, 3, 'chmod', (args) => {
  U.getValidatedPath(args[0]);
  U.parseFileMode(args[1], 'mode');
});
const chown = wrapAsync(A.chown, 3, 4, 'chown', (args) => {
  U.getValidatedPath(args[0]);
  checkIds(args);
});
// The callback of close is optional: without one, an error is thrown as uncaught.
function close(fd, callback = (err) => { if (err) throw err; }) {
  fd = U.getValidatedFd(fd);
  makeCallback(callback);
  A.close((err) => callback(err), fd);
}
const copyFile = wrapAsync(A.copyFile, 2, 4, 'copyFile');
const fchmod = wrapAsync(A.fchmod, 2, 3, 'fchmod', (args) => {
  U.getValidatedFd(args[0]);
  U.parseFileMode(args[1], 'mode');
});
const checkIds = (args) => {
  validateInteger(args[1], 'uid', -1, 2 ** 32 - 1);
  validateInteger(args[2], 'gid', -1, 2 ** 32 - 1);
};
const fchown = wrapAsync(A.fchown, 3, 4, 'fchown', (args) => {
  U.getValidatedFd(args[0]);
  checkIds(args);
});
const fdatasync = wrapAsync(A.fdatasync, 1, 2, 'fdatasync');
const fstat = wrapAsync(A.fstat, 1, 3, 'fstat');
const fsync = wrapAsync(A.fsync, 1, 2, 'fsync');
const checkLen = (args) => {
  if (args[1] !== undefined) validateInteger(args[1], 'len');
};
const ftruncate = wrapAsync(A.ftruncate, 1, 3, 'ftruncate', (args) => {
  U.getValidatedFd(args[0]);
  checkLen(args);
});
const futimes = wrapAsync(A.futimes, 3, 4, 'futimes');
const lchown = wrapAsync(A.lchown, 3, 4, 'lchown', (args) => {
  U.getValidatedPath(args[0]);
  checkIds(args);
});
const link = wrapAsync(A.link, 2, 3, 'link');
const lstat = wrapAsync(A.lstat, 1, 3, 'lstat');
const lutimes = wrapAsync(A.lutimes, 3, 4, 'lutimes');
const mkdir = wrapAsync(A.mkdir, 1, 3, 'mkdir');
const mkdtemp = wrapAsync(A.mkdtemp, 1, 3, 'mkdtemp');
const openImpl = wrapAsync(A.open, 1, 4, 'open');
function open(path, flags, mode, callback) {
  if (arguments.length < 3) return openImpl(path, 'r', 0o666, flags);
  if (typeof mode === 'function') return openImpl(path, flags, 0o666, mode);
  return openImpl(path, flags, mode, callback);
}
const readdir = wrapAsync(A.readdir, 1, 3, 'readdir');
const readFile = wrapAsync(A.readFile, 1, 3, 'readFile');
const readlink = wrapAsync(A.readlink, 1, 3, 'readlink');
const realpath = wrap(S.realpathSync, 1, 3, 'realpath');
realpath.native = wrapAsync(A.realpathNative, 1, 3, 'realpath');
const rename = wrapAsync(A.rename, 2, 3, 'rename');
const rm = wrapAsync(A.rm, 1, 3, 'rm');
const rmdir = wrapAsync(A.rmdir, 1, 3, 'rmdir');
const stat = wrapAsync(A.stat, 1, 3, 'stat');
const symlink = wrapAsync(A.symlink, 2, 4, 'symlink');
const truncate = wrapAsync(A.truncate, 1, 3, 'truncate', checkLen);
const unlink = wrapAsync(A.unlink, 1, 2, 'unlink');
const utimes = wrapAsync(A.utimes, 3, 4, 'utimes');
const writeFile = wrapAsync(A.writeFile, 2, 4, 'writeFile');

function exists(path, callback) {
  validateFunction(callback, 'cb');
  A.exists((ok) => callback(ok), path);
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
  enumerable: false, writable: false, configurable: true,
});

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = U.getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', { nullable: true });
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!U.isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = require('buffer').Buffer.alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = require('buffer').Buffer.alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', { nullable: true });
    ({
      offset = 0, length = buffer?.byteLength - offset, position = null,
    } = params ?? kEmptyObject);
  }
  require('node/internal/validators').validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) {
    nextTick(callback, null, 0, buffer);
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  U.validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  U.validatePosition(position, 'position', length);
  A.rawRead((err, n) => {
    if (err) callback(err, 0, buffer);
    else callback(null, n, buffer);
  }, fd, U.u8(buffer), offset, length, position);
}
Object.defineProperty(read, require('node/internal/util').customPromisifyArgs,
  { value: ['bytesRead', 'buffer'], enumerable: false });

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = U.getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (U.isArrayBufferView(buffer)) {
    callback = callback || position || length || offset;
    validateFunction(callback, 'cb');
    if (typeof offset === 'object') {
      ({
        offset = 0, length = buffer.byteLength - offset, position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    U.validateOffsetLengthWrite(offset, length, buffer.byteLength);
    A.rawWrite((err, n) => {
      if (err) callback(err, 0, buffer);
      else callback(null, n, buffer);
    }, fd, U.u8(buffer), offset, length, position);
    return;
  }
  U.validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  U.validateEncoding(str, length);
  callback = position;
  validateFunction(callback, 'cb');
  const enc = typeof length === 'string' && require('buffer').Buffer.isEncoding(length) ? length : 'utf8';
  const bytes = require('buffer').Buffer.from(str, enc);
  A.rawWrite((err, n) => {
    if (err) callback(err, 0, str);
    else callback(null, n, str);
  }, fd, bytes, 0, bytes.byteLength, typeof offset === 'number' ? offset : null);
}
Object.defineProperty(write, require('node/internal/util').customPromisifyArgs,
  { value: ['bytesWritten', 'buffer'], enumerable: false });

// readv and writev: callback(err, bytes, buffers), the I/O on the pool.
function vectored(asyncFn, name) {
  return {
    [name](fd, buffers, position, callback) {
      if (typeof position === 'function') {
        callback = position;
        position = null;
      }
      fd = U.getValidatedFd(fd);
      validateFunction(callback, 'cb');
      asyncFn((err, n) => {
        if (err) callback(err);
        else callback(null, n, buffers);
      }, fd, buffers, position);
    },
  }[name];
}
const readv = vectored(A.readv, 'readv');
const writev = vectored(A.writev, 'writev');
Object.defineProperty(readv, require('node/internal/util').customPromisifyArgs,
  { value: ['bytesRead', 'buffers'], enumerable: false });
Object.defineProperty(writev, require('node/internal/util').customPromisifyArgs,
  { value: ['bytesWritten', 'buffers'], enumerable: false });

function notImpl(name) {
  return {
    [name.slice(3)]() { throw notImplemented(name); },
  }[name.slice(3)];
}

const { Dir, opendir, opendirSync } = require('node/internal/fs/dir');

let streams;
function lazyStreams() {
  if (streams === undefined) streams = require('node/internal/fs/streams');
  return streams;
}

let promises;

const fs = module.exports = {
  appendFile,
  appendFileSync: S.appendFileSync,
  access,
  accessSync: S.accessSync,
  chown,
  chownSync: S.chownSync,
  chmod,
  chmodSync: S.chmodSync,
  close,
  closeSync: S.closeSync,
  copyFile,
  copyFileSync: S.copyFileSync,
  cp: function cp(src, dest, options, callback) { return require('node/internal/fs/cp').cp(src, dest, options, callback); },
  cpSync: function cpSync(src, dest, options) { return require('node/internal/fs/cp').cpSync(src, dest, options); },
  // Plain functions, not method shorthands: `new fs.createReadStream(...)` works in Node.
  createReadStream: function createReadStream(path, options) { return new (lazyStreams().ReadStream)(path, options); },
  createWriteStream: function createWriteStream(path, options) { return new (lazyStreams().WriteStream)(path, options); },
  exists,
  existsSync: S.existsSync,
  fchown,
  fchownSync: S.fchownSync,
  fchmod,
  fchmodSync: S.fchmodSync,
  fdatasync,
  fdatasyncSync: S.fdatasyncSync,
  fstat,
  fstatSync: S.fstatSync,
  fsync,
  fsyncSync: S.fsyncSync,
  ftruncate,
  ftruncateSync: S.ftruncateSync,
  futimes,
  futimesSync: S.futimesSync,
  lchown,
  lchownSync: S.lchownSync,
  // Linux has no lchmod: Node leaves these undefined there.
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync: S.linkSync,
  lstat,
  lstatSync: S.lstatSync,
  lutimes,
  lutimesSync: S.lutimesSync,
  mkdir,
  mkdirSync: S.mkdirSync,
  mkdtemp,
  mkdtempSync: S.mkdtempSync,
  open,
  openSync: S.openSync,
  openAsBlob: notImpl('fs.openAsBlob'),
  readdir,
  readdirSync: S.readdirSync,
  read,
  readSync: S.readSync,
  readv,
  readvSync: S.readvSync,
  readFile,
  readFileSync: S.readFileSync,
  readlink,
  readlinkSync: S.readlinkSync,
  realpath,
  realpathSync: S.realpathSync,
  rename,
  renameSync: S.renameSync,
  rm,
  rmSync: S.rmSync,
  rmdir,
  rmdirSync: S.rmdirSync,
  stat,
  statfs: wrapAsync(A.statfs, 1, 3, 'statfs'),
  statSync: S.statSync,
  statfsSync: S.statfsSync,
  symlink,
  symlinkSync: S.symlinkSync,
  truncate,
  truncateSync: S.truncateSync,
  unwatchFile: function unwatchFile(filename, listener) { return require('node/internal/fs/watchers').unwatchFile(filename, listener); },
  unlink,
  unlinkSync: S.unlinkSync,
  utimes,
  utimesSync: S.utimesSync,
  watch: function watch(filename, options, listener) { return require('node/internal/fs/watchers').watch(filename, options, listener); },
  watchFile: function watchFile(filename, options, listener) { return require('node/internal/fs/watchers').watchFile(filename, options, listener); },
  writeFile,
  writeFileSync: S.writeFileSync,
  write,
  writeSync: S.writeSync,
  writev,
  writevSync: S.writevSync,
  Dirent: U.Dirent,
  Stats: U.Stats,
  get ReadStream() { return lazyStreams().ReadStream; },
  set ReadStream(v) { lazyStreams().ReadStream = v; },
  get WriteStream() { return lazyStreams().WriteStream; },
  set WriteStream(v) { lazyStreams().WriteStream = v; },
  get FileReadStream() { return lazyStreams().ReadStream; },
  set FileReadStream(v) { lazyStreams().ReadStream = v; },
  get FileWriteStream() { return lazyStreams().WriteStream; },
  set FileWriteStream(v) { lazyStreams().WriteStream = v; },
  _toUnixTimestamp: S.toUnixTimestamp,
  Dir,
  opendir,
  opendirSync,
  F_OK: constants.F_OK,
  R_OK: constants.R_OK,
  W_OK: constants.W_OK,
  X_OK: constants.X_OK,
  constants,
  get promises() {
    if (promises === undefined) promises = require('node/fs/promises');
    return promises;
  },
};

Object.defineProperties(fs, {
  F_OK: { enumerable: true, value: constants.F_OK, writable: false, configurable: false },
  R_OK: { enumerable: true, value: constants.R_OK, writable: false, configurable: false },
  W_OK: { enumerable: true, value: constants.W_OK, writable: false, configurable: false },
  X_OK: { enumerable: true, value: constants.X_OK, writable: false, configurable: false },
  constants: { enumerable: true, value: constants, writable: false, configurable: false },
  promises: {
    enumerable: true,
    configurable: true,
    get() {
      if (promises === undefined) promises = require('node/fs/promises');
      return promises;
    },
  },
});
