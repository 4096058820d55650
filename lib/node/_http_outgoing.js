'use strict';
// node:_http_outgoing — OutgoingMessage, the shared half of ServerResponse and ClientRequest:
// the header table, the head's serialization, chunked framing of the body, trailers.


// Installs f on C.prototype under f's own name.
const method = (C, f) => { C.prototype[f.name] = f; };
const { Stream } = require('stream');
const { Buffer } = require('buffer');
const process = require('process');
const { codes: {
  ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_HEADER_VALUE, ERR_HTTP_TRAILER_INVALID,
  ERR_INVALID_ARG_TYPE, ERR_INVALID_CHAR, ERR_INVALID_HTTP_TOKEN, ERR_METHOD_NOT_IMPLEMENTED,
  ERR_STREAM_ALREADY_FINISHED, ERR_STREAM_DESTROYED, ERR_STREAM_NULL_VALUES,
  ERR_STREAM_WRITE_AFTER_END, ERR_HTTP_CONTENT_LENGTH_MISMATCH,
} } = require('node/internal/errors');
const { tokenOk, valueBad, utcDate } = require('node/internal/http_util');

const kHighWaterMark = Symbol('kHighWaterMark');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kOut = Symbol('kOutHeaders');

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !tokenOk(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label, name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (valueBad(value)) throw new ERR_INVALID_CHAR('header content', name);
}

function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const set = new Set();
  for (const h of headers) set.add(String(h).toLowerCase());
  return set;
}

function nop() {}

function OutgoingMessage(options) {
  Stream.call(this);
  this.outputData = []; // writes made before a socket arrives: {data, encoding, callback}
  this.socket = null;
  this[kHighWaterMark] = (options && options.highWaterMark) || 16384;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

// Per-message defaults live on the prototype: a response usually changes few of them, and
// an own property appears on first assignment. This keeps construction cheap.
Object.assign(OutgoingMessage.prototype, {
  outputSize: 0,
  writable: true,
  destroyed: false,
  _last: false,
  chunkedEncoding: false,
  shouldKeepAlive: true,
  maxRequestsOnConnectionReached: false,
  _defaultKeepAlive: true,
  useChunkedEncodingByDefault: true,
  sendDate: false,
  _removedConnection: false,
  _removedContLen: false,
  _removedTE: false,
  strictContentLength: false,
  _contentLength: null,
  _hasBody: true,
  _trailer: '',
  finished: false,
  _headerSent: false,
  _header: null,
  _headerPending: false, // _header built but not yet on the wire
  _keepAliveTimeout: 0,
  _onPendingData: nop,
  _bytesOut: 0,
  [kOut]: null,
  [kUniqueHeaders]: null,
});

Object.defineProperties(OutgoingMessage.prototype, {
  connection: {
    get() { return this.socket; },
    set(v) { this.socket = v; },
    configurable: true,
  },
  headersSent: { get() { return !!this._header; }, configurable: true },
  writableEnded: { get() { return this.finished; }, configurable: true },
  writableFinished: {
    get() { return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0); },
    configurable: true,
  },
  writableObjectMode: { get() { return false; }, configurable: true },
  writableLength: {
    get() { return this.outputSize + (this.socket ? this.socket.writableLength : 0); },
    configurable: true,
  },
  writableHighWaterMark: {
    get() { return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark]; },
    configurable: true,
  },
  writableCorked: { get() { return this.socket ? this.socket.writableCorked : 0; }, configurable: true },
  writableNeedDrain: {
    get() { return !this.destroyed && !this.finished && this._needDrain === true; },
    configurable: true,
  },
});

method(OutgoingMessage, function cork() {
  if (this.socket) this.socket.cork();
});
method(OutgoingMessage, function uncork() {
  if (this.socket) this.socket.uncork();
});

method(OutgoingMessage, function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', (s) => s.setTimeout(msecs));
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
});

method(OutgoingMessage, function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.socket) this.socket.destroy(error);
  else this.once('socket', (s) => s.destroy(error));
  return this;
});

// ---- the header table: lower-case name -> [name as given, value] ----
method(OutgoingMessage, function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  (this[kOut] ??= { __proto__: null })[name.toLowerCase()] = [name, value];
  return this;
});

method(OutgoingMessage, function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  for (const key of headers.keys()) this.setHeader(key, headers.get(key));
  return this;
});

method(OutgoingMessage, function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const key = name.toLowerCase();
  const table = (this[kOut] ??= { __proto__: null });
  const had = table[key];
  if (had === undefined) {
    table[key] = [name, value];
  } else {
    const prev = Array.isArray(had[1]) ? had[1] : [had[1]];
    table[key] = [had[0], prev.concat(value)];
  }
  return this;
});

method(OutgoingMessage, function getHeader(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  const table = this[kOut];
  if (table === null) return undefined;
  const e = table[name.toLowerCase()];
  return e && e[1];
});

method(OutgoingMessage, function getHeaderNames() {
  return this[kOut] === null ? [] : Object.keys(this[kOut]);
});

method(OutgoingMessage, function getRawHeaderNames() {
  if (this[kOut] === null) return [];
  return Object.values(this[kOut]).map((e) => e[0]);
});

method(OutgoingMessage, function getHeaders() {
  const res = { __proto__: null };
  const table = this[kOut];
  if (table !== null) for (const key of Object.keys(table)) res[key] = table[key][1];
  return res;
});

method(OutgoingMessage, function hasHeader(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  return this[kOut] !== null && !!this[kOut][name.toLowerCase()];
});

method(OutgoingMessage, function removeHeader(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  if (key === 'content-length') this._removedContLen = true;
  else if (key === 'transfer-encoding') this._removedTE = true;
  else if (key === 'connection') this._removedConnection = true;
  else if (key === 'date') this.sendDate = false;
  if (this[kOut] !== null) delete this[kOut][key];
});

method(OutgoingMessage, function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
});

// Builds the head from firstLine and the header table (or a raw [name, value, ...] list).
method(OutgoingMessage, function _storeHeader(firstLine, rawList) {
  let head = firstLine;
  let sawConnection = false;
  let sawLength = false;
  let sawTE = false;
  let sawDate = false;
  let sawExpect = false;
  let sawTrailer = false;
  let sawKeepAlive = false;
  const add = (name, value) => {
    if (Array.isArray(value)) {
      if (name.length === 6 && name.toLowerCase() === 'cookie') {
        value = value.join('; ');
      } else {
        for (const v of value) add(name, v);
        return;
      }
    }
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const v = String(value);
    head += `${name}: ${v}\r\n`;
    switch (name.length) {
      case 4: if (name.toLowerCase() === 'date') sawDate = true; break;
      case 6: if (name.toLowerCase() === 'expect') { sawExpect = true; this._expect_continue = /(^|\W)100-continue($|\W)/i.test(v); } break;
      case 7: if (name.toLowerCase() === 'trailer') sawTrailer = true; break;
      case 10:
        if (name.toLowerCase() === 'keep-alive') sawKeepAlive = true;
        if (name.toLowerCase() === 'connection') {
          sawConnection = true;
          if (/(^|\W)close($|\W)/i.test(v)) this._last = true;
          else this.shouldKeepAlive = true;
        }
        break;
      case 14: if (name.toLowerCase() === 'content-length') { sawLength = true; this._contentLength = +v; } break;
      case 17:
        if (name.toLowerCase() === 'transfer-encoding') {
          sawTE = true;
          if (/(?:^|\W)chunked(?:$|\W)/i.test(v)) this.chunkedEncoding = true;
        }
        break;
      default:
    }
  };
  if (rawList) {
    for (let i = 0; i + 1 < rawList.length; i += 2) add(rawList[i], rawList[i + 1]);
  } else if (this[kOut] !== null) {
    const table = this[kOut];
    for (const key in table) add(table[key][0], table[key][1]);
  }
  if (this.sendDate && !sawDate) head += `Date: ${utcDate()}\r\n`;
  // A framing header on a message that may not have a body: the peer cannot tell where it
  // ends, so this connection closes after it.
  if (sawTE && !this._hasBody) this._last = true;
  if (!sawConnection && !this._removedConnection) {
    const keep = this.shouldKeepAlive && (sawLength || this.useChunkedEncodingByDefault || this.agent || !this._hasBody);
    if (this._last || !keep) {
      head += 'Connection: close\r\n';
      this._last = true;
    } else {
      head += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive && !sawKeepAlive) {
        const max = this._maxRequestsPerSocket ? `, max=${this._maxRequestsPerSocket}` : '';
        head += `Keep-Alive: timeout=${Math.floor(this._keepAliveTimeout / 1000)}${max}\r\n`;
      }
    }
  }
  if (!sawLength && !sawTE) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (this._contentLength !== null && !this._removedContLen &&
               (this.useChunkedEncodingByDefault || this._contentLength > 0)) {
      head += `Content-Length: ${this._contentLength}\r\n`;
    } else if (!this._removedTE && this.useChunkedEncodingByDefault) {
      if (this._http10) {
        this._last = true;
      } else {
        head += 'Transfer-Encoding: chunked\r\n';
        this.chunkedEncoding = true;
      }
    } else {
      this._last = this._last || !this._removedContLen ? this._last : true;
    }
  }
  if (this.chunkedEncoding !== true && sawTrailer) {
    throw new ERR_HTTP_TRAILER_INVALID();
  }
  this._header = head + '\r\n';
  this._headerSent = false;
  this._headerPending = true;
  void sawExpect;
});

// Puts bytes on the socket, or queues them until one is assigned.
method(OutgoingMessage, function _send(data, encoding, cb) {
  if (this._headerPending) {
    this._headerPending = false;
    this._headerSent = true;
    const head = this._header;
    if (typeof data === 'string' && (encoding == null || encoding === 'utf8' || encoding === 'utf-8' || (encoding === 'latin1' && !/[^\x00-\x7f]/.test(head)))) {
      data = head + data;
    } else if (data.length === 0) {
      data = head;
      encoding = 'latin1';
    } else {
      this._writeRaw(head, 'latin1');
    }
  }
  return this._writeRaw(data, encoding, cb);
});

method(OutgoingMessage, function _writeRaw(data, encoding, cb) {
  const socket = this.socket;
  if (socket !== null && socket._httpMessage === this && !socket.destroyed && this.outputData.length === 0) {
    const ok = socket.write(data, encoding, cb);
    if (!ok) this._needDrain = true;
    return ok;
  }
  if (socket !== null && socket.destroyed) {
    if (typeof cb === 'function') process.nextTick(cb, new ERR_STREAM_DESTROYED('write'));
    return false;
  }
  this.outputData.push({ data, encoding, callback: cb });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
});

// Writes queued before the socket was assigned.
method(OutgoingMessage, function _flushOutput(socket) {
  const queue = this.outputData;
  if (queue.length === 0) return true;
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  let ok = true;
  socket.cork();
  for (const { data, encoding, callback } of queue) ok = socket.write(data, encoding, callback);
  process.nextTick(() => socket.uncork());
  return ok;
});

method(OutgoingMessage, function _flush() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ok = this._flushOutput(socket);
    if (this.finished) this._finish();
    else if (ok) this.emit('drain');
  }
});

function checkChunk(msg, chunk, encoding, callback, fromEnd) {
  if (msg.finished) {
    const err = new ERR_STREAM_WRITE_AFTER_END();
    // Reported to the callback only; the message itself does not emit 'error'.
    if (typeof callback === 'function') process.nextTick(callback, err);
    return err;
  }
  if (msg.destroyed) {
    const err = new ERR_STREAM_DESTROYED(fromEnd ? 'end' : 'write');
    if (typeof callback === 'function') process.nextTick(callback, err);
    return err;
  }
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  return null;
}

method(OutgoingMessage, function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const err = checkChunk(this, chunk, encoding, callback, false);
  if (err) return false;
  if (!this._header) this._implicitHeader();
  return this._writeBody(chunk, encoding, callback);
});

method(OutgoingMessage, function _writeBody(chunk, encoding, callback) {
  if (!this._hasBody) {
    if (typeof callback === 'function') process.nextTick(callback);
    return true;
  }
  const len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding || 'utf8') : chunk.length;
  this._bytesOut += len;
  if (len === 0) {
    if (typeof callback === 'function') process.nextTick(callback);
    if (this._headerPending) this._send('', 'latin1');
    return true;
  }
  if (!this.chunkedEncoding) return this._send(chunk, encoding, callback);
  if (typeof chunk === 'string' && (!encoding || encoding === 'utf8' || encoding === 'utf-8')) {
    return this._send(`${len.toString(16)}\r\n${chunk}\r\n`, 'utf8', callback);
  }
  const socket = this.socket;
  if (socket) socket.cork();
  this._send(`${len.toString(16)}\r\n`, 'latin1');
  this._send(chunk, encoding);
  const ok = this._send('\r\n', 'latin1', callback);
  if (socket) socket.uncork();
  return ok;
});

method(OutgoingMessage, function addTrailers(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (const k of keys) {
    let field;
    let value;
    if (isArray) {
      field = headers[k][0];
      value = headers[k][1];
    } else {
      field = k;
      value = headers[k];
    }
    if (typeof field !== 'string' || !field || !tokenOk(field)) {
      throw new ERR_INVALID_HTTP_TOKEN('Trailer name', field);
    }
    if (valueBad(value)) throw new ERR_INVALID_CHAR('trailer content', field);
    this._trailer += `${field}: ${value}\r\n`;
  }
});

method(OutgoingMessage, function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (chunk !== null && chunk !== undefined) {
    if (this.finished) {
      checkChunk(this, chunk, encoding, callback, true);
      return this;
    }
    if (checkChunk(this, chunk, encoding, callback, true)) return this;
    if (!this._header) {
      if (this._hasBody && !this.hasHeader('content-length') && !this.hasHeader('transfer-encoding') &&
          !this.hasHeader('trailer') && !this._removedContLen) {
        this._contentLength = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding || 'utf8') : chunk.length;
      }
      this._implicitHeader();
    }
    if (this.chunkedEncoding && this._hasBody && typeof chunk === 'string' &&
        (!encoding || encoding === 'utf8' || encoding === 'utf-8') && chunk.length > 0) {
      // The last chunk and the terminator go out in one write (with the head if pending).
      const len = Buffer.byteLength(chunk, 'utf8');
      this._bytesOut += len;
      if (typeof callback === 'function') this.once('finish', callback);
      this._send(`${len.toString(16)}\r\n${chunk}\r\n0\r\n${this._trailer}\r\n`, 'utf8', () => this._finish());
      this.finished = true;
      this.writable = false;
      return this;
    }
    this._writeBody(chunk, encoding);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.once('finish', callback);
      else process.nextTick(callback, new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    if (this._hasBody && !this._removedContLen && !this.hasHeader('transfer-encoding')) this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  if (this.strictContentLength && this._contentLength != null && this._hasBody && this._bytesOut !== this._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this._bytesOut, this._contentLength);
  }
  const onFinish = () => this._finish();
  if (this.chunkedEncoding && this._hasBody) {
    this._send(`0\r\n${this._trailer}\r\n`, 'latin1', onFinish);
  } else if (this._headerPending || this.outputData.length > 0 || this.socket === null) {
    this._send('', 'latin1', onFinish);
  } else {
    this._writeRaw('', 'latin1', onFinish);
  }
  this.finished = true;
  this.writable = false;
  return this;
});

method(OutgoingMessage, function _finish() {
  if (this._finishEmitted) return;
  this._finishEmitted = true;
  this.emit('prefinish');
  this.emit('finish');
});

method(OutgoingMessage, function flushHeaders() {
  if (!this._header) this._implicitHeader();
  if (this._headerPending) this._send('', 'latin1');
});

method(OutgoingMessage, function pipe() {
  this.emit('error', new (require('node/internal/errors').codes.ERR_STREAM_CANNOT_PIPE)());
});

method(OutgoingMessage, function _renderHeaders() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  const out = {};
  if (this[kOut] !== null) for (const k of Object.keys(this[kOut])) out[this[kOut][k][0]] = this[kOut][k][1];
  return out;
});

module.exports = {
  kHighWaterMark,
  kUniqueHeaders,
  parseUniqueHeadersOption,
  validateHeaderName,
  validateHeaderValue,
  OutgoingMessage,
};
