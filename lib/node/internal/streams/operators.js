'use strict';
// Iterator-style helpers on Readable.prototype (map, filter, reduce, take...). The stream-
// returning ones are async generators wrapped by Readable.from in stream.js.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE },
} = require('node/internal/errors');
const { validateAbortSignal, validateInteger, validateObject } = require('node/internal/validators');
const u = require('node/internal/streams/shared');

const SKIP = Symbol('kEmpty');
const END = Symbol('kEof');

function checkFn(fn, name) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], fn);
}

function checkOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function abortedError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function linkedController(outer) {
  const { AbortController } = require('node/internal/abort_controller');
  const ac = new AbortController();
  let off = null;
  if (outer) {
    if (outer.aborted) ac.abort();
    else {
      const onAbort = () => ac.abort();
      outer.addEventListener('abort', onAbort, { once: true });
      off = () => outer.removeEventListener('abort', onAbort);
    }
  }
  return { ac, release() { if (off) { off(); off = null; } } };
}

function map(fn, options) {
  checkFn(fn, 'fn');
  checkOptions(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let hwm = concurrency - 1;
  if (options && options.highWaterMark != null) hwm = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(hwm, 'options.highWaterMark', 0);
  hwm += concurrency;
  return mapGenerator(this, fn, concurrency, hwm, options && options.signal);
}

async function* mapGenerator(source, fn, concurrency, limit, outerSignal) {
  const { ac, release } = linkedController(outerSignal);
  const signal = ac.signal;
  const callOpts = { signal };
  const results = [];
  let inFlight = 0;
  let stopped = false;
  let wakeReader = null;
  let wakeProducer = null;

  const pokeReader = () => {
    if (wakeReader) { const f = wakeReader; wakeReader = null; f(); }
  };
  const pokeProducer = () => {
    if (wakeProducer && !stopped && results.length < limit && inFlight < concurrency) {
      const f = wakeProducer;
      wakeProducer = null;
      f();
    }
  };
  const settledOne = () => { inFlight -= 1; pokeProducer(); };
  const failedOne = () => { stopped = true; pokeReader(); };

  const abortFromOuter = () => { stopped = true; pokeReader(); };
  if (outerSignal) outerSignal.addEventListener('abort', abortFromOuter, { once: true });

  (async () => {
    try {
      for await (const item of source) {
        if (stopped) return;
        if (signal.aborted) throw new AbortError();
        let p;
        try {
          const out = fn(item, callOpts);
          if (out === SKIP) continue;
          p = Promise.resolve(out);
        } catch (err) {
          p = Promise.reject(err);
        }
        inFlight += 1;
        p.then(settledOne, failedOne);
        results.push(p);
        pokeReader();
        if (!stopped && (results.length >= limit || inFlight >= concurrency)) {
          await new Promise((resolve) => { wakeProducer = resolve; });
        }
      }
      results.push(END);
    } catch (err) {
      const p = Promise.reject(err);
      p.then(settledOne, failedOne);
      results.push(p);
    } finally {
      stopped = true;
      pokeReader();
    }
  })();

  try {
    for (;;) {
      while (results.length > 0) {
        const value = await results[0];
        if (value === END) return;
        if (signal.aborted) throw new AbortError();
        if (value !== SKIP) yield value;
        results.shift();
        pokeProducer();
      }
      if (outerSignal && outerSignal.aborted) throw abortedError(outerSignal);
      await new Promise((resolve) => { wakeReader = resolve; });
      if (outerSignal && outerSignal.aborted) throw abortedError(outerSignal);
    }
  } finally {
    stopped = true;
    ac.abort();
    release();
    if (outerSignal) outerSignal.removeEventListener('abort', abortFromOuter);
    if (wakeProducer) { const f = wakeProducer; wakeProducer = null; f(); }
  }
}

function filter(fn, options) {
  checkFn(fn, 'fn');
  const keep = async (value, opts) => ((await fn(value, opts)) ? value : SKIP);
  return map.call(this, keep, options);
}

function flatMap(fn, options) {
  const mapped = map.call(this, fn, options);
  return (async function* flatMap() {
    for await (const inner of mapped) yield* inner;
  })();
}

async function forEach(fn, options) {
  checkFn(fn, 'fn');
  const run = async (value, opts) => {
    await fn(value, opts);
    return SKIP;
  };
  // eslint-disable-next-line no-unused-vars
  for await (const _ of map.call(this, run, options));
}

async function toArray(options) {
  checkOptions(options);
  const out = [];
  for await (const value of this) {
    if (options && options.signal && options.signal.aborted) throw abortedError(options.signal);
    out.push(value);
  }
  return out;
}

async function some(fn, options) {
  // eslint-disable-next-line no-unused-vars
  for await (const _ of filter.call(this, fn, options)) return true;
  return false;
}

async function every(fn, options) {
  checkFn(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const hit of filter.call(this, fn, options)) return hit;
  return undefined;
}

async function reduce(reducer, initialValue, options) {
  checkFn(reducer, 'reducer');
  checkOptions(options);
  let seeded = arguments.length > 1;
  const outer = options && options.signal;
  if (outer && outer.aborted) {
    const err = abortedError(outer);
    this.once('error', () => {});
    await require('node/internal/streams/finished').finishedPromise(this.destroy(err));
    throw err;
  }
  const { ac, release } = linkedController(outer);
  const callOpts = { signal: ac.signal };
  let sawAny = false;
  try {
    for await (const value of this) {
      sawAny = true;
      if (outer && outer.aborted) throw new AbortError();
      if (!seeded) {
        initialValue = value;
        seeded = true;
      } else {
        initialValue = await reducer(initialValue, value, callOpts);
      }
    }
    if (!sawAny && !seeded) {
      const err = new ERR_MISSING_ARGS('reduce');
      err.message = 'Reduce of an empty stream requires an initial value';
      throw err;
    }
  } finally {
    ac.abort();
    release();
  }
  return initialValue;
}

function toCount(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options) {
  checkOptions(options);
  number = toCount(number);
  const source = this;
  return (async function* drop() {
    const signal = options && options.signal;
    if (signal && signal.aborted) throw new AbortError();
    for await (const value of source) {
      if (signal && signal.aborted) throw new AbortError();
      if (number-- <= 0) yield value;
    }
  })();
}

function take(number, options) {
  checkOptions(options);
  number = toCount(number);
  const source = this;
  return (async function* take() {
    const signal = options && options.signal;
    if (signal && signal.aborted) throw new AbortError();
    if (number <= 0) return;
    for await (const value of source) {
      if (signal && signal.aborted) throw new AbortError();
      if (number-- > 0) yield value;
      if (number <= 0) return;
    }
  })();
}

let warnedIndexedPairs = false;
function asIndexedPairs(options) {
  if (!warnedIndexedPairs) {
    warnedIndexedPairs = true;
    require('process').emitWarning('readable.asIndexedPairs will be removed in a future version.',
      'DeprecationWarning');
  }
  checkOptions(options);
  const source = this;
  return (async function* asIndexedPairs() {
    let index = 0;
    const signal = options && options.signal;
    for await (const value of source) {
      if (signal && signal.aborted) throw abortedError(signal);
      yield [index++, value];
    }
  })();
}

function compose(stream, options) {
  checkOptions(options);
  if (u.isNodeStream(stream) && !u.isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const composed = require('node/internal/streams/compose').compose(this, stream);
  if (options && options.signal) {
    require('node/internal/streams/signal').addAbortSignalNoValidate(options.signal, composed);
  }
  return composed;
}

module.exports = {
  streamReturning: { asIndexedPairs, drop, filter, flatMap, map, take },
  promiseReturning: { every, forEach, reduce, toArray, some, find },
  compose,
};
