'use strict';
// node:_http_server — http.Server and ServerResponse. Each connection gets one parser in
// request mode. Requests on a connection are answered one at a time: the parser stops after
// each complete request (F_ONE) and resumes when its response has finished, so pipelined
// requests wait in the parser's pending bytes rather than in a queue of responses.


// Installs f on C.prototype under f's own name.
const method = (C, f) => { C.prototype[f.name] = f; };
const net = require('net'); // http.Server is a net.Server
const process = require('process');
const { setInterval, clearInterval } = require('timers');
const loop = require('aio/loop');
const { STATUS_CODES } = require('node/internal/http_data');
const { OutgoingMessage, kOutHeaders } = require('node/_http_outgoing');
const { IncomingMessage } = require('node/_http_incoming');
const { HttpParser, REQUEST, F_ONE } = require('node/internal/http_parser');
const { codes: {
  ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_INVALID_CHAR, ERR_HTTP_REQUEST_TIMEOUT,
  ERR_INVALID_ARG_TYPE, ERR_HTTP_SOCKET_ASSIGNED, ERR_OUT_OF_RANGE, ERR_HTTP_SOCKET_ENCODING,
} } = require('node/internal/errors');
const { validateInteger, validateBoolean, validateObject } = require('node/internal/validators');
const { valueBad } = require('node/internal/http_util');

const { kIncomingMessage } = require('node/_http_common');
const [kServerResponse, kConnectionsCheckingInterval] =
  ['ServerResponse', 'http.server.connectionsCheckingInterval'].map((d) => Symbol(d));
const kConn = Symbol('kConn');

const defaultMaxHeaderSize = 16384;

// ---------------- ServerResponse ----------------

function ServerResponse(req, opts) {
  OutgoingMessage.call(this, opts);
  this._hasBody = req.method !== 'HEAD';
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  this.statusCode = 200;
  this.statusMessage = undefined;
  if (req.httpVersionMajor < 1 || (req.httpVersionMajor === 1 && req.httpVersionMinor === 0)) {
    Object.assign(this, {
      useChunkedEncodingByDefault: /(^|\W)chunked($|\W)/i.test(req.headers.te || ''),
      shouldKeepAlive: false,
      _http10: true,
    });
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

method(ServerResponse, function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
});

method(ServerResponse, function detachSocket(socket) {
  if (socket._httpMessage === this) socket._httpMessage = null;
  this.socket = null;
});

method(ServerResponse, function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'latin1', cb);
  this._sent100 = true;
});

method(ServerResponse, function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'latin1', cb);
});

method(ServerResponse, function writeEarlyHints(hints, cb) {
  validateObject(hints, 'hints');
  let text = 'HTTP/1.1 103 Early Hints\r\n';
  for (const key of Object.keys(hints)) {
    const v = hints[key];
    for (const x of Array.isArray(v) ? v : [v]) text += `${key}: ${x}\r\n`;
  }
  this._writeRaw(`${text}\r\n`, 'latin1', cb);
});

method(ServerResponse, function _implicitHeader() {
  this.writeHead(this.statusCode); // the status set so far
});

method(ServerResponse, function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const original = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(original);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let raw = null;
  if (obj) {
    if (Array.isArray(obj)) {
      // [name, value, name, value] or [[name, value], ...]
      if (obj.length && Array.isArray(obj[0])) {
        raw = [];
        for (const [k, v] of obj) raw.push(k, v);
      } else {
        if (obj.length % 2 !== 0) throw new (require('node/internal/errors').codes.ERR_INVALID_ARG_VALUE)('headers', obj);
        raw = obj;
      }
      if (this[kOutHeaders] !== null) {
        for (let i = 0; i < raw.length; i += 2) this.appendHeader(raw[i], raw[i + 1]);
        raw = null;
      }
    } else if (this[kOutHeaders] !== null) {
      for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
    } else {
      raw = [];
      for (const k of Object.keys(obj)) if (k) raw.push(k, obj[k]);
    }
  }
  if (valueBad(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
  const line = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(line, raw);
  return this;
});
Object.defineProperty(ServerResponse.prototype, 'writeHeader', { value: ServerResponse.prototype.writeHead, writable: true, enumerable: true, configurable: true });

// ---------------- Server ----------------

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const { maxHeaderSize } = options;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const { insecureHTTPParser } = options;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  const num = (name, dflt) => {
    const v = options[name];
    if (v === undefined) return dflt;
    validateInteger(v, name, 0);
    return v;
  };
  this.requestTimeout = num('requestTimeout', 300000);
  // Unset, headersTimeout is a minute but never more than requestTimeout.
  const rt0 = this.requestTimeout;
  this.headersTimeout = num('headersTimeout', rt0 > 0 ? Math.min(60000, rt0) : 60000);
  const { requestTimeout: rt, headersTimeout: ht } = this;
  if (rt > 0 && ht > rt) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', this.headersTimeout);
  }
  Object.assign(this, {
    connectionsCheckingInterval: num('connectionsCheckingInterval', 30000),
    joinDuplicateHeaders: options.joinDuplicateHeaders,
    requireHostHeader: options.requireHostHeader === undefined ? true : !!options.requireHostHeader,
    rejectNonStandardBodyWrites: !!options.rejectNonStandardBodyWrites,
    highWaterMark: options.highWaterMark,
    uniqueHeaders: options.uniqueHeaders,
  });
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  const netOpts = {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  };
  // net.Server may be a class (not callable without new): then build on a constructed one.
  let self = this;
  if (/^class\b/.test(Function.prototype.toString.call(net.Server))) {
    self = Reflect.construct(net.Server, [netOpts], new.target || this.constructor);
  } else {
    net.Server.call(this, netOpts);
  }
  storeHTTPOptions.call(self, options); // options the parser and responses read
  if (requestListener) self.on('request', requestListener);
  self.on('connection', connectionListener); // each socket gets a Conn
  Object.assign(self, {
    httpAllowHalfOpen: false,
    timeout: 0,
    maxHeadersCount: null,
    maxRequestsPerSocket: 0,
    keepAliveTimeout: options.keepAliveTimeout ?? 5000,
    [kConn]: new Set(),
  });
  // One unref'd interval per listening server checks headersTimeout and requestTimeout.
  self.on('listening', () => {
    if (self[kConnectionsCheckingInterval]) clearInterval(self[kConnectionsCheckingInterval]);
    if (self.connectionsCheckingInterval > 0) {
      self[kConnectionsCheckingInterval] = setInterval(checkConnections, self.connectionsCheckingInterval, self);
      self[kConnectionsCheckingInterval].unref();
    }
  });
  self.on('close', () => {
    if (self[kConnectionsCheckingInterval]) clearInterval(self[kConnectionsCheckingInterval]);
  });
  return self;
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

method(Server, function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
});

method(Server, function close(cb) {
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  this.closeIdleConnections();
  return net.Server.prototype.close.call(this, cb);
});

method(Server, function closeAllConnections() {
  for (const c of [...this[kConn]]) c.socket.destroy();
});

method(Server, function closeIdleConnections() {
  for (const c of [...this[kConn]]) if (c.idle()) c.socket.destroy();
});

Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

// One accepted connection: its parser, the request in flight and the timers.
class Conn {
  constructor(server, socket) {
    Object.assign(this, {
      server: server,
      socket: socket,
      req: null,
      res: null,
      requests: 0,
      headSince: 0, // loop time the unfinished head began, 0 when none
      reqSince: 0,  // the same for the unfinished request
    });
    const max = server.maxHeaderSize || defaultMaxHeaderSize;
    this.parser = new HttpParser(REQUEST, max, server.insecureHTTPParser, this);
    this.parser.flags = F_ONE;
  }

  idle() { return this.req === null && !this.parser.inMessage; }

  clearTimers() {
    this.headSince = 0;
    this.reqSince = 0;
  }

  // A new message started arriving: note when, for the server's periodic check.
  armTimers() {
    const now = loop.getNow() || 1;
    this.headSince = now;
    this.reqSince = now;
  }

  timedOut() {
    this.clearTimers();
    this.parser.stopped = true;
    if (this.res && this.res.headersSent) {
      this.socket.destroy();
      return;
    }
    clientError(this.server, this.socket, new ERR_HTTP_REQUEST_TIMEOUT());
  }

  onData(chunk) {
    if (this.idleTimeout) {
      this.idleTimeout = false;
      this.socket.setTimeout(this.server.timeout);
    }
    if (this.req === null && !this.parser.inMessage && !this.parser.paused) this.armTimers();
    this.parser.execute(chunk);
  }

  onHead(major, minor, method, url, raw, info) {
    this.headSince = 0;
    const server = this.server;
    const socket = this.socket;
    const req = new server[kIncomingMessage](socket);
    req.httpVersionMajor = major;
    req.httpVersionMinor = minor;
    req.httpVersion = `${major}.${minor}`;
    req.method = method;
    req.url = url;
    req.joinDuplicateHeaders = !!server.joinDuplicateHeaders;
    if (server.maxHeadersCount > 0 && raw.length > server.maxHeadersCount * 2) raw.length = server.maxHeadersCount * 2;
    req.rawHeaders = raw;
    req.upgrade = (info & 2) !== 0;
    this.req = req;
    this.requests++;
    if (req.upgrade) return; // onUpgrade follows
    if (server.requireHostHeader && major === 1 && minor === 1 && !req.headers.host) {
      this.parser.stopped = true;
      this.req = null;
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      return;
    }
    const res = new server[kServerResponse](req, { highWaterMark: server.highWaterMark });
    this.res = res;
    res.shouldKeepAlive = (info & 1) !== 0 && res.shouldKeepAlive !== false;
    res._keepAliveTimeout = server.keepAliveTimeout;
    if (server.maxRequestsPerSocket > 0) res._maxRequestsPerSocket = server.maxRequestsPerSocket;
    if (server.maxRequestsPerSocket > 0 && this.requests >= server.maxRequestsPerSocket) {
      res.shouldKeepAlive = false;
      res.maxRequestsOnConnectionReached = true;
    }
    res.assignSocket(socket);
    res.once('finish', () => this.resFinished(req, res));
    const expect = req.headers.expect;
    if (!expect) {
      server.emit('request', req, res);
    } else if (/(^|\W)100-continue($|\W)/i.test(expect) && major === 1 && minor >= 1) {
      res._expect_continue = true;
      if (!server.emit('checkContinue', req, res)) {
        res.writeContinue();
        server.emit('request', req, res);
      }
    } else if (!server.emit('checkExpectation', req, res)) {
      res.writeHead(417);
      res.end();
    }
  }

  onBody(chunk) {
    if (this.req) this.req._addBody(chunk);
  }

  onDone(rawTrailers) {
    this.reqSince = 0;
    const req = this.req;
    if (!req) return;
    if (rawTrailers) req.rawTrailers = rawTrailers;
    req.complete = true;
    // The response may have finished already; then this request is over.
    if (this.res === null) this.req = null;
    req.push(null);
  }

  // Pause after a complete request while its response is still being written.
  pauseAfterMessage() { return this.res !== null; }

  onUpgrade(head) {
    this.clearTimers();
    const server = this.server;
    const req = this.req;
    const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (server.listenerCount(event) > 0) {
      this.detach();
      req.complete = true;
      req.push(null);
      server.emit(event, req, this.socket, head);
    } else {
      this.socket.destroy();
    }
  }

  onParseError(err) {
    this.clearTimers();
    clientError(this.server, this.socket, err);
  }

  resFinished(req, res) {
    if (res !== this.res) return;
    if (!req.complete || !req.readableEnded) req._dump();
    res.detachSocket(this.socket);
    if (req.complete) this.req = null;
    this.res = null;
    process.nextTick(() => {
      res.emit('close');
      if (!req.destroyed) req.emit('close');
    });
    const socket = this.socket;
    if (res._last || !res.shouldKeepAlive) {
      this.parser.stopped = true;
      if (socket.writable) socket.end();
      else socket.destroy();
      return;
    }
    if (req.complete) {
      socket.setTimeout(this.server.keepAliveTimeout);
      this.idleTimeout = true;
    }
    this.parser.resume();
  }

  onEnd() {
    this.parser.finish();
    const req = this.req;
    if (req !== null && !req.complete) {
      // The peer stopped sending mid-request: close; onClose reports the abort.
      this.socket.destroy();
      return;
    }
    if (this.server.httpAllowHalfOpen) return;
    // The client is gone: a response still in flight was aborted.
    if (req !== null && this.res && !this.res.finished) abortIncoming(req);
    if (this.socket.writable) this.socket.end();
  }

  onClose() {
    this.clearTimers();
    this.server[kConn].delete(this);
    const req = this.req;
    const res = this.res;
    if (req) {
      // A request still being read, or one whose response is unfinished, was aborted.
      if (!req.complete || (res && !res.finished)) abortIncoming(req);
      if (res && !res.finished) {
        res.destroyed = true;
        res.emit('close');
      }
    }
  }

  detach() {
    const s = this.socket;
    s.removeListener('data', this._onData);
    s.removeListener('end', this._onEnd);
    s.removeListener('close', this._onClose);
    s.removeListener('error', this._onError);
    s.removeListener('timeout', this._onTimeout);
    this.server[kConn].delete(this);
  }
}

// The peer went away mid-request: 'aborted', then an error only for those who listen.
function abortIncoming(req) {
  if (req.destroyed) return;
  req.destroy(req.listenerCount('error') > 0 ? connReset('aborted') : undefined);
}

// Runs every connectionsCheckingInterval: ends connections whose head or request is late.
function checkConnections(server) {
  const now = loop.getNow();
  const { headersTimeout, requestTimeout } = server;
  for (const c of server[kConn]) {
    if ((c.headSince && headersTimeout > 0 && now - c.headSince >= headersTimeout) ||
        (c.reqSince && requestTimeout > 0 && now - c.reqSince >= requestTimeout)) {
      c.timedOut();
    }
  }
}

function connReset(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function clientError(server, socket, err) {
  if (server.listenerCount('clientError') > 0) {
    server.emit('clientError', err, socket);
    return;
  }
  if (socket.writable && (!socket._httpMessage || !socket._httpMessage._headerSent)) {
    let line = 'HTTP/1.1 400 Bad Request';
    if (err.code === 'HPE_HEADER_OVERFLOW') line = 'HTTP/1.1 431 Request Header Fields Too Large';
    else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') line = 'HTTP/1.1 408 Request Timeout';
    else if (err.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') line = 'HTTP/1.1 413 Payload Too Large';
    socket.write(`${line}\r\nConnection: close\r\n\r\n`);
  }
  socket.destroy();
}

function refuseEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

function connectionListener(socket) {
  const server = this;
  socket.setEncoding = refuseEncoding; // HTTP bytes are not text
  const conn = new Conn(server, socket);
  server[kConn].add(conn);
  conn.armTimers(); // the first head is due from the moment the connection opens
  socket[kConn] = conn;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  conn._onData = (d) => conn.onData(d);
  conn._onEnd = () => conn.onEnd();
  conn._onClose = () => conn.onClose();
  conn._onError = (err) => {
    if (server.listenerCount('clientError') > 0) server.emit('clientError', err, socket);
    else socket.destroy();
  };
  conn._onTimeout = () => {
    if (conn.idle() && conn.idleTimeout) {
      socket.destroy();
      return;
    }
    let handled = false;
    if (conn.req) handled = conn.req.emit('timeout', socket);
    if (conn.res) handled = conn.res.emit('timeout', socket) || handled;
    handled = server.emit('timeout', socket) || handled;
    if (!handled) socket.destroy();
  };
  socket.on('data', conn._onData);
  socket.on('end', conn._onEnd);
  socket.on('close', conn._onClose);
  socket.on('error', conn._onError);
  socket.on('timeout', conn._onTimeout);
}

function setupConnectionsTracking() {}
function httpServerPreClose(srv) {
  srv.closeIdleConnections();
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  httpServerPreClose,
  kConnectionsCheckingInterval,
};
void ERR_INVALID_ARG_TYPE;
