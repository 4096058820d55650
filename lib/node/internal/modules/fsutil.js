'use strict';
// The file-system reads module loading needs, straight over lib/sys, with small caches
// (the fs module is not loaded just to run a program).

const sys = require('sys/core');
const C = sys.C;

// 0: missing, 1: file, 2: directory (following symlinks).
function statKind(path) {
  if (sys.fstatat(C.AT_FDCWD, path, 0) < 0) return 0;
  const fmt = sys.statField('mode') & C.mode.S_IFMT;
  return fmt === C.mode.S_IFDIR ? 2 : 1;
}

function readFileBytes(path, syscallName = 'open') {
  const fd = sys.openat(C.AT_FDCWD, path, C.open.O_RDONLY);
  if (fd < 0) throw sys.errnoException(fd, syscallName, path);
  try {
    let size = 0;
    if (sys.fstat(fd) === 0) size = sys.statField('size');
    let buf = new Uint8Array(size > 0 ? size + 1 : 8192);
    let len = 0;
    for (;;) {
      if (len === buf.length) {
        const bigger = new Uint8Array(buf.length * 2);
        bigger.set(buf);
        buf = bigger;
      }
      const n = sys.read(fd, buf, len, buf.length - len);
      if (n < 0) throw sys.errnoException(n, 'read');
      if (n === 0) break;
      len += n;
    }
    return buf.subarray(0, len);
  } finally {
    sys.close(fd);
  }
}

function readFileUtf8(path) {
  const bytes = readFileBytes(path);
  let s = binding.utf8Decode(bytes);
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s;
}

const realpathCache = new Map();
// Resolves symlinks through the kernel: open with O_PATH, then read /proc/self/fd/N.
function realpath(path) {
  let r = realpathCache.get(path);
  if (r !== undefined) return r;
  const fd = sys.openat(C.AT_FDCWD, path, C.open.O_PATH);
  if (fd < 0) throw sys.errnoException(fd, 'realpath', path);
  r = sys.readlink(`/proc/self/fd/${fd}`);
  sys.close(fd);
  if (typeof r !== 'string') r = path;
  realpathCache.set(path, r);
  return r;
}

const pkgCache = new Map();
// The parsed package.json in dir, or null. Malformed JSON is ERR_INVALID_PACKAGE_CONFIG.
function readPackage(dir) {
  const file = dir === '/' ? '/package.json' : `${dir}/package.json`;
  if (pkgCache.has(file)) return pkgCache.get(file);
  let pkg = null;
  if (statKind(file) === 1) {
    const text = readFileUtf8(file);
    try {
      pkg = JSON.parse(text);
    } catch (err) {
      const { codes } = require('node/internal/errors');
      const e = new codes.ERR_INVALID_PACKAGE_CONFIG(file, undefined, err.message);
      throw e;
    }
    if (pkg === null || typeof pkg !== 'object') pkg = {};
    Object.defineProperty(pkg, '__path', { value: file, enumerable: false });
  }
  pkgCache.set(file, pkg);
  return pkg;
}

// The nearest package.json at or above dir: { dir, pkg } or null.
function packageScope(dir) {
  for (;;) {
    if (!dir.endsWith('/node_modules')) {
      const pkg = readPackage(dir);
      if (pkg !== null) return { dir, pkg };
    } else {
      return null;
    }
    if (dir === '/' || dir === '') return null;
    const i = dir.lastIndexOf('/');
    dir = i <= 0 ? '/' : dir.slice(0, i);
  }
}

module.exports = { statKind, readFileBytes, readFileUtf8, realpath, readPackage, packageScope };
