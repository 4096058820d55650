'use strict';
// node:_http_client — ClientRequest: an OutgoingMessage written to a socket from an Agent (or
// from createConnection), with a parser in response mode reading the answer.


// Installs f on C.prototype under f's own name.
const method = (C, f) => { C.prototype[f.name] = f; };
const process = require('process');
const { Buffer } = require('buffer');
const { OutgoingMessage } = require('node/_http_outgoing');
const { IncomingMessage } = require('node/_http_incoming');
const { HttpParser, RESPONSE, F_HEAD, F_CONNECT } = require('node/internal/http_parser');
const agentMod = require('node/internal/http_agent');
const { tokenOk } = require('node/internal/http_util');
const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_PROTOCOL, ERR_UNESCAPED_CHARACTERS,
} } = require('node/internal/errors');
const { validateInteger, validateBoolean, validateFunction } = require('node/internal/validators');

const kParser = Symbol('kParser');

// The response stopped mid-body: 'aborted', then an error only for those who listen.
function abortResponse(res) {
  if (res.destroyed) return;
  res.destroy(res.listenerCount('error') > 0 ? connReset('aborted') : undefined);
}

function connReset(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

// Turns a WHATWG URL into request options.
function urlToOptions(url) {
  const o = {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') o.port = Number(url.port);
  if (url.username || url.password) {
    o.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return o;
}

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string' && typeof v.hostname === 'string' && typeof v.searchParams === 'object';
}

// Normalizes the (url | options, options, callback) forms into one options record.
function requestArgs(a, b, c) {
  let base = null;
  if (typeof a === 'string') base = urlToOptions(new (require('url').URL)(a));
  else if (isURL(a)) base = urlToOptions(a);
  else return [{ ...a }, typeof b === 'function' ? b : undefined]; // never change the caller's object
  if (typeof b === 'function') return [base, b];
  return [Object.assign(base, b), c];  // URL fields, then the options over them
}

const bodylessMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

function checkOptString(value, name) {
  if (value != null && typeof value !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], value);
  }
  return value;
}

function ClientRequest(...args) {
  OutgoingMessage.call(this);
  const [opts, onResponse] = requestArgs(...args);
  const fallback = opts._defaultAgent || agentMod.getGlobalAgent();

  // Which agent: the given one, a private one (agent: false), the default, or none when the
  // caller brings createConnection.
  let pool = opts.agent;
  if (pool === false) {
    pool = new fallback.constructor();
  } else if (pool == null) {
    if (typeof opts.createConnection !== 'function') pool = fallback;
    opts.agent = pool;
  } else if (typeof pool.addRequest !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], pool);
  }
  this.agent = pool;

  const wanted = (pool && pool.protocol) || fallback.protocol;
  const proto = opts.protocol || fallback.protocol;
  if (opts.path && /[^\u0021-\u00ff]/.test(`${opts.path}`)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  if (proto !== wanted) throw new ERR_INVALID_PROTOCOL(proto, wanted);

  const defaultPort = opts.defaultPort || (pool && pool.defaultPort) || 80;
  opts.port = opts.port || defaultPort;
  const port = opts.port;
  opts.host = checkOptString(opts.hostname, 'hostname') || checkOptString(opts.host, 'host') || 'localhost';
  const host = opts.host;
  if (opts.timeout !== undefined) {
    validateInteger(opts.timeout, 'timeout', 0);
    this.timeout = opts.timeout;
  }

  const m = opts.method;
  if (m != null && typeof m !== 'string') throw new ERR_INVALID_ARG_TYPE('options.method', 'string', m);
  if (m && !tokenOk(m)) throw new ERR_INVALID_HTTP_TOKEN('Method', m);
  const verb = m ? m.toUpperCase() : 'GET';
  if (opts.maxHeaderSize !== undefined) validateInteger(opts.maxHeaderSize, 'maxHeaderSize', 0);
  if (opts.insecureHTTPParser !== undefined) validateBoolean(opts.insecureHTTPParser, 'options.insecureHTTPParser');

  Object.assign(this, {
    method: verb,
    path: opts.path || '/',
    socketPath: opts.socketPath,
    maxHeaderSize: opts.maxHeaderSize,
    insecureHTTPParser: opts.insecureHTTPParser,
    joinDuplicateHeaders: opts.joinDuplicateHeaders,
    useChunkedEncodingByDefault: !bodylessMethods.has(verb),
    _ended: false,
    res: null,
    aborted: false,
    timeoutCb: null,
    upgradeOrConnect: false,
    parser: null,
    maxHeadersCount: null,
    reusedSocket: false,
    host,
    protocol: proto,
  });
  if (onResponse) this.once('response', onResponse);
  if (pool) {
    // A pool that neither keeps sockets alive nor limits them closes after each response.
    const closeAfter = !pool.keepAlive && !Number.isFinite(pool.maxSockets);
    this._last = closeAfter;
    this.shouldKeepAlive = !closeAfter;
  }

  const firstLine = () => `${verb} ${this.path} HTTP/1.1\r\n`;
  if (Array.isArray(opts.headers)) {
    // [name, value, ...] or [[name, value], ...]
    const flat = Array.isArray(opts.headers[0]) ? opts.headers.flat() : opts.headers;
    this._storeHeader(firstLine(), flat);
  } else {
    const given = opts.headers || {};
    for (const key of Object.keys(given)) this.setHeader(key, given[key]);
    if (host && opts.setHost !== false && !this.hasHeader('host')) {
      const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
      this.setHeader('Host', port && +port !== defaultPort ? `${bracketed}:${port}` : bracketed);
    }
    if (opts.auth && !this.hasHeader('authorization')) {
      this.setHeader('Authorization', `Basic ${Buffer.from(opts.auth).toString('base64')}`);
    }
    // With Expect the head goes out as soon as there is a socket, before any body.
    if (this.hasHeader('expect')) this._storeHeader(firstLine(), null);
  }

  const { signal } = opts;
  if (signal) {
    const onAbort = () => this.destroy(Object.assign(new Error('The operation was aborted'),
      { name: 'AbortError', code: 'ABORT_ERR', cause: signal.reason }));
    if (signal.aborted) {
      onAbort();
      return; // destroyed before it asked for a socket
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }

  const connectOpts = { __proto__: null, ...opts };
  delete connectOpts.signal;
  if (pool) {
    pool.addRequest(this, connectOpts);
    return;
  }
  this._last = true;
  this.shouldKeepAlive = false;
  if (typeof connectOpts.createConnection !== 'function') {
    this.onSocket(require('net').createConnection(connectOpts));
    return;
  }
  let settled = false;
  const settle = (err, sock) => {
    if (settled) return;
    settled = true;
    if (err) process.nextTick(() => this.emit('error', err));
    else this.onSocket(sock);
  };
  const made = connectOpts.createConnection(connectOpts, settle);
  if (made) settle(null, made);
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

Object.defineProperty(ClientRequest.prototype, 'writableEnded', {
  get() { return this.finished; }, configurable: true,
});

method(ClientRequest, function _implicitHeader() {
  if (this._header) throw new (require('node/internal/errors').codes.ERR_HTTP_HEADERS_SENT)('render');
  this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, null);
});

method(ClientRequest, function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
});

method(ClientRequest, function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this._destroyError = err || null;
  if (this.socket) this.socket.destroy(err);
  else if (err !== undefined || !this._pendingDestroy) this._pendingDestroy = true;
  if (!this.socket) {
    process.nextTick(() => {
      if (!this.socket) {
        this._hadError = true;
        if (err) this.emit('error', err);
        else if (!this.res && !this.aborted) this.emit('error', connReset('socket hang up'));
        this._closeOnce();
      }
    });
  }
  return this;
});

method(ClientRequest, function _closeOnce() {
  if (this._closed) return;
  this._closed = true;
  this.destroyed = true;
  this.emit('close');
});

method(ClientRequest, function setTimeout(msecs, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback) this.once('timeout', callback);
  const arm = (s) => {
    s.setTimeout(msecs);
  };
  if (this.socket) arm(this.socket);
  else this.once('socket', arm);
  this.timeout = msecs;
  return this;
});

method(ClientRequest, function setNoDelay(noDelay) {
  if (this.socket) this.socket.setNoDelay(noDelay);
  else this.once('socket', (s) => s.setNoDelay(noDelay));
});

method(ClientRequest, function setSocketKeepAlive(enable, delay) {
  if (this.socket) this.socket.setKeepAlive(enable, delay);
  else this.once('socket', (s) => s.setKeepAlive(enable, delay));
});

method(ClientRequest, function clearTimeout(cb) {
  this.setTimeout(0, cb);
});

method(ClientRequest, function onSocket(socket, err) {
  process.nextTick(() => {
    if (err) {
      this.emit('error', err);
      this._closeOnce();
      return;
    }
    this.attach(socket);
  });
});

// Listeners a request puts on its socket; removed when the socket goes back to the agent.
method(ClientRequest, function attach(socket) {
  if (this.destroyed) {
    // Aborted while waiting for the socket: it is not ours to use.
    socket.destroy();
    return;
  }
  this.socket = socket;
  socket._httpMessage = this;
  const max = this.maxHeaderSize || require('node/_http_server').defaultMaxHeaderSize || 16384;
  const parser = new HttpParser(RESPONSE, max, this.insecureHTTPParser, new ResponseHandler(this));
  parser.flags = (this.method === 'HEAD' ? F_HEAD : 0) | (this.method === 'CONNECT' ? F_CONNECT : 0);
  this.parser = parser;
  const req = this;
  const l = {
    data(d) { parser.execute(d); },
    end() {
      parser.finish();
      if (!req.res && !req.upgradeOrConnect && !req._hadError && !req.aborted) {
        req._hadError = true;
        req.emit('error', connReset('socket hang up'));
      }
    },
    error(e) {
      if (req._hadError) return;
      req._hadError = true;
      if (req.res && !req.res.complete) {
        req.res.destroy(e);
        return;
      }
      req.emit('error', e);
    },
    close() {
      const res = req.res;
      if (res) {
        if (!res.complete) {
          abortResponse(res);
        }
      } else if (!req._hadError && !req.upgradeOrConnect && !req.aborted) {
        req._hadError = true;
        req.emit('error', connReset('socket hang up'));
      }
      if (res && !res.complete) {
        res.once('close', () => req._closeOnce());
      } else {
        req._closeOnce();
      }
    },
    timeout() { req.emit('timeout'); },
    drain() { req._needDrain = false; req.emit('drain'); },
  };
  this._listeners = l;
  for (const k of Object.keys(l)) socket.on(k, l[k]);
  if (this.timeout !== undefined && this.timeout !== null && typeof this.timeout === 'number') socket.setTimeout(this.timeout);
  this.emit('socket', socket);
  if (this.outputData.length) this._flush();
  else if (this._headerPending && !this.finished) this._send('', 'latin1');
  if (this.finished && this.outputData.length === 0) {
    // end() ran before the socket existed: its last write is queued already.
  }
});

method(ClientRequest, function detach() {
  const s = this.socket;
  if (!s || !this._listeners) return;
  for (const k of Object.keys(this._listeners)) s.removeListener(k, this._listeners[k]);
  this._listeners = null;
  if (s._httpMessage === this) s._httpMessage = null;
});

class ResponseHandler {
  constructor(req) { this.req = req; }

  onHead(major, minor, status, reason, raw, info) {
    const req = this.req;
    const socket = req.socket;
    const res = new IncomingMessage(socket);
    res.httpVersionMajor = major;
    res.httpVersionMinor = minor;
    res.httpVersion = `${major}.${minor}`;
    res.statusCode = status;
    res.statusMessage = reason;
    res.joinDuplicateHeaders = !!req.joinDuplicateHeaders;
    if (req.maxHeadersCount > 0 && raw.length > req.maxHeadersCount * 2) raw.length = req.maxHeadersCount * 2;
    res.rawHeaders = raw;
    res.req = req;
    res.upgrade = (info & 2) !== 0;
    this.keepAlive = (info & 1) !== 0;
    // The server decides too: no keep-alive in its answer ends this connection's reuse.
    if (!this.keepAlive) req.shouldKeepAlive = false;
    if (res.upgrade) {
      this.pendingUpgrade = res;
      return;
    }
    if (status >= 100 && status < 200) {
      this.info = true;
      if (status === 100) req.emit('continue');
      {
        req.emit('information', {
          statusCode: status, statusMessage: reason, httpVersion: res.httpVersion,
          httpVersionMajor: major, httpVersionMinor: minor, headers: res.headers, rawHeaders: raw,
        });
      }
      return;
    }
    this.info = false;
    req.res = res;
    res.once('end', () => this.responseEnded(res));
    if (req.aborted || req.destroyed) {
      res._dump();
      return;
    }
    if (!req.emit('response', res)) res._dump();
  }

  onBody(chunk) {
    const res = this.req.res;
    if (res && !this.info) res._addBody(chunk);
  }

  onDone(rawTrailers) {
    if (this.info) {
      this.info = false;
      return;
    }
    const req = this.req;
    const res = req.res;
    if (!res) return;
    if (rawTrailers) res.rawTrailers = rawTrailers;
    res.complete = true;
    this.reuse = !!(this.keepAlive && req.shouldKeepAlive && !req._last && req.agent);
    if (!this.reuse) {
      req.parser.stopped = true;
      const socket = req.socket;
      if (socket.destroySoon) socket.destroySoon();
      else socket.end();
    }
    res.push(null);
  }

  // Registered before 'response' is emitted, so it runs ahead of the user's 'end' listeners.
  responseEnded(res) {
    const req = this.req;
    process.nextTick(() => res.destroy());
    if (!this.reuse) return;
    const socket = req.socket;
    const free = () => {
      if (socket.destroyed || req.destroyed) return;
      req.detach();
      req._closeOnce();
      req.agent.emit('free', socket, req._agentOptions || {});
    };
    // Back to the pool once the response is read and the request written out.
    if (req._finishEmitted) process.nextTick(free);
    else req.once('finish', () => process.nextTick(free));
  }

  onUpgrade(head) {
    const req = this.req;
    const res = this.pendingUpgrade;
    if (!res) return;
    const socket = req.socket;
    const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    req.upgradeOrConnect = true;
    req.detach();
    req.res = res;
    if (req.listenerCount(event) > 0) {
      if (req.agent) req.agent.removeSocket(socket, req._agentOptions || {});
      req.emit(event, res, socket, head);
      req._closeOnce();
    } else {
      socket.destroy();
    }
  }

  onParseError(err) {
    const req = this.req;
    if (req._hadError) return;
    req._hadError = true;
    if (err.code === 'HPE_INVALID_EOF_STATE') {
      // The server hung up mid-message.
      if (req.res && !req.res.complete) abortResponse(req.res);
      else if (!req.aborted) req.emit('error', connReset('socket hang up'));
      return;
    }
    req.emit('error', err);
    req.socket.destroy();
  }
}

module.exports = { ClientRequest };
