'use strict';
// net.Server: a listening socket watched for EPOLLIN; each readable event accepts every
// waiting connection (accept4, non-blocking and close-on-exec) and wraps it in a Socket.

const EventEmitter = require('events'); // Server is an EventEmitter
const process = require('process');
const loop = require('aio/loop');
const sys = require('sys/core');
const addr = require('node/internal/net/addr');
const ip = require('node/internal/net_ip');
const { uvHostPortError } = require('node/internal/net/errs');
const { Socket } = require('node/internal/net/socket');
const {
  codes: {
    ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING, ERR_SOCKET_BAD_PORT, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_ARG_TYPE,
  },
  notImplemented,
} = require('node/internal/errors');
const { validateFunction, validateObject, validateAbortSignal } = require('node/internal/validators');

const C = sys.C;
const N = C.net;

function Server(opts, onConnection) {
  if (!(this instanceof Server)) return new Server(opts, onConnection);
  EventEmitter.call(this);
  let options = opts;
  if (typeof opts === 'function') {
    onConnection = opts;
    options = {};
  } else if (opts === undefined || opts === null) {
    options = {};
  } else {
    validateObject(opts, 'options');
  }
  if (typeof onConnection === 'function') this.on('connection', onConnection);
  this._connections = 0;
  this._handle = null;
  this._workers = [];
  this._unref = false;
  this._pipeName = undefined;
  this._addr = null;
  const o = options;
  this.allowHalfOpen = o.allowHalfOpen || false;
  this.pauseOnConnect = !!o.pauseOnConnect;
  this.noDelay = !!o.noDelay;
  this.keepAlive = !!o.keepAlive;
  this.keepAliveInitialDelay = Math.trunc((o.keepAliveInitialDelay || 0) / 1000);
  this.highWaterMark = options.highWaterMark;
  this.maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  get() { return this._handle !== null; }, configurable: true, enumerable: true,
});

function badPort(p) {
  return !(typeof p === 'number' || typeof p === 'string') ||
    (typeof p === 'string' && p.trim() === '') || !(+p >= 0 && +p <= 65535 && +p === Math.floor(+p));
}

Server.prototype.listen = function listen(...args) {
  let options;
  let cb;
  if (typeof args[args.length - 1] === 'function') cb = args.pop();
  const first = args[0];
  const invalid = () => new ERR_INVALID_ARG_VALUE('options', first, 'is invalid');
  let byOptions = false;
  if (first !== null && typeof first === 'object') {
    byOptions = true;
    options = { ...first };
    if (first._handle !== undefined || first.handle !== undefined) throw notImplemented('net.Server.listen(handle)');
    if (Number.isInteger(first.fd) && first.fd >= 0) throw notImplemented('net.Server.listen({ fd })');
    if (!('port' in first) && !('path' in first)) {
      throw new ERR_INVALID_ARG_VALUE('options', first, 'must have the property "port" or "path"');
    }
    if ('port' in first && first.port !== undefined && first.port !== null) {
      if (typeof first.port !== 'number' && typeof first.port !== 'string') throw invalid();
      delete options.path;
    } else if (first.path !== undefined && typeof first.path !== 'string') {
      throw invalid();
    }
  } else if (typeof first === 'string' && !(/^[0-9]+$/.test(first))) {
    options = { path: first, backlog: args[1] };
  } else if (first === undefined || first === null || typeof first === 'number' || typeof first === 'string') {
    options = { port: first, host: typeof args[1] === 'string' ? args[1] : undefined };
    const rest = args.slice(typeof args[1] === 'string' ? 2 : 1);
    if (typeof rest[0] === 'number') options.backlog = rest[0];
    if (first === undefined || first === null) options.port = 0;
  } else {
    throw invalid();
  }
  if (this._handle !== null) throw new ERR_SERVER_ALREADY_LISTEN();
  const { signal } = options;
  if (signal !== undefined) {
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) process.nextTick(() => this.close());
    else signal.addEventListener('abort', () => this.close(), { once: true });
  }
  if (cb) this.once('listening', cb);
  const backlog = options.backlog || 511;
  if (options.path !== undefined) {
    this._listenOn('unix', String(options.path), 0, backlog, options);
    return this;
  }
  let port = options.port === undefined || options.port === null ? 0 : options.port;
  if (badPort(port)) {
    throw new ERR_SOCKET_BAD_PORT(byOptions ? 'options.port' : 'port', port);
  }
  port = +port;
  const host = options.host;
  if (host === undefined || host === null || host === '') {
    this._listenOn(null, null, port, backlog, options);
    return this;
  }
  if (typeof host !== 'string') throw new ERR_INVALID_ARG_TYPE('options.host', 'string', host);
  const lit = ip.isIP(host);
  if (lit) {
    this._listenOn(lit, host, port, backlog, options);
    return this;
  }
  const finish = (err, address, family) => {
    loop.removeRequest();
    if (err) {
      this.emit('error', err);
      return;
    }
    this._listenOn(family === 6 ? 6 : 4, address, port, backlog, options);
  };
  loop.addRequest();
  if (host === 'localhost') {
    process.nextTick(finish, null, '127.0.0.1', 4);
    return this;
  }
  try {
    require('dns').lookup(host, finish);
  } catch (err) {
    process.nextTick(() => finish(err));
  }
  return this;
};

function openListener(family, address, port, backlog, ipv6Only) {
  const domain = family === 'unix' ? N.AF_UNIX : family === 6 ? N.AF_INET6 : N.AF_INET;
  const fd = sys.call('socket', domain, N.SOCK_STREAM | N.SOCK_NONBLOCK | N.SOCK_CLOEXEC, 0);
  if (fd < 0) return [fd, 'listen'];
  const one = new Int32Array([1]);
  if (family !== 'unix') sys.call('setsockopt', fd, N.SOL_SOCKET, N.SO_REUSEADDR, one, 4);
  if (family === 6) {
    const v = new Int32Array([ipv6Only ? 1 : 0]);
    sys.call('setsockopt', fd, N.IPPROTO_IPV6, N.IPV6_V6ONLY, v, 4);
  }
  const sa = addr.encode(family, address, port);
  let r = sa === null ? -22 : sys.call('bind', fd, sa, sa.length);
  if (r < 0) {
    sys.close(fd);
    return [r, family === 'unix' ? 'listen' : 'listen'];
  }
  r = sys.call('listen', fd, backlog);
  if (r < 0) {
    sys.close(fd);
    return [r, 'listen'];
  }
  return [fd];
}

Server.prototype._listenOn = function(family, address, port, backlog, options) {
  let res;
  if (family === null) {
    // Default: the IPv6 any-address, dual-stack; IPv4 when the machine has no IPv6.
    res = openListener(6, '::', port, backlog, options.ipv6Only);
    family = 6;
    address = '::';
    if (res[0] === -97 || res[0] === -99) {
      res = openListener(4, '0.0.0.0', port, backlog, false);
      family = 4;
      address = '0.0.0.0';
    }
  } else {
    res = openListener(family, address, port, backlog, options.ipv6Only);
  }
  if (res[0] < 0) {
    const err = uvHostPortError(res[0], res[1], address, family === 'unix' ? undefined : port);
    process.nextTick(() => this.emit('error', err));
    return;
  }
  const fd = res[0];
  if (family === 'unix') {
    this._pipeName = address;
    let mode = 0;
    if (options.readableAll) mode |= 0o444;
    if (options.writableAll) mode |= 0o222;
    if (mode !== 0) sys.call('fchmodat', C.AT_FDCWD, address, 0o600 | mode, 0);
  } else {
    this._connectionKey = `${family}:${address}:${port}`;
  }
  this._handle = { fd, watcher: new loop.Watcher(fd, () => this._accept()) };
  this._handle.watcher.resourceType = family === 'unix' ? 'PipeServerWrap' : 'TCPServerWrap';
  this._addr = null;
  if (this._unref) this._handle.watcher.ref(false);
  this._handle.watcher.update(C.EPOLLIN);
  process.nextTick(() => {
    if (this._handle !== null && this._handle.fd === fd) this.emit('listening');
  });
};

Server.prototype._accept = function() {
  const h = this._handle;
  for (let i = 0; i < 128 && this._handle === h; i++) {
    const fd = sys.call('accept4', h.fd, null, null, N.SOCK_NONBLOCK | N.SOCK_CLOEXEC);
    if (fd === -C.EAGAIN || fd === -C.EINTR || fd === -103) return;
    if (fd < 0) {
      this.emit('error', require('node/internal/net/errs').sysError(fd, 'accept'));
      return;
    }
    if (this.maxConnections !== undefined && this._connections >= this.maxConnections) {
      if (this.listenerCount('drop') > 0) {
        const local = this._pipeName ? {} : addr.sockName(fd, false) || {};
        const remote = this._pipeName ? {} : addr.sockName(fd, true) || {};
        sys.close(fd);
        this.emit('drop', {
          localAddress: local.address, localPort: local.port, localFamily: local.family,
          remoteAddress: remote.address, remotePort: remote.port, remoteFamily: remote.family,
        });
      } else {
        sys.close(fd);
      }
      continue;
    }
    const socket = new Socket({
      handle: fd, isSocket: this._pipeName === undefined ? true : 'unix',
      allowHalfOpen: this.allowHalfOpen, pauseOnCreate: this.pauseOnConnect,
      noDelay: this.noDelay, keepAlive: this.keepAlive,
      keepAliveInitialDelay: this.keepAliveInitialDelay * 1000,
      highWaterMark: this.highWaterMark, server: this,
    });
    socket.server = this;
    socket._server = this;
    this._connections++;
    if (this.pauseOnConnect) socket.pause();
    this.emit('connection', socket);
  }
};

Server.prototype._connectionClosed = function() {
  this._connections--;
  if (this._handle === null) this._emitCloseIfDrained();
};

Server.prototype._emitCloseIfDrained = function closeIfIdle() {
  if (this._handle !== null || this._connections > 0 || this._closeQueued) return;
  this._closeQueued = true;
  process.nextTick(() => {
    this._closeQueued = false;
    if (this._handle !== null || this._connections > 0) return;
    this.emit('close');
  });
};

Server.prototype.close = function close(cb) {
  if (typeof cb === 'function') {
    if (this._handle === null) {
      this.once('close', function onClose() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  const h = this._handle;
  if (h !== null) {
    this._handle = null;
    h.watcher.close();
    sys.close(h.fd);
    if (this._pipeName !== undefined) sys.call('unlinkat', C.AT_FDCWD, this._pipeName, 0);
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype.address = function address() {
  if (this._pipeName !== undefined && this._handle !== null) return this._pipeName;
  if (this._handle === null) return null;
  if (this._addr === null) {
    const a = addr.sockName(this._handle.fd, false);
    this._addr = a ? { address: a.address, family: a.family, port: a.port } : {};
  }
  return this._addr;
};

Server.prototype.getConnections = function getConnections(cb) {
  validateFunction(cb, 'cb');
  const n = this._connections;
  process.nextTick(() => cb(null, n));
  return this;
};

Server.prototype.ref = function ref() {
  this._unref = false;
  if (this._handle !== null) this._handle.watcher.ref(true);
  return this;
};

Server.prototype.unref = function unref() {
  this._unref = true;
  if (this._handle !== null) this._handle.watcher.ref(false);
  return this;
};

Server.prototype[Symbol.asyncDispose] = function() {
  if (this._handle === null) return Promise.resolve();
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype._listen2 = function() { throw notImplemented('net.Server._listen2'); };

Object.defineProperty(Server.prototype, 'connections', {
  get() { return this._connections; }, configurable: true,
});

module.exports = { Server };
