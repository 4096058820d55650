'use strict';
// The synchronous heart of node:fs: every *Sync function, done directly with the *at family
// of syscalls through sys/core (so the same code runs on x86_64 and aarch64). fs.js and
// fs/promises.js build their callback and promise forms on top of these.

const sys = require('sys/core');
const U = require('node/internal/fs/utils');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_FS_INVALID_SYMLINK_TYPE,
  },
  setCodedStack,
} = require('node/internal/errors');
const {
  validateInteger, validateBoolean, validateObject, validateBuffer, validateInt32, validateUint32,
} = require('node/internal/validators');

const C = sys.C;
const O = C.open;
const HERE = C.AT_FDCWD;
const NOFOLLOW = C.AT_SYMLINK_NOFOLLOW;
const ENOENT = -2;
const EEXIST = -17;
const EISDIR = -21;

// ---------------------------------------------------------------------------------------
// Small tools

// Runs a syscall, retrying on EINTR; returns the raw result (>= 0, or -errno).
function sc(name, ...args) {
  let r;
  do r = sys.call(name, ...args); while (r === -C.EINTR);
  return r;
}

// Returns r, or throws the system error it stands for. `where` is the path as shown.
function must(r, syscall, where, dest) {
  if (r < 0) {
    throw sys.errnoException(r, syscall,
      where === undefined ? undefined : U.pathStr(where),
      dest === undefined ? undefined : U.pathStr(dest));
  }
  return r;
}

// Errors that Node raises from its C++ layer with a bare message.
function bareError(Ctor, code, message) {
  const err = new Ctor(message);
  setCodedStack(err, code);
  err.code = code;
  return err;
}

function checkAccessMode(mode) {
  if (mode == null) return 0;
  if (typeof mode !== 'number' || !Number.isInteger(mode) || mode !== (mode | 0)) {
    throw bareError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (mode < 0 || mode > 7) {
    throw bareError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  }
  return mode;
}

const path = (p, name) => U.getValidatedPath(p, name);
// What the syscall primitive takes. Long strings go as NUL-terminated UTF-8 bytes: the
// primitive does not accept the engine's rope strings, which long concatenations produce.
const arg = (p) => {
  if (typeof p === 'string') {
    if (p.length < 256) return p;
    const b = binding.utf8Encode(p);
    const c = new Uint8Array(b.length + 1);
    c.set(b);
    return c;
  }
  return U.pathArg(p);
};
const fdOf = (fd) => U.getValidatedFd(fd);

function asBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

// Bytes -> string or Buffer as the encoding option asks.
function encodeOut(bytes, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') {
    return binding.utf8Decode(bytes, 0, bytes.length);
  }
  const b = Buffer.isBuffer(bytes) ? bytes : asBuffer(bytes);
  if (encoding === 'buffer') return b;
  return b.toString(encoding || 'utf8');
}

function strOut(s, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return s;
  const b = Buffer.from(s);
  return encoding === 'buffer' ? b : b.toString(encoding);
}

function isDirMode(mode) { return (mode & C.mode.S_IFMT) === C.mode.S_IFDIR; }
function isLinkMode(mode) { return (mode & C.mode.S_IFMT) === C.mode.S_IFLNK; }

// lstat/stat of a string path: the mode, or -errno.
function modeOf(p, follow) {
  const r = U.rawStat(follow ? 'stat' : 'lstat', typeof p === 'string' ? arg(p) : p);
  return r < 0 ? r : U.statMode();
}

let pathMod;
function P() {
  if (pathMod === undefined) pathMod = require('path');
  return pathMod;
}

// ---------------------------------------------------------------------------------------
// Opening, closing, access

function openSync(file, flags, mode) {
  file = path(file);
  const fl = U.stringToFlags(flags);
  validateInt32(fl, 'flags');
  const m = U.parseFileMode(mode, 'mode', 0o666);
  return must(sys.openat(HERE, arg(file), fl, m), 'open', file);
}

function closeSync(fd) {
  fd = fdOf(fd);
  must(sys.call('close', fd), 'close');
}

function accessSync(file, mode) {
  file = path(file);
  const m = checkAccessMode(mode);
  must(sc('faccessat', HERE, arg(file), m), 'access', file);
}

function existsSync(file) {
  try {
    file = path(file);
  } catch {
    return false;
  }
  return sc('faccessat', HERE, arg(file), 0) === 0;
}

// ---------------------------------------------------------------------------------------
// Stats

// Node reads options.bigint without a null check: `null` options throw a TypeError.
function statOpts(options) {
  return Boolean(options.bigint);
}

function statSync(file, options = { bigint: false, throwIfNoEntry: true }) {
  file = path(file);
  const big = statOpts(options);
  const r = U.rawStat('stat', arg(file));
  if (r < 0) {
    if (r === ENOENT && options.throwIfNoEntry === false) return undefined;
    must(r, 'stat', file);
  }
  return U.statResult(big);
}

function lstatSync(file, options = { bigint: false, throwIfNoEntry: true }) {
  file = path(file);
  const big = statOpts(options);
  const r = U.rawStat('lstat', arg(file));
  if (r < 0) {
    if (r === ENOENT && options.throwIfNoEntry === false) return undefined;
    must(r, 'lstat', file);
  }
  return U.statResult(big);
}

function fstatSync(fd, options = { bigint: false }) {
  fd = fdOf(fd);
  const big = statOpts(options);
  must(U.rawStat('fstat', fd), 'fstat');
  return U.statResult(big);
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function statfsSync(file, options = { bigint: false }) {
  file = path(file);
  // struct statfs on 64-bit Linux: seven 8-byte words first (type, bsize, blocks, bfree,
  // bavail, files, ffree), then fsid and the rest.
  const words = new BigInt64Array(16);
  must(sc('statfs', arg(file), words), 'statfs', file);
  const big = statOpts(options);
  const v = Array.from(words.subarray(0, 7), (w) => (big ? w : Number(w)));
  return new StatFs(...v);
}

// ---------------------------------------------------------------------------------------
// Reading and writing through descriptors

// One read into u8[off, off+len) at pos (-1/null: the file position). Returns the count.
function rawRead(fd, u8, off, len, pos) {
  const view = u8.subarray(off, off + len);
  let r;
  if (pos === null || pos === undefined || pos === -1 || pos === -1n) {
    r = sc('read', fd, view, len);
  } else {
    r = sc('pread64', fd, view, len, Number(pos));
  }
  return must(r, 'read');
}

// One write from u8[off, off+len) at pos (a non-negative number, else the file position).
function rawWrite(fd, u8, off, len, pos) {
  const view = u8.subarray(off, off + len);
  let r;
  if (typeof pos === 'number' && pos >= 0) r = sc('pwrite64', fd, view, len, pos);
  else if (typeof pos === 'bigint' && pos >= 0n) r = sc('pwrite64', fd, view, len, Number(pos));
  else r = sc('write', fd, view, len);
  return must(r, 'write');
}

// Writes every byte of u8, advancing pos when one is given.
function writeAll(fd, u8, pos) {
  let done = 0;
  const at = typeof pos === 'number' && pos >= 0 ? pos : null;
  while (done < u8.byteLength) {
    const n = rawWrite(fd, u8, done, u8.byteLength - done, at === null ? null : at + done);
    done += n;
  }
  return done;
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = fdOf(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', { nullable: true });
    }
    const o = offsetOrOptions ?? U.kEmptyObject;
    offset = o.offset === undefined ? 0 : o.offset;
    length = o.length === undefined ? buffer.byteLength - offset : o.length;
    position = o.position === undefined ? null : o.position;
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  U.validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  U.validatePosition(position, 'position', length);
  return rawRead(fd, U.u8(buffer), offset, length, position);
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = fdOf(fd);
  const w = writeArgs(buffer, offsetOrOptions, length, position);
  return rawWrite(fd, w.bytes, w.offset, w.length, w.position);
}

// The forms of write(fd, buffer[, offset[, length[, position]]]), write(fd, buffer, options)
// and write(fd, string[, position[, encoding]]) as { bytes, offset, length, position }.
function writeArgs(buffer, offsetOrOptions, length, position) {
  if (U.isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      const o = offsetOrOptions;
      offset = o.offset === undefined ? 0 : o.offset;
      length = o.length === undefined ? buffer.byteLength - offset : o.length;
      position = o.position === undefined ? null : o.position;
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    U.validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return { bytes: U.u8(buffer), offset, length, position };
  }
  U.validateStringAfterArrayBufferView(buffer, 'buffer');
  U.validateEncoding(buffer, length);
  const enc = typeof length === 'string' && Buffer.isEncoding(length) ? length : 'utf8';
  const bytes = Buffer.from(buffer, enc);
  const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : null;
  return { bytes, offset: 0, length: bytes.byteLength, position: pos };
}

function checkBufferList(buffers) {
  if (!Array.isArray(buffers) || !buffers.every((b) => U.isArrayBufferView(b))) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
}

// readv/writev done buffer by buffer; a short transfer ends the walk, as it would end
// the kernel's own.
function vector(fd, buffers, position, reading) {
  fd = fdOf(fd);
  checkBufferList(buffers);
  let pos = typeof position === 'number' && position >= 0 ? position : null;
  let total = 0;
  for (const b of buffers) {
    const u = U.u8(b);
    if (u.byteLength === 0) continue;
    const n = reading ? rawRead(fd, u, 0, u.byteLength, pos === null ? -1 : pos) :
      rawWrite(fd, u, 0, u.byteLength, pos);
    total += n;
    if (pos !== null) pos += n;
    if (n < u.byteLength) break;
  }
  return total;
}

function readvSync(fd, buffers, position) { return vector(fd, buffers, position, true); }
function writevSync(fd, buffers, position) { return vector(fd, buffers, position, false); }

// ---------------------------------------------------------------------------------------
// Whole files

// Everything from fd's current position to its end, as a Buffer.
function drain(fd) {
  let hint = 0;
  must(U.rawStat('fstat', fd), 'fstat');
  if ((U.statMode() & C.mode.S_IFMT) === C.mode.S_IFREG) {
    hint = U.statSize();
  }
  if (hint > 2 ** 31 - 1) {
    const { codes: { ERR_FS_FILE_TOO_LARGE } } = require('node/internal/errors');
    throw new ERR_FS_FILE_TOO_LARGE(hint);
  }
  const chunks = [];
  let total = 0;
  let size = hint > 0 ? hint + 1 : 64 * 1024;
  for (;;) {
    const chunk = Buffer.allocUnsafe(size);
    let used = 0;
    while (used < size) {
      const n = rawRead(fd, chunk, used, size - used, -1);
      if (n === 0) break;
      used += n;
    }
    if (used > 0) chunks.push(used === size ? chunk : chunk.subarray(0, used));
    total += used;
    if (used < size) break;
    size = 64 * 1024;
  }
  if (chunks.length === 1) return chunks[0];
  return Buffer.concat(chunks, total);
}

function readFileSync(file, options) {
  options = U.getOptions(options, { flag: 'r' });
  let data;
  if (U.isFd(file)) {
    data = drain(file);
  } else {
    file = path(file);
    const fd = must(sys.openat(HERE, arg(file), U.stringToFlags(options.flag), 0o666), 'open', file);
    try {
      data = drain(fd);
    } finally {
      sys.call('close', fd);
    }
  }
  if (options.encoding && options.encoding !== 'buffer') return data.toString(options.encoding);
  return data;
}

function writeFileSync(file, data, options) {
  options = U.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  let bytes;
  if (U.isArrayBufferView(data)) {
    bytes = U.u8(data);
  } else {
    U.validateStringAfterArrayBufferView(data, 'data');
    bytes = Buffer.from(data, options.encoding || 'utf8');
  }
  if (U.isFd(file)) {
    writeAll(file, bytes, null);
    if (flush) fsyncSync(file);
    return;
  }
  const fd = openSync(file, options.flag || 'w', options.mode);
  try {
    writeAll(fd, bytes, null);
    if (flush) fsyncSync(fd);
  } finally {
    sys.call('close', fd);
  }
}

function appendFileSync(file, data, options) {
  options = U.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || U.isFd(file)) options.flag = 'a';
  writeFileSync(file, data, options);
}

// ---------------------------------------------------------------------------------------
// Descriptor housekeeping

function fsyncSync(fd) { must(sc('fsync', fdOf(fd)), 'fsync'); }
function fdatasyncSync(fd) { must(sc('fdatasync', fdOf(fd)), 'fdatasync'); }

function ftruncateSync(fd, len = 0) {
  fd = fdOf(fd);
  validateInteger(len, 'len');
  must(sc('ftruncate', fd, Math.max(0, len)), 'ftruncate');
}

let warnedTruncateFd = false;

function truncateSync(file, len) {
  if (U.isFd(file)) {
    if (!warnedTruncateFd) {
      warnedTruncateFd = true;
      require('process').emitWarning('Using fs.truncate with a file descriptor is deprecated. ' +
        'Please use fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
    }
    return ftruncateSync(file, len);
  }
  if (len === undefined) len = 0;
  const fd = openSync(file, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    sys.call('close', fd);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Ownership, permissions, times

const MAX_ID = 2 ** 32 - 1;

function ids(uid, gid) {
  validateInteger(uid, 'uid', -1, MAX_ID);
  validateInteger(gid, 'gid', -1, MAX_ID);
}

function chmodSync(file, mode) {
  file = path(file);
  mode = U.parseFileMode(mode, 'mode');
  must(sc('fchmodat', HERE, arg(file), mode), 'chmod', file);
}

function fchmodSync(fd, mode) {
  fd = fdOf(fd);
  mode = U.parseFileMode(mode, 'mode');
  must(sc('fchmod', fd, mode), 'fchmod');
}

function chownSync(file, uid, gid) {
  file = path(file);
  ids(uid, gid);
  must(sc('fchownat', HERE, arg(file), uid, gid, 0), 'chown', file);
}

function lchownSync(file, uid, gid) {
  file = path(file);
  ids(uid, gid);
  must(sc('fchownat', HERE, arg(file), uid, gid, NOFOLLOW), 'lchown', file);
}

function fchownSync(fd, uid, gid) {
  fd = fdOf(fd);
  ids(uid, gid);
  must(sc('fchown', fd, uid, gid), 'fchown');
}

// Seconds since the epoch (fractional) from a Date, a number or a numeric string.
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (Number.isFinite(time)) {
    return time < 0 ? Date.now() / 1000 : time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// Two struct timespec for utimensat.
function timespecs(atime, mtime) {
  const ts = new BigInt64Array(4);
  // Like libuv: whole seconds toward zero, the rest kept to the microsecond.
  const put = (i, t) => {
    let sec = Math.trunc(t);
    let nsec = Math.trunc((t - sec) * 1e9);
    nsec -= nsec % 1000;
    if (nsec < 0) { sec -= 1; nsec += 1e9; }
    ts[i] = BigInt(sec);
    ts[i + 1] = BigInt(nsec);
  };
  put(0, atime);
  put(2, mtime);
  return ts;
}

function utimesSync(file, atime, mtime) {
  file = path(file);
  const ts = timespecs(toUnixTimestamp(atime), toUnixTimestamp(mtime));
  must(sc('utimensat', HERE, arg(file), ts, 0), 'utime', file);
}

function lutimesSync(file, atime, mtime) {
  file = path(file);
  const ts = timespecs(toUnixTimestamp(atime), toUnixTimestamp(mtime));
  must(sc('utimensat', HERE, arg(file), ts, NOFOLLOW), 'lutime', file);
}

function futimesSync(fd, atime, mtime) {
  fd = fdOf(fd);
  const ts = timespecs(toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
  must(sc('utimensat', fd, null, ts, 0), 'futime');
}

// ---------------------------------------------------------------------------------------
// Names: links, renames, removal

function linkSync(existingPath, newPath) {
  existingPath = path(existingPath, 'existingPath');
  newPath = path(newPath, 'newPath');
  must(sc('linkat', HERE, arg(existingPath), HERE, arg(newPath), 0), 'link', existingPath, newPath);
}

function symlinkSync(target, file, type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
  target = path(target, 'target');
  file = path(file);
  must(sc('symlinkat', arg(target), HERE, arg(file)), 'symlink', target, file);
}

// The bytes a symlink holds, or -errno.
function linkBytes(p) {
  let size = 256;
  for (;;) {
    const buf = new Uint8Array(size);
    const n = sc('readlinkat', HERE, typeof p === 'string' ? arg(p) : p, buf, size);
    if (n < 0) return n;
    if (n < size) return buf.subarray(0, n);
    size *= 4;
  }
}

function readlinkSync(file, options) {
  options = U.getOptions(options);
  file = path(file, 'oldPath');
  const r = linkBytes(arg(file));
  if (typeof r === 'number') must(r, 'readlink', file);
  return encodeOut(r, options.encoding);
}

function renameSync(oldPath, newPath) {
  oldPath = path(oldPath, 'oldPath');
  newPath = path(newPath, 'newPath');
  must(sc('renameat', HERE, arg(oldPath), HERE, arg(newPath)), 'rename', oldPath, newPath);
}

function unlinkSync(file) {
  file = path(file);
  must(sc('unlinkat', HERE, arg(file), 0), 'unlink', file);
}

const RETRYABLE = new Set([-16, -24, -23, -39, -1]); // EBUSY EMFILE ENFILE ENOTEMPTY EPERM

// Blocks the thread for ms milliseconds (rmSync's retryDelay).
function sleepMs(ms) {
  if (!(ms > 0)) return;
  const ts = new BigInt64Array([BigInt(Math.floor(ms / 1000)), BigInt((ms % 1000) * 1e6)]);
  while (sc('nanosleep', ts, ts) === -C.EINTR);
}

// Runs op() (a syscall result) up to 1 + retries times while it fails in a retryable way,
// waiting delay ms before each retry.
function attempt(op, retries, delay = 0) {
  let r = op();
  for (let i = 0; i < retries && r < 0 && RETRYABLE.has(r); i++) {
    sleepMs(delay);
    r = op();
  }
  return r;
}

// Removes a tree. p is a Buffer (names need not be UTF-8); missingOk: a vanished entry is
// not an error.
function removeTree(p, retries, missingOk, delay = 0) {
  const c = arg(p);
  const tolerate = (r) => r === ENOENT && missingOk;
  let r = U.rawStat('lstat', c);
  if (r < 0) {
    if (tolerate(r)) return;
    must(r, 'lstat', p);
  }
  if (!isDirMode(U.statMode())) {
    r = attempt(() => sc('unlinkat', HERE, c, 0), retries, delay);
    if (r < 0 && !tolerate(r)) must(r, 'unlink', p);
    return;
  }
  r = sc('unlinkat', HERE, c, C.AT_REMOVEDIR);
  if (r === 0 || tolerate(r)) return;
  if (r !== -39 && r !== EEXIST) must(r, 'rmdir', p);
  const list = listDirectory(c);
  if (typeof list === 'number') {
    if (tolerate(list)) return;
    must(list, 'scandir', p);
  }
  const slash = Buffer.from('/');
  for (const [name] of list) removeTree(Buffer.concat([p, slash, name]), retries, missingOk, delay);
  r = attempt(() => sc('unlinkat', HERE, c, C.AT_REMOVEDIR), retries, delay);
  if (r < 0 && !tolerate(r)) must(r, 'rmdir', p);
}

let warnedRecursiveRmdir = false;

function rmdirSync(file, options) {
  file = path(file);
  if (options?.recursive) {
    if (!warnedRecursiveRmdir) {
      warnedRecursiveRmdir = true;
      require('process').emitWarning(
        'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
        'will be removed. Use fs.rm(path, { recursive: true }) instead',
        'DeprecationWarning', 'DEP0147');
    }
  }
  const { recursive, retries } = rmdirOptions(options);
  if (recursive) {
    const p = U.pathStr(file);
    const m = must(modeOf(arg(file), false), 'lstat', p);
    if (!isDirMode(m)) must(-20, 'rmdir', p);
    removeTree(Buffer.from(file), retries, false);
    return;
  }
  must(sc('unlinkat', HERE, arg(file), C.AT_REMOVEDIR), 'rmdir', file);
}

function rmdirOptions(options) {
  let recursive = false;
  let retries = 0;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.recursive !== undefined) {
      validateBoolean(options.recursive, 'options.recursive');
      recursive = options.recursive;
    }
    if (options.retryDelay !== undefined) validateInt32(options.retryDelay, 'options.retryDelay', 0);
    if (options.maxRetries !== undefined) {
      validateUint32(options.maxRetries, 'options.maxRetries');
      retries = options.maxRetries;
    }
  }
  return { recursive, retries };
}

function rmSync(file, options) {
  file = path(file);
  const opts = U.validateRmOptions(options);
  const p = U.pathStr(file);
  const m = modeOf(arg(file), false);
  if (m < 0) {
    if (m === ENOENT && opts.force) return;
    must(m, 'lstat', p);
  }
  if (isDirMode(m) && !opts.recursive) throw rmIsDirError(p);
  removeTree(Buffer.from(file), opts.maxRetries, opts.force, opts.retryDelay);
}

function rmIsDirError(p) {
  const { systemError } = require('node/internal/system_error');
  return systemError({
    code: 'EISDIR', message: 'is a directory', path: p, syscall: 'rm', errno: -EISDIR,
  }, 'ERR_FS_EISDIR', 'Path is a directory');
}

// ---------------------------------------------------------------------------------------
// Directories

// Reads a directory to its end with getdents64, handing each filled buffer to
// push(buf, dv, n, into); returns into, or -errno.
function scanDirectory(p, push, into) {
  const fd = sys.openat(HERE, p, O.O_RDONLY | O.O_DIRECTORY, 0);
  if (fd < 0) return fd;
  const buf = new Uint8Array(32768);
  const dv = new DataView(buf.buffer);
  try {
    for (;;) {
      const n = sc('getdents64', fd, buf, buf.byteLength);
      if (n < 0) return n;
      if (n === 0) break;
      push(buf, dv, n, into);
    }
  } finally {
    sys.call('close', fd);
  }
  return into;
}

// The entries in a getdents64 buffer of n bytes, pushed as [nameBytes, d_type, latin1Name]
// ('.' and '..' skipped).
function pushDentEntries(buf, dv, n, out) {
  for (let at = 0; at < n; at += dv.getUint16(at + 16, true)) {
    const start = at + 19;
    if (buf[start] === 46 && (buf[start + 1] === 0 || (buf[start + 1] === 46 && buf[start + 2] === 0))) {
      continue;
    }
    const end = buf.indexOf(0, start);
    out.push([buf.slice(start, end), buf[at + 18], binding.latin1Decode(buf, start, end)]);
  }
}

// The entries of a directory as [nameBytes, d_type, latin1Name] sorted bytewise, or -errno.
function listDirectory(p) {
  const out = scanDirectory(p, pushDentEntries, []);
  return typeof out === 'number' ? out : sortEntries(out);
}

// The names in a getdents64 buffer of n bytes, pushed onto names as Latin-1 strings (one
// char per byte: the engine's native sort then orders them bytewise, as Node's are).
function pushDentNames(buf, dv, n, names) {
  for (let at = 0; at < n; at += dv.getUint16(at + 16, true)) {
    const start = at + 19;
    if (buf[start] === 46 && (buf[start + 1] === 0 || (buf[start + 1] === 46 && buf[start + 2] === 0))) {
      continue;
    }
    names.push(binding.latin1Decode(buf, start, buf.indexOf(0, start)));
  }
}

// readdir's result (no withFileTypes) from sorted Latin-1 names: ASCII names stand as they
// are; others are re-decoded from their bytes (all are ASCII when the UTF-8 length of their
// Latin-1 decoding is its length).
const HIGH_BYTE = /[\x80-\xff]/;
function namesOut(names, enc) {
  const plain = !enc || enc === 'utf8' || enc === 'utf-8';
  if (plain) {
    const all = names.join('');
    if (binding.utf8ByteLength(all) === all.length) return names;
  }
  for (let i = 0; i < names.length; i++) {
    const s = names[i];
    if (plain && !HIGH_BYTE.test(s)) continue;
    names[i] = encodeOut(Buffer.from(s, 'latin1'), enc);
  }
  return names;
}

// The sorted Latin-1 names of a directory, or -errno.
function listNames(p) {
  const names = scanDirectory(p, pushDentNames, []);
  return typeof names === 'number' ? names : names.sort();
}

// Sorts [nameBytes, d_type, latin1Name] entries in place, bytewise: the engine's native sort
// over the Latin-1 names (no JavaScript comparator), entries found again by name.
function sortEntries(list) {
  const byName = new Map();
  const keys = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    keys[i] = list[i][2];
    byName.set(keys[i], list[i]);
  }
  keys.sort();
  for (let i = 0; i < keys.length; i++) list[i] = byName.get(keys[i]);
  return list;
}

function entryType(dir, nameStr, dtype) {
  const t = U.direntType(dtype);
  if (t !== 0) return t;
  const m = modeOf(`${dir}/${nameStr}`, false);
  return m < 0 ? 0 : U.modeToDirentType(m);
}

function readdirSync(file, options) {
  options = U.getOptions(options);
  file = path(file);
  const enc = options.encoding;
  const withTypes = Boolean(options.withFileTypes);
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirTree(file, enc, withTypes);
  if (!withTypes) {
    const names = listNames(arg(file));
    if (typeof names === 'number') must(names, 'scandir', file);
    return namesOut(names, enc);
  }
  const list = listDirectory(arg(file));
  if (typeof list === 'number') must(list, 'scandir', file);
  return direntsOf(file, list, enc, withTypes);
}

// The result of a readdir from its [name, d_type] list.
function direntsOf(file, list, enc, withTypes) {
  const shown = U.pathStr(file);
  return list.map(([name, dtype]) => {
    const out = encodeOut(name, enc);
    if (!withTypes) return out;
    return new U.Dirent(out, entryType(shown, binding.utf8Decode(name, 0, name.length), dtype), file);
  });
}

// Breadth-first walk: each directory's entries, then the directories found, in order.
// lists: optional map from directory path to its listing, made beforehand on the pool.
function readdirTree(base, enc, withTypes, lists) {
  // Like path.join, which the walk uses: only string paths can be extended.
  const join = (dir, name) => {
    if (typeof dir !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', dir);
    if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', name);
    return P().join(dir, name);
  };
  const results = [];
  const queue = [[base, '']];
  for (let i = 0; i < queue.length; i++) {
    const [dir, rel] = queue[i];
    const list = lists?.get(U.pathStr(dir)) ?? listDirectory(arg(dir));
    if (typeof list === 'number') must(list, 'scandir', dir);
    for (const [name, dtype] of list) {
      const nameStr = binding.utf8Decode(name, 0, name.length);
      if (withTypes) {
        const type = entryType(U.pathStr(dir), nameStr, dtype);
        results.push(new U.Dirent(encodeOut(name, enc), type, dir));
        if (type === 2) queue.push([join(dir, enc === 'buffer' ? asBuffer(name) : nameStr), '']);
      } else {
        if (enc === 'buffer') join(dir, asBuffer(name));
        const relName = rel === '' ? nameStr : `${rel}/${nameStr}`;
        results.push(strOut(relName, enc));
        const full = join(dir, nameStr);
        if (modeOf(full, true) >= 0 && isDirMode(U.statMode())) queue.push([full, relName]);
      }
    }
  }
  return results;
}

function mkdirSync(file, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = U.parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = U.parseFileMode(options.mode, 'mode');
  }
  file = path(file);
  validateBoolean(recursive, 'options.recursive');
  if (!recursive) {
    must(sc('mkdirat', HERE, arg(file), mode), 'mkdir', file);
    return undefined;
  }
  const whole = U.pathStr(file);
  const made = makeDirs(whole, mode);
  if (typeof made === 'number') must(made, 'mkdir', file);
  return made;
}

// mkdir -p: the first directory it created, undefined if none, or -errno.
function makeDirs(p, mode) {
  const r = sc('mkdirat', HERE, arg(p), mode);
  if (r === 0) return p;
  if (r === EEXIST) {
    const m = modeOf(p, true);
    return m >= 0 && isDirMode(m) ? undefined : EEXIST;
  }
  if (r !== ENOENT) return r;
  const parent = P().dirname(p);
  if (parent === p) return r;
  const above = makeDirs(parent, mode);
  if (typeof above === 'number') return above;
  const again = sc('mkdirat', HERE, arg(p), mode);
  if (again === 0) return above === undefined ? p : above;
  if (again === EEXIST && isDirMode(modeOf(p, true))) return above;
  return again;
}

const TEMPLATE_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

let warnedTemplateX = false;
// The prefix as bytes, after Node's checks (and its one-time warning about a trailing X).
function mkdtempPrefix(prefix) {
  prefix = path(prefix, 'prefix');
  const head = Buffer.from(prefix);
  if (head.length > 0 && head[head.length - 1] === 0x58 && !warnedTemplateX) {
    warnedTemplateX = true;
    require('process').emitWarning('mkdtemp() templates ending with X are not portable. ' +
      'For details see: https://nodejs.org/api/fs.html');
  }
  return head;
}

// One candidate name: the prefix and six random characters.
function mkdtempCandidate(head) {
  let tail = '';
  for (let i = 0; i < 6; i++) tail += TEMPLATE_CHARS[Math.floor(Math.random() * 62)];
  return Buffer.concat([head, Buffer.from(tail)]);
}

function mkdtempSync(prefix, options) {
  options = U.getOptions(options);
  const head = mkdtempPrefix(prefix);
  for (let tries = 0; ; tries++) {
    const full = mkdtempCandidate(head);
    const r = sc('mkdirat', HERE, arg(full), 0o700);
    if (r === 0) return encodeOut(full, options.encoding);
    if (r !== EEXIST || tries > 100) {
      must(r, 'mkdtemp', `${U.pathStr(head)}XXXXXX`);
    }
  }
}

// ---------------------------------------------------------------------------------------
// Resolving paths

// Walks the path a component at a time with lstat, expanding symlinks as it meets them;
// errors name the partial path that failed.
function realpathSync(p, options) {
  options = U.getOptions(options);
  p = U.toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  U.validatePath(p);
  const pm = P();
  let rest = pm.resolve(p);
  const known = new Map();
  for (;;) {
    const parts = rest.split('/').filter((s) => s !== '');
    let at = '';
    let i = 0;
    let restarted = false;
    for (; i < parts.length; i++) {
      const next = `${at}/${parts[i]}`;
      let target = known.get(next);
      if (target === undefined) {
        const m = must(modeOf(next, false), 'lstat', next);
        if (!isLinkMode(m)) {
          known.set(next, null);
          at = next;
          continue;
        }
        must(modeOf(next, true), 'stat', next);
        const bytes = linkBytes(next);
        if (typeof bytes === 'number') must(bytes, 'readlink', next);
        target = binding.utf8Decode(bytes, 0, bytes.length);
        known.set(next, target);
      }
      if (target === null) {
        at = next;
        continue;
      }
      rest = pm.resolve(at === '' ? '/' : at, target, ...parts.slice(i + 1));
      restarted = true;
      break;
    }
    if (!restarted) return strOut(at === '' ? '/' : at, options.encoding);
  }
}

realpathSync.native = function realpathNative(p, options) {
  options = U.getOptions(options);
  p = path(p);
  const fd = sys.openat(HERE, arg(p), O.O_PATH, 0);
  must(fd, 'realpath', p);
  const target = linkBytes(`/proc/self/fd/${fd}`);
  sys.call('close', fd);
  must(typeof target === 'number' ? target : 0, 'realpath', p);
  return encodeOut(target, options.encoding);
};

// ---------------------------------------------------------------------------------------
// Copying

function copyFileSync(src, dest, mode) {
  src = path(src, 'src');
  dest = path(dest, 'dest');
  mode = checkAccessMode(mode);
  const plan = copyFileBegin(src, dest, mode);
  if (plan === null) return;
  const fail = (r) => must(r, 'copyfile', src, dest);
  try {
    pump(plan.from, plan.to, plan.size, fail);
  } catch (err) {
    sys.call('close', plan.to);
    sys.call('close', plan.from);
    sc('unlinkat', HERE, arg(dest), 0);
    throw err;
  }
  sys.call('close', plan.from);
  sys.call('close', plan.to);
}

// Opens both ends of a copy and checks them: { from, to, size } (both descriptors open, the
// destination truncated), or null when they are the same file (nothing to do).
function copyFileBegin(src, dest, mode) {
  const fail = (r) => must(r, 'copyfile', src, dest);
  let from = sys.openat(HERE, arg(src), O.O_RDONLY, 0);
  if (from < 0) fail(from);
  let to = -1;
  let created = false;
  try {
    fail(U.rawStat('fstat', from));
    const st = U.statResult(true);
    const srcMode = Number(st.mode);
    if (isDirMode(srcMode)) fail(EISDIR);
    const flags = O.O_WRONLY | O.O_CREAT | ((mode & 1) ? O.O_EXCL : 0);
    to = sys.openat(HERE, arg(dest), flags, srcMode & 0o7777);
    if (to < 0) fail(to);
    fail(U.rawStat('fstat', to));
    const dst = U.statResult(true);
    if (dst.dev === st.dev && dst.ino === st.ino) return null;
    created = true;
    sc('fchmod', to, srcMode & 0o7777);
    fail(sc('ftruncate', to, 0));
    if (mode & 4) fail(-95); // COPYFILE_FICLONE_FORCE: no reflink support here
    const plan = { from, to, size: Number(st.size) };
    from = -1;
    to = -1;
    return plan;
  } catch (err) {
    if (to >= 0) {
      sys.call('close', to);
      to = -1;
      if (created) sc('unlinkat', HERE, arg(dest), 0);
    }
    throw err;
  } finally {
    if (from >= 0) sys.call('close', from);
    if (to >= 0) sys.call('close', to);
  }
  return null;
}

// Moves the bytes: copy_file_range while the kernel allows, else read/write.
function pump(from, to, size, fail) {
  let left = size;
  let fast = true;
  while (fast && left > 0) {
    const n = sc('copy_file_range', from, null, to, null, Math.min(left, 0x40000000), 0);
    if (n === 0) break;
    if (n < 0) {
      if (n === -38 || n === -18 || n === -22 || n === -95 || n === -1) {
        fast = false;
        break;
      }
      fail(n);
    }
    left -= n;
  }
  // Whatever is left (or all of it, without copy_file_range) goes through a buffer.
  const buf = new Uint8Array(64 * 1024);
  for (;;) {
    const n = sc('read', from, buf, buf.byteLength);
    if (n < 0) fail(n);
    if (n === 0) break;
    let done = 0;
    while (done < n) {
      const w = sc('write', to, buf.subarray(done, n), n - done);
      if (w < 0) fail(w);
      done += w;
    }
  }
}

module.exports = {
  accessSync, appendFileSync, chmodSync, chownSync, closeSync, copyFileSync, existsSync,
  fchmodSync, fchownSync, fdatasyncSync, fstatSync, fsyncSync, ftruncateSync, futimesSync,
  lchownSync, linkSync, lstatSync, lutimesSync, mkdirSync, mkdtempSync, openSync,
  rawRead, rawWrite, readFileSync, readSync, readdirSync, readlinkSync, readvSync,
  realpathSync, renameSync, rmSync, rmdirSync, statSync, statfsSync, symlinkSync,
  toUnixTimestamp, truncateSync, unlinkSync, utimesSync, writeAll, writeFileSync, writeSync,
  writevSync, StatFs,
  checkAccessMode, encodeOut, ids, timespecs, direntsOf, readdirTreeFrom: readdirTree,
  pushDentNames, pushDentEntries, namesOut,
  sortEntries, checkBufferList, mkdtempPrefix, mkdtempCandidate, copyFileBegin, rmdirOptions, writeArgs, rmIsDirError, RETRYABLE, removeTree, modeOf, isDirMode, listDirectory,
};
