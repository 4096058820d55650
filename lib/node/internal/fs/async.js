'use strict';
// The asynchronous core of node:fs: each operation validates its arguments now (throwing as
// Node does), runs its syscalls on the worker pool (aio/pool) and reports done(err, result)
// from the loop thread. Every function takes the completion first: op(done, ...args), so
// that default parameters apply to the arguments as in the sync forms. fs.js adds Node's
// callback shapes, fs/promises.js wraps these in promises.

const sys = require('sys/core');
const pool = require('aio/pool');
const U = require('node/internal/fs/utils');
const S = require('node/internal/fs/sync');
const { Buffer } = require('buffer');
const errors = require('node/internal/errors');
const {
  validateInteger, validateBoolean, validateInt32,
} = require('node/internal/validators');

const { ERR_INVALID_ARG_VALUE, ERR_FS_INVALID_SYMLINK_TYPE, ERR_FS_FILE_TOO_LARGE } = errors.codes;

const C = sys.C;
const O = C.open;
const HERE = C.AT_FDCWD;
const NOFOLLOW = C.AT_SYMLINK_NOFOLLOW;
const ENOENT = -2;
const EEXIST = -17;
const STATX_MASK = 0xfff;
const kReadChunk = 512 * 1024;
const kUnknownChunk = 64 * 1024;
const kIoMaxLength = 2 ** 31 - 1;

const nr = sys.nr;
pool.reserve();
const path = (p, name) => U.getValidatedPath(p, name);
const arg = (p) => U.pathArg(p);
const fdOf = (fd) => U.getValidatedFd(fd);

function fail(r, syscall, where, dest) {
  return sys.errnoException(r, syscall,
    where === undefined ? undefined : U.pathStr(where),
    dest === undefined ? undefined : U.pathStr(dest));
}

// Runs one syscall on the pool; done(err) or done(null, result).
function run(name, args, done, syscall, where, dest) {
  pool.submit(nr[name], args, (r) => {
    if (r < 0) done(fail(r, syscall, where, dest));
    else done(null, r);
  });
}

// Operations with no result call back with (null) only.
function runVoid(name, args, done, syscall, where, dest) {
  pool.submit(nr[name], args, (r) => {
    if (r < 0) done(fail(r, syscall, where, dest));
    else done(null);
  });
}

function abortError(signal) {
  return new errors.AbortError(undefined, { cause: signal.reason });
}

// ---- descriptors ----

function open(done, file, flags, mode) {
  file = path(file);
  const fl = U.stringToFlags(flags);
  validateInt32(fl, 'flags');
  const m = U.parseFileMode(mode, 'mode', 0o666);
  run('openat', [HERE, arg(file), fl | O.O_CLOEXEC, m], done, 'open', file);
}

function close(done, fd) {
  fd = fdOf(fd);
  runVoid('close', [fd], done, 'close');
}

// One read into u8[off, off+len) at pos (null/-1: the file position); done(err, n).
function rawRead(done, fd, u8, off, len, pos) {
  const view = off === 0 && len === u8.byteLength ? u8 : u8.subarray(off, off + len);
  if (pos === null || pos === undefined || pos === -1 || pos === -1n) {
    run('read', [fd, view, len], done, 'read');
  } else {
    run('pread64', [fd, view, len, typeof pos === 'bigint' ? pos : pos], done, 'read');
  }
}

function rawWrite(done, fd, u8, off, len, pos) {
  const view = off === 0 && len === u8.byteLength ? u8 : u8.subarray(off, off + len);
  if ((typeof pos === 'number' && pos >= 0) || (typeof pos === 'bigint' && pos >= 0n)) {
    run('pwrite64', [fd, view, len, pos], done, 'write');
  } else {
    run('write', [fd, view, len], done, 'write');
  }
}

// Writes all of u8 (from position pos when given, else the file position).
function writeAll(done, fd, u8, pos) {
  let off = 0;
  const at = typeof pos === 'number' && pos >= 0 ? pos : null;
  const step = () => {
    if (off >= u8.byteLength) return done(null, off);
    rawWrite((err, n) => {
      if (err) return done(err);
      off += n;
      step();
    }, fd, u8, off, u8.byteLength - off, at === null ? null : at + off);
  };
  step();
}

function fsync(done, fd) { runVoid('fsync', [fdOf(fd)], done, 'fsync'); }
function fdatasync(done, fd) { runVoid('fdatasync', [fdOf(fd)], done, 'fdatasync'); }

function ftruncate(done, fd, len = 0) {
  fd = fdOf(fd);
  validateInteger(len, 'len');
  runVoid('ftruncate', [fd, Math.max(0, len)], done, 'ftruncate');
}

let warnedTruncateFd = false;
function truncate(done, file, len) {
  if (U.isFd(file)) {
    if (!warnedTruncateFd) {
      warnedTruncateFd = true;
      require('process').emitWarning('Using fs.truncate with a file descriptor is deprecated. ' +
        'Please use fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
    }
    return ftruncate(done, file, len);
  }
  if (len === undefined || len === null) len = 0;
  file = path(file);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  open((err, fd) => {
    if (err) return done(err);
    pool.call('ftruncate', fd, len, (r) => {
      pool.call('close', fd, () => done(r < 0 ? fail(r, 'ftruncate') : null));
    });
  }, file, 'r+');
}

// ---- stats ----

function statx(done, kind, target, big, where, syscall) {
  const buf = new Uint32Array(64); // struct statx, read as words by U.statFromStatx
  const args = kind === 'fstat' ?
    [target, '', C.AT_EMPTY_PATH, STATX_MASK, buf] :
    [HERE, arg(target), kind === 'lstat' ? NOFOLLOW : 0, STATX_MASK, buf];
  pool.submit(nr.statx, args, (r) => {
    if (r === -38) { // no statx: the synchronous path knows the fallback
      try {
        done(null, kind === 'fstat' ? S.fstatSync(target, { bigint: big }) :
          kind === 'lstat' ? S.lstatSync(target, { bigint: big }) : S.statSync(target, { bigint: big }));
      } catch (err) {
        done(err);
      }
      return;
    }
    if (r < 0) return done(fail(r, syscall, where));
    done(null, U.statFromStatx(buf, big));
  });
}

function stat(done, file, options = { bigint: false }) {
  file = path(file);
  statx(done, 'stat', file, Boolean(options.bigint), file, 'stat');
}
function lstat(done, file, options = { bigint: false }) {
  file = path(file);
  statx(done, 'lstat', file, Boolean(options.bigint), file, 'lstat');
}
function fstat(done, fd, options = { bigint: false }) {
  fd = fdOf(fd);
  statx(done, 'fstat', fd, Boolean(options.bigint), undefined, 'fstat');
}

// ---- access ----

function access(done, file, mode) {
  file = path(file);
  const m = S.checkAccessMode(mode);
  runVoid('faccessat', [HERE, arg(file), m], done, 'access', file);
}

function exists(done, file) {
  try {
    file = path(file);
  } catch {
    queueMicrotask(() => done(false));
    return;
  }
  pool.submit(nr.faccessat, [HERE, arg(file), 0], (r) => done(r === 0));
}

// ---- whole files ----

function readFile(done, file, options) {
  options = U.getOptions(options, { flag: 'r' });
  const signal = options.signal;
  const enc = options.encoding;
  const isFd = U.isFd(file);
  if (!isFd) file = path(file);
  const flags = U.stringToFlags(options.flag || 'r');
  let fd = -1;
  let chunks = null;
  let buffer = null;
  let total = 0;
  let size = 0;

  const finish = (err, data) => {
    if (isFd || fd < 0) return err ? done(err) : done(null, data);
    pool.call('close', fd, (r) => {
      if (err) return done(err);
      if (r < 0) return done(fail(r, 'close'));
      done(null, data);
    });
  };
  const result = () => {
    let data;
    if (buffer !== null) data = total === buffer.length ? buffer : buffer.subarray(0, total);
    else data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    if (enc && enc !== 'buffer') {
      try {
        data = data.toString(enc);
      } catch (err) {
        return finish(err);
      }
    }
    finish(null, data);
  };
  const aborted = () => signal !== undefined && signal.aborted;
  const readKnown = () => {
    if (aborted()) return finish(abortError(signal));
    if (total >= size) return result();
    rawRead((err, n) => {
      if (err) return finish(err);
      if (n === 0) return result();
      total += n;
      readKnown();
    }, fd, buffer, total, Math.min(kReadChunk, size - total), -1);
  };
  const readUnknown = () => {
    if (aborted()) return finish(abortError(signal));
    const chunk = Buffer.allocUnsafe(kUnknownChunk);
    rawRead((err, n) => {
      if (err) return finish(err);
      if (n === 0) return result();
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      readUnknown();
    }, fd, chunk, 0, chunk.length, -1);
  };
  const begin = () => {
    if (aborted()) return finish(abortError(signal));
    statx((err, st) => {
      if (err) return finish(err);
      if (st.isFile()) size = st.size;
      if (size > kIoMaxLength) return finish(new ERR_FS_FILE_TOO_LARGE(size));
      if (size === 0) {
        chunks = [];
        readUnknown();
      } else {
        buffer = Buffer.allocUnsafe(size);
        readKnown();
      }
    }, 'fstat', fd, false, undefined, 'fstat');
  };
  if (aborted()) {
    queueMicrotask(() => done(abortError(signal)));
    return;
  }
  if (isFd) {
    fd = file;
    begin();
    return;
  }
  // One round trip opens and stats; a regular file that fits one read then takes a second
  // (read and close together); anything else continues step by step.
  const sb = new Uint8Array(256);
  const out = new BigInt64Array(2);
  pool.chain(out, 0, [
    [nr.openat, HERE, arg(file), flags | O.O_CLOEXEC, 0o666],
    [nr.statx, undefined, '', C.AT_EMPTY_PATH, STATX_MASK, sb],
  ], () => {
    const o = Number(out[0]);
    if (o < 0) return done(fail(o, 'open', file));
    fd = o;
    const s = Number(out[1]);
    if (s === -38) return begin(); // no statx: the general path knows the fallback
    if (s < 0) return finish(fail(s, 'fstat'));
    const mode = sb[28] | (sb[29] << 8);
    const sz = new DataView(sb.buffer).getUint32(40, true) + new DataView(sb.buffer).getUint32(44, true) * 4294967296;
    if ((mode & C.mode.S_IFMT) !== C.mode.S_IFREG || sz === 0 || sz > kReadChunk || aborted()) {
      return begin();
    }
    size = sz;
    buffer = Buffer.allocUnsafe(size);
    const res = new BigInt64Array(2);
    pool.chain(res, 2, [[nr.read, fd, buffer, size], [nr.close, fd]], () => {
      const n = Number(res[0]);
      const c = Number(res[1]);
      fd = -1; // closed by the chain
      if (n < 0) return done(fail(n, 'read'));
      if (c < 0) return done(fail(c, 'close'));
      total = n;
      result();
    });
  });
}

function toBytes(data, encoding, name) {
  if (U.isArrayBufferView(data)) return U.u8(data);
  U.validateStringAfterArrayBufferView(data, name);
  return Buffer.from(data, encoding || 'utf8');
}

function writeFile(done, file, data, options) {
  options = U.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const bytes = toBytes(data, options.encoding, 'data');
  const signal = options.signal;
  const isFd = U.isFd(file);
  const write = (fd, closeAfter) => {
    const end = (err) => {
      if (!closeAfter) return done(err || null);
      pool.call('close', fd, (r) => {
        if (err) return done(err);
        done(r < 0 ? fail(r, 'close') : null);
      });
    };
    let off = 0;
    const step = () => {
      if (signal !== undefined && signal.aborted) return end(abortError(signal));
      if (off >= bytes.byteLength) {
        if (flush) return fsync(end, fd);
        return end(null);
      }
      rawWrite((err, n) => {
        if (err) return end(err);
        off += n;
        step();
      }, fd, bytes, off, Math.min(bytes.byteLength - off, 1 << 30), null);
    };
    step();
  };
  if (signal !== undefined && signal.aborted) {
    queueMicrotask(() => done(abortError(signal)));
    return;
  }
  if (isFd) return write(file, false);
  if (signal === undefined && bytes.byteLength <= kReadChunk) {
    writeSmall(done, file, bytes, options.flag || 'w', options.mode, flush);
    return;
  }
  open((err, fd) => {
    if (err) return done(err);
    write(fd, true);
  }, file, options.flag || 'w', options.mode);
}

// open, write, (fsync,) close in one round trip; the close runs even when the write fails.
function writeSmall(done, file, bytes, flags, mode, flush) {
  file = path(file);
  const fl = U.stringToFlags(flags);
  validateInt32(fl, 'flags');
  const m = U.parseFileMode(mode, 'mode', 0o666);
  const steps = [[nr.openat, HERE, arg(file), fl | O.O_CLOEXEC, m], [nr.write, undefined, bytes, bytes.byteLength]];
  if (flush) steps.push([nr.fsync, undefined]);
  steps.push([nr.close, undefined]);
  const out = new BigInt64Array(steps.length);
  pool.chain(out, 1 << (steps.length - 1), steps, () => {
    const o = Number(out[0]);
    if (o < 0) return done(fail(o, 'open', file));
    const w = Number(out[1]);
    if (w < 0) return done(fail(w, 'write'));
    if (flush && Number(out[2]) < 0) return done(fail(Number(out[2]), 'fsync'));
    const c = Number(out[steps.length - 1]);
    if (w < bytes.byteLength) { // short write: reopen and finish the rest
      const again = fl & ~(O.O_TRUNC | O.O_CREAT | O.O_EXCL);
      return pool.submit(nr.openat, [HERE, arg(file), again | O.O_CLOEXEC, 0], (fd) => {
        if (fd < 0) return done(fail(fd, 'open', file));
        const rest = bytes.subarray(w);
        writeAll((err) => {
          pool.call('close', fd, (r) => done(err || (r < 0 ? fail(r, 'close') : null)));
        }, fd, rest, (fl & O.O_APPEND) ? null : w);
      });
    }
    if (c < 0) return done(fail(c, 'close'));
    done(null);
  });
}

function appendFile(done, file, data, options) {
  options = U.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || U.isFd(file)) options.flag = 'a';
  writeFile(done, file, data, options);
}

// ---- names ----

function unlink(done, file) {
  file = path(file);
  runVoid('unlinkat', [HERE, arg(file), 0], done, 'unlink', file);
}

function rename(done, oldPath, newPath) {
  oldPath = path(oldPath, 'oldPath');
  newPath = path(newPath, 'newPath');
  runVoid('renameat', [HERE, arg(oldPath), HERE, arg(newPath)], done, 'rename', oldPath, newPath);
}

function link(done, existingPath, newPath) {
  existingPath = path(existingPath, 'existingPath');
  newPath = path(newPath, 'newPath');
  runVoid('linkat', [HERE, arg(existingPath), HERE, arg(newPath), 0], done, 'link', existingPath, newPath);
}

function symlink(done, target, file, type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
  target = path(target, 'target');
  file = path(file);
  runVoid('symlinkat', [arg(target), HERE, arg(file)], done, 'symlink', target, file);
}

function readlink(done, file, options) {
  options = U.getOptions(options);
  file = path(file, 'oldPath');
  const buf = new Uint8Array(4096);
  pool.submit(nr.readlinkat, [HERE, arg(file), buf, buf.byteLength], (r) => {
    if (r < 0) return done(fail(r, 'readlink', file));
    if (r === buf.byteLength) { // longer than a page: rare, the sync path handles it
      try {
        return done(null, S.readlinkSync(file, options));
      } catch (err) {
        return done(err);
      }
    }
    done(null, S.encodeOut(buf.subarray(0, r), options.encoding));
  });
}

// ---- directories ----

function rmdir(done, file, options) {
  if (options?.recursive) {
    // The recursive form is deprecated; it shares the synchronous tree walk.
    let err = null;
    try {
      S.rmdirSync(file, options);
    } catch (e) {
      if (e?.syscall === undefined) throw e;
      err = e;
    }
    queueMicrotask(() => done(err));
    return;
  }
  file = path(file);
  S.rmdirOptions(options);
  runVoid('unlinkat', [HERE, arg(file), C.AT_REMOVEDIR], done, 'rmdir', file);
}

function mkdir(done, file, options) {
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
    runVoid('mkdirat', [HERE, arg(file), mode], done, 'mkdir', file);
    return;
  }
  const whole = U.pathStr(file);
  makeDirs((r) => {
    if (typeof r === 'number') return done(fail(r, 'mkdir', file));
    done(null, r);
  }, whole, mode);
}

// mkdir -p on the pool: reports the first directory created, undefined, or -errno.
function makeDirs(report, p, mode) {
  pool.call('mkdirat', HERE, p, mode, (r) => {
    if (r === 0) return report(p);
    if (r === EEXIST) {
      return pool.submit(nr.statx, [HERE, p, 0, STATX_MASK, new Uint8Array(256)], (s) => {
        // statx's mode field: re-stat synchronously is simpler than parsing here
        if (s < 0) return report(EEXIST);
        let st;
        try {
          st = S.statSync(p);
        } catch {
          return report(EEXIST);
        }
        report(st.isDirectory() ? undefined : EEXIST);
      });
    }
    if (r !== ENOENT) return report(r);
    const parent = require('path').dirname(p);
    if (parent === p) return report(r);
    makeDirs((above) => {
      if (typeof above === 'number') return report(above);
      pool.call('mkdirat', HERE, p, mode, (again) => {
        if (again === 0) return report(above === undefined ? p : above);
        if (again === EEXIST) return report(above);
        report(again);
      });
    }, parent, mode);
  });
}

// Reads a directory to its end on the pool, handing each filled getdents64 buffer to
// push(buf, dv, n, into); done(err, finish(into)) once it is closed.
function scanDirectory(done, file, syscall, push, finish) {
  pool.submit(nr.openat, [HERE, arg(file), O.O_RDONLY | O.O_DIRECTORY | O.O_CLOEXEC, 0], (fd) => {
    if (fd < 0) return done(fail(fd, syscall, file));
    const into = [];
    const buf = new Uint8Array(32768);
    const dv = new DataView(buf.buffer);
    const more = () => {
      pool.submit(nr.getdents64, [fd, buf, buf.byteLength], (n) => {
        if (n < 0) {
          pool.call('close', fd, () => done(fail(n, syscall, file)));
          return;
        }
        if (n === 0) {
          pool.call('close', fd, () => done(null, finish(into)));
          return;
        }
        push(buf, dv, n, into);
        more();
      });
    };
    more();
  });
}

// The entries of a directory: [nameBytes, d_type, latin1Name] sorted bytewise; done(err, list).
function listDirectory(done, file, syscall = 'scandir') {
  scanDirectory(done, file, syscall, S.pushDentEntries, S.sortEntries);
}

// The names of a directory as sorted Latin-1 strings; done(err, names).
function listNames(done, file, syscall = 'scandir') {
  scanDirectory(done, file, syscall, S.pushDentNames, (names) => names.sort());
}

function readdir(done, file, options) {
  options = U.getOptions(options);
  file = path(file);
  const enc = options.encoding;
  const withTypes = Boolean(options.withFileTypes);
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    readdirTree(done, file, options);
    return;
  }
  if (!withTypes) {
    listNames((err, names) => {
      if (err) return done(err);
      let out;
      try {
        out = S.namesOut(names, enc);
      } catch (e) {
        return done(e);
      }
      done(null, out);
    }, file);
    return;
  }
  listDirectory((err, list) => {
    if (err) return done(err);
    let out;
    try {
      out = S.direntsOf(file, list, enc, withTypes);
    } catch (e) {
      return done(e);
    }
    done(null, out);
  }, file);
}

// Recursive readdir: each directory listed on the pool, breadth first, the result
// assembled as the sync form does.
function readdirTree(done, base, options) {
  // The walk needs the type of entries; it lists on the pool and builds with the sync rules.
  const lists = new Map();
  const queue = [base];
  const next = (i) => {
    if (i >= queue.length) {
      let out;
      try {
        out = S.readdirTreeFrom(base, options.encoding, Boolean(options.withFileTypes), lists);
      } catch (e) {
        return done(e);
      }
      return done(null, out);
    }
    const dir = queue[i];
    listDirectory((err, list) => {
      if (err) return done(err);
      lists.set(U.pathStr(dir), list);
      for (const [name, dtype] of list) {
        if (dtype === 4 || dtype === 0 || dtype === 10) {
          const full = require('path').join(U.pathStr(dir), binding.utf8Decode(name, 0, name.length));
          if (dtype === 4) queue.push(full);
          else {
            let st;
            try { st = S.statSync(full, { throwIfNoEntry: false }); } catch { st = undefined; }
            if (st?.isDirectory()) queue.push(full);
          }
        }
      }
      next(i + 1);
    }, dir);
  };
  next(0);
}

// ---- permissions, owners, times ----

function chmod(done, file, mode) {
  file = path(file);
  mode = U.parseFileMode(mode, 'mode');
  runVoid('fchmodat', [HERE, arg(file), mode], done, 'chmod', file);
}
function fchmod(done, fd, mode) {
  fd = fdOf(fd);
  mode = U.parseFileMode(mode, 'mode');
  runVoid('fchmod', [fd, mode], done, 'fchmod');
}
function chown(done, file, uid, gid) {
  file = path(file);
  S.ids(uid, gid);
  runVoid('fchownat', [HERE, arg(file), uid, gid, 0], done, 'chown', file);
}
function lchown(done, file, uid, gid) {
  file = path(file);
  S.ids(uid, gid);
  runVoid('fchownat', [HERE, arg(file), uid, gid, NOFOLLOW], done, 'lchown', file);
}
function fchown(done, fd, uid, gid) {
  fd = fdOf(fd);
  S.ids(uid, gid);
  runVoid('fchown', [fd, uid, gid], done, 'fchown');
}
function utimes(done, file, atime, mtime) {
  file = path(file);
  const ts = S.timespecs(S.toUnixTimestamp(atime), S.toUnixTimestamp(mtime));
  runVoid('utimensat', [HERE, arg(file), ts, 0], done, 'utime', file);
}
function lutimes(done, file, atime, mtime) {
  file = path(file);
  const ts = S.timespecs(S.toUnixTimestamp(atime), S.toUnixTimestamp(mtime));
  runVoid('utimensat', [HERE, arg(file), ts, NOFOLLOW], done, 'lutime', file);
}
function futimes(done, fd, atime, mtime) {
  fd = fdOf(fd);
  const ts = S.timespecs(S.toUnixTimestamp(atime, 'atime'), S.toUnixTimestamp(mtime, 'mtime'));
  runVoid('utimensat', [fd, null, ts, 0], done, 'futime');
}

// ---- copying ----

// copy_file_range on the pool, chunk by chunk; the sync code's rules for everything else.
function copyFile(done, src, dest, mode) {
  src = path(src, 'src');
  dest = path(dest, 'dest');
  mode = S.checkAccessMode(mode);
  // Opening and checking run synchronously (cheap, and they decide the error paths);
  // the byte copy, the part that takes time, runs on the pool.
  let plan;
  try {
    plan = S.copyFileBegin(src, dest, mode);
  } catch (err) {
    queueMicrotask(() => done(err));
    return;
  }
  if (plan === null) {
    queueMicrotask(() => done(null));
    return;
  }
  const { from, to, size } = plan;
  let left = size;
  const end = (r) => {
    pool.call('close', from, () => pool.call('close', to, () => {
      if (r < 0) {
        pool.call('unlinkat', HERE, arg(dest), 0, () => done(fail(r, 'copyfile', src, dest)));
        return;
      }
      done(null);
    }));
  };
  const slow = () => {
    const buf = new Uint8Array(64 * 1024);
    const step = () => {
      pool.call('read', from, buf, buf.byteLength, (n) => {
        if (n <= 0) return end(n);
        writeAll((err) => (err ? end(-err.errno) : step()), to, buf.subarray(0, n), null);
      });
    };
    step();
  };
  const fast = () => {
    if (left <= 0) return slow(); // whatever grew past the size, or a size of 0
    pool.call('copy_file_range', from, null, to, null, Math.min(left, 0x40000000), 0, (n) => {
      if (n === 0) return slow();
      if (n < 0) {
        if (n === -38 || n === -18 || n === -22 || n === -95 || n === -1) return slow();
        return end(n);
      }
      left -= n;
      fast();
    });
  };
  fast();
}

// ---- vectored I/O ----

const IOV_MAX = 1024;

// readv/writev with one preadv/pwritev (or readv/writev at the file position) on the pool.
// The iovec holds raw addresses: the completion closure keeps `buffers` alive meanwhile.
// done(err, bytes).
function vector(done, fd, buffers, position, reading) {
  fd = fdOf(fd);
  S.checkBufferList(buffers);
  if (buffers.length > IOV_MAX) { // beyond one call: the buffer-by-buffer walk
    let n = 0;
    let err = null;
    try {
      n = reading ? S.readvSync(fd, buffers, position) : S.writevSync(fd, buffers, position);
    } catch (e) {
      err = e;
    }
    queueMicrotask(() => done(err, n));
    return;
  }
  const iov = new BigUint64Array(buffers.length * 2);
  for (let i = 0; i < buffers.length; i++) {
    const u = U.u8(buffers[i]);
    iov[2 * i] = u.byteLength === 0 ? 0n : binding.addressOf(u);
    iov[2 * i + 1] = BigInt(u.byteLength);
  }
  const pos = typeof position === 'number' && position >= 0 ? position : null;
  const name = reading ? (pos === null ? 'readv' : 'preadv') : (pos === null ? 'writev' : 'pwritev');
  const args = pos === null ? [fd, iov, buffers.length] : [fd, iov, buffers.length, pos, 0];
  pool.submit(nr[name], args, (r) => {
    if (buffers === null) return; // never: keeps the buffers referenced until here
    if (r < 0) done(fail(r, reading ? 'read' : 'write'));
    else done(null, r);
  });
}

function readv(done, fd, buffers, position) { vector(done, fd, buffers, position, true); }
function writev(done, fd, buffers, position) { vector(done, fd, buffers, position, false); }

// ---- statfs, realpath.native ----

function statfs(done, file, options = { bigint: false }) {
  file = path(file);
  const big = Boolean(options.bigint);
  const words = new BigInt64Array(16);
  pool.submit(nr.statfs, [arg(file), words], (r) => {
    if (r < 0) return done(fail(r, 'statfs', file));
    const v = Array.from(words.subarray(0, 7), (w) => (big ? w : Number(w)));
    done(null, new S.StatFs(...v));
  });
}

// The kernel's answer: open with O_PATH, read the /proc/self/fd link, close.
function realpathNative(done, file, options) {
  options = U.getOptions(options);
  file = path(file);
  pool.submit(nr.openat, [HERE, arg(file), O.O_PATH | O.O_CLOEXEC, 0], (fd) => {
    if (fd < 0) return done(fail(fd, 'realpath', file));
    const buf = new Uint8Array(4096);
    pool.submit(nr.readlinkat, [HERE, `/proc/self/fd/${fd}`, buf, buf.byteLength], (n) => {
      pool.submit(nr.close, [fd], () => {
        if (n < 0) return done(fail(n, 'realpath', file));
        done(null, S.encodeOut(buf.subarray(0, n), options.encoding));
      });
    });
  });
}

// ---- mkdtemp ----

function mkdtemp(done, prefix, options) {
  options = U.getOptions(options);
  const head = S.mkdtempPrefix(prefix);
  let tries = 0;
  const attempt = () => {
    const full = S.mkdtempCandidate(head);
    pool.submit(nr.mkdirat, [HERE, arg(full), 0o700], (r) => {
      if (r === 0) return done(null, S.encodeOut(full, options.encoding));
      if (r === EEXIST && tries++ < 100) return attempt();
      done(fail(r, 'mkdtemp', `${U.pathStr(head)}XXXXXX`));
    });
  };
  attempt();
}

// ---- rm ----

// The mode of p (lstat), or -errno; report(modeOrErrno).
function lmode(report, p) {
  const buf = new Uint8Array(256);
  pool.submit(nr.statx, [HERE, p, NOFOLLOW, STATX_MASK, buf], (r) => {
    report(r < 0 ? r : buf[28] | (buf[29] << 8));
  });
}

const isDir = (m) => (m & C.mode.S_IFMT) === C.mode.S_IFDIR;

function rm(done, file, options) {
  file = path(file);
  const opts = U.validateRmOptions(options);
  const p = U.pathStr(file);
  const bytes = typeof file === 'string' ? Buffer.from(file) : Buffer.from(file);
  lmode((m) => {
    if (m < 0) {
      if (m === ENOENT && opts.force) return done(null);
      return done(fail(m, 'lstat', p));
    }
    if (isDir(m) && !opts.recursive) return done(S.rmIsDirError(p));
    removeTree((err) => done(err), bytes, opts);
  }, arg(bytes));
}

// Runs one syscall, retrying retryable failures after retryDelay, then 2x, 3x... (linear
// backoff, as Node's rm documents); report(result).
function withRetries(report, name, args, opts) {
  let tries = 0;
  const go = () => {
    pool.submit(nr[name], args, (r) => {
      if (r < 0 && S.RETRYABLE.has(r) && tries < opts.maxRetries) {
        tries++;
        require('timers').setTimeout(go, opts.retryDelay * tries);
        return;
      }
      report(r);
    });
  };
  go();
}

// Removes the tree at p (bytes, no NUL) on the pool; report(err or null).
function removeTree(report, p, opts) {
  const c = arg(p);
  const tolerate = (r) => r === ENOENT && opts.force;
  lmode((m) => {
    if (m < 0) return report(tolerate(m) ? null : fail(m, 'lstat', p));
    if (!isDir(m)) {
      withRetries((r) => report(r < 0 && !tolerate(r) ? fail(r, 'unlink', p) : null),
        'unlinkat', [HERE, c, 0], opts);
      return;
    }
    pool.submit(nr.unlinkat, [HERE, c, C.AT_REMOVEDIR], (r) => {
      if (r === 0 || tolerate(r)) return report(null);
      if (r !== -39 && r !== EEXIST) return report(fail(r, 'rmdir', p));
      listDirectory((err, list) => {
        if (err) return report(err.errno === ENOENT && opts.force ? null : err);
        const slash = Buffer.from('/');
        let i = 0;
        const next = (e) => {
          if (e) return report(e);
          if (i < list.length) {
            const child = Buffer.concat([p, slash, list[i++][0]]);
            return removeTree(next, child, opts);
          }
          withRetries((r2) => report(r2 < 0 && !tolerate(r2) ? fail(r2, 'rmdir', p) : null),
            'unlinkat', [HERE, c, C.AT_REMOVEDIR], opts);
        };
        next(null);
      }, p);
    });
  }, c);
}

module.exports = {
  rm, mkdtemp, readv, writev, statfs, realpathNative,
  open, close, rawRead, rawWrite, writeAll, fsync, fdatasync, ftruncate, truncate,
  stat, lstat, fstat, access, exists, readFile, writeFile, appendFile,
  unlink, rename, link, symlink, readlink, rmdir, mkdir, readdir, listDirectory,
  chmod, fchmod, chown, lchown, fchown, utimes, lutimes, futimes, copyFile, toBytes,
  ERR_INVALID_ARG_VALUE,
};
