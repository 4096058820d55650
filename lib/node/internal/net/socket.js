'use strict';
// net.Socket: a Duplex over one non-blocking stream fd (TCP, Unix socket, pipe, socketpair),
// driven by a loop Watcher. Reads happen while the readable side wants data; writes go
// straight to the fd and wait for EPOLLOUT only when the kernel buffer is full.

const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const process = require('process');
const loop = require('aio/loop');
const sys = require('sys/core');
const addr = require('node/internal/net/addr');
const ip = require('node/internal/net_ip');
const { sysError, hostPortError } = require('node/internal/net/errs');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_SOCKET_CLOSED, ERR_MISSING_ARGS,
    ERR_INVALID_IP_ADDRESS, ERR_SOCKET_BAD_PORT,
  },
} = require('node/internal/errors');
const { validateInt32, validateNumber, validateFunction } = require('node/internal/validators');

const C = sys.C;
const N = C.net;
const EAGAIN = -C.EAGAIN;
const EINPROGRESS = -115;
const READ_SIZE = 65536;
let sharedReadBuf = null;

const kFd = Symbol('fd');

// The fd under a socket, with the watcher and the I/O state the loop callback needs.
class FdHandle {
  constructor(fd, socket) {
    this.fd = fd;
    this.socket = socket;
    this.watcher = new loop.Watcher(fd, (ev) => socket._onEvents(ev));
    this.watcher.resourceType = 'TCPSocketWrap';
    this.reading = false;
    this.connecting = false;
    this.pending = null; // [buffers, index, offset, cb] of an unfinished write
    this.refed = true;
  }
  sync() {
    const ev = (this.reading ? C.EPOLLIN : 0) | (this.pending || this.connecting ? C.EPOLLOUT : 0);
    if (ev !== this.watcher.events) this.watcher.update(ev);
  }
  getAsyncId() { return this.fd; }
  ref() { this.refed = true; this.watcher.ref(true); }
  unref() { this.refed = false; this.watcher.ref(false); }
  hasRef() { return this.refed; }
}

function setBoolOpt(fd, level, name, on) {
  const v = new Int32Array([on ? 1 : 0]);
  return sys.call('setsockopt', fd, level, name, v, 4);
}

let dnsLookupFallback;

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  for (const key of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
    if (options[key]) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, options[key], 'is not supported');
  }
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  Duplex.call(this, options);
  this._streamOpts = options;
  this.connecting = false;
  this._handle = null;
  this._host = null;
  this._peer = null;
  this._sockname = null;
  this._bytesRead = 0;
  this._bytesDispatched = 0;
  this._timeoutMs = undefined;
  this._timer = null;
  this._lastActive = 0;
  this._pendingWrite = null;
  this._hadError = false;
  this._isSocket = true;
  this._noDelay = Boolean(options.noDelay);
  this._keepAlive = Boolean(options.keepAlive);
  this._keepAliveDelay = ~~(options.keepAliveInitialDelay / 1000) || 0;
  this.server = null;
  this._server = null;
  this[kFd] = -1;
  if (options.handle !== undefined && options.handle !== null) {
    if (options.isSocket !== undefined) this._isSocket = options.isSocket;
    this._attach(options.handle.fd !== undefined ? options.handle.fd : options.handle);
  } else if (options.fd !== undefined) {
    const fd = options.fd;
    validateInt32(fd, 'fd', 0);
    // Make sure the fd is non-blocking; remember whether it is a socket.
    const fl = sys.call('fcntl', fd, C.F_GETFL, 0);
    if (fl < 0) throw sysError(fl, 'open');
    if (!(fl & C.open.O_NONBLOCK)) sys.call('fcntl', fd, C.F_SETFL, fl | C.open.O_NONBLOCK);
    const t = new Int32Array(1);
    const tl = new Uint32Array([4]);
    this._isSocket = sys.call('getsockopt', fd, N.SOL_SOCKET, N.SO_TYPE, t, tl) >= 0;
    this._attach(fd);
    if ((fd === 1 || fd === 2) && this._isSocket === false) this._isStdio = true;
    if (options.readable === false) this.push(null);
    if (options.writable === false) this.end();
  }
  // A socket born connected starts reading at once (data waits in the buffer).
  if (this._handle !== null && options.readable !== false && !options.pauseOnCreate && !options.manualStart) this.read(0);
  this.on('end', onReadableEnd);
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function onReadableEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFin;
}

function writeAfterFin(chunk, encoding, cb) {
  if (this.destroyed) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const err = new Error('This socket has been ended by the other party');
  err.code = 'EPIPE';
  if (this.writableEnded) process.nextTick(() => (this.destroyed ? this.emit('error', err) : this.destroy(err)));
  if (typeof cb === 'function') process.nextTick(cb, err);
  return false;
}

Socket.prototype._attach = function(fd) {
  this[kFd] = fd;
  this._handle = new FdHandle(fd, this);
  if (this._isSocket !== false) {
    if (this._noDelay) setBoolOpt(fd, N.IPPROTO_TCP, N.TCP_NODELAY, true);
    if (this._keepAlive) this._applyKeepAlive(true, this._keepAliveDelay);
  }
};

// ---- the loop callback ----

Socket.prototype._onEvents = function(ev) {
  const h = this._handle;
  if (h === null) return;
  if (h.connecting) {
    if (ev & (C.EPOLLOUT | C.EPOLLERR | C.EPOLLHUP)) this._afterConnect();
    return;
  }
  if ((ev & (C.EPOLLOUT | C.EPOLLERR | C.EPOLLHUP)) && h.pending) this._flush();
  if (this._handle !== null && h.reading && (ev & (C.EPOLLIN | C.EPOLLERR | C.EPOLLHUP))) this._readNow();
};

// ---- reading ----

Socket.prototype._read = function() {
  const h = this._handle;
  if (h === null || h.connecting) {
    this._wantRead = true;
    return;
  }
  this._pausedRead = false;
  if (!h.reading) {
    h.reading = true;
    h.sync();
  }
};

Socket.prototype._readNow = function() {
  const h = this._handle;
  for (;;) {
    // One scratch buffer shared by all sockets of this isolate: an idle socket holds none.
    let buf = sharedReadBuf;
    if (buf === null) buf = sharedReadBuf = Buffer.allocUnsafeSlow(READ_SIZE);
    const n = sys.call('read', h.fd, buf, READ_SIZE);
    if (n === EAGAIN || n === -C.EINTR) return;
    if (n < 0) {
      this.destroy(sysError(n, 'read'));
      return;
    }
    if (n === 0) {
      h.reading = false;
      h.sync();
      this.push(null);
      this.read(0);
      return;
    }
    this._bytesRead += n;
    this._touch();
    let chunk;
    if (n >= READ_SIZE / 2) {
      chunk = buf.subarray(0, n);
      sharedReadBuf = null; // handed over without a copy; a fresh one next time
    } else {
      chunk = Buffer.allocUnsafe(n);
      chunk.set(buf.subarray(0, n));
    }
    const more = this.push(chunk);
    if (this._handle === null) return;
    if (!more) {
      h.reading = false;
      h.sync();
      return;
    }
    if (n < READ_SIZE) return; // drained; epoll says when there is more
  }
};

// A paused socket stops watching EPOLLIN at once (the kernel buffer then pushes back on the
// peer); resume() restarts the fd read that pause() interrupted.
Socket.prototype.pause = function() {
  const h = this._handle;
  if (h != null && h.reading && !this.connecting) {
    h.reading = false;
    h.sync();
    this._pausedRead = true;
    // No read is outstanding any more: a later read() must call _read() again.
    this._readableState.reading = false;
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  const h = this._handle;
  if (this._pausedRead && h != null) {
    this._pausedRead = false;
    h.reading = true;
    h.sync();
  }
  return Duplex.prototype.resume.call(this);
};

// ---- writing ----

function toBuf(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding);
  return chunk;
}

Socket.prototype._writeGeneric = function(bufs, cb) {
  if (this.connecting || this._handle === null) {
    if (this._handle === null && !this.connecting) {
      cb(new ERR_SOCKET_CLOSED());
      return;
    }
    this._pendingWrite = [bufs, cb];
    return;
  }
  let total = 0;
  for (const b of bufs) total += b.length;
  this._bytesDispatched += total;
  this._handle.pending = [bufs, 0, 0, cb];
  this._flush();
};

Socket.prototype._write = function(chunk, encoding, cb) {
  this._writeGeneric([toBuf(chunk, encoding)], cb);
};

Socket.prototype._writev = function(chunks, cb) {
  const bufs = new Array(chunks.length);
  for (let i = 0; i < chunks.length; i++) bufs[i] = toBuf(chunks[i].chunk, chunks[i].encoding);
  this._writeGeneric(bufs, cb);
};

let iov = new Uint8Array(16 * 64);
let iovView = new DataView(iov.buffer);

// Writes as much of the pending buffers as the kernel takes; waits for EPOLLOUT otherwise.
Socket.prototype._flush = function() {
  const h = this._handle;
  const p = h.pending;
  let [bufs, i, off] = p;
  const cb = p[3];
  for (;;) {
    let n;
    if (i === bufs.length - 1 || bufs.length === 1) {
      const b = bufs[i];
      n = sys.call('write', h.fd, off === 0 ? b : b.subarray(off), b.length - off);
    } else {
      const count = Math.min(bufs.length - i, 1024);
      if (iov.length < count * 16) {
        iov = new Uint8Array(count * 16);
        iovView = new DataView(iov.buffer);
      }
      for (let k = 0; k < count; k++) {
        const b = bufs[i + k];
        const o = k === 0 ? off : 0;
        iovView.setBigUint64(k * 16, binding.addressOf(b) + BigInt(o), true);
        iovView.setBigUint64(k * 16 + 8, BigInt(b.length - o), true);
      }
      n = sys.call('writev', h.fd, iov, count);
    }
    if (n === EAGAIN || n === -C.EINTR) break;
    if (n < 0) {
      h.pending = null;
      if (this._handle !== null) h.sync();
      cb(sysError(n, 'write'));
      return;
    }
    // Advance past n bytes.
    while (n > 0 && i < bufs.length) {
      const left = bufs[i].length - off;
      if (n >= left) {
        n -= left;
        i++;
        off = 0;
      } else {
        off += n;
        n = 0;
      }
    }
    while (i < bufs.length && bufs[i].length === 0) i++;
    if (i >= bufs.length) {
      h.pending = null;
      h.sync();
      this._touch();
      cb();
      return;
    }
  }
  p[1] = i;
  p[2] = off;
  h.sync();
};

Socket.prototype._final = function(cb) {
  if (this.connecting || this._handle === null) {
    if (this.connecting) {
      this.once('connect', () => this._final(cb));
      return;
    }
    cb();
    return;
  }
  if (this._isSocket !== false) {
    const r = sys.call('shutdown', this._handle.fd, N.SHUT_WR);
    if (r < 0 && r !== -107) {
      cb(sysError(r, 'shutdown'));
      return;
    }
    cb();
  } else {
    cb();
    // A pipe has no half-close: closing the write end is how the peer sees EOF.
    if (this.readableEnded || !this.readable) this.destroy();
  }
};

// ---- destroy ----

Socket.prototype._destroy = function(err, cb) {
  this._wasConnecting = this.connecting;
  this.connecting = false;
  if (this._timer) this._clearTimer();
  const h = this._handle;
  if (h != null) {
    this._handle = null;
    h.watcher.close();
    if (this._pendingReset) {
      const lg = new Int32Array([1, 0]);
      sys.call('setsockopt', h.fd, N.SOL_SOCKET, N.SO_LINGER, lg, 8);
    }
    if (!this._isStdio) sys.close(h.fd);
    this[kFd] = -1;
    if (h.pending) {
      const pcb = h.pending[3];
      h.pending = null;
      pcb(err || new ERR_SOCKET_CLOSED());
    }
  }
  if (this._pendingWrite) {
    const pcb = this._pendingWrite[1];
    this._pendingWrite = null;
    const { codes } = require('node/internal/errors');
    pcb(err || (this.connecting || this._wasConnecting ? new codes.ERR_SOCKET_CLOSED_BEFORE_CONNECTION() : new ERR_SOCKET_CLOSED()));
  }
  cb(err);
  const hadError = Boolean(err);
  if (this._server && h != null) this._server._connectionClosed(this);
  loop.queueClose(() => this.emit('close', hadError));
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function() {
  if (this._handle !== null && this._isSocket !== false) {
    this._pendingReset = true;
    this.destroy();
  } else if (this.connecting) {
    this._pendingReset = true;
    this.destroy();
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

// ---- connect ----

Socket.prototype.connect = function(...args) {
  const net = require('net');
  const normalized = Array.isArray(args[0]) && args[0].length === 2 && typeof args[0][0] === 'object' ? args[0] : net._normalizeArgs(args);
  const [options, cb] = normalized;
  if (this.destroyed) {
    // Reconnecting a closed socket: fresh stream state, no handle.
    const Readable = require('node/internal/streams/readable');
    const Writable = require('node/internal/streams/writable');
    const flowing = this._readableState.flowing;
    this._readableState = new Readable.ReadableState(this._streamOpts, this, true);
    this._readableState.flowing = flowing;
    this._writableState = new Writable.WritableState(this._streamOpts, this, true);
    if (Object.prototype.hasOwnProperty.call(this, 'write')) delete this.write;
    this._handle = null;
    this._peer = null;
    this._sockname = null;
    this._pendingReset = false;
  }
  if (options.port === undefined && (options.path === undefined || options.path === null)) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (typeof cb === 'function') this.once('connect', cb);
  if (options.timeout) this.setTimeout(options.timeout);
  if (options.noDelay !== undefined) this._noDelay = Boolean(options.noDelay);
  if (options.keepAlive !== undefined) {
    this._keepAlive = Boolean(options.keepAlive);
    this._keepAliveDelay = ~~(options.keepAliveInitialDelay / 1000) || 0;
  }
  this.connecting = true;
  if (options.path !== undefined && options.path !== null && options.path !== false) {
    if (typeof options.path !== 'string') throw new ERR_INVALID_ARG_TYPE('options.path', 'string', options.path);
    const path = options.path;
    this._host = path;
    this._startConnect('unix', path, 0);
    return this;
  }
  const host = options.host === undefined || options.host === null ? 'localhost' : options.host;
  let { port } = options;
  if (options.autoSelectFamily !== undefined) {
    require('node/internal/validators').validateBoolean(options.autoSelectFamily, 'options.autoSelectFamily');
  }
  if (options.autoSelectFamilyAttemptTimeout !== undefined) {
    validateInt32(options.autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
  }
  const { localAddress, localPort } = options;
  let family = options.family ?? 0;
  if (family === 'IPv4') family = 4;
  else if (family === 'IPv6') family = 6;
  if (localAddress && !ip.isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort !== undefined) validateNumber(localPort, 'options.localPort');
  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    if (typeof port === 'string' && port.trim() === '') throw new ERR_SOCKET_BAD_PORT('Port', port);
    if (!(+port >= 0 && +port <= 65535 && +port === Math.floor(+port))) throw new ERR_SOCKET_BAD_PORT('Port', port);
    port = +port;
  }
  if (family !== 0 && family !== 4 && family !== 6) {
    throw new ERR_INVALID_ARG_VALUE('options.family', options.family, 'must be one of: 0, 4, 6');
  }
  if (typeof host !== 'string') throw new ERR_INVALID_ARG_TYPE('hostname', 'string', host);
  this._host = host;
  this._localAddress = localAddress;
  this._localPort = localPort;
  const literal = ip.isIP(host);
  if (literal) {
    process.nextTick(() => {
      if (this.connecting) this._startConnect(literal, host, port);
    });
    return this;
  }
  this._lookupAndConnect(host, port, family, options);
  return this;
};

Socket.prototype._lookupAndConnect = function(host, port, family, options) {
  const done = (err, list) => {
    if (!this.connecting) return;
    if (err) {
      this.emit('lookup', err, undefined, undefined, host);
      this.destroy(err);
      return;
    }
    const first = list[0];
    this.emit('lookup', null, first.address, first.family, host);
    this._candidates = list.slice(1);
    this._startConnect(first.family, first.address, port);
  };
  let lookup = options.lookup;
  const hints = { family, hints: options.hints || 0, all: true };
  if (lookup === undefined) {
    if (host === 'localhost' || host === '') {
      const local = family === 6 ? { address: '::1', family: 6 } : { address: '127.0.0.1', family: 4 };
      process.nextTick(done, null, [local]);
      return;
    }
    try {
      lookup = require('dns').lookup;
    } catch {
      lookup = undefined;
    }
    if (typeof lookup !== 'function') {
      process.nextTick(done, dnsLookupFallback ||= Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: host }));
      return;
    }
  } else {
    validateFunction(lookup, 'options.lookup');
  }
  try {
    loop.addRequest();
    let called = false;
    lookup(host, hints, (err, address, fam) => {
      if (called) return;
      called = true;
      loop.removeRequest();
      if (err) return done(err);
      let list = Array.isArray(address) ? address : [{ address, family: fam }];
      list = list.map((a) => ({ address: a.address, family: a.family === 'IPv6' ? 6 : a.family === 'IPv4' ? 4 : a.family }));
      if (list.length === 0) return done(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: host }));
      done(null, list);
    });
  } catch (err) {
    loop.removeRequest();
    process.nextTick(() => this.destroy(err));
  }
};

Socket.prototype._startConnect = function(family, address, port) {
  const domain = family === 'unix' ? N.AF_UNIX : family === 6 ? N.AF_INET6 : N.AF_INET;
  const sa = addr.encode(family, address, port);
  if (sa === null) {
    process.nextTick(() => this.destroy(new ERR_INVALID_IP_ADDRESS(address)));
    return;
  }
  const fd = sys.call('socket', domain, N.SOCK_STREAM | N.SOCK_NONBLOCK | N.SOCK_CLOEXEC, 0);
  if (fd < 0) {
    this.destroy(hostPortError(fd, 'connect', address, port));
    return;
  }
  this._isSocket = family === 'unix' ? 'unix' : true;
  this._attach(fd);
  this._connectAddr = [family, address, port];
  if (family !== 'unix' && (this._localAddress || this._localPort)) {
    const la = this._localAddress || (family === 6 ? '::' : '0.0.0.0');
    const lsa = addr.encode(family, la, this._localPort || 0);
    const r = lsa === null ? -22 : sys.call('bind', fd, lsa, lsa.length);
    if (r < 0) {
      const err = hostPortError(r, 'bind', la, this._localPort || 0);
      this.destroy(err);
      return;
    }
  }
  const h = this._handle;
  const r = sys.call('connect', fd, sa, sa.length);
  if (r === 0) {
    h.connecting = true;
    process.nextTick(() => this._afterConnect(0));
    return;
  }
  if (r !== EINPROGRESS && r !== EAGAIN) {
    h.connecting = true;
    process.nextTick(() => this._afterConnect(r));
    return;
  }
  h.connecting = true;
  h.sync();
};

const soErr = new Int32Array(1);
const soLen = new Uint32Array(1);
Socket.prototype._afterConnect = function(status) {
  const h = this._handle;
  if (h === null || !h.connecting) return;
  h.connecting = false;
  if (status === undefined) {
    soLen[0] = 4;
    sys.call('getsockopt', h.fd, N.SOL_SOCKET, N.SO_ERROR, soErr, soLen);
    status = -soErr[0];
  }
  const [family, address, port] = this._connectAddr;
  if (status < 0) {
    if (this._candidates && this._candidates.length > 0) {
      // Try the next address of the lookup.
      h.watcher.close();
      sys.close(h.fd);
      this._handle = null;
      const next = this._candidates.shift();
      this._startConnect(next.family, next.address, port);
      return;
    }
    const err = hostPortError(status, 'connect', address, family === 'unix' ? undefined : port);
    this.destroy(err);
    return;
  }
  this.connecting = false;
  h.sync();
  if (this._pendingReset) {
    this.destroy();
    return;
  }
  this._touch();
  this.emit('connect');
  this.emit('ready');
  if (this._handle === null) return;
  if (this._pendingWrite) {
    const [bufs, cb] = this._pendingWrite;
    this._pendingWrite = null;
    this._writeGeneric(bufs, cb);
  }
  if (this._handle !== null && (this._wantRead || !this.isPaused())) {
    this._wantRead = false;
    this._read();
  }
};

// ---- options ----

Socket.prototype.setNoDelay = function(enable) {
  const on = enable === undefined ? true : Boolean(enable);
  this._noDelay = on;
  if (this._handle !== null && this._isSocket === true) setBoolOpt(this._handle.fd, N.IPPROTO_TCP, N.TCP_NODELAY, on);
  return this;
};

Socket.prototype._applyKeepAlive = function(on, delaySec) {
  const fd = this._handle.fd;
  setBoolOpt(fd, N.SOL_SOCKET, N.SO_KEEPALIVE, on);
  if (on && this._isSocket === true) {
    const d = new Int32Array([delaySec > 0 ? delaySec : 1]);
    sys.call('setsockopt', fd, N.IPPROTO_TCP, N.TCP_KEEPIDLE, d, 4);
  }
};

Socket.prototype.setKeepAlive = function(enable, initialDelay) {
  const on = Boolean(enable);
  const delay = ~~((initialDelay || 0) / 1000);
  this._keepAlive = on;
  this._keepAliveDelay = delay;
  if (this._handle !== null && this._isSocket === true) this._applyKeepAlive(on, delay);
  return this;
};

// ---- timeout ----

Socket.prototype._touch = function() {
  if (this._timeoutMs > 0) {
    this._lastActive = loop.getNow();
    if (this._timer === null && !this.destroyed) this._armTimer(this._timeoutMs);
  }
};

Socket.prototype._clearTimer = function() {
  if (this._timer !== null) {
    require('timers').clearTimeout(this._timer);
    this._timer = null;
  }
};

Socket.prototype._armTimer = function(ms) {
  const timers = require('timers');
  this._timer = timers.setTimeout(() => {
    this._timer = null;
    if (!this._timeoutMs || this.destroyed) return;
    const idle = loop.getNow() - this._lastActive;
    if (idle < this._timeoutMs) {
      this._armTimer(this._timeoutMs - idle);
      return;
    }
    // Fires once per idle period; the next read or write arms it again.
    this.emit('timeout');
  }, ms);
  this._timer.unref();
};

Socket.prototype.setTimeout = function(msecs, callback) {
  if (this.destroyed) return this;
  validateNumber(msecs, 'msecs', 0);
  if (!Number.isFinite(msecs)) throw new (require('node/internal/errors').codes.ERR_OUT_OF_RANGE)('msecs', 'a non-negative finite number', msecs);
  this._timeoutMs = Math.floor(msecs);
  this._clearTimer();
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
    return this;
  }
  this._lastActive = loop.getNow();
  this._armTimer(this._timeoutMs);
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    this.once('timeout', callback);
  }
  return this;
};

Object.defineProperty(Socket.prototype, 'timeout', {
  get() { return this._timeoutMs; },
  set(v) { this._timeoutMs = v; },
  configurable: true,
});

// ---- ref/unref ----

Socket.prototype.ref = function() {
  this._unrefed = false;
  if (this._handle !== null) this._handle.ref();
  return this;
};
Socket.prototype.unref = function() {
  this._unrefed = true;
  if (this._handle !== null) this._handle.unref();
  return this;
};

// ---- addresses and counters ----

Socket.prototype._getpeername = function() {
  if (this._peer === null || this._peer === undefined) {
    if (this._handle === null || this.connecting || this._isSocket !== true) return {};
    this._peer = addr.sockName(this._handle.fd, true) || null;
    if (this._peer === null) return {};
  }
  return this._peer;
};

Socket.prototype._getsockname = function() {
  if (this._sockname === null || this._sockname === undefined) {
    if (this._handle === null || this._isSocket !== true) return {};
    const s = addr.sockName(this._handle.fd, false);
    if (s === null) return {};
    if (this.connecting) return s;
    this._sockname = s;
  }
  return this._sockname;
};

Socket.prototype.address = function() {
  const s = this._getsockname();
  return s.address === undefined ? {} : { address: s.address, family: s.family, port: s.port };
};

function define(name, get) {
  Object.defineProperty(Socket.prototype, name, { get, configurable: true, enumerable: false });
}
define('remoteAddress', function() { return this._getpeername().address; });
define('remoteFamily', function() { return this._getpeername().family; });
define('remotePort', function() { return this._getpeername().port; });
define('localAddress', function() { return this._getsockname().address; });
define('localPort', function() { return this._getsockname().port; });
define('localFamily', function() { return this._getsockname().family; });
define('pending', function() { return this._handle === null || this.connecting; });
define('readyState', function() {
  if (this.connecting) return 'opening';
  if (this.readable && this.writable) return 'open';
  if (this.readable && !this.writable) return 'readOnly';
  if (!this.readable && this.writable) return 'writeOnly';
  return 'closed';
});
define('bufferSize', function() { return this._handle !== null || this.connecting ? this.writableLength : undefined; });
define('_connecting', function() { return this.connecting; });
define('bytesRead', function() { return this._bytesRead; });
define('bytesWritten', function() {
  let n = this._bytesDispatched;
  const ws = this._writableState;
  if (this._pendingWrite) for (const b of this._pendingWrite[0]) n += b.length;
  if (ws && ws.buffered) {
    for (const e of ws.buffered) {
      if (e && e.chunk !== undefined) n += typeof e.chunk === 'string' ? Buffer.byteLength(e.chunk, e.encoding) : e.chunk.length;
    }
  }
  return n;
});

Socket.prototype._unrefTimer = function() {};
Socket.prototype.setEncoding = function(enc) { return Duplex.prototype.setEncoding.call(this, enc); };

module.exports = { Socket, FdHandle, kFd, ERR_MISSING_ARGS };
