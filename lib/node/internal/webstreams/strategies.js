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

// One class per strategy; they differ only in their name and size function.
function strategyClass(name, sizeFn) {
  const C = {
    [name]: class {
      #hwm;
      static #check(self) {
        if (self === null || typeof self !== 'object' || !(#hwm in self)) throw new ERR_INVALID_THIS(name);
      }
      constructor(init) {
        this.#hwm = readInit(init);
      }

      get highWaterMark() {
        C.#check(this);
        return this.#hwm;
      }

      get size() {
        C.#check(this);
        return sizeFn;
      }

      [customInspect](depth, options, inspect) {
        return inspectFields(this, name, { highWaterMark: this.#hwm }, depth, options, inspect);
      }
    },
  }[name];
  return C;
}

const ByteLengthQueuingStrategy = strategyClass('ByteLengthQueuingStrategy', byteLengthSize);
const CountQueuingStrategy = strategyClass('CountQueuingStrategy', countSize);

for (const C of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  for (const name of ['highWaterMark', 'size']) {
    const d = Object.getOwnPropertyDescriptor(C.prototype, name);
    d.enumerable = true;
    Object.defineProperty(C.prototype, name, d);
  }
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
