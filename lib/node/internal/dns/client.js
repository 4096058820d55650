'use strict';
// Sends one DNS question to a list of servers and waits for the answer: UDP first, TCP when
// the answer comes back truncated; a timeout per attempt, `tries` rounds over the servers.
// Raw nonblocking sockets through lib/sys, watched by the loop.

const sys = require('sys/core');
const loop = require('aio/loop');
const sa = require('node/internal/dgram/sockaddr');
const wire = require('node/internal/dns/wire');

const SOCK_DGRAM = 2;
const SOCK_STREAM = 1;
const SOCK_NONBLOCK = 0o4000;
const SOCK_CLOEXEC = 0o2000000;
const EAGAIN = -11;
const EINTR = -4;
const EINPROGRESS = -115;
const RCODE_ERRORS = { 1: 'EFORMERR', 2: 'ESERVFAIL', 3: 'ENOTFOUND', 4: 'ENOTIMP', 5: 'EREFUSED' };

let recvBuf;

function randomId() {
  const b = new Uint16Array(1);
  if (sys.call('getrandom', b, 2, 0) !== 2) b[0] = Math.floor(Math.random() * 65536);
  return b[0];
}

// One socket with a watcher and a timer; done(code|null, payload) runs at most once.
class Attempt {
  constructor(server, timeout, onDone) {
    this.server = server;
    this.onDone = onDone;
    this.fd = -1;
    this.watcher = null;
    this.timer = null;
    this.finished = false;
    this.timeout = timeout;
  }

  open(type, local) {
    const af = this.server.family === 4 ? sa.AF_INET : sa.AF_INET6;
    const fd = sys.call('socket', af, type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return fd;
    this.fd = fd;
    const buf = new Uint8Array(sa.SOCKADDR_SIZE);
    if (local) {
      const n = sa.encode(buf, this.server.family, local, 0);
      if (n > 0) sys.call('bind', fd, buf, n);
    }
    const n = sa.encode(buf, this.server.family, this.server.address, this.server.port);
    if (n < 0) return -22;
    const r = sys.call('connect', fd, buf, n);
    if (r < 0 && r !== EINPROGRESS) return r;
    // The watcher keeps the loop alive; the timer is unref'd so that a query counts once.
    this.timer = require('timers').setTimeout(() => this.done('ETIMEOUT'), this.timeout);
    this.timer.unref();
    this.watcher = new loop.Watcher(fd, (ev) => this.onEvents(ev));
    this.watcher.resourceType = 'QueryReqWrap';
    return r;
  }

  done(code, payload) {
    if (this.finished) return;
    this.finished = true;
    if (this.timer !== null) require('timers').clearTimeout(this.timer);
    if (this.watcher !== null) this.watcher.close();
    if (this.fd >= 0) sys.close(this.fd);
    this.fd = -1;
    this.onDone(code, payload);
  }

  cancel() {
    this.onDone = () => {};
    this.done('ECANCELLED');
  }
}

class UdpAttempt extends Attempt {
  start(query, check, local) {
    this.check = check;
    const r = this.open(SOCK_DGRAM, local);
    if (r < 0) return this.done('ECONNREFUSED');
    const w = sys.call('sendto', this.fd, query, query.length, 0, null, 0);
    if (w < 0) return this.done('ECONNREFUSED');
    this.watcher.update(sys.C.EPOLLIN);
  }

  onEvents() {
    if (recvBuf === undefined) recvBuf = new Uint8Array(65536);
    for (;;) {
      const n = sys.call('recvfrom', this.fd, recvBuf, recvBuf.length, 0, null, null);
      if (n === EAGAIN || n === EINTR) return;
      if (n < 0) return this.done('ECONNREFUSED');
      const verdict = this.check(recvBuf.subarray(0, n));
      if (verdict !== undefined) return this.done(verdict[0], verdict[1]);
    }
  }
}

class TcpAttempt extends Attempt {
  start(query, check, local) {
    this.check = check;
    this.out = new Uint8Array(query.length + 2);
    this.out[0] = query.length >> 8;
    this.out[1] = query.length & 0xff;
    this.out.set(query, 2);
    this.sent = 0;
    this.chunks = [];
    this.have = 0;
    const r = this.open(SOCK_STREAM, local);
    if (r < 0 && r !== EINPROGRESS) return this.done('ECONNREFUSED');
    this.connected = false;
    this.watcher.update(sys.C.EPOLLOUT);
  }

  onEvents() {
    if (!this.connected) {
      const err = sa.getsockoptInt(this.fd, 1, 4); // SO_ERROR
      if (err !== 0) return this.done('ECONNREFUSED');
      this.connected = true;
    }
    if (this.sent < this.out.length) {
      const n = sys.call('sendto', this.fd, this.out.subarray(this.sent), this.out.length - this.sent, 0x4000, null, 0);
      if (n < 0 && n !== EAGAIN && n !== EINTR) return this.done('ECONNREFUSED');
      if (n > 0) this.sent += n;
      if (this.sent === this.out.length) this.watcher.update(sys.C.EPOLLIN);
      return;
    }
    if (recvBuf === undefined) recvBuf = new Uint8Array(65536);
    for (;;) {
      const n = sys.call('recvfrom', this.fd, recvBuf, recvBuf.length, 0, null, null);
      if (n === EAGAIN || n === EINTR) return;
      if (n <= 0) return this.done(n === 0 ? 'EBADRESP' : 'ECONNREFUSED');
      this.chunks.push(recvBuf.slice(0, n));
      this.have += n;
      if (this.have >= 2) {
        const all = concat(this.chunks, this.have);
        this.chunks = [all];
        const len = (all[0] << 8) | all[1];
        if (this.have >= len + 2) {
          const verdict = this.check(all.subarray(2, 2 + len));
          return this.done(verdict === undefined ? 'EBADRESP' : verdict[0], verdict && verdict[1]);
        }
      }
    }
  }
}

function concat(chunks, total) {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

// Asks servers for (name, type). opts: { timeout (ms), tries, local4, local6 }.
// cb(code|null, parsedResponse). Returns { cancel() }.
function query(servers, name, type, opts, cb) {
  let q;
  try {
    q = wire.buildQuery(0, name, type);
  } catch (e) {
    if (!(e instanceof wire.WireError)) throw e;
    const code = e.message;
    require('process').nextTick(cb, code);
    return { cancel() {} };
  }
  let current = null;
  let finished = false;
  let lastError = 'ETIMEOUT';
  const plan = [];
  for (let t = 0; t < Math.max(1, opts.tries); t++) for (const s of servers) plan.push(s);
  let step = 0;
  const wantName = name.replace(/\.$/, '').toLowerCase();

  let starting = true;
  const finish = (code, res) => {
    if (finished) return;
    finished = true;
    if (starting) require('process').nextTick(cb, code, res);
    else cb(code, res);
  };

  // undefined: not ours, keep waiting; [code, parsed] otherwise.
  const makeCheck = (id) => (u8) => {
    if (u8.length < 12 || ((u8[0] << 8) | u8[1]) !== id) return undefined;
    let res;
    try {
      res = wire.parseResponse(u8);
    } catch (e) {
      if (!(e instanceof wire.WireError)) throw e;
      return ['EBADRESP'];
    }
    if (res.tc) return ['TRUNCATED', res];
    if (res.question === null || res.question.type !== type ||
        res.question.name.toLowerCase() !== wantName) return undefined;
    return [null, res];
  };

  const next = () => {
    if (finished) return;
    // No servers at all is c-ares' ENOSERVER, which Node reports as UNKNOWN_ARES_ERROR.
    if (servers.length === 0) return finish('UNKNOWN_ARES_ERROR');
    if (step >= plan.length) return finish(lastError);
    const server = plan[step++];
    const local = server.family === 4 ? opts.local4 : opts.local6;
    const id = randomId();
    q[0] = id >> 8;
    q[1] = id & 0xff;
    const tcp = () => {
      current = new TcpAttempt(server, opts.timeout, onAnswer);
      current.start(q.slice(), makeCheck(id), local);
    };
    const onAnswer = (code, res) => {
      current = null;
      if (finished) return;
      if (code === 'TRUNCATED') return tcp();
      if (code === null) {
        const rc = RCODE_ERRORS[res.rcode];
        if (rc === undefined || rc === 'ENOTFOUND') return finish(null, res);
        lastError = rc;
        // Other servers may answer better; after a full round, give up with this error.
        if (step % servers.length === 0) return finish(rc);
        return next();
      }
      lastError = code;
      next();
    };
    current = new UdpAttempt(server, opts.timeout, onAnswer);
    current.start(q.slice(), makeCheck(id), local);
  };
  if (/(^|\.)onion\.?$/i.test(name)) finish('ENOTFOUND');
  else next();
  starting = false;
  return {
    cancel() {
      if (finished) return;
      if (current !== null) current.cancel();
      finished = true;
      require('timers').setImmediate(() => cb('ECANCELLED'));
    },
  };
}

module.exports = { query, TYPES: wire.TYPES };
