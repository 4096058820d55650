'use strict';
// node:fs. The *Sync functions are real (lib/node/internal/fs/sync.js). The callback API
// and fs.promises give Node's exact results and errors, delivered asynchronously (callbacks
// and promise settlements on a later turn of the event loop, after pending nextTicks and
// microtasks, as Node's thread-pool completions arrive), but the I/O itself still runs
// synchronously on the calling thread when the call is made, until the worker pool exists.

const S = require('node/internal/fs/sync');
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
// arguments, else the argument at position `total - 1`.
function wrap(syncFn, required, total, name) {
  const f = {
    [name](...args) {
      let cb;
      let i = required;
      for (; i < args.length && i < total; i++) {
        if (typeof args[i] === 'function') break;
      }
      if (i < args.length && i < total) {
        cb = args[i];
        args.length = i;
      } else {
        cb = args[total - 1];
        args.length = Math.min(args.length, total - 1);
      }
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

const access = wrap(S.accessSync, 1, 3, 'access');
const appendFile = wrap(S.appendFileSync, 2, 4, 'appendFile');
const chmod = wrap(S.chmodSync, 2, 3, 'chmod');
const chown = wrap(S.chownSync, 3, 4, 'chown');
const close = wrap(S.closeSync, 1, 2, 'close');
const copyFile = wrap(S.copyFileSync, 2, 4, 'copyFile');
const fchmod = wrap(S.fchmodSync, 2, 3, 'fchmod');
const fchown = wrap(S.fchownSync, 3, 4, 'fchown');
const fdatasync = wrap(S.fdatasyncSync, 1, 2, 'fdatasync');
const fstat = wrap(S.fstatSync, 1, 3, 'fstat');
const fsync = wrap(S.fsyncSync, 1, 2, 'fsync');
const ftruncate = wrap(S.ftruncateSync, 1, 3, 'ftruncate');
const futimes = wrap(S.futimesSync, 3, 4, 'futimes');
const lchown = wrap(S.lchownSync, 3, 4, 'lchown');
const link = wrap(S.linkSync, 2, 3, 'link');
const lstat = wrap(S.lstatSync, 1, 3, 'lstat');
const lutimes = wrap(S.lutimesSync, 3, 4, 'lutimes');
const mkdir = wrap(S.mkdirSync, 1, 3, 'mkdir');
const mkdtemp = wrap(S.mkdtempSync, 1, 3, 'mkdtemp');
const openImpl = wrap(S.openSync, 1, 4, 'open');
function open(path, flags, mode, callback) {
  if (arguments.length < 3) return openImpl(path, 'r', 0o666, flags);
  if (typeof mode === 'function') return openImpl(path, flags, 0o666, mode);
  return openImpl(path, flags, mode, callback);
}
const readdir = wrap(S.readdirSync, 1, 3, 'readdir');
const readFile = wrap(S.readFileSync, 1, 3, 'readFile');
const readlink = wrap(S.readlinkSync, 1, 3, 'readlink');
const realpath = wrap(S.realpathSync, 1, 3, 'realpath');
realpath.native = wrap(S.realpathSync.native, 1, 3, 'realpath');
const rename = wrap(S.renameSync, 2, 3, 'rename');
const rm = wrap(S.rmSync, 1, 3, 'rm');
const rmdir = wrap(S.rmdirSync, 1, 3, 'rmdir');
const stat = wrap(S.statSync, 1, 3, 'stat');
const symlink = wrap(S.symlinkSync, 2, 4, 'symlink');
const truncate = wrap(S.truncateSync, 1, 3, 'truncate');
const unlink = wrap(S.unlinkSync, 1, 2, 'unlink');
const utimes = wrap(S.utimesSync, 3, 4, 'utimes');
const writeFile = wrap(S.writeFileSync, 2, 4, 'writeFile');

function exists(path, callback) {
  validateFunction(callback, 'cb');
  let ok;
  try {
    ok = S.existsSync(path);
  } catch {
    ok = false;
  }
  nextTick(callback, ok);
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
  let n;
  try {
    n = S.rawRead(fd, U.u8(buffer), offset, length, position);
  } catch (err) {
    nextTick(callback, err, 0, buffer);
    return;
  }
  nextTick(callback, null, n, buffer);
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
    let n;
    try {
      n = S.rawWrite(fd, U.u8(buffer), offset, length, position);
    } catch (err) {
      nextTick(callback, err, 0, buffer);
      return;
    }
    nextTick(callback, null, n, buffer);
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
  let n;
  try {
    n = S.writeSync(fd, str, offset, length);
  } catch (err) {
    if (!isSystemError(err)) throw err;
    nextTick(callback, err, 0, str);
    return;
  }
  nextTick(callback, null, n, str);
}
Object.defineProperty(write, require('node/internal/util').customPromisifyArgs,
  { value: ['bytesWritten', 'buffer'], enumerable: false });

// readv and writev: the same callback shape over their sync forms.
function vectored(syncFn, name) {
  return {
    [name](fd, buffers, position, callback) {
      if (typeof position === 'function') {
        callback = position;
        position = null;
      }
      fd = U.getValidatedFd(fd);
      validateFunction(callback, 'cb');
      let n;
      try {
        n = syncFn(fd, buffers, position);
      } catch (err) {
        if (!isSystemError(err)) throw err;
        nextTick(callback, err);
        return;
      }
      nextTick(callback, null, n, buffers);
    },
  }[name];
}
const readv = vectored(S.readvSync, 'readv');
const writev = vectored(S.writevSync, 'writev');

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
  cp: notImpl('fs.cp'),
  cpSync: notImpl('fs.cpSync'),
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
  statfs: wrap(S.statfsSync, 1, 3, 'statfs'),
  statSync: S.statSync,
  statfsSync: S.statfsSync,
  symlink,
  symlinkSync: S.symlinkSync,
  truncate,
  truncateSync: S.truncateSync,
  unwatchFile: notImpl('fs.unwatchFile'),
  unlink,
  unlinkSync: S.unlinkSync,
  utimes,
  utimesSync: S.utimesSync,
  watch: notImpl('fs.watch'),
  watchFile: notImpl('fs.watchFile'),
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
