'use strict';
// node:_http_incoming — IncomingMessage: a request as a server sees it or a response as a
// client sees it. A Readable fed by the parser; `headers` and `trailers` are folded from the
// raw lists on first read.


// Installs f on C.prototype under f's own name.
const method = (C, f) => { C.prototype[f.name] = f; };
const { Readable } = require('stream');
const { foldHeaders, foldDistinct } = require('node/internal/http_util');

const [kHeaders, kTrailers] = [Symbol('kHeaders'), Symbol('kTrailers')];

function IncomingMessage(socket) { // socket: a net.Socket or any Duplex
  Readable.call(this, { autoDestroy: false, highWaterMark: socket && socket.readableHighWaterMark });
  this.socket = socket;
  this.client = socket;
  this.rawHeaders = [];
  this.rawTrailers = [];
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

// Defaults on the prototype (set per message only when they change).
Object.assign(IncomingMessage.prototype, {
  httpVersionMajor: null,
  httpVersionMinor: null,
  httpVersion: null,
  complete: false,
  joinDuplicateHeaders: false,
  aborted: false,
  upgrade: null,
  url: '',
  method: null,
  statusCode: null,
  statusMessage: null,
  _consuming: false,
  _dumped: false,
  [kHeaders]: null,
  [kTrailers]: null,
});

Object.defineProperties(IncomingMessage.prototype, {
  connection: {
    get() { return this.socket; },
    set(v) { this.socket = v; },
    configurable: true,
  },
  headers: {
    get() { return (this[kHeaders] ??= foldHeaders(this.rawHeaders, this.joinDuplicateHeaders)); },
    set(v) { this[kHeaders] = v; },
    enumerable: true, configurable: true,
  },
  headersDistinct: {
    get() { return foldDistinct(this.rawHeaders); },
    enumerable: true, configurable: true,
  },
  trailers: {
    get() { return (this[kTrailers] ??= foldHeaders(this.rawTrailers, this.joinDuplicateHeaders)); },
    set(v) { this[kTrailers] = v; },
    enumerable: true, configurable: true,
  },
  trailersDistinct: {
    get() { return foldDistinct(this.rawTrailers); },
    enumerable: true, configurable: true,
  },
});

method(IncomingMessage, function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs); // 'timeout' comes from the socket
  return this;
});

// The consumer wants more: let the socket flow again.
method(IncomingMessage, function _read() {
  this._consuming = true;
  const s = this.socket;
  if (s && s.readable && s.isPaused && s.isPaused() && this._pausedSocket) {
    this._pausedSocket = false;
    s.resume();
  }
});

// Called by the server/client with body bytes; pauses the socket when the buffer is full.
method(IncomingMessage, function _addBody(chunk) {
  if (this._dumped) return;
  if (!this.push(chunk) && this.socket && !this._pausedSocket) {
    this._pausedSocket = true;
    this.socket.pause();
  }
});

method(IncomingMessage, function _destroy(err, cb) {
  if (!this.complete || !this.readableEnded) {
    this.aborted = true;
    this.emit('aborted');
  }
  const sock = this.socket;
  if (this.aborted && sock && !sock.destroyed) {
    sock.destroy(err);
    const onclose = () => cb(err);
    sock.once('close', onclose);
    return;
  }
  cb(err);
});

// Throws away a body nobody reads, so the connection can carry the next message.
method(IncomingMessage, function _dump() {
  if (this._dumped) return;
  this._dumped = true;
  this.removeAllListeners('data'); // nobody reads it
  this.resume();
});

const readStart = (s) => { if (s && !s._paused && s.readable) s.resume(); };
const readStop = (s) => { if (s) s.pause(); };

module.exports = { IncomingMessage, readStart, readStop };
