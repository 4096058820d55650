'use strict';
// Bridges between node:stream classes and the WHATWG streams: Readable/Writable/Duplex
// .toWeb() and .fromWeb().

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('node/internal/errors');
const { validateObject, validateBoolean } = require('node/internal/validators');

function web() {
  return require('stream/web');
}

function isWebReadable(v) {
  return require('node/internal/webstreams/readable').isReadableStream(v);
}

function isWebWritable(v) {
  return require('node/internal/webstreams/writable').isWritableStream(v);
}

function argError(name, expected, value) {
  const errors = require('node/internal/errors');
  const err = new TypeError(`The "${name}" argument must be an ${expected}. Received ${errors.describeReceived(value)}`);
  errors.setCodedStack(err, 'ERR_INVALID_ARG_TYPE');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function isNodeStreamLike(x) {
  return x != null && typeof x === 'object' && typeof x.on === 'function';
}

function settleLater(fn) {
  const process = require('process');
  process.nextTick(fn);
}

// A ReadableStream that pulls from a node Readable: paused until the web side wants data.
function readableToWeb(nodeStream, options = {}) {
  if (!isNodeStreamLike(nodeStream) || typeof nodeStream.pipe !== 'function') {
    throw argError('streamReadable', 'stream.Readable', nodeStream);
  }
  validateObject(options, 'options', { nullable: false });
  if (nodeStream.readable === false || nodeStream.destroyed) {
    // Nothing more will come out of it: an already closed stream.
    return new (web().ReadableStream)({ start(ctl) { ctl.close(); } });
  }
  const objectMode = !!nodeStream.readableObjectMode;
  const hwm = nodeStream.readableHighWaterMark;
  let strategy = options.strategy;
  if (strategy === undefined) {
    strategy = objectMode ? new (web().CountQueuingStrategy)({ highWaterMark: hwm }) :
      { highWaterMark: hwm, size(chunk) { return chunk.length; } };
  }
  let controller;
  let done = false;
  const onData = (chunk) => {
    if (done) return;
    if (!objectMode && ArrayBuffer.isView(chunk)) {
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    controller.enqueue(chunk); // may fill the queue
    if (controller.desiredSize <= 0) nodeStream.pause();
  };
  const { finished } = require('stream');
  finished(nodeStream, (err) => {
    if (done) return;
    done = true;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE') {
      const { AbortError } = require('node/internal/errors');
      err = new AbortError(undefined, { cause: err });
    }
    if (err) controller.error(err); else controller.close();
  });
  nodeStream.on('data', onData);
  nodeStream.pause();
  return new (web().ReadableStream)({
    start(ctl) { controller = ctl; },
    pull() { nodeStream.resume(); },
    cancel(reason) {
      done = true; // the finished() listener stays: it also absorbs the 'error' destroy emits
      nodeStream.off('data', onData);
      const { AbortError } = require('node/internal/errors');
      nodeStream.destroy(reason === undefined ? new AbortError() : reason);
    },
  }, strategy);
}

// A node Readable whose _read pulls one chunk from the web stream's reader.
function readableFromWeb(readableStream, options = {}) {
  if (!isWebReadable(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options', { nullable: false });
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined && !require('buffer').Buffer.isEncoding(encoding)) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('node/internal/errors');
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding', 'is invalid');
  }
  validateBoolean(objectMode, 'options.objectMode', true);
  const reader = readableStream.getReader({ mode: undefined });
  let closed = false;
  const node = new (require('stream').Readable)({
    objectMode, highWaterMark, encoding, signal,
    read() {
      reader.read().then(({ value, done }) => {
        if (done) node.push(null); else node.push(value);
      }, (err) => node.destroy(err));
    },
    destroy(err, cb) {
      const finish = () => settleLater(() => cb(err));
      if (!closed) {
        reader.cancel(err).then(finish, finish);
        return;
      }
      finish();
    },
  });
  reader.closed.then(() => { closed = true; }, (err) => {
    closed = true;
    node.destroy(err);
  });
  return node;
}

// A WritableStream whose sink writes into a node Writable, waiting for 'drain' when full.
function writableToWeb(nodeStream) {
  if (!isNodeStreamLike(nodeStream) || typeof nodeStream.write !== 'function') {
    throw argError('streamWritable', 'stream.Writable', nodeStream);
  }
  if (nodeStream.writable === false || nodeStream.destroyed) {
    const closed = new (web().WritableStream)();
    closed.close();
    return closed;
  }
  const { finished } = require('stream');
  const { AbortError } = require('node/internal/errors');
  let controller;
  let closing;
  let failure;
  let endedByUs = false;
  finished(nodeStream, { readable: false }, (err) => {
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE') err = new AbortError(undefined, { cause: err });
    // Finishing without our close() means someone else ended it: the web side aborts.
    if (!err && !endedByUs) err = new AbortError();
    failure = err;
    if (closing) {
      if (err) closing.reject(err); else closing.resolve();
    } else if (err) {
      controller.error(err);
    }
  });
  const hwm = nodeStream.writableHighWaterMark;
  const objectMode = !!nodeStream.writableObjectMode;
  return new (web().WritableStream)({
    start(ctl) { controller = ctl; },
    write(chunk) {
      if (failure) throw failure;
      if (nodeStream.writableNeedDrain || !nodeStream.write(chunk)) {
        return new Promise((resolve) => nodeStream.once('drain', resolve));
      }
      return undefined;
    },
    close() {
      if (failure) throw failure;
      if (nodeStream.writableEnded) throw new AbortError();
      closing = require('node/internal/webstreams/util').deferred();
      endedByUs = true;
      nodeStream.end();
      return closing.promise;
    },
    abort(reason) {
      nodeStream.destroy(reason);
    },
  }, objectMode ? new (web().CountQueuingStrategy)({ highWaterMark: hwm }) : { highWaterMark: hwm, size: (c) => c.length ?? c.byteLength ?? 1 });
}

function writableFromWeb(writableStream, options = {}) {
  if (!isWebWritable(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options', { nullable: false });
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode', true);
  validateBoolean(decodeStrings, 'options.decodeStrings', true);
  const writer = writableStream.getWriter({});
  let closed = false;
  const node = new (require('stream').Writable)({
    highWaterMark, objectMode, decodeStrings, signal,
    write(chunk, enc, cb) {
      writer.ready.then(() => writer.write(chunk)).then(() => cb(), cb);
    },
    final(callback) {
      if (closed) {
        callback();
        return;
      }
      writer.close().then(() => callback(), callback);
    },
    destroy(err, cb) {
      const finish = () => settleLater(() => cb(err));
      if (!closed) {
        if (err != null) writer.abort(err).then(finish, finish);
        else writer.close().then(finish, finish);
        return;
      }
      finish();
    },
  });
  writer.closed.then(() => { closed = true; }, (err) => {
    closed = true;
    node.destroy(err);
  });
  return node;
}

function duplexToWeb(duplex) {
  if (!isNodeStreamLike(duplex) || typeof duplex.write !== 'function' || typeof duplex.pipe !== 'function') {
    throw argError('duplex', 'stream.Duplex', duplex);
  }
  const writable = writableToWeb(duplex);
  const readable = readableToWeb(duplex);
  return { writable: writable, readable: readable };
}

function duplexFromWeb(pair, options = {}) {
  validateObject(pair, 'pair', { nullable: false });
  const { readable: rs, writable: ws } = pair;
  if (!isWebReadable(rs)) throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', rs);
  if (!isWebWritable(ws)) throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', ws);
  validateObject(options, 'options', { nullable: false });
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  const reader = rs.getReader();
  const writer = ws.getWriter();
  let readerClosed = false;
  let writerClosed = false;
  const node = new (require('stream').Duplex)({
    allowHalfOpen, objectMode, encoding, decodeStrings, highWaterMark, signal,
    read() {
      reader.read().then(({ value, done }) => {
        if (done) node.push(null); else node.push(value);
      }, (err) => node.destroy(err));
    },
    write(chunk, enc, cb) {
      writer.ready.then(() => writer.write(chunk)).then(() => cb(), cb);
    },
    final(callback) {
      if (writerClosed) {
        callback();
        return;
      }
      writer.close().then(() => callback(), callback);
    },
    destroy(err, cb) {
      const jobs = [];
      if (!writerClosed) jobs.push(err != null ? writer.abort(err) : writer.close());
      if (!readerClosed) jobs.push(reader.cancel(err));
      Promise.all(jobs.map((p) => p.then(undefined, () => {}))).then(() => settleLater(() => cb(err)));
    },
  });
  reader.closed.then(() => { readerClosed = true; }, (err) => {
    readerClosed = true;
    node.destroy(err);
  });
  writer.closed.then(() => { writerClosed = true; }, (err) => {
    writerClosed = true;
    node.destroy(err);
  });
  return node;
}

module.exports = {
  readableToWeb, readableFromWeb, writableToWeb, writableFromWeb, duplexToWeb, duplexFromWeb,
};
