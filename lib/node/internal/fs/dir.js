'use strict';
// fs.Dir, fs.opendir/opendirSync and fs.promises.opendir: directory streams over getdents64,
// entries in the kernel's order (unsorted, as libuv's uv_fs_readdir gives them).

const sys = require('sys/core');
const { Buffer } = require('buffer');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION },
} = require('node/internal/errors');
const { validateFunction, validateUint32 } = require('node/internal/validators');
const U = require('node/internal/fs/utils');

const C = sys.C;
const O = C.open;

// Node's opendirSync error names no path; the callback and promise forms do.
function openDirFd(path, withPath) {
  const fd = sys.retry(() => sys.call('openat', C.AT_FDCWD, U.pathArg(path),
    O.O_RDONLY | O.O_DIRECTORY | O.O_CLOEXEC, 0));
  if (fd < 0) throw sys.errnoException(fd, 'opendir', withPath ? U.pathStr(path) : undefined);
  return fd;
}

const kState = Symbol('kDirState');

class Dir {
  constructor(path, fd, options) {
    this[kState] = {
      path,
      fd,
      closed: false,
      busy: false,
      buffered: [],
      pending: [],
      queue: [],
      encoding: options.encoding,
      recursive: options.recursive,
      buf: new Uint8Array(32768),
      current: path,
    };
  }

  get path() { return this[kState].path; }

  // Pulls raw entries from the current directory; returns false at its end.
  #fill() {
    const st = this[kState];
    const dv = new DataView(st.buf.buffer);
    const n = sys.retry(() => sys.call('getdents64', st.fd, st.buf, st.buf.byteLength));
    if (n < 0) throw sys.errnoException(n, 'scandir');
    if (n === 0) return false;
    let off = 0;
    while (off < n) {
      const reclen = dv.getUint16(off + 16, true);
      const dtype = st.buf[off + 18];
      let end = off + 19;
      while (st.buf[end] !== 0) end++;
      const name = st.buf.slice(off + 19, end);
      const skip = (name.length === 1 && name[0] === 46) ||
        (name.length === 2 && name[0] === 46 && name[1] === 46);
      if (!skip) st.buffered.push([name, U.direntType(dtype), st.current]);
      off += reclen;
    }
    return true;
  }

  #next() {
    const st = this[kState];
    for (;;) {
      if (st.buffered.length > 0) {
        const [name, rawType, parent] = st.buffered.shift();
        let type = rawType;
        const nameStr = binding.utf8Decode(name, 0, name.length);
        const full = `${typeof parent === 'string' ? parent : U.pathStr(parent)}/${nameStr}`;
        if (type === 0) {
          const r = U.rawStat('lstat', full);
          type = r < 0 ? 0 : U.modeToDirentType(U.statMode());
        }
        if (st.recursive && type === 2) st.queue.push(full);
        let shown;
        if (st.encoding === 'buffer') shown = Buffer.from(name);
        else if (!st.encoding || st.encoding === 'utf8' || st.encoding === 'utf-8') shown = nameStr;
        else shown = Buffer.from(name).toString(st.encoding);
        return new U.Dirent(shown, type, parent);
      }
      if (this.#fill()) continue;
      if (st.recursive && st.queue.length > 0) {
        const nextPath = st.queue.shift();
        const fd = sys.retry(() => sys.call('openat', C.AT_FDCWD, nextPath,
          O.O_RDONLY | O.O_DIRECTORY | O.O_CLOEXEC, 0));
        if (fd < 0) throw sys.errnoException(fd, 'opendir');
        sys.call('close', st.fd);
        st.fd = fd;
        st.current = nextPath;
        continue;
      }
      return null;
    }
  }

  readSync() {
    const st = this[kState];
    if (st.closed) throw new ERR_DIR_CLOSED();
    if (st.busy) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this.#next();
  }

  read(callback) {
    const st = this[kState];
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, dirent) => (err ? reject(err) : resolve(dirent)));
      });
    }
    validateFunction(callback, 'callback');
    if (st.closed) {
      U.later(callback, new ERR_DIR_CLOSED());
      return undefined;
    }
    let result;
    try {
      result = this.#next();
    } catch (err) {
      U.later(callback, err);
      return undefined;
    }
    U.later(callback, null, result);
    return undefined;
  }

  closeSync() {
    const st = this[kState];
    if (st.closed) throw new ERR_DIR_CLOSED();
    if (st.busy) throw new ERR_DIR_CONCURRENT_OPERATION();
    st.closed = true;
    const r = sys.call('close', st.fd);
    if (r < 0) throw sys.errnoException(r, 'closedir');
  }

  close(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    const st = this[kState];
    if (st.closed) {
      U.later(callback, new ERR_DIR_CLOSED());
      return undefined;
    }
    st.closed = true;
    const r = sys.call('close', st.fd);
    U.later(callback, r < 0 ? sys.errnoException(r, 'closedir') : null);
    return undefined;
  }

  async* entries() {
    try {
      for (;;) {
        const d = await this.read();
        if (d === null) break;
        yield d;
      }
    } finally {
      if (!this[kState].closed) await this.close();
    }
  }

  [Symbol.asyncIterator]() { return this.entries(); }
}

function validateDirOptions(options) {
  options = U.getOptions(options, { encoding: 'utf8' });
  const out = { encoding: options.encoding, bufferSize: 32, recursive: false };
  if (options.bufferSize !== undefined) {
    validateUint32(options.bufferSize, 'options.bufferSize', true);
    out.bufferSize = options.bufferSize;
  }
  // Node does not validate `recursive`; any truthy value turns it on.
  out.recursive = Boolean(options.recursive);
  return out;
}

function opendirSync(path, options) {
  path = U.getValidatedPath(path);
  options = validateDirOptions(options);
  return new Dir(path, openDirFd(path), options);
}

function opendir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  path = U.getValidatedPath(path);
  options = validateDirOptions(options);
  let dir;
  try {
    dir = new Dir(path, openDirFd(path, true), options);
  } catch (err) {
    U.later(callback, err);
    return;
  }
  U.later(callback, null, dir);
}

function opendirPromise(path, options) {
  return U.settleLater(() => {
    path = U.getValidatedPath(path);
    options = validateDirOptions(options);
    return new Dir(path, openDirFd(path, true), options);
  });
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
