'use strict';
// Duplex.from(): adapts streams, iterables, async generator functions, promises and
// { readable, writable } pairs into a Duplex.

const process = require('process');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE },
} = require('node/internal/errors');
const u = require('node/internal/streams/shared');
const { destroyer } = require('node/internal/streams/destroy');
const { Duplex } = require('node/internal/streams/duplex');
const { finished } = require('node/internal/streams/finished');
const from = require('node/internal/streams/from');

// Private subclass so that from() builds instances with the right prototype.
class Duplexify extends Duplex {}

function duplexify(input, name) {
  if (u.isDuplexNodeStream(input)) return input;
  if (u.isReadableNodeStream(input)) return joinPair({ readable: input });
  if (u.isWritableNodeStream(input)) return joinPair({ writable: input });
  if (u.isNodeStream(input)) return joinPair({ writable: false, readable: false });
  if (u.isWebStream(input)) return require('node/internal/webstreams/interop').toNodeStream(input);

  if (typeof input === 'function') {
    const { value, write, final, destroy } = generatorBridge(input);
    if (u.isIterable(value)) {
      return from(Duplexify, value, { objectMode: true, write, final, destroy });
    }
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const settled = then.call(value, (val) => {
        if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => { destroyer(d, err); });
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await settled;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (input && typeof input === 'object' && typeof input.arrayBuffer === 'function' &&
      typeof input.stream === 'function' && typeof input.size === 'number') {
    throw require('node/internal/errors').notImplemented('stream.Duplex.from(Blob)');
  }

  if (u.isIterable(input)) return from(Duplexify, input, { objectMode: true, writable: false });

  if (input && (typeof input.writable === 'object' || typeof input.readable === 'object')) {
    const readable = input.readable ?
      (u.isReadableNodeStream(input.readable) ? input.readable : duplexify(input.readable)) : undefined;
    const writable = input.writable ?
      (u.isWritableNodeStream(input.writable) ? input.writable : duplexify(input.writable)) : undefined;
    return joinPair({ readable, writable });
  }

  const then = input && input.then;
  if (typeof then === 'function') {
    let d;
    then.call(input, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => { destroyer(d, err); });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new ERR_INVALID_ARG_TYPE(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
    'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], input);
}

function deferred() {
  let resolve;
  const promise = new Promise((res) => { resolve = res; });
  return { promise, resolve };
}

// Calls fn(sourceIterable, { signal }); writes to the Duplex feed sourceIterable.
function generatorBridge(fn) {
  let { promise, resolve } = deferred();
  const { AbortController } = require('node/internal/abort_controller');
  const ac = new AbortController();
  const signal = ac.signal;
  async function* source() {
    while (true) {
      const current = promise;
      promise = null;
      const { data, done, cb } = await current;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = deferred());
      yield data;
    }
  }
  const value = fn(source(), { signal });
  return {
    value,
    write(data, enc, cb) {
      const src = resolve;
      resolve = null;
      src({ data, done: false, cb });
    },
    final(cb) {
      const src = resolve;
      resolve = null;
      src({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

// Wraps a readable and/or writable side into one Duplex.
function joinPair(pair) {
  const src = pair.readable && typeof pair.readable.read !== 'function' ?
    require('node/internal/streams/readable').wrap(pair.readable) : pair.readable;
  const sink = pair.writable;
  let readable = !!u.isReadable(src);
  let writable = !!u.isWritable(sink);
  let pendingWrite = null;
  let pendingFinal = null;
  let pendingRead = false;
  let pendingDestroy;

  const d = new Duplexify({
    readableObjectMode: !!(src && src.readableObjectMode),
    writableObjectMode: !!(sink && sink.writableObjectMode),
    readable,
    writable,
  });

  function settleWrite() {
    const cb = pendingWrite;
    pendingWrite = null;
    if (cb) cb();
  }

  if (writable) {
    finished(sink, { writable: true, readable: false }, (err) => {
      writable = false;
      if (err) destroyer(src, err);
      settle(err);
    });
    d._write = function(data, enc, next) {
      if (sink.write(data, enc)) next();
      else pendingWrite = next;
    };
    d._final = function(next) {
      sink.end();
      pendingFinal = next;
    };
    sink.on('drain', settleWrite);
    sink.on('finish', () => {
      const cb = pendingFinal;
      pendingFinal = null;
      if (cb) cb();
    });
  }

  function settle(err) {
    const cb = pendingDestroy;
    pendingDestroy = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  if (readable) {
    finished(src, { readable: true, writable: false }, (err) => {
      readable = false;
      if (err) destroyer(src, err);
      settle(err);
    });
    src.on('readable', () => {
      if (pendingRead) {
        pendingRead = false;
        pullFrom();
      }
    });
    src.on('end', () => { d.push(null); });
    d._read = function() { pullFrom(); };
  }

  function pullFrom() {
    while (true) {
      const data = src.read();
      if (data === null) {
        pendingRead = true;
        return;
      }
      if (!d.push(data)) return;
    }
  }

  d._destroy = function(err, next) {
    if (!err && pendingDestroy !== null) err = new AbortError();
    pendingRead = false;
    pendingWrite = null;
    pendingFinal = null;
    if (pendingDestroy === null) {
      next(err);
    } else {
      pendingDestroy = next;
      destroyer(sink, err);
      destroyer(src, err);
    }
  };
  return d;
}

module.exports = { duplexify, Duplexify };
