'use strict';
// Duplex: one object that is both a Readable and a Writable; Transform and PassThrough build on it.

const process = require('process');
const { Stream } = require('node/internal/streams/legacy');
const Readable = require('node/internal/streams/readable');
const Writable = require('node/internal/streams/writable');
const teardown = require('node/internal/streams/destroy');
const { pickHighWaterMark } = require('node/internal/streams/hwm');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('node/internal/errors');

function Duplex(opts) {
  if (!(this instanceof Duplex)) return new Duplex(opts);
  this._readableState = new Readable.ReadableState(opts, this, true);
  this._writableState = new Writable.WritableState(opts, this, true);
  if (opts) {
    this.allowHalfOpen = opts.allowHalfOpen !== false;
    if (opts.readable === false) {
      const rst = this._readableState;
      rst.readable = false;
      rst.ended = true;
      rst.endEmitted = true;
    }
    if (opts.writable === false) {
      const wst = this._writableState;
      wst.writable = false;
      wst.ending = true;
      wst.ended = true;
      wst.finished = true;
    }
    const o = opts;
    if (typeof o.read === 'function') this._read = o.read;
    if (typeof o.write === 'function') this._write = o.write;
    if (typeof o.writev === 'function') this._writev = o.writev;
    if (typeof o.destroy === 'function') this._destroy = o.destroy;
    if (typeof o.final === 'function') this._final = o.final;
    if (typeof o.construct === 'function') this._construct = o.construct;
    if (o.signal) require('node/internal/streams/signal').addAbortSignalNoValidate(o.signal, this);
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, opts);
  teardown.construct(this, () => {
    Readable._afterConstruct(this);
    Writable._afterConstruct(this);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);
Stream.Duplex = Duplex;

for (const key of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[key]) Duplex.prototype[key] = Writable.prototype[key];
}
for (const key of ['write', 'cork', 'uncork', 'setDefaultEncoding', 'end', '_write']) {
  Duplex.prototype[key] = Writable.prototype[key];
}
Duplex.prototype._writev = null;
Duplex.prototype.destroy = Writable.prototype.destroy;

const copied = ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer', 'writableLength',
  'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain'];
for (const name of copied) {
  Object.defineProperty(Duplex.prototype, name, {
    __proto__: null, ...Object.getOwnPropertyDescriptor(Writable.prototype, name),
  });
}

Object.defineProperty(Duplex.prototype, 'destroyed', {
  __proto__: null, configurable: true, enumerable: false,
  get() {
    const rst = this._readableState;
    const wst = this._writableState;
    if (rst === undefined || wst === undefined) return false;
    return rst.destroyed && wst.destroyed;
  },
  set(v) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = v;
      this._writableState.destroyed = v;
    }
  },
});

Duplex.from = function(body) {
  return require('node/internal/streams/duplexify').duplexify(body, 'body');
};
Duplex.fromWeb = function(pair, options) {
  return require('node/internal/webstreams/adapters').duplexFromWeb(pair, options);
};
Duplex.toWeb = function(duplex) {
  return require('node/internal/webstreams/adapters').duplexToWeb(duplex);
};

// ---- Transform ----
const pendingCallback = Symbol('kCallback');

function Transform(opts) {
  if (!(this instanceof Transform)) return new Transform(opts);
  const readHwm = opts ? pickHighWaterMark(opts, 'readableHighWaterMark', true, false) : null;
  if (readHwm === 0) {
    opts = {
      ...opts,
      highWaterMark: null,
      readableHighWaterMark: readHwm,
      writableHighWaterMark: opts.writableHighWaterMark || 0,
    };
  }
  Duplex.call(this, opts);
  this._readableState.sync = false;
  this[pendingCallback] = null;
  if (opts) {
    if (typeof opts.transform === 'function') this._transform = opts.transform;
    if (typeof opts.flush === 'function') this._flush = opts.flush;
  }
  this.on('prefinish', onPrefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function flushThenEnd(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((err, data) => {
      if (err) {
        if (cb) cb(err);
        else this.destroy(err);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function onPrefinish() {
  if (this._final !== flushThenEnd) flushThenEnd.call(this);
}

Transform.prototype._final = flushThenEnd;

Transform.prototype._transform = function() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function(data, enc, next) {
  const rst = this._readableState;
  const wst = this._writableState;
  const before = rst.length;
  this._transform(data, enc, (err, val) => {
    if (err) {
      next(err);
      return;
    }
    if (val != null) this.push(val);
    if (rst.ended) {
      process.nextTick(next);
    } else if (wst.ended || before === rst.length || rst.length < rst.highWaterMark) {
      next();
    } else {
      this[pendingCallback] = next;
    }
  });
};

Transform.prototype._read = function() {
  const cb = this[pendingCallback];
  if (cb) {
    this[pendingCallback] = null;
    cb();
  }
};

function PassThrough(opts) {
  if (!(this instanceof PassThrough)) return new PassThrough(opts);
  Transform.call(this, opts);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);
PassThrough.prototype._transform = function(data, enc, cb) { cb(null, data); };

module.exports = { Duplex, Transform, PassThrough };
