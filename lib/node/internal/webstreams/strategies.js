'use strict';
// The two queuing strategies of the WHATWG streams: count chunks, or count their bytes.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_OPTION },
} = require('node/internal/errors');
const { customInspect, inspectFields } = require('node/internal/webstreams/util');

function readInit(init) {
  if (init === null || typeof init !== 'object') throw new ERR_INVALID_ARG_TYPE('init', 'object', init);
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return Number(init.highWaterMark);
}

// One size function per class, shared by every instance (as the spec requires).
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

const ByteLengthQueuingStrategy = class ByteLengthQueuingStrategy {
  #hwm;
  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#hwm in self)) throw new ERR_INVALID_THIS(this.name);
  }
  constructor(init) {
    this.#hwm = readInit(init);
  }

  get highWaterMark() {
    ByteLengthQueuingStrategy.#check(this);
    return this.#hwm;
  }

  get size() {
    ByteLengthQueuingStrategy.#check(this);
    return byteLengthSize;
  }

  [customInspect](depth, options, inspect) {
    return inspectFields(this, 'ByteLengthQueuingStrategy', { highWaterMark: this.#hwm }, depth, options, inspect);
  }
};

const CountQueuingStrategy = class CountQueuingStrategy {
  #hwm;
  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#hwm in self)) throw new ERR_INVALID_THIS(this.name);
  }
  constructor(init) {
    this.#hwm = readInit(init);
  }

  get highWaterMark() {
    CountQueuingStrategy.#check(this);
    return this.#hwm;
  }

  get size() {
    CountQueuingStrategy.#check(this);
    return countSize;
  }

  [customInspect](depth, options, inspect) {
    return inspectFields(this, 'CountQueuingStrategy', { highWaterMark: this.#hwm }, depth, options, inspect);
  }
};

for (const C of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  for (const name of ['highWaterMark', 'size']) {
    const d = Object.getOwnPropertyDescriptor(C.prototype, name);
    d.enumerable = true;
    Object.defineProperty(C.prototype, name, d);
  }
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
