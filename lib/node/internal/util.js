'use strict';
// Shared internal helpers for lib/node: promisify, deprecate, once, lazy loading bits.

const {
  codes: { ERR_FALSY_VALUE_REJECTION, ERR_INVALID_ARG_TYPE },
} = require('node/internal/errors');

const kEmptyObject = Object.freeze({ __proto__: null });
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Set on a callback API whose callback passes several values, naming them, so that
// the promisified version resolves with an object (dns.lookup, child_process.exec...).
const customPromisifyArgs = Symbol('customPromisifyArgs');
const kEnumerableProperty = { __proto__: null, enumerable: true };
Object.freeze(kEnumerableProperty);

const codesWarned = new Set();

function lazyProcess() {
  return require('process');
}

// process.emitWarning when the process module provides it, else a plain stderr line.
function emitWarning(...args) {
  const process = lazyProcess();
  if (typeof process.emitWarning === 'function') return process.emitWarning(...args);
  const type = typeof args[1] === 'string' ? args[1] : 'Warning';
  const stderr = process.stderr;
  if (stderr && typeof stderr.write === 'function') stderr.write(`(unode:${process.pid}) ${type}: ${args[0]}\n`);
}

function deprecate(fn, msg, code) {
  const process = lazyProcess();
  if (process.noDeprecation === true) return fn;
  if (code !== undefined) require('node/internal/validators').validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function promisify(original) {
  require('node/internal/validators').validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    require('node/internal/validators').validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[customPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  return Object.defineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  if (!reason) reason = new ERR_FALSY_VALUE_REJECTION(reason);
  return cb(reason);
}

function callbackify(original) {
  const { validateFunction } = require('node/internal/validators');
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    const { nextTick } = lazyProcess();
    Reflect.apply(original, this, args).then(
      (ret) => nextTick(cb, null, ret),
      (rej) => nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function once(callback, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let returnValue;
  return function(...args) {
    if (called) return returnValue;
    called = true;
    const result = Reflect.apply(callback, this, args);
    returnValue = preserveReturnValue ? result : undefined;
    return result;
  };
}

function isError(e) {
  return binding.classOf(e) === 'Error' || e instanceof Error;
}

function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

const experimentalWarnings = new Set();
function emitExperimentalWarning(feature) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  const msg = `${feature} is an experimental feature and might change at any time`;
  emitWarning(msg, 'ExperimentalWarning');
}

// errno number (positive or negative) -> [code, message], from sys/errno.
function errnoMap() {
  const { errnoNames } = require('sys/errno');
  return typeof errnoNames === 'function' ? errnoNames() : errnoNames;
}

function lookupErrno(err) {
  const names = errnoMap();
  return names.get(err) || names.get(-err);
}

function getSystemErrorName(err) {
  const entry = lookupErrno(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  const map = new Map();
  for (const [num, entry] of errnoMap()) map.set(num > 0 ? -num : num, [entry[0], entry[1]]);
  return map;
}

// Defines getters on `target` that require `id` and take `keys` from it on first use.
function defineLazyProperties(target, id, keys, enumerable = true) {
  let mod;
  for (const key of keys) {
    let value;
    let set = false;
    Object.defineProperty(target, key, {
      enumerable,
      configurable: true,
      get() {
        if (!set) {
          mod ??= require(id);
          value = mod[key];
          set = true;
        }
        return value;
      },
      set(v) {
        value = v;
        set = true;
      },
    });
  }
}

function toUSVString(str) {
  str = `${str}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function validateFn(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

module.exports = {
  kEmptyObject,
  kEnumerableProperty,
  customInspectSymbol,
  customPromisifyArgs,
  kCustomPromisifiedSymbol,
  deprecate,
  promisify,
  callbackify,
  once,
  isError,
  spliceOne,
  emitExperimentalWarning,
  getSystemErrorName,
  getSystemErrorMap,
  lookupErrno,
  defineLazyProperties,
  toUSVString,
  validateFn,
};
