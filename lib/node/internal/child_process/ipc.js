'use strict';
// The IPC channel between a parent and a forked child: a Unix stream socket carrying one JSON
// text per line (Node's 'json' serialization). The same code serves both ends: the parent's
// ChildProcess and, in a child started with NODE_CHANNEL_FD, the process object.

const sys = require('sys/core');
const loop = require('aio/loop');
const C = sys.C;
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_INVALID_HANDLE_TYPE },
  notImplemented,
} = require('node/internal/errors');

function setNonBlocking(fd) {
  const flags = sys.call('fcntl', fd, C.F_GETFL, 0);
  if (flags >= 0 && !(flags & C.open.O_NONBLOCK)) sys.call('fcntl', fd, C.F_SETFL, flags | C.open.O_NONBLOCK);
}

const nextTick = (fn, ...args) => require('node/internal/process').process.nextTick(fn, ...args);

class Channel {
  constructor(fd, target) {
    this.fd = fd;
    this._target = target;
    this._pending = []; // [bytes, offset, callback]
    this._inbox = '';
    this._decoder = new (require('string_decoder').StringDecoder)('utf8');
    this._listeners = 0;
    this._hardUnref = false;
    this._closing = false;
    setNonBlocking(fd);
    this._watcher = new loop.Watcher(fd, (events) => this._onEvents(events));
    this._watcher.resourceType = 'PipeWrap';
    this._watcher.ref(false);
    this._update();
  }

  get pendingHandle() { return null; }

  _update() {
    if (this.fd < 0) return;
    this._watcher.update(C.EPOLLIN | (this._pending.length > 0 ? C.EPOLLOUT : 0));
    this._watcher.ref(!this._hardUnref && (this._listeners > 0 || this._pending.length > 0));
  }

  // The channel keeps the loop alive while someone listens for messages (as in Node).
  refCounted(delta) {
    this._listeners += delta;
    this._update();
  }

  refHard(on) {
    this._hardUnref = !on;
    this._update();
  }

  ref() { this.refHard(true); }
  unref() { this.refHard(false); }

  _onEvents(events) {
    if (this._pending.length > 0 && (events & (C.EPOLLOUT | C.EPOLLERR | C.EPOLLHUP))) this._flush();
    if (events & (C.EPOLLIN | C.EPOLLHUP | C.EPOLLERR)) this._readAll();
  }

  _readAll() {
    const { Buffer } = require('buffer');
    const buf = Buffer.allocUnsafe(65536);
    while (this.fd >= 0) {
      const n = sys.read(this.fd, buf);
      if (n === -C.EAGAIN) break;
      if (n <= 0) {
        this._peerGone();
        return;
      }
      this._inbox += this._decoder.write(buf.subarray(0, n));
      let nl;
      while ((nl = this._inbox.indexOf('\n')) !== -1 && this.fd >= 0) {
        const line = this._inbox.slice(0, nl);
        this._inbox = this._inbox.slice(nl + 1);
        if (line.length === 0) continue;
        let message;
        try {
          message = JSON.parse(line);
        } catch (err) {
          this._target.emit('error', err);
          continue;
        }
        this._deliver(message);
      }
    }
  }

  _deliver(message) {
    const t = this._target;
    if (message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
        message.cmd.startsWith('NODE_')) {
      t.emit('internalMessage', message);
      return;
    }
    loop.invoke(() => t.emit('message', message, undefined));
  }

  write(bytes, callback) {
    this._pending.push([bytes, 0, callback]);
    if (this._pending.length === 1) this._flush();
    this._update();
  }

  _flush() {
    while (this._pending.length > 0 && this.fd >= 0) {
      const p = this._pending[0];
      const n = sys.write(this.fd, p[0], p[1]);
      if (n === -C.EAGAIN) break;
      if (n < 0) {
        const err = require('node/internal/net/errs').sysError(n, 'write');
        const cbs = this._pending.map((q) => q[2]);
        this._pending = [];
        for (const cb of cbs) if (cb) nextTick(cb, err);
        break;
      }
      p[1] += n;
      if (p[1] >= p[0].length) {
        this._pending.shift();
        if (p[2]) nextTick(p[2], null);
      }
    }
    if (this._closing && this._pending.length === 0) this.close();
    else this._update();
  }

  _peerGone() {
    this.close();
    disconnected(this._target);
  }

  close() {
    if (this.fd < 0) return;
    this._watcher.close();
    sys.close(this.fd);
    this.fd = -1;
  }
}

function disconnected(target) {
  if (!target.connected) return;
  target.connected = false;
  target.channel = null;
  target._channel = null;
  nextTick(() => target.emit('disconnect'));
}

function setupChannel(target, fd, serialization) {
  if (serialization === 'advanced') throw notImplemented("IPC serialization 'advanced'");
  const channel = new Channel(fd, target);
  target.channel = channel;
  target._channel = channel;
  target.connected = true;

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    if (handle !== undefined && handle !== null) {
      if (handle === null || typeof handle !== 'object') throw new ERR_INVALID_HANDLE_TYPE();
      throw notImplemented('subprocess.send with a handle');
    }
    if (!this.connected || this._channel == null || this._channel.fd < 0) {
      const err = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') nextTick(callback, err);
      else nextTick(() => this.emit('error', err));
      return false;
    }
    const text = `${JSON.stringify(message)}\n`;
    this._channel.write(binding.utf8Encode(text), typeof callback === 'function' ? callback : null);
    return true;
  };

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    const ch = this._channel;
    if (ch) {
      if (ch._pending.length > 0) ch._closing = true;
      else ch.close();
    }
    disconnected(this);
  };

  target.on('newListener', (name) => {
    if ((name === 'message' || name === 'disconnect') && target._channel) target._channel.refCounted(1);
  });
  target.on('removeListener', (name) => {
    if ((name === 'message' || name === 'disconnect') && target._channel) target._channel.refCounted(-1);
  });
  const existing = target.listenerCount('message') + target.listenerCount('disconnect');
  if (existing > 0) channel.refCounted(existing);
  return channel;
}

// In a forked child: NODE_CHANNEL_FD names the socket; the variable is removed from env.
function setupChild(process) {
  const fd = Number(process.env.NODE_CHANNEL_FD);
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!Number.isInteger(fd) || fd < 0) return;
  if (sys.call('fcntl', fd, C.F_SETFD, C.FD_CLOEXEC) < 0) return;
  setupChannel(process, fd, mode);
}

module.exports = { setupChannel, setupChild };
