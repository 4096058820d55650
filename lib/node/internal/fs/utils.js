'use strict';
// Shared pieces of node:fs: argument validation (paths, flags, modes, options), the Stats,
// BigIntStats and Dirent classes, and stat/statx decoding over lib/sys.

const sys = require('sys/core');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('node/internal/errors');
const {
  validateInteger, validateInt32, validateUint32, validateObject, validateAbortSignal,
} = require('node/internal/validators');

let constants;
function fsConstants() {
  if (constants === undefined) {
    try { constants = require('node/internal/fs_constants'); } catch {
      constants = require('node/internal/fs/constants');
    }
  }
  return constants;
}

const O = sys.C.open;
const kEmptyObject = Object.freeze(Object.create(null));

function isArrayBufferView(v) { return ArrayBuffer.isView(v); }
function isUint8Array(v) { return v instanceof Uint8Array; }

// Runs fn(...args) on a later turn of the event loop: where the fs callback API and
// fs.promises deliver their (for now synchronously computed) results.
let setImmediateFn;
function later(fn, ...args) {
  if (setImmediateFn === undefined) setImmediateFn = require('timers').setImmediate;
  // Called as a plain function (this === undefined), as Node calls fs callbacks.
  setImmediateFn(() => fn(...args));
}

// A promise settled on a later turn with fn's result or error; fn runs now.
function settleLater(fn) {
  let ok = true;
  let value;
  try {
    value = fn();
  } catch (err) {
    ok = false;
    value = err;
  }
  return new Promise((resolve, reject) => {
    later(ok ? resolve : reject, value);
  });
}

// ---- paths ----

function isURLLike(v) {
  return v != null && typeof v === 'object' && Boolean(v.href) && Boolean(v.protocol) &&
    v.auth === undefined && v.path === undefined;
}

function toPathIfFileURL(p) {
  if (!isURLLike(p)) return p;
  return require('node/internal/url').fileURLToPath(p);
}

function nullCheck(path, name) {
  const bad = typeof path === 'string' ? path.includes('\u0000') : path.indexOf(0) !== -1;
  if (bad) {
    throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
}

function validatePath(path, name = 'path') {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  nullCheck(path, name);
}

// A validated path: a string or a Uint8Array.
function getValidatedPath(p, name = 'path') {
  const path = toPathIfFileURL(p);
  validatePath(path, name);
  return path;
}

// What a syscall takes: the string itself, or a NUL-terminated copy of the bytes.
function pathArg(path) {
  if (typeof path === 'string') return path;
  const c = new Uint8Array(path.byteLength + 1);
  c.set(path);
  return c;
}

// How an error message shows a path.
function pathStr(path) {
  if (typeof path === 'string') return path;
  return Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

function isFd(v) { return (v >>> 0) === v; }

// ---- flags and modes ----

const flagTable = {
  r: O.O_RDONLY, rs: O.O_RDONLY | O.O_SYNC, sr: O.O_RDONLY | O.O_SYNC,
  'r+': O.O_RDWR, 'rs+': O.O_RDWR | O.O_SYNC, 'sr+': O.O_RDWR | O.O_SYNC,
  w: O.O_TRUNC | O.O_CREAT | O.O_WRONLY,
  wx: O.O_TRUNC | O.O_CREAT | O.O_WRONLY | O.O_EXCL,
  xw: O.O_TRUNC | O.O_CREAT | O.O_WRONLY | O.O_EXCL,
  'w+': O.O_TRUNC | O.O_CREAT | O.O_RDWR,
  'wx+': O.O_TRUNC | O.O_CREAT | O.O_RDWR | O.O_EXCL,
  'xw+': O.O_TRUNC | O.O_CREAT | O.O_RDWR | O.O_EXCL,
  a: O.O_APPEND | O.O_CREAT | O.O_WRONLY,
  ax: O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_EXCL,
  xa: O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_EXCL,
  as: O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_SYNC,
  sa: O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_SYNC,
  'a+': O.O_APPEND | O.O_CREAT | O.O_RDWR,
  'ax+': O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_EXCL,
  'xa+': O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_EXCL,
  'as+': O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_SYNC,
  'sa+': O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O.O_RDONLY;
  if (typeof flags === 'string' && Object.hasOwn(flagTable, flags)) return flagTable[flags];
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

const octalRe = /^[0-7]+$/;
function parseFileMode(value, name, def) {
  if (value == null) value = def;
  if (typeof value === 'string') {
    if (!octalRe.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// ---- options ----

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function getOptions(options, defaults = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    defaults = { ...defaults };
    defaults.encoding = options;
    options = defaults;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

// ---- offsets, lengths, positions ----

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const min = -(2n ** 63n);
    const max = 2n ** 63n - 1n;
    if (!(position >= min && position <= max)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateEncoding(data, encoding) {
  if (encoding === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

// Bytes of a view as a Uint8Array over the same memory.
function u8(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// ---- Stats ----

const S = sys.C.mode;

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function isDirectory() { return this._checkModeProperty(S.S_IFDIR); };
StatsBase.prototype.isFile = function isFile() { return this._checkModeProperty(S.S_IFREG); };
StatsBase.prototype.isBlockDevice = function isBlockDevice() { return this._checkModeProperty(S.S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function isCharacterDevice() { return this._checkModeProperty(S.S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function isSymbolicLink() { return this._checkModeProperty(S.S_IFLNK); };
StatsBase.prototype.isFIFO = function isFIFO() { return this._checkModeProperty(S.S_IFIFO); };
StatsBase.prototype.isSocket = function isSocket() { return this._checkModeProperty(S.S_IFSOCK); };

// The fields are assigned inline (not through StatsBase) and in Node's order: a Stats is
// made per stat call, so its construction is on the hot path of readdir + stat loops.
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = new Date(Math.round(typeof atimeMs === 'number' ? atimeMs : Number(atimeMs)));
  this.mtime = new Date(Math.round(typeof mtimeMs === 'number' ? mtimeMs : Number(mtimeMs)));
  this.ctime = new Date(Math.round(typeof ctimeMs === 'number' ? ctimeMs : Number(ctimeMs)));
  this.birthtime = new Date(Math.round(typeof birthtimeMs === 'number' ? birthtimeMs : Number(birthtimeMs)));
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype.isFile = StatsBase.prototype.isFile;
Stats.prototype._checkModeProperty = function _checkModeProperty(property) {
  if (this.isSymbolicLink !== StatsBase.prototype.isSymbolicLink && property === S.S_IFLNK) {
    return this.isSymbolicLink();
  }
  return (this.mode & S.S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function _checkModeProperty(property) {
  if (this.isSymbolicLink !== StatsBase.prototype.isSymbolicLink && property === S.S_IFLNK) {
    return this.isSymbolicLink();
  }
  return (this.mode & BigInt(S.S_IFMT)) === BigInt(property);
};

// statx(2) into a shared buffer; falls back to newfstatat where statx is missing.
const STATX_BASIC_AND_BTIME = 0xfff;
let statxBuf;
let statxView;
let haveStatx = true;

function makedev(major, minor) {
  return ((BigInt(major) & 0xfffff000n) << 32n) | ((BigInt(major) & 0xfffn) << 8n) |
    ((BigInt(minor) & 0xffffff00n) << 12n) | (BigInt(minor) & 0xffn);
}

// Runs the stat call; returns 0 or -errno, the result then read with statResult().
// kind: 'stat' | 'lstat' | 'fstat'; target: path (syscall arg) or fd.
let lastFromStatx = false;
function rawStat(kind, target) {
  if (haveStatx) {
    if (statxBuf === undefined) {
      statxBuf = new Uint8Array(256);
      statxView = new DataView(statxBuf.buffer);
    }
    let r;
    if (kind === 'fstat') {
      r = sys.call('statx', target, '', sys.C.AT_EMPTY_PATH, STATX_BASIC_AND_BTIME, statxBuf);
    } else {
      r = sys.call('statx', sys.C.AT_FDCWD, target, kind === 'lstat' ? sys.C.AT_SYMLINK_NOFOLLOW : 0,
        STATX_BASIC_AND_BTIME, statxBuf);
    }
    if (r !== -38) {
      lastFromStatx = true;
      return r;
    }
    haveStatx = false;
  }
  lastFromStatx = false;
  if (kind === 'fstat') return sys.fstat(target);
  return sys.fstatat(sys.C.AT_FDCWD, target, kind === 'lstat' ? sys.C.AT_SYMLINK_NOFOLLOW : 0);
}

// The raw fields of the last rawStat as BigInts: [dev, mode, nlink, uid, gid, rdev, blksize,
// ino, size, blocks, atime s, ns, mtime s, ns, ctime s, ns, birth s, ns].
function statFields() {
  if (lastFromStatx) {
    const v = statxView;
    const ts = (off) => [v.getBigInt64(off, true), BigInt(v.getUint32(off + 8, true))];
    const a = ts(64); const b = ts(80); const c = ts(96); const m = ts(112);
    return [
      makedev(v.getUint32(136, true), v.getUint32(140, true)), BigInt(v.getUint16(28, true)),
      BigInt(v.getUint32(16, true)), BigInt(v.getUint32(20, true)), BigInt(v.getUint32(24, true)),
      makedev(v.getUint32(128, true), v.getUint32(132, true)), BigInt(v.getUint32(4, true)),
      v.getBigUint64(32, true), v.getBigUint64(40, true), v.getBigUint64(48, true),
      a[0], a[1], m[0], m[1], c[0], c[1], b[0], b[1],
    ];
  }
  const L = sys.layouts.stat;
  const dv = sys.statView;
  const f = (n) => sys.structs.readBig(dv, L, n);
  const n = (name) => BigInt(sys.statField(name));
  return [
    f('dev'), n('mode'), n('nlink'), n('uid'), n('gid'), f('rdev'), n('blksize'), f('ino'),
    f('size'), f('blocks'), f('atime_sec'), f('atime_nsec'), f('mtime_sec'), f('mtime_nsec'),
    f('ctime_sec'), f('ctime_nsec'), f('ctime_sec'), f('ctime_nsec'),
  ];
}

// The mode of the last rawStat as a Number.
function statMode() {
  if (lastFromStatx) return statxView.getUint16(28, true);
  return sys.statField('mode');
}
function statSize() {
  if (lastFromStatx) return Number(statxView.getBigUint64(40, true));
  return sys.statField('size');
}

function statResult(bigint) {
  if (!bigint && lastFromStatx) return numberStatsFromStatx();
  const f = statFields();
  if (bigint) {
    const ns = (i) => f[i] * 1000000000n + f[i + 1];
    return new BigIntStats(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9],
      ns(10), ns(12), ns(14), ns(16));
  }
  const N = Number;
  const ms = (i) => N(f[i]) * 1000 + N(f[i + 1]) / 1e6;
  return new Stats(N(f[0]), N(f[1]), N(f[2]), N(f[3]), N(f[4]), N(f[5]), N(f[6]), N(f[7]),
    N(f[8]), N(f[9]), ms(10), ms(12), ms(14), ms(16));
}

// Stats from a statx buffer filled by a pool job (each async stat has its own buffer, a
// Uint32Array(64) or a Uint8Array(256)).
function statFromStatx(buf, bigint) {
  if (!bigint && LITTLE) {
    if (buf instanceof Uint32Array) return numberStats(buf);
    if (buf.byteOffset % 4 === 0) return numberStats(new Uint32Array(buf.buffer, buf.byteOffset, 64));
  }
  if (statxBuf === undefined) {
    statxBuf = new Uint8Array(256);
    statxView = new DataView(statxBuf.buffer);
  }
  statxBuf.set(new Uint8Array(buf.buffer, buf.byteOffset, 256));
  lastFromStatx = true;
  return statResult(bigint);
}

// The Number-valued Stats of a statx buffer, without BigInt temporaries (the common case).
// Read through a Uint32Array (statx fields are little-endian here: Linux on x86-64 and
// arm64): indexed reads are much cheaper than DataView method calls.
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
let lastWords;
function numberStatsFromStatx() {
  if (lastWords === undefined) lastWords = new Uint32Array(statxBuf.buffer, 0, 64);
  return numberStats(lastWords, statxView);
}
function devOf(major, minor) {
  return (major & 0xfffff000) * 4294967296 + (major & 0xfff) * 256 +
    (minor >>> 8) * 4096 * 256 + (minor & 0xff);
}
// w: Uint32Array over the statx struct; v: a DataView of it (used on big-endian hosts).
function numberStats(w, v) {
  if (!LITTLE) return numberStatsView(v);
  // stx_*time: tv_sec (s64) at words 16/20/24/28, tv_nsec (u32) one word after the second.
  return new Stats(devOf(w[34], w[35]), w[7] & 0xffff, w[4], w[5], w[6], devOf(w[32], w[33]),
    w[1], w[8] + w[9] * 4294967296, w[10] + w[11] * 4294967296, w[12] + w[13] * 4294967296,
    (w[16] + (w[17] | 0) * 4294967296) * 1000 + w[18] / 1e6,
    (w[28] + (w[29] | 0) * 4294967296) * 1000 + w[30] / 1e6,
    (w[24] + (w[25] | 0) * 4294967296) * 1000 + w[26] / 1e6,
    (w[20] + (w[21] | 0) * 4294967296) * 1000 + w[22] / 1e6);
}
function numberStatsView(v) {
  const u64 = (off) => v.getUint32(off, true) + v.getUint32(off + 4, true) * 4294967296;
  const ms = (off) => (v.getUint32(off, true) + v.getInt32(off + 4, true) * 4294967296) * 1000 +
    v.getUint32(off + 8, true) / 1e6;
  const dev = (off) => devOf(v.getUint32(off, true), v.getUint32(off + 4, true));
  return new Stats(dev(136), v.getUint16(28, true), v.getUint32(16, true), v.getUint32(20, true),
    v.getUint32(24, true), dev(128), v.getUint32(4, true), u64(32), u64(40), u64(48),
    ms(64), ms(112), ms(96), ms(80));
}

// ---- Dirent ----

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === 2; }
  isFile() { return this[kType] === 1; }
  isBlockDevice() { return this[kType] === 7; }
  isCharacterDevice() { return this[kType] === 6; }
  isSymbolicLink() { return this[kType] === 3; }
  isFIFO() { return this[kType] === 4; }
  isSocket() { return this[kType] === 5; }
}

// d_type -> UV_DIRENT_*
function direntType(dtype) {
  switch (dtype) {
    case 8: return 1;
    case 4: return 2;
    case 10: return 3;
    case 1: return 4;
    case 12: return 5;
    case 2: return 6;
    case 6: return 7;
    default: return 0;
  }
}

// S_IFMT bits -> UV_DIRENT_*
function modeToDirentType(mode) {
  switch (mode & S.S_IFMT) {
    case S.S_IFREG: return 1;
    case S.S_IFDIR: return 2;
    case S.S_IFLNK: return 3;
    case S.S_IFIFO: return 4;
    case S.S_IFSOCK: return 5;
    case S.S_IFCHR: return 6;
    case S.S_IFBLK: return 7;
    default: return 0;
  }
}

// ---- rm option validation ----

function validateRmOptions(options) {
  if (options === undefined) options = kEmptyObject;
  else validateObject(options, 'options');
  const out = {
    retryDelay: 100, maxRetries: 0, recursive: false, force: false,
  };
  if (options.force !== undefined) {
    if (typeof options.force !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.force', 'boolean', options.force);
    out.force = options.force;
  }
  if (options.recursive !== undefined) {
    if (typeof options.recursive !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('options.recursive', 'boolean', options.recursive);
    }
    out.recursive = options.recursive;
  }
  if (options.retryDelay !== undefined) {
    validateInt32(options.retryDelay, 'options.retryDelay', 0);
    out.retryDelay = options.retryDelay;
  }
  if (options.maxRetries !== undefined) {
    validateUint32(options.maxRetries, 'options.maxRetries');
    out.maxRetries = options.maxRetries;
  }
  return out;
}

module.exports = {
  later, settleLater, fsConstants, kEmptyObject, isArrayBufferView, isUint8Array,
  isURLLike, toPathIfFileURL, nullCheck, validatePath, getValidatedPath, pathArg, pathStr,
  getValidatedFd, isFd, stringToFlags, parseFileMode, assertEncoding, getOptions,
  validateOffsetLengthRead, validateOffsetLengthWrite, validatePosition,
  validateStringAfterArrayBufferView, validateEncoding, u8,
  Stats, BigIntStats, StatsBase, rawStat, statResult, statMode, statSize, statFromStatx,
  Dirent, kType, direntType, modeToDirentType, validateRmOptions,
};
