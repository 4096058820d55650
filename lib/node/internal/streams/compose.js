'use strict';
// compose(...streams): one Duplex whose writable side is the first stage and whose readable
// side is the last, with the stages connected by pipeline().

const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('node/internal/errors');
const u = require('node/internal/streams/shared');
const { Duplex } = require('node/internal/streams/duplex');
const { destroyer } = require('node/internal/streams/destroy');
const { runPipeline } = require('node/internal/streams/pipeline');
const { finished } = require('node/internal/streams/finished');

function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const given = [...streams];
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  const lastIdx = streams.length - 1;
  if (typeof streams[lastIdx] === 'function') streams[lastIdx] = Duplex.from(streams[lastIdx]);

  for (let n = 0; n < streams.length; ++n) {
    if (!u.isNodeStream(streams[n]) && !u.isWebStream(streams[n])) continue;
    if (u.isWebStream(streams[n])) streams[n] = require('node/internal/webstreams/interop').toNodeStream(streams[n]);
    if (n < lastIdx && !u.isReadable(streams[n])) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, given[n], 'must be readable');
    }
    if (n > 0 && !u.isWritable(streams[n])) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, given[n], 'must be writable');
    }
  }

  const head = streams[0];
  const tail = runPipeline(streams, whenDone);
  const writable = !!u.isWritable(head);
  const readable = !!u.isReadable(tail);

  let pendingWrite = null;
  let pendingFinal = null;
  let pendingRead = false;
  let pendingDestroy;
  let d;

  function whenDone(err) {
    const cb = pendingDestroy;
    pendingDestroy = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  }

  d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });

  if (writable) {
    d._write = function(chunk, encoding, callback) {
      if (head.write(chunk, encoding)) callback();
      else pendingWrite = callback;
    };
    d._final = function(callback) {
      head.end();
      pendingFinal = callback;
    };
    head.on('drain', () => {
      const cb = pendingWrite;
      pendingWrite = null;
      if (cb) cb();
    });
    finished(u.isWritableNodeStream(tail) ? tail : head, { readable: false, writable: true }, () => {
      const cb = pendingFinal;
      pendingFinal = null;
      if (cb) cb();
    });
  }

  if (readable) {
    tail.on('readable', () => {
      if (pendingRead) {
        pendingRead = false;
        pull();
      }
    });
    tail.on('end', () => { d.push(null); });
    d._read = function() { pull(); };
  }

  function pull() {
    while (true) {
      const chunk = tail.read();
      if (chunk === null) {
        pendingRead = true;
        return;
      }
      if (!d.push(chunk)) return;
    }
  }

  d._destroy = function(err, callback) {
    if (!err && pendingDestroy !== null) err = new AbortError();
    pendingRead = false;
    pendingWrite = null;
    pendingFinal = null;
    if (pendingDestroy === null) {
      callback(err);
    } else {
      pendingDestroy = callback;
      if (u.isNodeStream(tail)) destroyer(tail, err);
    }
  };
  return d;
}

module.exports = { compose };
