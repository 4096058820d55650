'use strict';
// Shared pieces of the WHATWG streams: promise helpers, queue-with-sizes, strategy extraction,
// buffer transfer and the inspect helper the stream classes use.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE },
} = require('node/internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kState = Symbol('kState');
const kType = Symbol('kType');

function noop() {}

// Whether v is an object branded (by the class constructors) with the given type name.
function isType(v, type) {
  return v != null && typeof v === 'object' && v[kType] === type;
}

function brand(obj, type) {
  Object.defineProperty(obj, kType, { value: type });
}

// A promise with its resolve/reject functions reachable from the outside.
function deferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

function markHandled(p) {
  p.then(undefined, noop);
  return p;
}

function rejected(err) {
  return Promise.reject(err);
}

// then() for the spec's "upon fulfillment/rejection" steps. The steps never throw, so the
// derived promise only needs a catch when a step is missing (p may reject unobserved).
function upon(p, onFulfilled, onRejected) {
  return p.then(onFulfilled, onRejected === undefined ? noop : onRejected);
}

// Calls fn(...args) with `self` as this, turning a throw into a rejected promise.
function promiseCall(fn, self, ...args) {
  try {
    return Promise.resolve(Reflect.apply(fn, self, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

// Looks up an optional method of an underlying source/sink/transformer.
function method(obj, name, what) {
  if (obj == null) return undefined;
  const fn = obj[name];
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(`${what}.${name}`, 'Function', fn);
  return fn;
}

function extractHighWaterMark(strategy, defaultHWM) {
  const hwm = strategy?.highWaterMark;
  if (hwm === undefined) return defaultHWM;
  const n = Number(hwm);
  if (Number.isNaN(n) || n < 0) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', hwm);
  return n;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy?.size;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'function', size);
  return (chunk) => size(chunk);
}

function validateStrategy(strategy) {
  if (strategy != null && typeof strategy !== 'object' && typeof strategy !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('strategy', 'object', strategy);
  }
}

// A FIFO with O(1) shift (Array.prototype.shift is O(n) in QuickJS): items before `head`
// are consumed; the array is compacted once half of it is dead.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(value) {
    this.items.push(value);
  }

  shift() {
    const items = this.items;
    if (this.head >= items.length) return undefined;
    const value = items[this.head];
    items[this.head++] = undefined;
    if (this.head === items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= items.length) {
      this.items = items.slice(this.head);
      this.head = 0;
    }
    return value;
  }

  peek() {
    return this.items[this.head];
  }

  *[Symbol.iterator]() {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i];
  }
}

// Queue-with-sizes: container has .queue (array of {value, size}) and .queueTotalSize.
function enqueueValueWithSize(container, value, size) {
  size = Number(size);
  if (Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

function dequeueValue(container) {
  const pair = container.queue.shift();
  container.queueTotalSize -= pair.size;
  if (container.queueTotalSize < 0) container.queueTotalSize = 0;
  return pair.value;
}

function peekQueueValue(container) {
  return container.queue.peek().value;
}

function resetQueue(container) {
  container.queue = new Queue();
  container.queueTotalSize = 0;
}

function isDetached(buffer) {
  if (buffer.byteLength !== 0) return false;
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

// Moves the contents of an ArrayBuffer into a new one and detaches the original.
function transferArrayBuffer(buffer) {
  if (typeof buffer.transfer === 'function') return buffer.transfer();
  const copy = buffer.slice(0);
  binding.detachArrayBuffer(buffer);
  return copy;
}

function canTransfer(buffer) {
  if (typeof SharedArrayBuffer === 'function' && buffer instanceof SharedArrayBuffer) return false;
  return !isDetached(buffer);
}

function copyBytes(dest, destOffset, src, srcOffset, n) {
  new Uint8Array(dest, destOffset, n).set(new Uint8Array(src, srcOffset, n));
}

function invalidState(msg) {
  return new ERR_INVALID_STATE.TypeError(msg);
}

// "Name { a: 1, b: 2 }" as util.inspect prints it, from an object of fields.
function inspectFields(self, name, fields, depth, options, inspectFn) {
  if (depth < 0) return self;
  if (typeof inspectFn !== 'function') inspectFn = require('util').inspect;
  const opts = { ...options, depth: options?.depth == null ? options?.depth : options.depth - 1 };
  return `${name} ${inspectFn(fields, opts)}`;
}

// Makes the named prototype members enumerable, in this order (as WebIDL classes have them).
function exposeMembers(C, names) {
  const proto = C.prototype;
  const descs = names.map((n) => [n, Object.getOwnPropertyDescriptor(proto, n)]);
  for (const [n] of descs) delete proto[n];
  for (const [n, d] of descs) {
    d.enumerable = true;
    Object.defineProperty(proto, n, d);
  }
}

function isBufferSource(v) {
  return ArrayBuffer.isView(v) || v instanceof ArrayBuffer;
}

module.exports = {
  kState, kType, customInspect, noop, isType, brand, deferred, markHandled, rejected, upon, promiseCall, method,
  extractHighWaterMark, extractSizeAlgorithm, validateStrategy, enqueueValueWithSize, dequeueValue,
  peekQueueValue, resetQueue, isDetached, transferArrayBuffer, canTransfer, copyBytes, invalidState,
  inspectFields, isBufferSource, exposeMembers, Queue,
};
