'use strict';
// Shared helpers behind node:util and friends: promise/callback adapters, deprecation
// wrappers, system error names and lazily loaded exports.

const { codes } = require('node/internal/errors');

// Well-known registry symbols, so that values produced by other realms/loaders agree.
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
// A callback API tagged with an array of names under this symbol is promisified to resolve
// with an object { name0: value0, name1: value1, ... } instead of its first result only.
const customPromisifyArgs = Symbol('customPromisifyArgs');

function requireFunction(value, label) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(label, 'Function', value);
}

// Mark `fn` as its own promisified form, as Node does (read-only, hidden, configurable).
function tagPromisified(fn) {
  Object.defineProperty(fn, kCustomPromisify, {
    value: fn, writable: false, enumerable: false, configurable: true,
  });
  return fn;
}

function promisify(original) {
  requireFunction(original, 'original');

  const custom = original[kCustomPromisify];
  if (custom) {
    requireFunction(custom, 'util.promisify.custom');
    return tagPromisified(custom);
  }

  const names = original[customPromisifyArgs];
  const settle = (resolve, reject) => (err, ...results) => {
    if (err) {
      reject(err);
    } else if (names !== undefined && results.length > 1) {
      const bag = {};
      names.forEach((key, i) => { bag[key] = results[i]; });
      resolve(bag);
    } else {
      resolve(results[0]);
    }
  };

  const promisified = function(...args) {
    return new Promise((resolve, reject) => {
      original.apply(this, [...args, settle(resolve, reject)]);
    });
  };
  Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
  tagPromisified(promisified);
  Object.defineProperties(promisified, Object.getOwnPropertyDescriptors(original));
  return promisified;
}
promisify.custom = kCustomPromisify;

function callbackify(original) {
  requireFunction(original, 'original');

  const callbackified = function(...args) {
    const last = args.pop();
    if (typeof last !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('last argument', 'Function', last);
    }
    const cb = last.bind(this);
    const { nextTick } = require('process');
    original.apply(this, args).then(
      (value) => nextTick(cb, null, value),
      (reason) => {
        // A falsy rejection reason would look like success to the callback: wrap it.
        const err = reason ? reason : new codes.ERR_FALSY_VALUE_REJECTION(reason);
        nextTick(cb, err);
      });
  };

  const descs = Object.getOwnPropertyDescriptors(original);
  if (descs.length && typeof descs.length.value === 'number') descs.length.value += 1;
  if (descs.name && typeof descs.name.value === 'string') descs.name.value += 'Callbackified';
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  Object.defineProperties(callbackified, descs);
  return callbackified;
}

// Deprecation codes already reported by some wrapper: each code warns only once per process.
const reportedCodes = new Set();

function deprecate(fn, msg, code) {
  if (code !== undefined && typeof code !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  const process = require('process');
  if (process.noDeprecation === true) return fn;

  let done = false;
  const warnOnce = () => {
    if (done) return;
    done = true;
    if (code !== undefined) {
      if (reportedCodes.has(code)) return;
      reportedCodes.add(code);
    }
    process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
  };

  function deprecated(...args) {
    warnOnce();
    if (new.target) return Reflect.construct(fn, args, new.target);
    return fn.apply(this, args);
  }

  // Statics stay reachable through the wrapper; instances share the original prototype.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function isError(value) {
  if (value instanceof Error) return true;
  return Object.prototype.toString.call(value) === '[object Error]';
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function toUSVString(value) {
  const str = `${value}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(loneSurrogate, '\uFFFD');
}

function getSystemErrorMap() {
  return require('sys/errno').errnoNames();
}

function getSystemErrorName(errno) {
  const entry = getSystemErrorMap().get(errno);
  return entry === undefined ? `Unknown system error ${errno}` : entry[0];
}

// Define `names` on `target` as accessors that load module `id` on first read (or give way to
// an assignment), so that requiring the owner stays cheap.
function defineLazyProperties(target, id, names, enumerable = true) {
  for (const name of names) {
    let cached;
    let loaded = false;
    const access = {
      [`get ${name}`]() {
        if (!loaded) {
          cached = require(id)[name];
          loaded = true;
        }
        return cached;
      },
      [`set ${name}`](value) {
        Object.defineProperty(target, name, {
          value, writable: true, enumerable, configurable: true,
        });
      },
    };
    Object.defineProperty(target, name, {
      get: access[`get ${name}`],
      set: access[`set ${name}`],
      enumerable,
      configurable: true,
    });
  }
}

module.exports = {
  callbackify,
  customPromisifyArgs,
  defineLazyProperties,
  deprecate,
  getSystemErrorMap,
  getSystemErrorName,
  isError,
  promisify,
  toUSVString,
};
