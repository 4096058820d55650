'use strict';
// "libc in JavaScript": the only JS that knows syscall numbers. Thin wrappers over the
// syscall primitive; a failing call returns -errno, and check() turns that into Node's error.

const nr = binding.arch === 'arm64' ? require('sys/nr_aarch64') : require('sys/nr_x86_64');
const C = require('sys/constants');
const structs = require('sys/structs');

const layouts = structs.layoutsFor(binding.arch);
const raw = binding.syscall;

function call(name, a, b, c, d, e, f) {
  const n = nr[name];
  if (n === undefined) throw new Error(`unode: syscall ${name} does not exist on ${binding.arch}`);
  switch (arguments.length) {
    case 1: return raw(n);
    case 2: return raw(n, a);
    case 3: return raw(n, a, b);
    case 4: return raw(n, a, b, c);
    case 5: return raw(n, a, b, c, d);
    case 6: return raw(n, a, b, c, d, e);
    default: return raw(n, a, b, c, d, e, f);
  }
}

function errnoException(negErrno, syscall, path, dest) {
  return require('sys/errno').errnoException(negErrno, syscall, path, dest);
}

// Returns res, or throws Node's system error for a negative result.
function check(res, syscall, path, dest) {
  if (res < 0) throw errnoException(res, syscall, path, dest);
  return res;
}

// Retries a call interrupted by a signal.
function retry(fn) {
  let r;
  do r = fn(); while (r === -C.EINTR);
  return r;
}

const utf8 = (s) => binding.utf8Encode(s);

function read(fd, u8, off = 0, len = u8.byteLength - off) {
  return retry(() => call('read', fd, off === 0 && len === u8.byteLength ? u8 : u8.subarray(off, off + len), len));
}
function write(fd, u8, off = 0, len = u8.byteLength - off) {
  return retry(() => call('write', fd, off === 0 && len === u8.byteLength ? u8 : u8.subarray(off, off + len), len));
}
// Writes all of bytes (a Uint8Array, or a string as UTF-8) to fd, synchronously; waits in
// poll() when the fd is non-blocking and full. Returns 0, or -errno on failure.
const pollOut = new Int32Array(2);
function writeAll(fd, bytes) {
  if (typeof bytes === 'string') bytes = binding.utf8Encode(bytes);
  let off = 0;
  while (off < bytes.length) {
    const n = write(fd, bytes, off);
    if (n === -C.EAGAIN) {
      pollOut[0] = fd;
      pollOut[1] = C.POLLOUT;
      call('ppoll', pollOut, 1, null, null, 8);
      continue;
    }
    if (n < 0) return n;
    off += n;
  }
  return 0;
}
function pread(fd, u8, off, len, pos) {
  return retry(() => call('pread64', fd, u8.subarray(off, off + len), len, pos));
}
function openat(dirfd, path, flags, mode = 0o666) {
  return retry(() => call('openat', dirfd, path, flags | C.open.O_CLOEXEC, mode));
}
function close(fd) { return call('close', fd); }

const statBuf = new Uint8Array(layouts.stat.size);
const statView = new DataView(statBuf.buffer);
// fstatat into a shared buffer; returns 0 or -errno. Read the result with statField().
function fstatat(dirfd, path, flags) { return call('newfstatat', dirfd, path, statBuf, flags); }
function fstat(fd) { return call('newfstatat', fd, '', statBuf, C.AT_EMPTY_PATH); }
function statField(name) { return structs.read(statView, layouts.stat, name); }

// The clocks go through binding.clockGettime: the C library reads them from the vDSO.
function clockNs(clock) {
  const ts = new BigInt64Array(2);
  binding.clockGettime(clock, ts);
  return ts[0] * 1000000000n + ts[1];
}
// Milliseconds as a Number, with sub-millisecond precision.
const tsBuf = new Float64Array(2);
const tsInt = new BigInt64Array(tsBuf.buffer);
function clockMs(clock) {
  binding.clockGettime(clock, tsInt);
  return Number(tsInt[0]) * 1000 + Number(tsInt[1]) / 1e6;
}

function getcwd() {
  const buf = new Uint8Array(4096);
  const n = check(call('getcwd', buf, buf.byteLength), 'uv_cwd');
  return binding.utf8Decode(buf, 0, n - 1);
}

function readlink(path) {
  const buf = new Uint8Array(4096);
  const n = call('readlinkat', C.AT_FDCWD, path, buf, buf.byteLength);
  if (n < 0) return n;
  return binding.utf8Decode(buf, 0, n);
}

module.exports = {
  nr, call, check, retry, utf8, layouts, structs, C,
  read, write, writeAll, pread, openat, close, fstatat, fstat, statField, statView, statBuf,
  clockNs, clockMs, getcwd, readlink, errnoException,
};
