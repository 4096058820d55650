'use strict';
// A stream over one end of a pipe (or a socket used one way): a Duplex whose readable side
// reads the fd when the loop says it is readable, and whose writable side writes what it
// can and waits for EPOLLOUT for the rest. Child stdio uses it until net.Socket({ fd }) can.

const sys = require('sys/core');
const loop = require('aio/loop');
const { Duplex } = require('stream');
const C = sys.C;

let BufferCtor;
function toBytes(chunk, encoding) {
  if (typeof chunk !== 'string') return chunk;
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor.from(chunk, encoding);
}

// Node's errors for stream syscalls read "write EPIPE": syscall, then code.
function streamError(negErrno, syscall) {
  const entry = require('sys/errno').errnoNames().get(negErrno);
  const code = entry ? entry[0] : 'UNKNOWN';
  const err = new Error(`${syscall} ${code}`);
  err.errno = negErrno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

function setNonBlocking(fd) {
  const flags = sys.call('fcntl', fd, C.F_GETFL, 0);
  if (flags >= 0 && !(flags & C.open.O_NONBLOCK)) sys.call('fcntl', fd, C.F_SETFL, flags | C.open.O_NONBLOCK);
}

const READ_SIZE = 65536;

class Pipe extends Duplex {
  constructor(fd, { readable = false, writable = false, socket = false } = {}) {
    super({ allowHalfOpen: !socket, readable, writable, decodeStrings: false, emitClose: true, autoDestroy: true });
    this.fd = fd;
    this._canRead = readable;
    this._canWrite = writable;
    this._socket = socket;
    setNonBlocking(fd);
    this._refed = true;
    this._watcher = new loop.Watcher(fd, (events) => this._onEvents(events));
    this._watcher.resourceType = 'PipeWrap';
    this._pendingWrite = null; // [bytes, offset, callback]
    this._reading = false;
    // What Node's streams call their handle: starts and stops reading the fd.
    const self = this;
    this._handle = {
      fd,
      readStart() { self._reading = true; self._readSome(); return 0; },
      readStop() { self._reading = false; self._wantEvents(); return 0; },
    };
    if (readable) this.read(0);
  }

  _wantEvents() {
    let ev = 0;
    if (this._reading) ev |= C.EPOLLIN;
    if (this._pendingWrite !== null) ev |= C.EPOLLOUT;
    if (this.fd >= 0) this._watcher.update(ev);
  }

  _onEvents(events) {
    if (this._pendingWrite !== null && (events & (C.EPOLLOUT | C.EPOLLERR | C.EPOLLHUP))) this._flush();
    if (this._reading && (events & (C.EPOLLIN | C.EPOLLHUP | C.EPOLLERR))) this._readSome();
  }

  _stopReading() {
    if (this._handle !== null) this._handle.readStop();
    this.pause();
    this._readableState.reading = false;
  }

  _read() {
    if (this.fd < 0 || this._handle === null) return;
    this._handle.readStart();
  }

  _readSome() {
    while (this._reading && this.fd >= 0) {
      const buf = require('buffer').Buffer.allocUnsafe(READ_SIZE);
      const n = sys.read(this.fd, buf);
      if (n === -C.EAGAIN) break;
      if (n < 0) {
        this._reading = false;
        this._wantEvents();
        this.destroy(streamError(n, 'read'));
        return;
      }
      if (n === 0) {
        this._reading = false;
        this._wantEvents();
        this.push(null);
        return;
      }
      this.bytesRead = (this.bytesRead || 0) + n;
      if (!this.push(n === READ_SIZE ? buf : buf.subarray(0, n))) this._reading = false;
    }
    this._wantEvents();
  }

  _write(chunk, encoding, callback) {
    if (!this._canWrite) {
      callback(streamError(-9, 'write'));
      return;
    }
    this._pendingWrite = [toBytes(chunk, encoding), 0, callback];
    this._flush();
  }

  _flush() {
    const p = this._pendingWrite;
    if (p === null || this.fd < 0) return;
    const [bytes, , callback] = p;
    while (p[1] < bytes.length) {
      const n = sys.write(this.fd, bytes, p[1]);
      if (n === -C.EAGAIN) {
        this._wantEvents();
        return;
      }
      if (n < 0) {
        this._pendingWrite = null;
        this._wantEvents();
        callback(streamError(n, 'write'));
        return;
      }
      p[1] += n;
    }
    this._pendingWrite = null;
    this._wantEvents();
    callback();
  }

  _final(callback) {
    // Closing our end tells the reader it has everything.
    if (this._socket) {
      if (this.fd >= 0) sys.call('shutdown', this.fd, 1 /* SHUT_WR */);
    } else if (this._canWrite && !this._canRead) {
      this._closeFd();
    }
    callback();
  }

  _destroy(err, callback) {
    this._closeFd();
    callback(err);
  }

  _closeFd() {
    if (this.fd < 0) return;
    this._reading = false;
    this._pendingWrite = null;
    this._watcher.close();
    sys.close(this.fd);
    this.fd = -1;
    this._handle = null;
  }

  ref() {
    this._watcher.ref(true);
    return this;
  }

  unref() {
    this._watcher.ref(false);
    return this;
  }
}

// A pipe pair with both ends close-on-exec: [readEnd, writeEnd] or -errno.
function makePipe() {
  const fds = new Int32Array(2);
  const r = sys.call('pipe2', fds, C.open.O_CLOEXEC);
  if (r < 0) return r;
  return [fds[0], fds[1]];
}

module.exports = { Pipe, makePipe, setNonBlocking, streamError };
