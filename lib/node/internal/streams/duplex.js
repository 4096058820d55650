'use strict';
// stream.Duplex: a Readable that also carries Writable state and methods.

const { Stream } = require('node/internal/streams/legacy');
const Readable = require('node/internal/streams/readable');
const Writable = require('node/internal/streams/writable');
const destroyImpl = require('node/internal/streams/destroy');
const { notImplemented } = require('node/internal/errors');
const { kInternal } = require('node/internal/streams/utils');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('node/internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  } else {
    this.allowHalfOpen = true;
  }

  Stream.call(this, options);

  if (typeof this._construct === 'function') {
    // Both sides wait for _construct; once it succeeds, resume each side.
    destroyImpl.construct(this, () => {
      const r = this._readableState;
      if (r.needReadable) Readable[kInternal].maybeReadMore(this, r);
    });
    destroyImpl.construct(this, () => {
      const w = this._writableState;
      Writable[kInternal].afterConstruct(this, w);
    });
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}
Duplex.prototype.destroy = Writable.prototype.destroy;

function forward(name) {
  const d = Object.getOwnPropertyDescriptor(Writable.prototype, name);
  return { get: d.get, set: d.set, enumerable: false, configurable: true };
}

Object.defineProperties(Duplex.prototype, {
  writable: forward('writable'),
  writableHighWaterMark: forward('writableHighWaterMark'),
  writableObjectMode: forward('writableObjectMode'),
  writableBuffer: forward('writableBuffer'),
  writableLength: forward('writableLength'),
  writableFinished: forward('writableFinished'),
  writableCorked: forward('writableCorked'),
  writableEnded: forward('writableEnded'),
  writableNeedDrain: forward('writableNeedDrain'),
  destroyed: {
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
    enumerable: false,
    configurable: true,
  },
});

Duplex.fromWeb = function() { throw notImplemented('stream.Duplex.fromWeb'); };
Duplex.toWeb = function() { throw notImplemented('stream.Duplex.toWeb'); };
Duplex.from = function(body) {
  return require('node/internal/streams/duplexify')(body, 'body');
};

module.exports = Duplex;
