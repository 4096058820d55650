'use strict';
// duplexPair(): two Duplex ends where whatever is written to one is read from the other.

const { Duplex } = require('node/internal/streams/duplex');

const peerKey = Symbol('peer');
const pendingKey = Symbol('pendingWriteCallback');

class PairedEnd extends Duplex {
  constructor(options) {
    super(options);
    this[peerKey] = null;
    this[pendingKey] = null;
  }
  _read() {
    const cb = this[pendingKey];
    if (cb) {
      this[pendingKey] = null;
      cb();
    }
  }
  _write(data, enc, done) {
    const other = this[peerKey];
    if (data.length === 0) {
      require('process').nextTick(done);
    } else {
      other.push(data);
      other[pendingKey] = done;
    }
  }
  _final(done) {
    this[peerKey].push(null);
    done();
  }
}

function duplexPair(options) {
  const a = new PairedEnd(options);
  const b = new PairedEnd(options);
  a[peerKey] = b;
  b[peerKey] = a;
  return [a, b];
}

module.exports = { duplexPair };
