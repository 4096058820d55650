'use strict';
// Readable.from(): a Readable fed by a (sync or async) source, a string or a Buffer.

const process = require('process');
const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES } } = require('node/internal/errors');

module.exports = function from(Readable, source, opts) {
  if (typeof source === 'string' || source instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(source);
        this.push(null);
      },
    });
  }
  let iter;
  let async;
  if (source && typeof source[Symbol.asyncIterator] === 'function') {
    async = true;
    iter = source[Symbol.asyncIterator]();
  } else if (source && typeof source[Symbol.iterator] === 'function') {
    async = false;
    iter = source[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], source);
  }

  const stream = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
  let busy = false;

  stream._read = function() {
    if (busy) return;
    busy = true;
    pump();
  };

  stream._destroy = function(err, cb) {
    shutdown(err).then(
      () => process.nextTick(cb, err),
      (e) => process.nextTick(cb, e || err));
  };

  async function shutdown(err) {
    const failed = err !== undefined && err !== null;
    if (failed && typeof iter.throw === 'function') {
      const { value, done } = await iter.throw(err);
      await value;
      if (done) return;
    }
    if (typeof iter.return === 'function') {
      const { value } = await iter.return();
      await value;
    }
  }

  async function pump() {
    for (;;) {
      try {
        const step = async ? await iter.next() : iter.next();
        if (step.done) {
          stream.push(null);
        } else {
          let value = step.value;
          if (value && typeof value.then === 'function') value = await value;
          if (value === null) {
            busy = false;
            throw new ERR_STREAM_NULL_VALUES();
          }
          if (stream.push(value)) continue;
          busy = false;
        }
      } catch (err) {
        stream.destroy(err);
      }
      break;
    }
  }

  return stream;
};
