'use strict';
// The synchronous core of node:fs over lib/sys: every *Sync function, with Node's argument
// validation and Node's system errors (syscall names as Node reports them).

const sys = require('sys/core');
const { Buffer } = require('buffer');
const errors = require('node/internal/errors');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_FS_INVALID_SYMLINK_TYPE,
  },
} = errors;
const {
  validateInteger, validateInt32, validateBoolean, validateBuffer, validateObject,
} = require('node/internal/validators');
const U = require('node/internal/fs/utils');
const {
  getValidatedPath, getValidatedFd, pathArg, pathStr, stringToFlags, parseFileMode, getOptions,
  isArrayBufferView, isFd, kEmptyObject, u8,
} = U;

const C = sys.C;
const O = C.open;
const AT_FDCWD = C.AT_FDCWD;
const call = sys.call;
const retry = sys.retry;

function fail(res, syscall, path, dest) {
  return sys.errnoException(res, syscall,
    path === undefined ? undefined : pathStr(path),
    dest === undefined ? undefined : pathStr(dest));
}

// An error shaped like the ones Node's C++ layer throws, with a code and free-form message.
function nativeError(Base, code, message) {
  const err = new Base(message);
  errors.setCodedStack(err, code);
  err.code = code;
  return err;
}

// ---- open / close / read / write ----

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  flags = stringToFlags(flags);
  validateInt32(flags, 'flags');
  mode = parseFileMode(mode, 'mode', 0o666);
  const fd = retry(() => call('openat', AT_FDCWD, pathArg(path), flags | O.O_CLOEXEC, mode));
  if (fd < 0) throw fail(fd, 'open', path);
  return fd;
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  const r = call('close', fd);
  if (r < 0 && r !== -C.EINTR) throw fail(r, 'close');
}

// Reads into bytes at position (-1: the current one); returns the count or throws.
function rawRead(fd, bytes, offset, length, position) {
  const view = bytes.subarray(offset, offset + length);
  let r;
  if (position === -1 || position === -1n) r = retry(() => call('read', fd, view, length));
  else r = retry(() => call('pread64', fd, view, length, position));
  if (r < 0) throw fail(r, 'read');
  return r;
}

function rawWrite(fd, bytes, offset, length, position) {
  const view = bytes.subarray(offset, offset + length);
  let r;
  if (position === null || position === -1 || position === undefined) {
    r = retry(() => call('write', fd, view, length));
  } else {
    r = retry(() => call('pwrite64', fd, view, length, position));
  }
  if (r < 0) throw fail(r, 'write');
  return r;
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', { nullable: true });
    ({
      offset = 0, length = buffer.byteLength - offset, position = null,
    } = offsetOrOptions ?? kEmptyObject);
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
  return rawRead(fd, u8(buffer), offset, length, position);
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0, length = buffer.byteLength - offset, position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    U.validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return rawWrite(fd, u8(buffer), offset, length, position);
  }
  U.validateStringAfterArrayBufferView(buffer, 'buffer');
  U.validateEncoding(buffer, length);
  const encoding = typeof length === 'string' && Buffer.isEncoding(length) ? length : 'utf8';
  const bytes = Buffer.from(buffer, encoding);
  position = typeof offset === 'number' ? offset : null;
  return rawWrite(fd, bytes, 0, bytes.byteLength, position);
}

// ---- whole files ----

function fstatKind(fd) {
  const r = U.rawStat('fstat', fd);
  if (r < 0) return r;
  return 0;
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const isUserFd = isFd(path);
  const fd = isUserFd ? path : openSync(path, options.flag, 0o666);
  let buffer;
  try {
    const r = fstatKind(fd);
    if (r < 0) throw fail(r, 'fstat');
    const size = (U.statMode() & C.mode.S_IFMT) === C.mode.S_IFREG ? U.statSize() : 0;
    if (size > 0x7fffffff * 2) {
      throw nativeError(RangeError, 'ERR_FS_FILE_TOO_LARGE',
        `File size (${size}) is greater than 2 GiB`);
    }
    if (size > 0) {
      buffer = Buffer.allocUnsafe(size);
      let pos = 0;
      while (pos < size) {
        const n = rawRead(fd, buffer, pos, size - pos, -1);
        if (n === 0) break;
        pos += n;
      }
      if (pos < size) buffer = buffer.subarray(0, pos);
    } else {
      const chunks = [];
      let total = 0;
      for (;;) {
        const chunk = Buffer.allocUnsafe(8192);
        const n = rawRead(fd, chunk, 0, 8192, -1);
        if (n === 0) break;
        chunks.push(n === 8192 ? chunk : chunk.subarray(0, n));
        total += n;
      }
      buffer = Buffer.concat(chunks, total);
    }
  } finally {
    if (!isUserFd) call('close', fd);
  }
  if (options.encoding) return buffer.toString(options.encoding);
  return buffer;
}

function writeAll(fd, data, position) {
  let offset = 0;
  let length = data.byteLength;
  while (length > 0) {
    const n = rawWrite(fd, data, offset, length, position);
    offset += n;
    length -= n;
    if (typeof position === 'number') position += n;
  }
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!isArrayBufferView(data)) {
    U.validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  const isUserFd = isFd(path);
  const fd = isUserFd ? path : openSync(path, options.flag || 'w', options.mode);
  try {
    writeAll(fd, u8(data), null);
    if (flush) fsyncSync(fd);
  } finally {
    if (!isUserFd) call('close', fd);
  }
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

// ---- stat ----

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const r = U.rawStat('stat', pathArg(path));
  if (r < 0) {
    if (options.throwIfNoEntry === false && r === -2) return undefined;
    throw fail(r, 'stat', path);
  }
  return U.statResult(options.bigint);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const r = U.rawStat('lstat', pathArg(path));
  if (r < 0) {
    if (options.throwIfNoEntry === false && r === -2) return undefined;
    throw fail(r, 'lstat', path);
  }
  return U.statResult(options.bigint);
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  const r = U.rawStat('fstat', fd);
  if (r < 0) throw fail(r, 'fstat');
  return U.statResult(options.bigint);
}

// mode of a path (lstat or stat), or -errno.
function modeOf(path, follow) {
  const r = U.rawStat(follow ? 'stat' : 'lstat', pathArg(path));
  return r < 0 ? r : U.statMode();
}

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return call('faccessat', AT_FDCWD, pathArg(path), 0) === 0;
}

function getValidMode(mode, type) {
  if (mode == null) return type === 'copyFile' ? 0 : 0;
  if (typeof mode !== 'number' || !Number.isInteger(mode) || mode !== (mode | 0)) {
    if (typeof mode === 'number' && Number.isInteger(mode)) {
      throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
    }
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (mode < 0 || mode > 7) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  }
  return mode;
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  const r = call('faccessat', AT_FDCWD, pathArg(path), mode);
  if (r < 0) throw fail(r, 'access', path);
}

// ---- directories ----

// The raw entries of a directory: [[nameBytes, UV_DIRENT type], ...] sorted by name bytes.
function scanDir(path) {
  const fd = retry(() => call('openat', AT_FDCWD, pathArg(path),
    O.O_RDONLY | O.O_DIRECTORY | O.O_CLOEXEC, 0));
  if (fd < 0) throw fail(fd, 'scandir', path);
  const entries = [];
  try {
    const buf = new Uint8Array(32768);
    const dv = new DataView(buf.buffer);
    for (;;) {
      const n = retry(() => call('getdents64', fd, buf, buf.byteLength));
      if (n < 0) throw fail(n, 'scandir', path);
      if (n === 0) break;
      let off = 0;
      while (off < n) {
        const reclen = dv.getUint16(off + 16, true);
        const dtype = buf[off + 18];
        let end = off + 19;
        while (buf[end] !== 0) end++;
        const name = buf.slice(off + 19, end);
        const dot = name.length === 1 && name[0] === 46;
        const dotdot = name.length === 2 && name[0] === 46 && name[1] === 46;
        if (!dot && !dotdot) entries.push([name, U.direntType(dtype)]);
        off += reclen;
      }
    }
  } finally {
    call('close', fd);
  }
  entries.sort((a, b) => compareBytes(a[0], b[0]));
  return entries;
}

function compareBytes(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function decodeName(bytes, encoding) {
  if (encoding === 'buffer') return Buffer.from(bytes);
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return binding.utf8Decode(bytes, 0, bytes.length);
  return Buffer.from(bytes).toString(encoding);
}

function joinPath(dir, name) {
  if (typeof dir !== 'string') dir = pathStr(dir);
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

// Fills in UV_DIRENT_UNKNOWN types with lstat.
function resolveType(dir, nameBytes, type) {
  if (type !== 0) return type;
  const m = modeOf(joinPath(dir, binding.utf8Decode(nameBytes, 0, nameBytes.length)), false);
  return m < 0 ? 0 : U.modeToDirentType(m);
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  const encoding = options.encoding;
  if (options.recursive) return readdirRecursive(path, options.withFileTypes, encoding);
  const entries = scanDir(path);
  if (options.withFileTypes) {
    return entries.map(([name, type]) =>
      new U.Dirent(decodeName(name, encoding), resolveType(path, name, type), path));
  }
  return entries.map(([name]) => decodeName(name, encoding));
}

function readdirRecursive(base, withFileTypes, encoding) {
  const pathMod = require('path');
  const results = [];
  const queue = [base];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const entries = scanDir(dir);
    for (const [name, rawType] of entries) {
      const encoded = decodeName(name, encoding);
      if (withFileTypes) {
        const dirent = new U.Dirent(encoded, resolveType(dir, name, rawType), dir);
        results.push(dirent);
        if (dirent.isDirectory()) queue.push(pathMod.join(dirent.parentPath, dirent.name));
      } else {
        const full = pathMod.join(dir, encoded);
        results.push(pathMod.relative(base, full));
        const m = modeOf(full, true);
        if (m >= 0 && (m & C.mode.S_IFMT) === C.mode.S_IFDIR) queue.push(full);
      }
    }
  }
  return results;
}

function mkdirSync(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  validateBoolean(recursive, 'options.recursive');
  path = getValidatedPath(path);
  if (!recursive) {
    const r = call('mkdirat', AT_FDCWD, pathArg(path), mode);
    if (r < 0) throw fail(r, 'mkdir', path);
    return undefined;
  }
  return mkdirp(path, mode);
}

// mkdir -p: returns the first directory created, or undefined when all existed.
function mkdirp(path, mode) {
  const pathMod = require('path');
  const original = path;
  const str = typeof path === 'string' ? path : pathStr(path);
  const stack = [str];
  let first;
  while (stack.length > 0) {
    const p = stack[stack.length - 1];
    const r = call('mkdirat', AT_FDCWD, p, mode);
    if (r === 0) {
      if (first === undefined) first = p;
      stack.pop();
      continue;
    }
    if (r === -2) {
      const parent = pathMod.dirname(p);
      if (parent === p || stack.length > 4096) throw fail(r, 'mkdir', original);
      stack.push(parent);
      continue;
    }
    if (r === -17 || r === -21) {
      const m = modeOf(p, true);
      if (m >= 0 && (m & C.mode.S_IFMT) === C.mode.S_IFDIR) {
        stack.pop();
        if (stack.length > 0 && p === stack[stack.length - 1]) stack.pop();
        continue;
      }
      if (stack.length > 1) throw fail(-20, 'mkdir', original);
      throw fail(-17, 'mkdir', original);
    }
    throw fail(r, 'mkdir', original);
  }
  if (first === undefined) return undefined;
  return first;
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRmdirWarning();
    const opts = U.validateRmOptions({ ...options, force: false });
    const st = lstatSync(path);
    if (!st.isDirectory()) throw fail(-20, 'rmdir', path);
    rimraf(pathStr(path), opts);
    return;
  }
  const r = call('unlinkat', AT_FDCWD, pathArg(path), C.AT_REMOVEDIR);
  if (r < 0) throw fail(r, 'rmdir', path);
}

let rmdirWarned = false;
function emitRmdirWarning() {
  if (rmdirWarned) return;
  rmdirWarned = true;
  require('process').emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  const r = call('unlinkat', AT_FDCWD, pathArg(path), 0);
  if (r < 0) throw fail(r, 'unlink', path);
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = U.validateRmOptions(options);
  if (!options.force || !options.recursive) {
    const st = lstatSync(path, { throwIfNoEntry: !options.force });
    if (st?.isDirectory() && !options.recursive) {
      const { systemError } = require('node/internal/system_error');
      throw systemError({
        code: 'EISDIR', message: 'is a directory', path: pathStr(path), syscall: 'rm', errno: 21,
      }, 'ERR_FS_EISDIR', 'Path is a directory');
    }
  }
  rimraf(pathStr(path), options);
}

function rimraf(path, options) {
  const m = modeOf(path, false);
  if (m < 0) {
    if (m === -2) return;
    throw fail(m, 'lstat', path);
  }
  if ((m & C.mode.S_IFMT) === C.mode.S_IFDIR) {
    rimrafDir(path, options);
    return;
  }
  const r = call('unlinkat', AT_FDCWD, path, 0);
  if (r === 0 || r === -2) return;
  if (r === -21) {
    rimrafDir(path, options);
    return;
  }
  throw fail(r, 'unlink', path);
}

function rimrafDir(path, options) {
  let r = call('unlinkat', AT_FDCWD, path, C.AT_REMOVEDIR);
  if (r === 0 || r === -2) return;
  if (r === -39 || r === -17 || r === -1) {
    if (!options.recursive) throw fail(r, 'rmdir', path);
    for (const [name] of scanDir(path)) {
      rimraf(joinPath(path, binding.utf8Decode(name, 0, name.length)), options);
    }
    r = call('unlinkat', AT_FDCWD, path, C.AT_REMOVEDIR);
    if (r === 0 || r === -2) return;
  }
  throw fail(r, 'rmdir', path);
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  const r = call('renameat2', AT_FDCWD, pathArg(oldPath), AT_FDCWD, pathArg(newPath), 0);
  if (r < 0) throw fail(r, 'rename', oldPath, newPath);
}

function randomName(n) {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const bytes = new Uint8Array(n);
  if (call('getrandom', bytes, n, 0) !== n) {
    for (let i = 0; i < n; i++) bytes[i] = Math.floor(Math.random() * 256);
  }
  let s = '';
  for (let i = 0; i < n; i++) s += chars[bytes[i] % 62];
  return s;
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  const prefixStr = pathStr(prefix);
  for (let tries = 0; ; tries++) {
    const candidate = prefixStr + randomName(6);
    const r = call('mkdirat', AT_FDCWD, candidate, 0o700);
    if (r === 0) return encodeResult(candidate, options.encoding);
    if (r !== -17 || tries > 100) throw fail(r, 'mkdtemp', `${prefixStr}XXXXXX`);
  }
}

function encodeResult(str, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return str;
  const b = Buffer.from(str);
  return encoding === 'buffer' ? b : b.toString(encoding);
}

// ---- copy ----

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  const err = (r) => fail(r, 'copyfile', src, dest);
  const sfd = retry(() => call('openat', AT_FDCWD, pathArg(src), O.O_RDONLY | O.O_CLOEXEC, 0));
  if (sfd < 0) throw err(sfd);
  let dfd = -1;
  try {
    let r = U.rawStat('fstat', sfd);
    if (r < 0) throw err(r);
    const srcMode = U.statMode();
    const srcSize = U.statSize();
    const f = U.statResult(true);
    let flags = O.O_WRONLY | O.O_CREAT | O.O_CLOEXEC;
    if (mode & 1) flags |= O.O_EXCL;
    dfd = retry(() => call('openat', AT_FDCWD, pathArg(dest), flags, srcMode & 0o7777));
    if (dfd < 0) throw err(dfd);
    r = U.rawStat('fstat', dfd);
    if (r < 0) throw err(r);
    const d = U.statResult(true);
    if (d.dev === f.dev && d.ino === f.ino) return;
    r = call('ftruncate', dfd, 0);
    if (r < 0) throw err(r);
    r = call('fchmod', dfd, srcMode & 0o7777);
    if (r < 0 && r !== -1) throw err(r);
    try {
      if ((srcMode & C.mode.S_IFMT) === C.mode.S_IFDIR) throw err(-21);
      if (mode & 4) throw err(-95);
      copyData(sfd, dfd, srcSize, err);
    } catch (e) {
      // As libuv: a failed copy removes the destination.
      call('close', dfd);
      dfd = -1;
      call('unlinkat', AT_FDCWD, pathArg(dest), 0);
      throw e;
    }
  } finally {
    call('close', sfd);
    if (dfd >= 0) call('close', dfd);
  }
}

function copyData(sfd, dfd, size, err) {
  let useRange = true;
  let copied = 0;
  while (useRange) {
    const n = retry(() => call('copy_file_range', sfd, null, dfd, null, 1 << 30, 0));
    if (n === 0) {
      if (copied >= size) return;
      useRange = false;
      break;
    }
    if (n < 0) {
      if (n === -18 || n === -38 || n === -22 || n === -95 || n === -1) {
        useRange = false;
        break;
      }
      throw err(n);
    }
    copied += n;
  }
  const buf = new Uint8Array(65536);
  for (;;) {
    const n = retry(() => call('read', sfd, buf, buf.byteLength));
    if (n < 0) throw err(n);
    if (n === 0) return;
    let off = 0;
    while (off < n) {
      const w = retry(() => call('write', dfd, buf.subarray(off, n), n - off));
      if (w < 0) throw err(w);
      off += w;
    }
  }
}

// ---- links and paths ----

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const buf = new Uint8Array(4096);
  const n = call('readlinkat', AT_FDCWD, pathArg(path), buf, buf.byteLength);
  if (n < 0) throw fail(n, 'readlink', path);
  return decodeName(buf.subarray(0, n), options.encoding);
}

function symlinkSync(target, path, type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const r = call('symlinkat', pathArg(target), AT_FDCWD, pathArg(path));
  if (r < 0) throw fail(r, 'symlink', target, path);
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  const r = call('linkat', AT_FDCWD, pathArg(existingPath), AT_FDCWD, pathArg(newPath), 0);
  if (r < 0) throw fail(r, 'link', existingPath, newPath);
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = U.toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  U.validatePath(p);
  const pathMod = require('path');
  p = pathMod.resolve(p);
  const knownHard = new Set();
  const seenLinks = new Map();
  let pos; let current; let base; let previous;
  const start = () => { pos = 1; current = '/'; base = '/'; };
  start();
  while (pos < p.length) {
    const next = p.indexOf('/', pos);
    previous = current;
    if (next === -1) {
      const last = p.slice(pos);
      current += last;
      base = previous + last;
      pos = p.length;
    } else {
      current += p.slice(pos, next + 1);
      base = previous + p.slice(pos, next);
      pos = next + 1;
    }
    if (knownHard.has(base)) continue;
    let r = U.rawStat('lstat', base);
    if (r < 0) throw fail(r, 'lstat', base);
    if ((U.statMode() & C.mode.S_IFMT) !== C.mode.S_IFLNK) {
      knownHard.add(base);
      continue;
    }
    const st = U.statResult(true);
    const id = `${st.dev.toString(32)}:${st.ino.toString(32)}`;
    let linkTarget = seenLinks.get(id);
    if (linkTarget === undefined) {
      r = U.rawStat('stat', base);
      if (r < 0) throw fail(r, 'stat', base);
      const buf = new Uint8Array(4096);
      const n = call('readlinkat', AT_FDCWD, base, buf, buf.byteLength);
      if (n < 0) throw fail(n, 'readlink', base);
      linkTarget = binding.utf8Decode(buf, 0, n);
      seenLinks.set(id, linkTarget);
    }
    const resolvedLink = pathMod.resolve(previous, linkTarget);
    p = pathMod.resolve(resolvedLink, p.slice(pos));
    start();
  }
  return encodeResult(p, options.encoding);
}

realpathSync.native = function realpathNativeSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const fd = retry(() => call('openat', AT_FDCWD, pathArg(path), O.O_PATH | O.O_CLOEXEC, 0));
  if (fd < 0) throw fail(fd, 'realpath', path);
  let res;
  try {
    const buf = new Uint8Array(4096);
    const n = call('readlinkat', AT_FDCWD, `/proc/self/fd/${fd}`, buf, buf.byteLength);
    if (n >= 0) res = binding.utf8Decode(buf, 0, n);
  } finally {
    call('close', fd);
  }
  if (res === undefined) return realpathSync(path, options);
  return encodeResult(res, options.encoding);
};

// ---- permissions, owners, sizes, times ----

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  const r = call('fchmodat', AT_FDCWD, pathArg(path), mode);
  if (r < 0) throw fail(r, 'chmod', path);
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  const r = call('fchmod', fd, mode);
  if (r < 0) throw fail(r, 'fchmod');
}

const kMaxUserId = 2 ** 32 - 1;
function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  const r = call('fchownat', AT_FDCWD, pathArg(path), uid, gid, 0);
  if (r < 0) throw fail(r, 'chown', path);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  const r = call('fchownat', AT_FDCWD, pathArg(path), uid, gid, C.AT_SYMLINK_NOFOLLOW);
  if (r < 0) throw fail(r, 'lchown', path);
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  const r = call('fchown', fd, uid, gid);
  if (r < 0) throw fail(r, 'fchown');
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  const r = retry(() => call('ftruncate', fd, len));
  if (r < 0) throw fail(r, 'ftruncate');
}

let truncateFdWarned = false;
function truncateSync(path, len) {
  if (typeof path === 'number') {
    if (!truncateFdWarned) {
      truncateFdWarned = true;
      require('process').emitWarning('Using fs.truncate with a file descriptor is deprecated.' +
        ' Please use fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
    }
    return ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    call('close', fd);
  }
}

function fsyncSync(fd) {
  fd = getValidatedFd(fd);
  const r = call('fsync', fd);
  if (r < 0) throw fail(r, 'fsync');
}

function fdatasyncSync(fd) {
  fd = getValidatedFd(fd);
  const r = call('fdatasync', fd);
  if (r < 0) throw fail(r, 'fdatasync');
}

function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function timespecs(atime, mtime) {
  const ts = new BigInt64Array(4);
  // As libuv: truncated to microseconds; NaN leaves the time alone, Infinity means now.
  const put = (i, t) => {
    if (Number.isNaN(t)) { ts[i] = 0n; ts[i + 1] = BigInt((1 << 30) - 2); return; }
    if (!Number.isFinite(t)) { ts[i] = 0n; ts[i + 1] = BigInt((1 << 30) - 1); return; }
    let sec = Math.trunc(t);
    let nsec = Math.trunc((t - sec) * 1e9);
    nsec -= nsec % 1000;
    if (nsec < 0) { nsec += 1e9; sec -= 1; }
    ts[i] = BigInt(sec);
    ts[i + 1] = BigInt(nsec);
  };
  put(0, atime);
  put(2, mtime);
  return ts;
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  const ts = timespecs(toUnixTimestamp(atime), toUnixTimestamp(mtime));
  const r = call('utimensat', AT_FDCWD, pathArg(path), ts, 0);
  if (r < 0) throw fail(r, 'utime', path);
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  const ts = timespecs(toUnixTimestamp(atime), toUnixTimestamp(mtime));
  const r = call('utimensat', fd, null, ts, 0);
  if (r < 0) throw fail(r, 'futime');
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  const ts = timespecs(toUnixTimestamp(atime), toUnixTimestamp(mtime));
  const r = call('utimensat', AT_FDCWD, pathArg(path), ts, C.AT_SYMLINK_NOFOLLOW);
  if (r < 0) throw fail(r, 'lutime', path);
}

// ---- statfs ----

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

// struct statfs is the same on x86_64 and aarch64: seven 64-bit words first.
function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const buf = new BigInt64Array(15);
  const r = call('statfs', pathArg(path), buf);
  if (r < 0) throw fail(r, 'statfs', path);
  const conv = options.bigint ? (v) => v : Number;
  return new StatFs(conv(buf[0]), conv(buf[1]), conv(buf[2]), conv(buf[3]), conv(buf[4]),
    conv(buf[5]), conv(buf[6]));
}

// ---- vectored I/O ----

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  for (const b of buffers) {
    if (!isArrayBufferView(b)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = -1;
  let total = 0;
  for (const b of buffers) {
    const bytes = u8(b);
    if (bytes.byteLength === 0) continue;
    const n = rawRead(fd, bytes, 0, bytes.byteLength, position);
    total += n;
    if (position !== -1) position += n;
    if (n < bytes.byteLength) break;
  }
  return total;
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  const data = Buffer.concat(buffers.map(u8));
  const n = rawWrite(fd, data, 0, data.byteLength, position);
  return n;
}

module.exports = {
  openSync, closeSync, readSync, writeSync, readFileSync, writeFileSync, appendFileSync,
  statSync, lstatSync, fstatSync, existsSync, accessSync, readdirSync, mkdirSync, mkdtempSync,
  rmdirSync, unlinkSync, rmSync, renameSync, copyFileSync, readlinkSync, symlinkSync, linkSync,
  realpathSync, chmodSync, fchmodSync, chownSync, lchownSync, fchownSync, ftruncateSync,
  truncateSync, fsyncSync, fdatasyncSync, utimesSync, futimesSync, lutimesSync, readvSync,
  writevSync, statfsSync, toUnixTimestamp, rawRead, rawWrite, writeAll, nativeError, fail,
};
