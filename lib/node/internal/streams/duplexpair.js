'use strict';
// stream.duplexPair(options): two Duplex ends where writes to one are read from the other.

const Duplex = require('node/internal/streams/duplex');
const proc = require('process');

const kCallback = Symbol('kCallback');
const kOther = Symbol('kOtherSide');

function DuplexSide(options) {
  Duplex.call(this, options);
  this[kCallback] = null;
  this[kOther] = null;
}
Object.setPrototypeOf(DuplexSide.prototype, Duplex.prototype);
Object.setPrototypeOf(DuplexSide, Duplex);

DuplexSide.prototype._read = function() {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};

DuplexSide.prototype._write = function(chunk, encoding, callback) {
  const other = this[kOther];
  if (chunk.length === 0) {
    proc.nextTick(callback);
  } else {
    other.push(chunk);
    other[kCallback] = callback;
  }
};

DuplexSide.prototype._final = function(callback) {
  this[kOther].on('end', callback);
  this[kOther].push(null);
};

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kOther] = side1;
  side1[kOther] = side0;
  return [side0, side1];
}

module.exports = duplexPair;
