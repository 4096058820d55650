'use strict';
// process.stdin, process.stdout and process.stderr. Output is synchronous for files, pipes
// and terminals, as in Node on Linux; stdin is a Readable fed by the loop (or by plain
// reads for regular files, which epoll cannot watch).

const sys = require('sys/core');
const C = sys.C;
const { Writable, Readable } = require('stream');
const loop = require('aio/loop');

function fdKind(fd) {
  if (sys.fstat(fd) < 0) return 'closed';
  const fmt = sys.statField('mode') & C.mode.S_IFMT;
  if (fmt === C.mode.S_IFREG) return 'file';
  if (fmt === C.mode.S_IFIFO) return 'pipe';
  if (fmt === C.mode.S_IFSOCK) return 'pipe';
  if (fmt === C.mode.S_IFCHR) {
    const buf = new Uint8Array(64);
    return sys.call('ioctl', fd, C.TCGETS, buf) === 0 ? 'tty' : 'file';
  }
  return 'file';
}

function toBytes(chunk, encoding) {
  if (typeof chunk === 'string') {
    if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return binding.utf8Encode(chunk);
    return require('buffer').Buffer.from(chunk, encoding);
  }
  return chunk;
}

class WriteStream extends Writable {
  constructor(fd) {
    super({ decodeStrings: false, emitClose: false, autoDestroy: true });
    this.fd = fd;
    this._type = fdKind(fd);
    this._isStdio = true;
    this.isTTY = this._type === 'tty' ? true : undefined;
    if (this.isTTY !== true) delete this.isTTY;
  }

  _write(chunk, encoding, cb) {
    const r = sys.writeAll(this.fd, toBytes(chunk, encoding));
    if (r < 0) cb(sys.errnoException(r, 'write'));
    else cb();
  }

  _destroy(err, cb) {
    // stdout and stderr stay open; Node never closes them.
    cb(err);
  }

  destroySoon() {
    this.destroy();
  }

  get columns() {
    return this.isTTY ? winsize(this.fd)[1] : undefined;
  }

  get rows() {
    return this.isTTY ? winsize(this.fd)[0] : undefined;
  }

  getWindowSize() {
    const [rows, cols] = winsize(this.fd);
    return [cols, rows];
  }

  hasColors(count = 16) {
    return this.isTTY === true && this.getColorDepth() >= Math.log2(count);
  }

  getColorDepth(env = require('process').env) {
    if (env.FORCE_COLOR !== undefined) {
      return { '': 4, 1: 4, true: 4, 2: 8, 3: 24, 0: 1, false: 1 }[env.FORCE_COLOR] ?? 4;
    }
    if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return 1;
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    if (env.TERM && /256/.test(env.TERM)) return 8;
    return 4;
  }
}

function winsize(fd) {
  const buf = new Uint16Array(4);
  if (sys.call('ioctl', fd, C.TIOCGWINSZ, buf) < 0) return [24, 80];
  return [buf[0], buf[1]];
}

class ReadStream extends Readable {
  constructor(fd) {
    // A file on stdin ends without 'close', as in Node.
    super({ highWaterMark: 65536, emitClose: fdKind(fd) !== 'file' });
    this.fd = fd;
    this._type = fdKind(fd);
    this.isRaw = false;
    if (this._type === 'tty') this.isTTY = true;
    this._watcher = null;
    this._waiting = false;
    this._buf = new Uint8Array(65536);
  }

  _read() {
    for (;;) {
      const n = sys.read(this.fd, this._buf);
      if (n === -C.EAGAIN) {
        this._waiting = true;
        // A paused stdin does not keep the process alive; resume() watches again.
        if (!this.isPaused() || this._readableState.readableListening) this._watch();
        return;
      }
      this._waiting = false;
      if (n < 0) {
        this._unwatch();
        // A terminal that went away reads as EIO: that is the end of input.
        if (n === -C.EIO && this._type === 'tty') {
          this.push(null);
          return;
        }
        this.destroy(sys.errnoException(n, 'read'));
        return;
      }
      if (n === 0) {
        this._unwatch();
        this.push(null);
        return;
      }
      const { Buffer } = require('buffer');
      const chunk = Buffer.allocUnsafe(n);
      chunk.set(this._buf.subarray(0, n));
      if (!this.push(chunk)) {
        this._unwatch();
        return;
      }
    }
  }

  _watch() {
    if (this._watcher === null) {
      this._watcher = new loop.Watcher(this.fd, () => {
        this._watcher.update(0);
        if (this._waiting) this._read();
      });
      this._watcher.resourceType = this._type === 'tty' ? 'TTYWrap' : 'PipeWrap';
    }
    if (this._type === 'file') {
      // epoll cannot watch regular files; they never block.
      this._read();
      return;
    }
    this._watcher.update(C.EPOLLIN);
  }

  _unwatch() {
    if (this._watcher !== null) this._watcher.update(0);
  }

  // A paused stdin lets the process exit, as in Node; resuming watches again.
  pause() {
    const r = super.pause();
    this._unwatch();
    return r;
  }

  resume() {
    const r = super.resume();
    if (this._waiting && !this.destroyed) this._watch();
    return r;
  }

  _destroy(err, cb) {
    this._unwatch();
    cb(err);
  }

  setRawMode() {
    throw require('node/internal/errors').notImplemented('process.stdin.setRawMode');
  }
}

// The fd is shared with the parent (a shell), so its flags are put back at exit.
function setNonBlocking(fd) {
  const flags = sys.call('fcntl', fd, C.F_GETFL, 0);
  if (flags < 0 || (flags & C.open.O_NONBLOCK)) return;
  sys.call('fcntl', fd, C.F_SETFL, flags | C.open.O_NONBLOCK);
  require('process').on('exit', () => sys.call('fcntl', fd, C.F_SETFL, flags));
}

// Terminals get node:tty's classes (so process.stdout instanceof tty.WriteStream and
// setRawMode work); files and pipes get the plain synchronous streams.
function create(fd) {
  const kind = fdKind(fd);
  if (kind === 'tty') {
    const tty = require('tty');
    if (fd === 0) setNonBlocking(0);
    if (fd === 0) return new tty.ReadStream(0);
    const out = new tty.WriteStream(fd);
    // A terminal's size change (SIGWINCH) becomes 'resize' on the stream.
    require('process').on('SIGWINCH', () => out._refreshSize());
    return out;
  }
  if (fd === 0) {
    if (kind === 'pipe') setNonBlocking(0);
    return new ReadStream(0);
  }
  return new WriteStream(fd);
}

module.exports = { create, WriteStream, ReadStream, fdKind };
