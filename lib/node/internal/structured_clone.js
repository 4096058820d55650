'use strict';
// structuredClone(value, { transfer }): the HTML structured clone algorithm for the
// ECMAScript types (with cycles), ArrayBuffer transfer, and Blob; DataCloneError otherwise.

const errors = require('node/internal/errors');
const { ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE } = errors.codes;

let DOMExceptionCtor;
function dataCloneError(message) {
  if (DOMExceptionCtor === undefined) {
    try {
      const mod = require('node/internal/domexception');
      DOMExceptionCtor = typeof mod === 'function' ? mod : mod.DOMException;
    } catch {
      DOMExceptionCtor = null;
    }
  }
  if (typeof DOMExceptionCtor === 'function') return new DOMExceptionCtor(message, 'DataCloneError');
  const err = new Error(message);
  err.name = 'DataCloneError';
  err.code = 25;
  return err;
}

// A coded error with a fixed message (Node raises these from C++ with custom wording).
function codedError(Base, code, message) {
  const err = new Base(message);
  errors.setCodedStack(err, code);
  err.code = code;
  return err;
}

function describe(value) {
  if (typeof value === 'symbol') return String(value);
  if (typeof value === 'function') {
    try {
      return Function.prototype.toString.call(value);
    } catch {
      return 'function';
    }
  }
  return '';
}

const errorCtors = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

const typedArrayCtors = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
const getTypedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

const uncloneable = new Set([
  'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry', 'Promise', 'Generator',
  'AsyncGenerator', 'AsyncFunction', 'Module',
]);

function classOf(v) {
  if (typeof binding.classOf === 'function') return binding.classOf(v);
  return Object.prototype.toString.call(v).slice(8, -1);
}

function errorPrototypeName(v) {
  let name;
  try {
    name = v.name;
  } catch {
    name = undefined;
  }
  return typeof name === 'string' && Object.hasOwn(errorCtors, name) ? name : 'Error';
}

let BlobCtor;
function isBlob(v) {
  if (BlobCtor === undefined) {
    try {
      BlobCtor = require('node/internal/buffer/blob').Blob;
    } catch {
      BlobCtor = null;
    }
  }
  if (BlobCtor === null || !(v instanceof BlobCtor)) return false;
  try {
    BlobCtor.prototype.slice.call(v, 0, 0);
    return true;
  } catch {
    return false;
  }
}

function cloneValue(value, memory) {
  const type = typeof value;
  if (type !== 'object' && type !== 'function' && type !== 'symbol') return value;
  if (value === null) return value;
  if (type === 'symbol' || type === 'function') {
    throw dataCloneError(`${describe(value)} could not be cloned.`);
  }
  if (memory.has(value)) return memory.get(value);

  const cls = classOf(value);
  let out;
  switch (cls) {
    case 'Array': {
      out = new Array(value.length);
      memory.set(value, out);
      copyProperties(value, out, memory);
      return out;
    }
    case 'Date':
      out = new Date(Date.prototype.getTime.call(value));
      memory.set(value, out);
      return out;
    case 'RegExp':
      out = new RegExp(value.source, value.flags);
      memory.set(value, out);
      return out;
    case 'Boolean':
      out = Object(Boolean.prototype.valueOf.call(value));
      memory.set(value, out);
      return out;
    case 'Number':
      out = Object(Number.prototype.valueOf.call(value));
      memory.set(value, out);
      return out;
    case 'String':
      out = Object(String.prototype.valueOf.call(value));
      memory.set(value, out);
      return out;
    case 'BigInt':
      out = Object(BigInt.prototype.valueOf.call(value));
      memory.set(value, out);
      return out;
    case 'Symbol':
      throw dataCloneError('[object Symbol] could not be cloned.');
    case 'ArrayBuffer':
      if (value.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      out = value.slice(0);
      memory.set(value, out);
      return out;
    case 'SharedArrayBuffer':
      memory.set(value, value);
      return value;
    case 'DataView': {
      const buf = cloneValue(value.buffer, memory);
      out = new DataView(buf, value.byteOffset, value.byteLength);
      memory.set(value, out);
      return out;
    }
    case 'Map': {
      out = new Map();
      memory.set(value, out);
      const entries = [...Map.prototype.entries.call(value)];
      for (const [k, v] of entries) out.set(cloneValue(k, memory), cloneValue(v, memory));
      return out;
    }
    case 'Set': {
      out = new Set();
      memory.set(value, out);
      const items = [...Set.prototype.values.call(value)];
      for (const v of items) out.add(cloneValue(v, memory));
      return out;
    }
    case 'Error': {
      const name = errorPrototypeName(value);
      out = new errorCtors[name]();
      memory.set(value, out);
      const msgDesc = Object.getOwnPropertyDescriptor(value, 'message');
      const hasCause = Object.hasOwn(value, 'cause');
      const stack = value.stack;
      if (typeof stack === 'string') {
        Object.defineProperty(out, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
      }
      if (msgDesc !== undefined && 'value' in msgDesc) {
        Object.defineProperty(out, 'message', {
          value: `${msgDesc.value}`, writable: true, configurable: true, enumerable: false,
        });
      }
      if (hasCause) {
        Object.defineProperty(out, 'cause', {
          value: cloneValue(value.cause, memory), writable: true, configurable: true, enumerable: false,
        });
      }
      return out;
    }
    case 'Proxy': case 'Arguments':
      throw dataCloneError('#<Object> could not be cloned.');
    default:
      break;
  }
  const tag = getTypedArrayTag.call(value);
  if (tag !== undefined) {
    const buf = cloneValue(value.buffer, memory);
    out = new typedArrayCtors[tag](buf, value.byteOffset, value.length);
    memory.set(value, out);
    return out;
  }
  if (uncloneable.has(cls) || cls.endsWith('Iterator')) {
    throw dataCloneError(`#<${cls}> could not be cloned.`);
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null && isBlob(value)) {
    out = BlobCtor.prototype.slice.call(value, 0, value.size, value.type);
    memory.set(value, out);
    return out;
  }
  out = {};
  memory.set(value, out);
  copyProperties(value, out, memory);
  return out;
}

function copyProperties(from, to, memory) {
  for (const key of Object.keys(from)) {
    if (!Object.prototype.propertyIsEnumerable.call(from, key)) continue;
    to[key] = cloneValue(from[key], memory);
  }
}

function detach(ab) {
  if (typeof binding.detachArrayBuffer === 'function') binding.detachArrayBuffer(ab);
  else if (typeof ab.transfer === 'function') ab.transfer();
  else throw errors.notImplemented('structuredClone transfer (detaching an ArrayBuffer)');
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    const err = new ERR_MISSING_ARGS('value');
    err.message = 'The value argument must be specified';
    throw err;
  }
  const memory = new Map();
  if (options !== undefined) {
    if (options === null || (typeof options !== 'object' && typeof options !== 'function')) {
      if (options !== null) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
          'The options argument must be either an object or undefined');
      }
    }
    const transfer = options === null ? undefined : options.transfer;
    if (transfer !== undefined) {
      if (transfer === null || typeof transfer !== 'object' ||
          typeof transfer[Symbol.iterator] !== 'function') {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
          'Optional transferList argument must be an iterable');
      }
      const list = [...transfer];
      const seen = new Set();
      for (const item of list) {
        if (classOf(item) !== 'ArrayBuffer') {
          throw codedError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
        }
        if (seen.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
        seen.add(item);
      }
      for (const ab of list) {
        if (ab.detached) throw dataCloneError('An ArrayBuffer is detached and could not be transferred.');
      }
      // The clone gets the contents; the originals are detached only once cloning succeeded.
      for (const ab of list) memory.set(ab, ab.slice(0));
      const result = cloneValue(value, memory);
      for (const ab of list) detach(ab);
      return result;
    }
  }
  return cloneValue(value, memory);
}

module.exports = { structuredClone };
