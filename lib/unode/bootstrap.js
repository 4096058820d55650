'use strict';
// The first library code an isolate runs: the library's own require, V8-compatible error
// stack APIs, the global object, and the hooks C calls for ES modules and rejections.
// Its export is the function C calls to run the program; it returns the exit code.

const libCache = new Map();

// require() inside the library: lib/<id>.js, else lib/node/<id>.js. Modules are evaluated
// lazily, on first require, from the bytecode embedded in the binary.
function libRequire(id) {
  let mod = libCache.get(id);
  if (mod !== undefined) return mod.exports;
  let fn = binding.loadLib(id);
  let key = id;
  if (fn === undefined) {
    key = `node/${id}`;
    mod = libCache.get(key);
    if (mod !== undefined) {
      libCache.set(id, mod);
      return mod.exports;
    }
    fn = binding.loadLib(key);
  }
  if (fn === undefined) {
    const err = new Error(`Cannot find module '${id}'`);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  mod = { exports: {}, id: key, loaded: false };
  libCache.set(id, mod);
  if (key !== id) libCache.set(key, mod);
  try {
    fn.call(mod.exports, mod.exports, libRequire, mod, binding);
  } catch (err) {
    libCache.delete(id);
    libCache.delete(key);
    throw err;
  }
  mod.loaded = true;
  return mod.exports;
}

// Whether a library id exists, without evaluating it.
libRequire.has = (id) => libCache.has(id) || libIds().has(id);
let idSet;
function libIds() {
  if (idSet === undefined) idSet = new Set(binding.libIds());
  return idSet;
}
libRequire.ids = libIds;
// The ids evaluated so far, for tests of lazy loading.
libRequire.loaded = () => Array.from(new Set(Array.from(libCache.values(), (m) => m.id)));

// ---- errors: V8's stack API on QuickJS ----

Error.stackTraceLimit = 10;

const frameRe = /^ {4}at (.*?)(?: \((.*)\))?$/;
// True while a stack is being formatted by prepareStackTrace or read raw for
// captureStackTrace, so that neither recurses into the other.
let formattingStack = false;

class CallSite {
  constructor(line) {
    const m = frameRe.exec(line);
    this._fn = m ? m[1] : line.trim();
    let loc = m ? m[2] : undefined;
    this._native = loc === 'native';
    this._file = null;
    this._line = null;
    this._col = null;
    if (loc && !this._native) {
      const lc = /^(.*?)(?::(\d+))?(?::(\d+))?$/.exec(loc);
      this._file = lc[1];
      if (lc[2] !== undefined) this._line = Number(lc[2]);
      if (lc[3] !== undefined) this._col = Number(lc[3]);
    }
  }
  getThis() { return undefined; }
  getTypeName() { return null; }
  getFunction() { return undefined; }
  getFunctionName() { return this._fn === '<anonymous>' ? null : this._fn; }
  getMethodName() { return null; }
  getFileName() { return this._file === null ? undefined : this._file; }
  getLineNumber() { return this._line; }
  getColumnNumber() { return this._col; }
  getEvalOrigin() { return undefined; }
  getScriptNameOrSourceURL() { return this._file; }
  getScriptHash() { return ''; }
  getEnclosingColumnNumber() { return null; }
  getEnclosingLineNumber() { return null; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  isToplevel() { return this._fn === '<anonymous>'; }
  isEval() { return false; }
  isNative() { return this._native; }
  isConstructor() { return false; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  toString() {
    if (this._native) return `${this._fn} (native)`;
    let loc = this._file || '<anonymous>';
    if (this._line !== null) loc += `:${this._line}`;
    if (this._col !== null) loc += `:${this._col}`;
    return this._fn === '<anonymous>' ? loc : `${this._fn} (${loc})`;
  }
}

function errorHeader(obj) {
  let name;
  let message;
  try { name = obj.name; } catch { name = undefined; }
  try { message = obj.message; } catch { message = undefined; }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

function captureStackTrace(obj, constructorOpt) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
    throw new TypeError('Invalid argument');
  }
  const limit = Error.stackTraceLimit;
  if (typeof limit !== 'number' || !(limit > 0)) {
    Object.defineProperty(obj, 'stack', { value: undefined, writable: true, configurable: true });
    return;
  }
  Error.stackTraceLimit = limit + 50;
  // The raw frames, unformatted even if Error.prepareStackTrace is set.
  const wasFormatting = formattingStack;
  formattingStack = true;
  let raw;
  try {
    raw = new Error().stack;
  } finally {
    formattingStack = wasFormatting;
    Error.stackTraceLimit = limit;
  }
  let frames = raw.split('\n').slice(2); // the header and this function's own frame
  if (typeof constructorOpt === 'function') {
    const name = constructorOpt.name;
    const i = frames.findIndex((f) => {
      const m = frameRe.exec(f);
      return m !== null && m[1] === name;
    });
    if (i >= 0) frames = frames.slice(i + 1);
  }
  frames = frames.slice(0, limit);
  const prepare = Error.prepareStackTrace;
  if (typeof prepare === 'function') {
    const value = prepare(obj, frames.map((f) => new CallSite(f)));
    Object.defineProperty(obj, 'stack', { value, writable: true, configurable: true });
    return;
  }
  const tail = frames.length > 0 ? `\n${frames.join('\n')}` : '';
  Object.defineProperty(obj, 'stack', {
    configurable: true,
    get() {
      const value = errorHeader(this) + tail;
      Object.defineProperty(this, 'stack', { value, writable: true, configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, 'stack', { value, writable: true, configurable: true });
    },
  });
}

Object.defineProperty(Error, 'captureStackTrace', {
  value: captureStackTrace, writable: true, configurable: true, enumerable: false,
});

// ---- globals ----

// Node's explicit-resource-management symbols, until the engine has its own.
for (const [name, key] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
  if (Symbol[name] === undefined) {
    Object.defineProperty(Symbol, name, { value: Symbol.for(key), writable: false, enumerable: false, configurable: false });
  }
}

function defineValue(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

// A global whose module loads on first use: start-up pays only for what a program touches.
function defineLazy(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      defineValue(name, value, enumerable);
      return value;
    },
    set(value) {
      defineValue(name, value, enumerable);
    },
  });
}

const loop = libRequire('aio/loop');

// Node's own globals, enumerable as in Node.
defineValue('global', globalThis, true);
for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval', 'setTimeout']) {
  defineLazy(name, () => libRequire('node/internal/timers')[name], true);
}
defineValue('queueMicrotask', function queueMicrotask(callback) {
  libRequire('node/internal/validators').validateFunction(callback, 'callback');
  binding.enqueueMicrotask(callback);
}, true);
defineLazy('structuredClone', () => libRequire('node/internal/structured_clone').structuredClone, true);
defineLazy('atob', () => libRequire('buffer').atob, true);
defineLazy('btoa', () => libRequire('buffer').btoa, true);
defineLazy('performance', () => libRequire('perf_hooks').performance, true);
// fetch is a plain function in Node (not an accessor); its implementation loads on first call.
defineValue('fetch', function fetch(input, init = undefined) {
  return libRequire('node/internal/fetch/fetch').fetch(input, init);
}, true);
defineLazy('crypto', () => libRequire('node/internal/crypto_web').crypto, true);

// Node's non-enumerable globals.
defineLazy('process', () => libRequire('process'));
defineLazy('console', () => libRequire('console'));
defineLazy('Buffer', () => libRequire('buffer').Buffer);
defineLazy('URL', () => libRequire('node/internal/url').URL);
defineLazy('URLSearchParams', () => libRequire('node/internal/url').URLSearchParams);
defineLazy('TextEncoder', () => libRequire('node/internal/encoding').TextEncoder);
defineLazy('TextDecoder', () => libRequire('node/internal/encoding').TextDecoder);
defineLazy('AbortController', () => libRequire('node/internal/abort_controller').AbortController);
defineLazy('AbortSignal', () => libRequire('node/internal/abort_controller').AbortSignal);
defineLazy('Event', () => libRequire('node/internal/event_target').Event);
defineLazy('EventTarget', () => libRequire('node/internal/event_target').EventTarget);
defineLazy('CustomEvent', () => libRequire('node/internal/event_target').CustomEvent);
defineLazy('DOMException', () => libRequire('node/internal/domexception').DOMException);
defineLazy('Blob', () => libRequire('buffer').Blob);
defineLazy('MessageChannel', () => libRequire('node/internal/message_port').MessageChannel);
defineLazy('MessagePort', () => libRequire('node/internal/message_port').MessagePort);
defineLazy('MessageEvent', () => libRequire('node/internal/message_port').MessageEvent);
for (const name of ['ReadableStream', 'WritableStream', 'TransformStream', 'TextEncoderStream', 'TextDecoderStream',
  'CompressionStream', 'DecompressionStream', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  'TransformStreamDefaultController', 'WritableStreamDefaultController', 'WritableStreamDefaultWriter',
  'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
  'ReadableByteStreamController', 'ReadableStreamDefaultController']) {
  defineLazy(name, () => libRequire('stream/web')[name]);
}
for (const name of ['FormData', 'Headers', 'Request', 'Response']) {
  defineLazy(name, () => libRequire('node/internal/fetch/fetch')[name]);
}
defineLazy('File', () => libRequire('buffer').File);

// ---- hooks called from C ----

binding.setHooks({
  resolveModule(specifier, base) {
    return libRequire('node/internal/modules/esm').resolve(specifier, base);
  },
  loadModule(url) {
    return libRequire('node/internal/modules/esm').load(url);
  },
  onRejection: loop.onRejection,
  // Called when an error's stack is first read: Error.prepareStackTrace, if set, formats it
  // from CallSite objects, as in V8.
  formatStack(error, frames) {
    const prepare = Error.prepareStackTrace;
    if (typeof prepare !== 'function' || formattingStack) return undefined;
    formattingStack = true;
    try {
      const lines = frames === '' ? [] : frames.replace(/\n$/, '').split('\n');
      return prepare(error, lines.map((f) => new CallSite(f)));
    } finally {
      formattingStack = false;
    }
  },
});

module.exports = function run() {
  try {
    return libRequire('unode/cli').main(libRequire);
  } catch (err) {
    // Anything that escapes the program's own handling is an uncaught exception, reported
    // as Node does, never an internal error.
    loop.hooks.fatal(err);
    return 1;
  }
};
