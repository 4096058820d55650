'use strict';
// http.Agent and https.Agent: the option record and socket-pool bookkeeping that libraries
// read, extend and subclass, plus handing sockets to requests (addRequest/createSocket).

const Emitter = require('events');
const { validateNumber, validateOneOf } = require('node/internal/validators');

function takeFromList(table, name, socket) {
  const list = table[name];
  if (list === undefined) return false;
  const at = list.indexOf(socket);
  if (at === -1) return false;
  list.splice(at, 1);
  if (list.length === 0) delete table[name];
  return true;
}

// An idle pooled socket that errors is simply dropped; Node does the same.
function onIdleSocketError() {
  this.destroy();
}

// Agent must work both as `Agent(opts)` and as a base class, hence a plain constructor function.
function Agent(opts) {
  if (!(this instanceof Agent)) return new Agent(opts);
  Emitter.call(this);

  this.defaultPort = 80;
  this.protocol = 'http:';
  const record = { __proto__: null, ...opts };
  if (record.noDelay === undefined) record.noDelay = true;
  record.path = null;
  this.options = record;

  // Pools keyed by getName(): queued requests, sockets in use, idle sockets.
  for (const pool of ['requests', 'sockets', 'freeSockets']) this[pool] = { __proto__: null };
  // Falsy options (0, '', false) fall back to the defaults, as in Node.
  Object.assign(this, {
    keepAliveMsecs: record.keepAliveMsecs || 1000,
    keepAlive: record.keepAlive || false,
    maxSockets: record.maxSockets || Agent.defaultMaxSockets,
    maxFreeSockets: record.maxFreeSockets || 256,
    scheduling: record.scheduling || 'lifo',
    maxTotalSockets: record.maxTotalSockets,
    totalSocketCount: 0,
  });
  validateOneOf(this.scheduling, 'scheduling', ['fifo', 'lifo']);
  if (this.maxTotalSockets !== undefined) validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
  else this.maxTotalSockets = Infinity;

  // A socket handed back by a finished request: give it to a queued request, park it for
  // reuse, or close it.
  this.on('free', (socket, connectOpts) => {
    const name = this.getName(connectOpts);
    const waiting = this.requests[name];
    if (!socket.destroyed && socket.writable !== false && waiting && waiting.length) {
      const req = waiting.shift();
      if (waiting.length === 0) delete this.requests[name];
      req._agentOptions = connectOpts;
      req.onSocket(socket);
      return;
    }
    takeFromList(this.sockets, name, socket);
    const parked = this.freeSockets[name];
    const room = parked === undefined || parked.length < this.maxFreeSockets;
    if (!socket.destroyed && this.keepAlive && room && this.keepSocketAlive(socket)) {
      (this.freeSockets[name] ||= []).push(socket);
      socket.once('error', onIdleSocketError);
    } else {
      this.totalSocketCount--;
      socket.destroy();
    }
  });
  this.on('newListener', maybeEnableKeylog);
}

// Once someone listens for 'keylog', forward the TLS key lines of the pooled sockets.
function maybeEnableKeylog(event) {
  if (event !== 'keylog') return;
  this.off('newListener', maybeEnableKeylog);
  for (const table of [this.sockets, this.freeSockets]) {
    for (const name of Object.keys(table)) {
      for (const socket of table[name]) socket.on('keylog', (line) => this.emit('keylog', line, socket));
    }
  }
}
Object.setPrototypeOf(Agent.prototype, Emitter.prototype);
Object.setPrototypeOf(Agent, Emitter);
Object.defineProperty(Agent, 'defaultMaxSockets', { value: Infinity, writable: true, enumerable: true, configurable: true });

Agent.prototype.createConnection = function createConnection(...args) {
  return require('net').createConnection(...args);
};

// The pool key: host, port and local address, then the address family and socket path.
Agent.prototype.getName = function getName(options = {}) {
  let name = `${options.host || 'localhost'}:${options.port || ''}:${options.localAddress || ''}`;
  if (options.family === 4 || options.family === 6) name += `:${options.family}`;
  if (options.socketPath) name += `:${options.socketPath}`;
  return name;
};

function mergeOptions(agent, options) {
  const merged = { __proto__: null, ...options, ...agent.options };
  if (merged.socketPath) merged.path = merged.socketPath;
  return merged;
}

// Gives the request an idle socket, a new one, or a place in the queue.
Agent.prototype.addRequest = function addRequest(request, connectOpts, port, localAddress) {
  // The legacy form: addRequest(req, host, port, localAddress).
  if (typeof connectOpts === 'string') connectOpts = { host: connectOpts, port, localAddress };
  const options = mergeOptions(this, connectOpts);
  const name = this.getName(options);
  request._agentOptions = options;
  const active = (this.sockets[name] ||= []);
  const idle = this.freeSockets[name];
  let socket;
  while (idle && idle.length && socket === undefined) {
    const s = this.scheduling === 'fifo' ? idle.shift() : idle.pop();
    if (!s.destroyed) socket = s;
    else this.totalSocketCount--;
  }
  if (idle && idle.length === 0) delete this.freeSockets[name];
  if (socket !== undefined) {
    this.reuseSocket(socket, request);
    active.push(socket);
    request.onSocket(socket);
  } else if (active.length < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this.createSocket(request, options, (err, s) => request.onSocket(s, err));
  } else {
    (this.requests[name] ||= []).push(request);
  }
};

Agent.prototype.createSocket = function createSocket(request, connectOpts, callback) {
  const options = mergeOptions(this, connectOpts);
  const name = this.getName(options);
  options._agentKey = name;
  options.encoding = null;
  if (this.keepAlive) {
    options.keepAlive = true;
    options.keepAliveInitialDelay = this.keepAliveMsecs;
  }
  this.totalSocketCount++;
  let done = false;
  const oncreate = (err, s) => {
    if (done) return;
    done = true;
    if (err) {
      this.totalSocketCount--;
      callback(err);
      return;
    }
    (this.sockets[name] ||= []).push(s);
    this._watchSocket(s, options);
    callback(null, s);
  };
  const s = this.createConnection(options, oncreate);
  if (s) oncreate(null, s);
};

// Bookkeeping for a pooled socket's end: leave the pool, and let a queued request connect.
Agent.prototype._watchSocket = function _watchSocket(s, options) {
  const onClose = () => {
    this.removeSocket(s, options);
    const name = this.getName(options);
    const waiting = this.requests[name];
    if (waiting && waiting.length) {
      const active = this.sockets[name] || [];
      if (active.length < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
        const req = waiting.shift();
        if (waiting.length === 0) delete this.requests[name];
        this.createSocket(req, options, (err, sock) => req.onSocket(sock, err));
      }
    }
  };
  const onTimeout = () => {
    const idle = this.freeSockets[this.getName(options)];
    if (idle && idle.includes(s)) s.destroy();
  };
  s.on('close', onClose);
  s.on('timeout', onTimeout);
  s.once('agentRemove', () => {
    s.removeListener('close', onClose);
    s.removeListener('timeout', onTimeout);
    this.removeSocket(s, options);
  });
};

Agent.prototype.removeSocket = function removeSocket(socket, connectOpts) {
  const key = this.getName(connectOpts);
  const wasActive = takeFromList(this.sockets, key, socket);
  const wasIdle = takeFromList(this.freeSockets, key, socket);
  if (wasActive || wasIdle) this.totalSocketCount--;
};

// Prepares an idle socket for reuse; false means it must be closed instead.
Agent.prototype.keepSocketAlive = function keepSocketAlive(sock) {
  const socket = sock;
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  let idleTimeout = this.options.timeout || 0;
  // A server's "Keep-Alive: timeout=N" caps the idle time, less a second of slack.
  let hintMs;
  const res = socket._httpMessage && socket._httpMessage.res;
  const hint = res && res.headers && res.headers['keep-alive'];
  const found = typeof hint === 'string' ? /^timeout=(\d+)/.exec(hint) : null;
  if (found) {
    hintMs = Number(found[1]) * 1000 - 1000;
    if (hintMs > 0 && hintMs < idleTimeout) idleTimeout = hintMs;
  }
  if (socket.timeout !== idleTimeout) socket.setTimeout(idleTimeout);
  if (hintMs <= 0) return false;
  return true;
};

Agent.prototype.reuseSocket = function reuseSocket(sock, request) {
  sock.removeListener('error', onIdleSocketError);
  request.reusedSocket = true;
  sock.ref();
};

Agent.prototype.destroy = function destroy() { // closes every pooled socket
  for (const table of [this.freeSockets, this.sockets]) {
    for (const name of Object.keys(table)) {
      for (const socket of table[name].slice()) socket.destroy();
    }
  }
};

// Options that make TLS connections incompatible with each other, in pool-key order. Those in
// kPresence count when set at all (even to false or 0); the rest only when truthy.
const kTlsKeyFields = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized',
  'servername', 'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve',
  'dhparam', 'secureOptions', 'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine'];
const kPresence = new Set(['rejectUnauthorized', 'honorCipherOrder', 'secureOptions']);

function HttpsAgent(options) {
  if (!(this instanceof HttpsAgent)) return new HttpsAgent(options);
  Agent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  const cap = this.options.maxCachedSessions;
  this.maxCachedSessions = cap === undefined ? 100 : cap;
  this._sessionCache = { map: {}, list: [] };
}
Object.setPrototypeOf(HttpsAgent.prototype, Agent.prototype);
Object.setPrototypeOf(HttpsAgent, Agent);
Object.defineProperty(HttpsAgent, 'name', { value: 'Agent' });

HttpsAgent.prototype.createConnection = function createConnection(...args) {
  return require('tls').connect(...args);
};

HttpsAgent.prototype.getName = function getName(options = {}) {
  let name = Agent.prototype.getName.call(this, options);
  for (const field of kTlsKeyFields) {
    const value = options[field];
    name += ':';
    if (kPresence.has(field) ? value !== undefined : value) {
      name += field === 'sigalgs' ? JSON.stringify(value) : value;
    }
  }
  return name;
};

HttpsAgent.prototype._getSession = function _getSession(key) {
  const { map } = this._sessionCache;
  return map[key];
};

HttpsAgent.prototype._cacheSession = function _cacheSession(key, session) {
  if (this.maxCachedSessions === 0) return;
  const cache = this._sessionCache;
  if (!(key in cache.map)) {
    if (cache.list.length >= this.maxCachedSessions) delete cache.map[cache.list.shift()];
    cache.list.push(key);
  }
  cache.map[key] = session;
};

HttpsAgent.prototype._evictSession = function _evictSession(key) {
  const cache = this._sessionCache;
  const at = cache.list.indexOf(key);
  if (at !== -1) cache.list.splice(at, 1);
  delete cache.map[key];
};

let httpGlobal;
let httpsGlobal;

function getGlobalAgent() {
  if (httpGlobal === undefined) httpGlobal = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });
  return httpGlobal;
}

function setGlobalAgent(value) {
  httpGlobal = value;
}

function getHttpsGlobalAgent() {
  if (httpsGlobal === undefined) httpsGlobal = new HttpsAgent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });
  return httpsGlobal;
}

module.exports = { Agent, HttpsAgent, getGlobalAgent, setGlobalAgent, getHttpsGlobalAgent };
