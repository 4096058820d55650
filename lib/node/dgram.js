'use strict';
// node:dgram — UDP sockets over IPv4 and IPv6: a nonblocking SOCK_DGRAM fd per socket, read
// from the loop through a Watcher, written with sendto; names resolved with dns.lookup.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const sys = require('sys/core');
const loop = require('aio/loop');
const sa = require('node/internal/dgram/sockaddr');
const errors = require('node/internal/errors');
const {
  ERR_SOCKET_BAD_TYPE, ERR_SOCKET_BAD_PORT, ERR_SOCKET_ALREADY_BOUND, ERR_SOCKET_DGRAM_NOT_RUNNING,
  ERR_SOCKET_DGRAM_IS_CONNECTED, ERR_SOCKET_DGRAM_NOT_CONNECTED, ERR_SOCKET_BAD_BUFFER_SIZE,
  ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS,
} = errors.codes;
const { validateFunction, validateNumber, validateString, validateUint32, validateAbortSignal } =
  require('node/internal/validators');

const SOCK_DGRAM = 2;
const SOCK_NONBLOCK = 0o4000;
const SOCK_CLOEXEC = 0o2000000;
const SOL_SOCKET = 1;
const SO_REUSEADDR = 2;
const SO_BROADCAST = 6;
const SO_SNDBUF = 7;
const SO_RCVBUF = 8;
const IPPROTO_IP = 0;
const IPPROTO_IPV6 = 41;
const IPV6_V6ONLY = 26;
const MSG_TRUNC = 0x20;
const EAGAIN = -11;
const EINTR = -4;
// [udp4 option, udp6 option]
const OPT = {
  ttl: [2, 16], mcastTtl: [33, 18], mcastLoop: [34, 19], mcastIf: [32, 17],
  join: [35, 20], leave: [36, 21], joinSource: [39, 46], leaveSource: [40, 47],
};

const UNBOUND = 0;
const BINDING = 1;
const BOUND = 2;

const kState = Symbol('state symbol');
let recvBuf;
let addrBuf;
const recvLen = new Uint32Array(1);

let dnsModule;
let processModule;
let originalLookup;
function dns() {
  if (dnsModule === undefined) {
    dnsModule = require('dns');
    originalLookup = require('node/internal/dns/resolver').lookup;
  }
  return dnsModule;
}
function nextTick(fn, ...args) { (processModule || (processModule = require('process'))).nextTick(fn, ...args); }

// Port as Node validates it: a number or a numeric string in range; returns the number.
function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

function toBuffer(msg, name) {
  if (typeof msg === 'string') return Buffer.from(msg);
  if (ArrayBuffer.isView(msg)) return Buffer.from(msg.buffer, msg.byteOffset, msg.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], msg);
}

class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    let options;
    if (type !== null && typeof type === 'object') {
      options = type;
      type = options.type;
    }
    if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
    let lookup;
    if (options !== undefined) {
      if (options.lookup !== undefined) validateFunction(options.lookup, 'lookup');
      lookup = options.lookup;
      if (options.recvBufferSize !== undefined) validateUint32(options.recvBufferSize, 'options.recvBufferSize');
      if (options.sendBufferSize !== undefined) validateUint32(options.sendBufferSize, 'options.sendBufferSize');
    }
    this.type = type;
    if (typeof listener === 'function') this.on('message', listener);
    const family = type === 'udp4' ? 4 : 6;
    Object.defineProperty(this, kState, {
      value: {
        family, fd: -1, closed: false, watcher: null, refed: true, bindState: UNBOUND, connectState: 0,
        queue: undefined, pending: [],
        lookup: lookup ? (host, cb) => lookup(host, family, cb) : (host, cb) => {
          // IP literals need no resolver: answer on the next tick, as dns.lookup would
          // (unless a program has replaced dns.lookup, which must then see the call).
          const d = dns();
          if (d.lookup === originalLookup && sa.isIP(host) === family) nextTick(cb, null, host, family);
          else d.lookup(host, family, cb);
        },
        reuseAddr: options && options.reuseAddr, ipv6Only: options && options.ipv6Only,
        recvBufferSize: options && options.recvBufferSize, sendBufferSize: options && options.sendBufferSize,
      },
      writable: true, configurable: true,
    });
    if (options && options.signal !== undefined) {
      validateAbortSignal(options.signal, 'options.signal');
      const onAbort = () => { if (!this[kState].closed) this.close(); };
      if (options.signal.aborted) nextTick(onAbort);
      else {
        options.signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => options.signal.removeEventListener('abort', onAbort));
      }
    }
  }

  bind(port, address, callback) {
    const st = this[kState];
    healthCheck(this);
    if (st.bindState !== UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
    if (typeof port === 'function') {
      callback = port;
      port = 0;
      address = undefined;
    } else if (port !== null && typeof port === 'object') {
      callback = address;
      const opts = port;
      if (opts.fd !== undefined) throw errors.notImplemented('dgram.Socket.bind (options.fd)');
      port = opts.port;
      address = opts.address;
    }
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    }
    if (typeof callback === 'function') {
      this.once('listening', callback);
      this.once('error', () => this.removeListener('listening', callback));
    }
    port = port === undefined || port === null ? 0 : validatePort(port, 'Port');
    if (!address) address = st.family === 4 ? '0.0.0.0' : '::';
    st.bindState = BINDING;
    st.lookup(address, (err, ip) => {
      if (st.closed) return;
      if (err) {
        st.bindState = UNBOUND;
        this.emit('error', err);
        return;
      }
      const r = openAndBind(st, ip, port);
      if (r < 0) {
        st.bindState = UNBOUND;
        this.emit('error', sa.hostPortError(r, 'bind', ip, port));
        return;
      }
      st.bindState = BOUND;
      startReceiving(this);
      this.emit('listening');
    });
    return this;
  }

  connect(port, address, callback) {
    port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = '';
    } else if (address === undefined) {
      address = '';
    }
    validateString(address, 'address');
    const st = this[kState];
    if (st.connectState !== 0) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    st.connectState = 1;
    if (typeof callback === 'function') this.once('connect', callback);
    const go = () => {
      st.lookup(address || (st.family === 4 ? '127.0.0.1' : '::1'), (err, ip) => {
        if (st.closed) return;
        if (!err) {
          const buf = new Uint8Array(sa.SOCKADDR_SIZE);
          const len = sa.encode(buf, st.family, ip, port);
          const r = len < 0 ? -22 : sys.call('connect', st.fd, buf, len);
          if (r < 0) err = sa.hostPortError(r, 'connect', ip, port);
        }
        if (err) {
          st.connectState = 0;
          this.emit('error', err);
          return;
        }
        st.connectState = 2;
        this.emit('connect');
      });
    };
    if (st.bindState === UNBOUND) implicitBind(this);
    if (st.bindState === BINDING) enqueue(this, go);
    else go();
    return this;
  }

  disconnect() {
    const st = this[kState];
    healthCheck(this);
    if (st.connectState !== 2) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const buf = new Uint8Array(16); // AF_UNSPEC
    const r = sys.call('connect', st.fd, buf, 16);
    if (r < 0) throw sa.errnoError(r, 'connect');
    st.connectState = 0;
  }

  send(buffer, offset, length, port, address, callback) {
    let list;
    const st = this[kState];
    const connected = st.connectState === 2;
    if (connected) {
      if (typeof length === 'number') {
        buffer = sliceBuffer(buffer, offset, length);
        if (typeof port === 'function') {
          callback = port;
          port = undefined;
        }
      } else {
        callback = offset;
      }
    } else if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
    if (Array.isArray(buffer)) {
      list = buffer.map((b) => {
        if (typeof b !== 'string' && !ArrayBuffer.isView(b)) {
          throw new ERR_INVALID_ARG_TYPE('buffer list arguments', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
        }
        return toBuffer(b);
      });
    } else {
      list = [toBuffer(buffer, 'buffer')];
    }
    healthCheck(this);
    if (!connected) {
      if (typeof address === 'function') {
        callback = address;
        address = undefined;
      } else if (address != null && typeof address !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('address', 'string', address);
      }
      port = validatePort(port, 'Port', false);
    } else if (port || address) {
      throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    }
    if (typeof callback !== 'function') callback = undefined;
    const data = list.length === 1 ? list[0] : Buffer.concat(list);
    if (st.bindState === UNBOUND) implicitBind(this);
    const go = () => {
      if (st.closed) return;
      if (connected) {
        doSend(this, data, null, 0, callback);
        return;
      }
      st.lookup(address || (st.family === 4 ? '127.0.0.1' : '::1'), (err, ip) => {
        if (err) {
          if (callback) callback(err);
          else this.emit('error', err);
          return;
        }
        if (st.closed) return;
        doSend(this, data, ip, port, callback);
      });
    };
    if (st.bindState === BINDING) enqueue(this, go);
    else go();
  }

  close(callback) {
    const st = this[kState];
    if (typeof callback === 'function') this.on('close', callback);
    if (st.queue !== undefined) {
      st.queue.push(() => this.close());
      return this;
    }
    healthCheck(this);
    st.closed = true;
    if (st.watcher) {
      st.watcher.close();
      st.watcher = null;
    }
    if (st.fd >= 0) sys.close(st.fd);
    st.fd = -1;
    for (const p of st.pending) if (p.callback) nextTick(p.callback, sa.errnoError(-125, 'send'));
    st.pending = [];
    nextTick(() => this.emit('close'));
    return this;
  }

  [Symbol.asyncDispose]() {
    if (this[kState].closed) return Promise.resolve();
    return new Promise((resolve) => this.close(resolve));
  }

  address() {
    const st = this[kState];
    healthCheck(this);
    const r = st.fd < 0 ? -9 : sa.getsockname(st.fd);
    if (typeof r === 'number') throw sa.errnoError(r, 'getsockname');
    return r;
  }

  remoteAddress() {
    const st = this[kState];
    healthCheck(this);
    if (st.connectState !== 2) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const r = sa.getpeername(st.fd);
    if (typeof r === 'number') throw sa.errnoError(r, 'getpeername');
    return r;
  }

  setBroadcast(arg) { setOpt(this, SOL_SOCKET, SO_BROADCAST, arg ? 1 : 0, 'setBroadcast'); }

  setTTL(ttl) {
    validateNumber(ttl, 'ttl');
    const st = this[kState];
    if (st.fd >= 0 && (ttl < 1 || ttl > 255)) throw sa.errnoError(-22, 'setTTL');
    setOpt(this, st.family === 4 ? IPPROTO_IP : IPPROTO_IPV6, OPT.ttl[st.family === 4 ? 0 : 1], ttl, 'setTTL');
    return ttl;
  }

  setMulticastTTL(ttl) {
    validateNumber(ttl, 'ttl');
    const st = this[kState];
    if (st.fd >= 0 && (ttl < 0 || ttl > 255)) throw sa.errnoError(-22, 'setMulticastTTL');
    setOpt(this, st.family === 4 ? IPPROTO_IP : IPPROTO_IPV6, OPT.mcastTtl[st.family === 4 ? 0 : 1], ttl, 'setMulticastTTL');
    return ttl;
  }

  setMulticastLoopback(arg) {
    const st = this[kState];
    setOpt(this, st.family === 4 ? IPPROTO_IP : IPPROTO_IPV6, OPT.mcastLoop[st.family === 4 ? 0 : 1], arg ? 1 : 0, 'setMulticastLoopback');
    return arg;
  }

  setMulticastInterface(interfaceAddress) {
    healthCheck(this);
    validateString(interfaceAddress, 'interfaceAddress');
    const st = this[kState];
    if (st.fd < 0) throw sa.errnoError(-9, 'setMulticastInterface');
    let r;
    if (st.family === 4) {
      const b = sa.parse4(interfaceAddress);
      r = b === null ? -22 : sys.call('setsockopt', st.fd, IPPROTO_IP, OPT.mcastIf[0], b, 4);
    } else {
      const pct = interfaceAddress.indexOf('%');
      const idx = pct === -1 ? 0 : sa.zoneIndex(interfaceAddress.slice(pct + 1));
      const ok = sa.parse6(interfaceAddress) !== null;
      r = ok ? sa.setsockoptInt(st.fd, IPPROTO_IPV6, OPT.mcastIf[1], idx) : -22;
    }
    if (r < 0) throw sa.errnoError(r, 'setMulticastInterface');
  }

  addMembership(multicastAddress, interfaceAddress) { membership(this, multicastAddress, interfaceAddress, 'join', 'addMembership'); }
  dropMembership(multicastAddress, interfaceAddress) { membership(this, multicastAddress, interfaceAddress, 'leave', 'dropMembership'); }

  addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    sourceMembership(this, sourceAddress, groupAddress, interfaceAddress, 'joinSource', 'addSourceSpecificMembership');
  }

  dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    sourceMembership(this, sourceAddress, groupAddress, interfaceAddress, 'leaveSource', 'dropSourceSpecificMembership');
  }

  setRecvBufferSize(size) { bufferSize(this, size, SO_RCVBUF, 'uv_recv_buffer_size'); }
  setSendBufferSize(size) { bufferSize(this, size, SO_SNDBUF, 'uv_send_buffer_size'); }
  getRecvBufferSize() { return bufferSize(this, 0, SO_RCVBUF, 'uv_recv_buffer_size'); }
  getSendBufferSize() { return bufferSize(this, 0, SO_SNDBUF, 'uv_send_buffer_size'); }

  getSendQueueSize() {
    let n = 0;
    for (const p of this[kState].pending) n += p.data.length;
    return n;
  }

  getSendQueueCount() { return this[kState].pending.length; }

  ref() {
    const st = this[kState];
    st.refed = true;
    if (st.watcher) st.watcher.ref(true);
    return this;
  }

  unref() {
    const st = this[kState];
    st.refed = false;
    if (st.watcher) st.watcher.ref(false);
    return this;
  }
}

Socket.prototype.sendto = function sendto(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

// DEP0112: the old private fields, kept as deprecated accessors.
function deprecate(name, get, set) {
  const warn = () => require('process').emitWarning(`Socket.prototype.${name} is deprecated`, 'DeprecationWarning', 'DEP0112');
  let warned = false;
  const once = () => { if (!warned) { warned = true; warn(); } };
  Object.defineProperty(Socket.prototype, name, {
    get() { once(); return get(this[kState]); },
    set(v) { once(); set(this[kState], v); },
    configurable: true,
  });
}
deprecate('_handle', (st) => (st.closed ? null : {}), () => {});
deprecate('_receiving', (st) => st.watcher !== null, () => {});
deprecate('_bindState', (st) => st.bindState, (st, v) => { st.bindState = v; });
deprecate('_queue', (st) => st.queue, (st, v) => { st.queue = v; });
deprecate('_reuseAddr', (st) => st.reuseAddr, (st, v) => { st.reuseAddr = v; });
for (const [name, fn] of [['_healthCheck', healthCheck], ['_stopReceiving', (s) => { const st = s[kState]; if (st.watcher) { st.watcher.close(); st.watcher = null; } }]]) {
  let warned = false;
  Object.defineProperty(Socket.prototype, name, {
    value() {
      if (!warned) {
        warned = true;
        require('process').emitWarning(`Socket.prototype.${name}() is deprecated`, 'DeprecationWarning', 'DEP0112');
      }
      return fn(this);
    },
    writable: true, configurable: true,
  });
}

function healthCheck(socket) {
  if (socket[kState].closed) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  else if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new errors.codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new errors.codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function enqueue(socket, fn) {
  const st = socket[kState];
  if (st.queue === undefined) {
    st.queue = [];
    const onListening = () => {
      socket.removeListener('error', onError);
      const q = st.queue;
      st.queue = undefined;
      for (const f of q) f();
    };
    const onError = () => {
      socket.removeListener('listening', onListening);
      st.queue = undefined;
    };
    socket.once('listening', onListening);
    socket.once('error', onError);
  }
  st.queue.push(fn);
}

function implicitBind(socket) {
  socket.bind({ port: 0, exclusive: true }, null);
}

// Membership calls on an unbound socket bind it to the any address first, as libuv does.
function deferredBind(st) {
  openAndBind(st, st.family === 4 ? '0.0.0.0' : '::', 0);
}

function openAndBind(st, ip, port) {
  const af = st.family === 4 ? sa.AF_INET : sa.AF_INET6;
  const fd = st.fd >= 0 ? st.fd : sys.call('socket', af, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return fd;
  const buf = new Uint8Array(sa.SOCKADDR_SIZE);
  let r = sa.encode(buf, st.family, ip, port);
  if (r < 0) r = -22;
  else {
    const len = r;
    r = 0;
    if (st.reuseAddr) r = sa.setsockoptInt(fd, SOL_SOCKET, SO_REUSEADDR, 1);
    if (r === 0 && st.family === 6 && st.ipv6Only) r = sa.setsockoptInt(fd, IPPROTO_IPV6, IPV6_V6ONLY, 1);
    if (r === 0) r = sys.call('bind', fd, buf, len);
  }
  if (r < 0) {
    if (fd !== st.fd) sys.close(fd);
    return r;
  }
  st.fd = fd;
  if (st.recvBufferSize) sa.setsockoptInt(fd, SOL_SOCKET, SO_RCVBUF, st.recvBufferSize);
  if (st.sendBufferSize) sa.setsockoptInt(fd, SOL_SOCKET, SO_SNDBUF, st.sendBufferSize);
  return 0;
}

function startReceiving(socket) {
  const st = socket[kState];
  const w = new loop.Watcher(st.fd, () => onEvents(socket));
  w.resourceType = 'UDPWrap';
  if (!st.refed) w.ref(false);
  st.watcher = w;
  updateEvents(st);
}

function updateEvents(st) {
  if (st.watcher === null) return;
  st.watcher.update(sys.C.EPOLLIN | (st.pending.length > 0 ? sys.C.EPOLLOUT : 0));
}

function onEvents(socket) {
  const st = socket[kState];
  if (st.pending.length > 0) flushPending(socket);
  if (recvBuf === undefined) {
    recvBuf = new Uint8Array(65536);
    addrBuf = new Uint8Array(sa.SOCKADDR_SIZE);
  }
  const lenBuf = recvLen;
  for (let i = 0; i < 32 && !st.closed; i++) {
    lenBuf[0] = sa.SOCKADDR_SIZE;
    const n = sys.call('recvfrom', st.fd, recvBuf, recvBuf.length, MSG_TRUNC, addrBuf, lenBuf);
    if (n === EAGAIN || n === EINTR) break;
    if (n < 0) {
      socket.emit('error', sa.errnoError(n, 'recvmsg'));
      continue;
    }
    const size = Math.min(n, recvBuf.length);
    const msg = Buffer.allocUnsafe(size);
    msg.set(recvBuf.subarray(0, size));
    const from = sa.decode(addrBuf) || { address: '', family: '', port: 0 };
    from.size = size;
    socket.emit('message', msg, from);
  }
}

function trySend(st, p) {
  let r;
  do {
    r = p.addrLen === 0 ? sys.call('sendto', st.fd, p.data, p.data.length, 0, null, 0)
      : sys.call('sendto', st.fd, p.data, p.data.length, 0, p.addr, p.addrLen);
  } while (r === EINTR);
  return r;
}

function finishSend(socket, p, r) {
  if (r < 0) {
    const err = sa.hostPortError(r, 'send', p.ip || '', p.port);
    if (p.callback) nextTick(p.callback, err);
    else nextTick(() => socket.emit('error', err));
  } else if (p.callback) {
    nextTick(p.callback, null, r);
  }
}

function doSend(socket, data, ip, port, callback) {
  const st = socket[kState];
  const p = { data, ip, port, callback, addr: null, addrLen: 0 };
  if (ip !== null) {
    // Sending to the same peer again reuses its encoded address.
    const cached = st.lastDest;
    if (cached !== undefined && cached.ip === ip && cached.port === port) {
      p.addr = cached.addr;
      p.addrLen = cached.len;
    } else {
      p.addr = new Uint8Array(sa.SOCKADDR_SIZE);
      p.addrLen = sa.encode(p.addr, st.family, ip, port);
      if (p.addrLen < 0) {
        finishSend(socket, p, -22);
        return;
      }
      st.lastDest = { ip, port, addr: p.addr, len: p.addrLen };
    }
  }
  if (st.pending.length === 0) {
    const r = trySend(st, p);
    if (r !== EAGAIN) {
      finishSend(socket, p, r);
      return;
    }
  }
  st.pending.push(p);
  updateEvents(st);
}

function flushPending(socket) {
  const st = socket[kState];
  while (st.pending.length > 0) {
    const r = trySend(st, st.pending[0]);
    if (r === EAGAIN) break;
    finishSend(socket, st.pending.shift(), r);
  }
  updateEvents(st);
}

function setOpt(socket, level, name, value, syscall) {
  const st = socket[kState];
  healthCheck(socket);
  const r = st.fd < 0 ? -9 : sa.setsockoptInt(st.fd, level, name, value);
  if (r < 0) throw sa.errnoError(r, syscall);
}

function membership(socket, group, iface, which, syscall) {
  healthCheck(socket);
  if (!group) throw new ERR_MISSING_ARGS('multicastAddress');
  validateString(group, 'multicastAddress');
  const st = socket[kState];
  let r;
  if (st.family === 4) {
    const g = sa.parse4(group);
    if (g !== null && st.fd < 0) deferredBind(st);
    const i = iface === undefined ? new Uint8Array(4) : sa.parse4(String(iface));
    if (g === null || i === null) r = -22;
    else {
      const mreq = new Uint8Array(8);
      mreq.set(g, 0);
      mreq.set(i, 4);
      r = sys.call('setsockopt', st.fd, IPPROTO_IP, OPT[which][0], mreq, 8);
    }
  } else {
    const g = sa.parse6(group);
    if (g !== null && st.fd < 0) deferredBind(st);
    if (g === null) r = -22;
    else {
      const mreq = new Uint8Array(20);
      mreq.set(g.bytes, 0);
      let idx = 0;
      if (iface !== undefined) {
        const pct = String(iface).indexOf('%');
        idx = pct === -1 ? 0 : sa.zoneIndex(String(iface).slice(pct + 1));
      }
      new DataView(mreq.buffer).setUint32(16, idx, true);
      r = sys.call('setsockopt', st.fd, IPPROTO_IPV6, OPT[which][1], mreq, 20);
    }
  }
  if (r < 0) throw sa.errnoError(r, syscall);
}

function sourceMembership(socket, source, group, iface, which, syscall) {
  healthCheck(socket);
  validateString(source, 'sourceAddress');
  validateString(group, 'groupAddress');
  const st = socket[kState];
  if (st.fd < 0 && sa.isIP(group) !== 0 && sa.isIP(source) !== 0) deferredBind(st);
  let r;
  if (st.family === 4) {
    const g = sa.parse4(group);
    const s = sa.parse4(source);
    const i = iface === undefined ? new Uint8Array(4) : sa.parse4(String(iface));
    if (g === null || s === null || i === null) r = -22;
    else {
      const mreq = new Uint8Array(12); // ip_mreq_source: group, interface, source
      mreq.set(g, 0);
      mreq.set(i, 4);
      mreq.set(s, 8);
      r = sys.call('setsockopt', st.fd, IPPROTO_IP, OPT[which][0], mreq, 12);
    }
  } else {
    // struct group_source_req: u32 interface, then two sockaddr_storage at 8 and 136.
    const req = new Uint8Array(264);
    let idx = 0;
    if (iface !== undefined) {
      const pct = String(iface).indexOf('%');
      idx = pct === -1 ? 0 : sa.zoneIndex(String(iface).slice(pct + 1));
    }
    new DataView(req.buffer).setUint32(0, idx, true);
    const gb = new Uint8Array(sa.SOCKADDR_SIZE);
    const sb = new Uint8Array(sa.SOCKADDR_SIZE);
    if (sa.encode(gb, 6, group, 0) < 0 || sa.encode(sb, 6, source, 0) < 0) r = -22;
    else {
      req.set(gb, 8);
      req.set(sb, 136);
      r = sys.call('setsockopt', st.fd, IPPROTO_IPV6, OPT[which][1], req, 264);
    }
  }
  if (r < 0) throw sa.errnoError(r, syscall);
}

function bufferSize(socket, size, opt, syscall) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const st = socket[kState];
  let r = st.fd < 0 ? -9 : 0;
  if (r === 0 && size > 0) r = sa.setsockoptInt(st.fd, SOL_SOCKET, opt, size);
  if (r === 0) r = sa.getsockoptInt(st.fd, SOL_SOCKET, opt);
  if (r < 0) {
    const entry = require('sys/errno').errnoNames().get(r) || ['UNKNOWN', 'unknown error'];
    throw require('node/internal/system_error').systemError(
      { errno: r, code: entry[0], message: entry[1], syscall },
      'ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size');
  }
  return r;
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function _createSocketHandle() {
  throw errors.notImplemented('dgram._createSocketHandle');
}


module.exports = { _createSocketHandle, createSocket, Socket };
