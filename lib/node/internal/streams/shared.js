'use strict';
// Private symbols and the duck-typing predicates that classify s-like values.

const sym = {
  constructed: Symbol('kConstruct'),
  destroyAfterConstruct: Symbol('kDestroy'),
  destroyedFlag: Symbol('kIsDestroyed'),
  isErrored: Symbol('kIsErrored'),
  isReadable: Symbol('kIsReadable'),
  isWritable: Symbol('kIsWritable'),
  isDisturbed: Symbol('kIsDisturbed'),
};

const fnType = (v) => typeof v === 'function';

function isReadableNodeStream(x, strict = false) {
  if (!x || !fnType(x.pipe) || !fnType(x.on)) return false;
  if (strict && (!fnType(x.pause) || !fnType(x.resume))) return false;
  if (x._writableState) {
    const rst = x._readableState;
    return !!rst && rst.readable !== false;
  }
  return true;
}

function isWritableNodeStream(x) {
  if (!x || !fnType(x.write) || !fnType(x.on)) return false;
  return !x._readableState || !x._writableState || x._writableState.writable !== false;
}

function isDuplexNodeStream(x) {
  return !!(x && fnType(x.pipe) && x._readableState && fnType(x.on) && fnType(x.write));
}

function isNodeStream(x) {
  return !!x && (!!x._readableState || !!x._writableState ||
    (fnType(x.write) && fnType(x.on)) || (fnType(x.pipe) && fnType(x.on)));
}

function isReadableStream(x) {
  return !!(x && !isNodeStream(x) && fnType(x.pipeThrough) && fnType(x.getReader) && fnType(x.cancel));
}
function isWritableStream(x) {
  return !!(x && !isNodeStream(x) && fnType(x.getWriter) && fnType(x.abort));
}
function isTransformStream(x) {
  return !!(x && !isNodeStream(x) && isReadableStream(x.readable) && isWritableStream(x.writable));
}
function isWebStream(x) {
  return isReadableStream(x) || isWritableStream(x) || isTransformStream(x);
}

function isIterable(x, isAsync) {
  if (x == null) return false;
  if (isAsync === true) return fnType(x[Symbol.asyncIterator]);
  if (isAsync === false) return fnType(x[Symbol.iterator]);
  return fnType(x[Symbol.asyncIterator]) || fnType(x[Symbol.iterator]);
}

function isDestroyed(s) {
  if (!isNodeStream(s)) return null;
  const st = s._writableState || s._readableState;
  return !!(s.destroyed || s[sym.destroyedFlag] || (st && st.destroyed));
}

function isWritableEnded(s) {
  if (!isWritableNodeStream(s)) return null;
  if (s.writableEnded === true) return true;
  const wst = s._writableState;
  if (wst && wst.errored) return false;
  if (!wst || typeof wst.ended !== 'boolean') return null;
  return wst.ended;
}

function isWritableFinished(s, strict) {
  if (!isWritableNodeStream(s)) return null;
  if (s.writableFinished === true) return true;
  const wst = s._writableState;
  if (wst && wst.errored) return false;
  if (!wst || typeof wst.finished !== 'boolean') return null;
  return !!(wst.finished || (strict === false && wst.ended === true && wst.length === 0));
}

function isReadableFinished(s, strict) {
  if (!isReadableNodeStream(s)) return null;
  const rst = s._readableState;
  if (rst && rst.errored) return false;
  if (!rst || typeof rst.endEmitted !== 'boolean') return null;
  return !!(rst.endEmitted || (strict === false && rst.ended === true && rst.length === 0));
}

function isReadable(s) {
  if (s && s[sym.isReadable] != null) return s[sym.isReadable];
  if (!s || typeof s.readable !== 'boolean') return null;
  if (isDestroyed(s)) return false;
  return isReadableNodeStream(s) && s.readable && !isReadableFinished(s);
}

function isWritable(s) {
  if (s && s[sym.isWritable] != null) return s[sym.isWritable];
  if (!s || typeof s.writable !== 'boolean') return null;
  if (isDestroyed(s)) return false;
  return isWritableNodeStream(s) && s.writable && !isWritableEnded(s);
}

function isFinished(s, opts) {
  if (!isNodeStream(s)) return null;
  if (isDestroyed(s)) return true;
  if ((!opts || opts.readable !== false) && isReadable(s)) return false;
  if ((!opts || opts.writable !== false) && isWritable(s)) return false;
  return true;
}

function isReadableErrored(s) {
  if (!isNodeStream(s)) return null;
  if (s.readableErrored) return s.readableErrored;
  const rst = s._readableState;
  return (rst && rst.errored) ?? null;
}

function isWritableErrored(s) {
  if (!isNodeStream(s)) return null;
  if (s.writableErrored) return s.writableErrored;
  const wst = s._writableState;
  return (wst && wst.errored) ?? null;
}

function isOutgoingMessage(s) {
  return typeof s._closed === 'boolean' && typeof s._defaultKeepAlive === 'boolean' &&
    typeof s._removedConnection === 'boolean' && typeof s._removedContLen === 'boolean';
}

function isClosed(s) {
  if (!isNodeStream(s)) return null;
  if (typeof s.closed === 'boolean') return s.closed;
  const wst = s._writableState;
  const rst = s._readableState;
  if (typeof (wst && wst.closed) === 'boolean' || typeof (rst && rst.closed) === 'boolean') {
    return !!((wst && wst.closed) || (rst && rst.closed));
  }
  if (typeof s._closed === 'boolean' && isOutgoingMessage(s)) return s._closed;
  return null;
}

function isServerResponse(s) {
  return typeof s._sent100 === 'boolean' && isOutgoingMessage(s);
}

function isRequest(s) {
  return !!(s && s.setHeader && fnType(s.abort));
}

function willEmitClose(s) {
  if (!isNodeStream(s)) return null;
  const st = s._writableState || s._readableState;
  return (!st && isServerResponse(s)) || !!(st && st.autoDestroy && st.emitClose && st.closed === false);
}

function isDisturbed(s) {
  if (!s) return false;
  const own = s[sym.isDisturbed];
  if (own != null) return !!own;
  return !!(s.readableDidRead || s.readableAborted);
}

function isErrored(s) {
  if (!s) return false;
  const rst = s._readableState;
  const wst = s._writableState;
  return !!(s[sym.isErrored] ?? s.readableErrored ?? s.writableErrored ??
    (rst && rst.errorEmitted) ?? (wst && wst.errorEmitted) ?? (rst && rst.errored) ?? (wst && wst.errored));
}

const isUint8Array = (v) => v instanceof Uint8Array;

function asBuffer(u8) {
  const { Buffer } = require('buffer');
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

module.exports = {
  sym, isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream, isNodeStream,
  isReadableStream, isWritableStream, isTransformStream, isWebStream, isIterable,
  isDestroyed, isFinished, isWritableEnded, isWritableFinished, isReadableFinished, isReadable, isWritable,
  isReadableErrored, isWritableErrored, isClosed, isRequest, willEmitClose, isDisturbed,
  isErrored, isUint8Array, asBuffer, isServerResponse,
};
