'use strict';
// node:events — the EventEmitter class and its static helpers (once, on, getEventListeners,
// max-listener control, abort listeners). Listener tables keep Node's public shape: `_events`
// is a null-prototype object whose values are a lone function or an array of functions.

const errors = require('node/internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNHANDLED_ERROR,
} = errors.codes;
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInteger, validateNumber,
  validateString,
} = require('node/internal/validators');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const errorMonitor = Symbol('events.errorMonitor');
const captureRejectionSymbol = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kWatermarkData = Symbol.for('nodejs.watermarkData');

let defaultLimit = 10;

// ---- lazily loaded collaborators -------------------------------------------------------------

let targetModule;
function eventTargetModule() {
  if (targetModule === undefined) targetModule = require('node/internal/event_target');
  return targetModule;
}

function looksLikeEventTarget(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  const mod = eventTargetModule();
  if (typeof mod.isEventTarget === 'function' && mod.isEventTarget(value)) return true;
  if (typeof mod.EventTarget === 'function' && value instanceof mod.EventTarget) return true;
  // Anything else shaped like an EventTarget (e.g. a host's own implementation).
  return typeof value.addEventListener === 'function' &&
    typeof value.removeEventListener === 'function' && typeof value.dispatchEvent === 'function';
}

// True for targets made by our event_target module (its helpers only accept those).
function isRegisteredTarget(mod, target) {
  return typeof mod.isEventTarget !== 'function' || Boolean(mod.isEventTarget(target));
}

// The listener functions registered on an EventTarget for `type`.
function targetListeners(target, type) {
  const mod = eventTargetModule();
  if (typeof mod.listenersOf === 'function' && isRegisteredTarget(mod, target)) {
    return mod.listenersOf(target, type);
  }
  // Older event_target layout: a Map of linked lists under its kEvents symbol.
  const table = mod.kEvents !== undefined ? target[mod.kEvents] : undefined;
  const found = [];
  if (table instanceof Map) {
    for (let node = table.get(type)?.next; node !== undefined && node !== null; node = node.next) {
      const fn = node.weak && typeof node.listener?.deref === 'function' ? node.listener.deref() : node.listener;
      if (fn !== undefined) found.push(fn);
    }
  }
  return found;
}

function targetMaxListeners(target) {
  const mod = eventTargetModule();
  if (typeof mod.maxListenersOf === 'function' && isRegisteredTarget(mod, target)) {
    return mod.maxListenersOf(target);
  }
  return target[kMaxEventTargetListeners];
}

function setTargetMaxListeners(target, n) {
  const mod = eventTargetModule();
  if (typeof mod.setMaxListenersOf === 'function' && isRegisteredTarget(mod, target)) {
    mod.setMaxListenersOf(target, n);
  } else {
    target[kMaxEventTargetListeners] = n;
    target[kMaxEventTargetListenersWarned] = false;
  }
}

// Options for an abort listener that must run even if another one stops propagation.
function abortListenerOptions() {
  const opts = { __proto__: null, once: true };
  const key = eventTargetModule().kResistStopPropagation;
  if (key !== undefined) opts[key] = true;
  return opts;
}

function inspectValue(value, opts) {
  return require('node/internal/util/inspect').inspect(value, opts);
}

function queueTask(fn) {
  if (typeof binding === 'object' && binding !== null && typeof binding.enqueueMicrotask === 'function') {
    binding.enqueueMicrotask(fn);
  } else {
    Promise.resolve().then(fn);
  }
}

// ---- the constructor ---------------------------------------------------------------------------

function EventEmitter(opts) {
  initEmitter.call(this, opts);
}

const proto = EventEmitter.prototype;
proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;
proto[kCapture] = false;

const initEmitter = function(opts) {
  const inherited = Object.getPrototypeOf(this)?._events;
  const fresh = this._events === undefined || this._events === inherited;
  if (fresh) {
    this._events = emptyTable();
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  this[kShapeMode] = !fresh;
  const wanted = opts?.captureRejections;
  if (wanted) {
    validateBoolean(wanted, 'options.captureRejections');
    this[kCapture] = true;
  } else {
    this[kCapture] = proto[kCapture];
  }
};

function emptyTable() {
  return { __proto__: null };
}

function checkListener(fn) {
  validateFunction(fn, 'listener');
}

function effectiveMax(ee) {
  const own = ee._maxListeners;
  return own === undefined ? defaultLimit : own;
}

function checkLimit(n, name) {
  validateNumber(n, name, 0);
}

proto.setMaxListeners = function setMaxListeners(n) {
  checkLimit(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

proto.getMaxListeners = function getMaxListeners() {
  return effectiveMax(this);
};

// ---- emitting ----------------------------------------------------------------------------------

function callListener(fn, self, args) {
  switch (args.length) {
    case 0: return fn.call(self);
    case 1: return fn.call(self, args[0]);
    case 2: return fn.call(self, args[0], args[1]);
    case 3: return fn.call(self, args[0], args[1], args[2]);
    default: return Reflect.apply(fn, self, args);
  }
}

function noListenerForError(ee, args) {
  const reason = args.length > 0 ? args[0] : undefined;
  if (reason instanceof Error) throw reason;
  let text;
  try {
    text = inspectValue(reason);
  } catch {
    text = reason;
  }
  const err = new ERR_UNHANDLED_ERROR(text);
  err.context = reason;
  throw err;
}

proto.emit = function emit(type, ...args) {
  const table = this._events;
  if (type === 'error') {
    if (table !== undefined && table[errorMonitor] !== undefined) {
      callEmit(this, errorMonitor, args);
    }
    if (table === undefined || table.error === undefined) noListenerForError(this, args);
  } else if (table === undefined) {
    return false;
  }
  const slot = table[type];
  if (slot === undefined) return false;
  const capture = this[kCapture];
  if (typeof slot === 'function') {
    const ret = callListener(slot, this, args);
    if (capture && ret !== undefined && ret !== null) watchForRejection(this, ret, type, args);
    return true;
  }
  // Listeners added or removed while emitting take effect from the next emit, so the list is
  // read up front: two listeners (the common case) into locals, more into a copy.
  if (slot.length === 2) {
    const second = slot[1];
    let ret = callListener(slot[0], this, args);
    if (capture && ret !== undefined && ret !== null) watchForRejection(this, ret, type, args);
    ret = callListener(second, this, args);
    if (capture && ret !== undefined && ret !== null) watchForRejection(this, ret, type, args);
    return true;
  }
  const snapshot = slot.slice();
  for (let i = 0; i < snapshot.length; i++) {
    const ret = callListener(snapshot[i], this, args);
    if (capture && ret !== undefined && ret !== null) watchForRejection(this, ret, type, args);
  }
  return true;
};

function callEmit(ee, type, args) {
  return Reflect.apply(ee.emit, ee, [type, ...args]);
}

// captureRejections: a listener that returns a rejected thenable raises 'error' on a later tick.
function watchForRejection(ee, value, type, args) {
  try {
    const then = value.then;
    if (typeof then !== 'function') return;
    then.call(value, undefined, (err) => {
      require('process').nextTick(deliverRejection, ee, err, type, args);
    });
  } catch (err) {
    ee.emit('error', err);
  }
}

function deliverRejection(ee, err, type, args) {
  const custom = ee[captureRejectionSymbol];
  if (typeof custom === 'function') {
    Reflect.apply(custom, ee, [err, type, ...args]);
    return;
  }
  const saved = ee[kCapture];
  ee[kCapture] = false;
  try {
    ee.emit('error', err);
  } finally {
    ee[kCapture] = saved;
  }
}

// ---- adding listeners --------------------------------------------------------------------------

function leakWarning(ee, type, count, max) {
  const label = inspectValue(ee, { depth: -1 });
  const warning = new Error(`Possible EventEmitter memory leak detected. ${count} ${String(type)} ` +
    `listeners added to ${label}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = ee;
  warning.type = type;
  warning.count = count;
  require('process').emitWarning(warning);
}

function insertListener(ee, type, listener, atFront) {
  checkListener(listener);
  let table = ee._events;
  if (table === undefined) {
    table = ee._events = emptyTable();
    ee._eventsCount = 0;
  } else if (table.newListener !== undefined) {
    ee.emit('newListener', type, listener.listener ? listener.listener : listener);
    table = ee._events; // a newListener handler may have swapped the table
  }
  const slot = table[type];
  if (slot === undefined) {
    table[type] = listener;
    ee._eventsCount++;
    return ee;
  }
  let list;
  if (typeof slot === 'function') {
    list = atFront ? [listener, slot] : [slot, listener];
    table[type] = list;
  } else {
    list = slot;
    if (atFront) list.unshift(listener);
    else list.push(listener);
  }
  const max = effectiveMax(ee);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    leakWarning(ee, type, list.length, max);
  }
  return ee;
}

proto.addListener = function addListener(type, listener) {
  return insertListener(this, type, listener, false);
};
proto.on = proto.addListener;

proto.prependListener = function prependListener(type, listener) {
  return insertListener(this, type, listener, true);
};

// A once-wrapper detaches itself before the first call; `.listener` exposes the original.
function wrapOnce(ee, type, listener) {
  let done = false;
  const wrapper = (...args) => {
    if (done) return undefined;
    done = true;
    ee.removeListener(type, wrapper);
    return callListener(listener, ee, args);
  };
  // (a rest-parameter arrow already has length 0 and no prototype)
  Object.defineProperty(wrapper, 'name', { value: 'bound onceWrapper' });
  wrapper.listener = listener;
  return wrapper;
}

proto.once = function once(type, listener) {
  checkListener(listener);
  return this.on(type, wrapOnce(this, type, listener));
};

proto.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  return this.prependListener(type, wrapOnce(this, type, listener));
};

// ---- removing listeners ------------------------------------------------------------------------

function dropType(ee, table, type) {
  if (--ee._eventsCount === 0) ee._events = emptyTable();
  else delete table[type];
}

proto.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const table = this._events;
  if (table === undefined) return this;
  const slot = table[type];
  if (slot === undefined) return this;
  if (slot === listener || slot.listener === listener) {
    dropType(this, table, type);
    if (table.removeListener !== undefined) {
      this.emit('removeListener', type, slot.listener || listener);
    }
    return this;
  }
  if (typeof slot === 'function') return this;
  let at = slot.length - 1;
  while (at >= 0 && slot[at] !== listener && slot[at].listener !== listener) at--;
  if (at < 0) return this;
  if (at === 0) slot.shift();
  else slot.splice(at, 1);
  if (slot.length === 1) table[type] = slot[0];
  if (table.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};
proto.off = proto.removeListener;

proto.removeAllListeners = function removeAllListeners(type) {
  const table = this._events;
  if (table === undefined) return this;
  const all = arguments.length === 0;
  if (table.removeListener === undefined) {
    // Nobody observes removals: drop the entries directly.
    if (all) {
      this._events = emptyTable();
      this._eventsCount = 0;
    } else if (table[type] !== undefined) {
      dropType(this, table, type);
    }
    return this;
  }
  if (all) {
    for (const key of Reflect.ownKeys(table)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = emptyTable();
    this._eventsCount = 0;
    return this;
  }
  const slot = table[type];
  if (typeof slot === 'function') {
    this.removeListener(type, slot);
  } else if (slot !== undefined) {
    // Last added goes first, as Node reports them.
    for (let i = slot.length - 1; i >= 0; i--) this.removeListener(type, slot[i]);
  }
  return this;
};

// ---- inspection --------------------------------------------------------------------------------

function copyListeners(ee, type, unwrap) {
  const table = ee._events;
  if (table === undefined) return [];
  const slot = table[type];
  if (slot === undefined) return [];
  const list = typeof slot === 'function' ? [slot] : slot.slice();
  if (unwrap) {
    for (let i = 0; i < list.length; i++) {
      const inner = list[i].listener;
      if (inner) list[i] = inner;
    }
  }
  return list;
}

proto.listeners = function listeners(type) {
  return copyListeners(this, type, true);
};

proto.rawListeners = function rawListeners(type) {
  return copyListeners(this, type, false);
};

function countListeners(type, listener) {
  const table = this._events;
  if (table === undefined) return 0;
  const slot = table[type];
  if (slot === undefined) return 0;
  const matches = (fn) => fn === listener || fn.listener === listener;
  if (typeof slot === 'function') {
    if (listener === undefined || listener === null) return 1;
    return matches(slot) ? 1 : 0;
  }
  if (listener === undefined || listener === null) return slot.length;
  let n = 0;
  for (let i = 0; i < slot.length; i++) if (matches(slot[i])) n++;
  return n;
}

proto.listenerCount = function listenerCount(type, listener) {
  return countListeners.call(this, type, listener);
};

proto.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

function invalidEmitter(value) {
  return new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], value);
}

// ---- static helpers ----------------------------------------------------------------------------

function getEventListeners(source, type) {
  if (typeof source.listeners === 'function') return source.listeners(type);
  if (looksLikeEventTarget(source)) return targetListeners(source, type);
  throw invalidEmitter(source);
}

function getMaxListeners(source) {
  if (typeof source?.getMaxListeners === 'function') return effectiveMax(source);
  if (looksLikeEventTarget(source)) return targetMaxListeners(source);
  throw invalidEmitter(source);
}

// Subscribes through whichever API the source has: EventEmitter first, then EventTarget.
function subscribe(source, name, fn, once) {
  if (typeof source.on === 'function') {
    if (once) source.once(name, fn);
    else source.on(name, fn);
  } else if (typeof source.addEventListener === 'function') {
    source.addEventListener(name, fn, once ? { once: true } : undefined);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', source);
  }
}

function unsubscribe(source, name, fn) {
  if (typeof source.removeListener === 'function') source.removeListener(name, fn);
  else if (typeof source.removeEventListener === 'function') source.removeEventListener(name, fn);
  else throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', source);
}

function abortedError(signal) {
  return new errors.AbortError(undefined, { cause: signal?.reason });
}

// The validated, not-yet-aborted `options.signal` (or undefined).
function usableSignal(options) {
  const s = options?.signal;
  validateAbortSignal(s, 'options.signal');
  if (s?.aborted) throw abortedError(s);
  return s;
}

async function once(emitter, name, options = { __proto__: null }) {
  const signal = usableSignal(options);
  return new Promise((resolve, reject) => {
    const watchError = name !== 'error' && typeof emitter.once === 'function';
    const finish = () => {
      if (watchError) emitter.removeListener('error', onError);
      if (signal != null) signal.removeEventListener('abort', onAbort);
    };
    const onEvent = (...args) => {
      finish();
      resolve(args);
    };
    const onError = (err) => {
      emitter.removeListener(name, onEvent);
      if (signal != null) signal.removeEventListener('abort', onAbort);
      reject(err);
    };
    const onAbort = () => {
      unsubscribe(emitter, name, onEvent);
      if (watchError) emitter.removeListener('error', onError);
      reject(abortedError(signal));
    };
    subscribe(emitter, name, onEvent, true);
    if (watchError) emitter.once('error', onError);
    if (signal != null) signal.addEventListener('abort', onAbort, abortListenerOptions());
  });
}

const asyncIterProto = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

function on(emitter, event, options = { __proto__: null }) {
  const signal = usableSignal(options);
  // Both spellings of the water marks are accepted.
  const high = options?.highWaterMark ?? options?.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(high, 'options.highWaterMark', 1);
  const low = options?.lowWaterMark ?? options?.lowWatermark ?? 1;
  validateInteger(low, 'options.lowWaterMark', 1);

  // Buffered event argument lists, and next() calls still waiting for one.
  let buffered = [];
  let head = 0;
  const waiting = [];
  let pendingError = null;
  let closed = false;
  let paused = false;
  const bufferedCount = () => buffered.length - head;

  const result = (value, done) => ({ value, done });

  const onValue = (...args) => {
    if (waiting.length > 0) {
      waiting.shift().resolve(result(args, false));
      return;
    }
    buffered.push(args);
    if (!paused && bufferedCount() > high) {
      paused = true;
      emitter.pause();
    }
  };

  const onError = (err) => {
    if (waiting.length > 0) waiting.shift().reject(err);
    else pendingError = err;
    close();
  };

  const onAbort = () => onError(abortedError(signal));

  const closers = options?.close;

  function close() {
    unsubscribe(emitter, event, onValue);
    if (event !== 'error' && typeof emitter.on === 'function') emitter.removeListener('error', onError);
    if (closers?.length) {
      for (const name of closers) unsubscribe(emitter, name, close);
    }
    if (signal != null) signal.removeEventListener('abort', onAbort);
    closed = true;
    const done = result(undefined, true);
    while (waiting.length > 0) waiting.shift().resolve(done);
    return Promise.resolve(done);
  }

  const iterator = {
    __proto__: asyncIterProto,
    next() {
      if (bufferedCount() > 0) {
        const value = buffered[head];
        buffered[head++] = undefined;
        if (head === buffered.length) {
          buffered = [];
          head = 0;
        } else if (head > 1024 && head * 2 > buffered.length) {
          buffered = buffered.slice(head);
          head = 0;
        }
        if (paused && bufferedCount() < low) {
          paused = false;
          emitter.resume();
        }
        return Promise.resolve(result(value, false));
      }
      if (pendingError !== null) {
        const p = Promise.reject(pendingError);
        pendingError = null;
        return p;
      }
      if (closed) return close();
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      return close();
    },
    throw(err) {
      if (!(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      onError(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() { return bufferedCount(); },
      get low() { return low; },
      get high() { return high; },
      get isPaused() { return paused; },
    },
  };

  subscribe(emitter, event, onValue, false);
  if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', onError);
  if (closers?.length) {
    for (const name of closers) subscribe(emitter, name, close, false);
  }
  if (signal != null) signal.addEventListener('abort', onAbort, abortListenerOptions());
  return iterator;
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  checkListener(listener);
  let detach;
  if (signal.aborted) {
    queueTask(() => listener());
  } else {
    signal.addEventListener('abort', listener, abortListenerOptions());
    detach = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [Symbol.dispose]() {
      if (detach !== undefined) {
        const d = detach;
        detach = undefined;
        d();
      }
    },
  };
}

// ---- EventEmitterAsyncResource (built on async_hooks.AsyncResource) ----------------------------

let AsyncResourceEmitter;
function makeAsyncResourceEmitter() {
  const { AsyncResource } = require('async_hooks');
  const kResource = Symbol('kAsyncResource');
  const kOwner = Symbol('kEventEmitter');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(owner, type, options) {
      super(type, options);
      this[kOwner] = owner;
    }

    get eventEmitter() {
      if (this[kOwner] === undefined) throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      return this[kOwner];
    }
  }

  class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) validateString(options?.name, 'options.name');
        name = options?.name || new.target.name;
      }
      super(options);
      this[kResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      const resource = this.asyncResource;
      return resource.runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      this.asyncResource.emitDestroy();
    }

    get asyncId() { return this.asyncResource.asyncId(); }

    get triggerAsyncId() { return this.asyncResource.triggerAsyncId(); }

    get asyncResource() {
      if (this[kResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      return this[kResource];
    }
  }
  return EventEmitterAsyncResource;
}

// ---- the module's shape (keys in Node's order) -------------------------------------------------

function defineValue(key, value, enumerable = true) {
  Object.defineProperty(EventEmitter, key, { value, writable: true, enumerable, configurable: true });
}

defineValue('addAbortListener', addAbortListener);
defineValue('once', once);
defineValue('on', on);
defineValue('getEventListeners', getEventListeners);
defineValue('getMaxListeners', getMaxListeners);
defineValue('EventEmitter', EventEmitter);
defineValue('usingDomains', false);
defineValue('captureRejectionSymbol', captureRejectionSymbol);
Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() { return proto[kCapture]; },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    proto[kCapture] = value;
  },
});
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  configurable: true,
  get() {
    if (AsyncResourceEmitter === undefined) AsyncResourceEmitter = makeAsyncResourceEmitter();
    return AsyncResourceEmitter;
  },
});
defineValue('errorMonitor', errorMonitor);
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultLimit; },
  set(value) {
    checkLimit(value, 'defaultMaxListeners');
    defaultLimit = value;
  },
});
Object.defineProperty(EventEmitter, 'kMaxEventTargetListeners', { value: kMaxEventTargetListeners });
Object.defineProperty(EventEmitter, 'kMaxEventTargetListenersWarned', { value: kMaxEventTargetListenersWarned });

defineValue('setMaxListeners', function(n = defaultLimit, ...eventTargets) {
  checkLimit(n, 'setMaxListeners');
  if (!eventTargets.length) {
    defaultLimit = n;
    return;
  }
  for (const target of eventTargets) {
    if (looksLikeEventTarget(target)) {
      setTargetMaxListeners(target, n);
    } else if (target === null || target === undefined) {
      // What reading a property of null/undefined reports in Node.
      throw new TypeError(`Cannot read properties of ${target} (reading 'setMaxListeners')`);
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
});

// Node's `init` is anonymous.
Object.defineProperty(initEmitter, 'name', { value: '' });
defineValue('init', initEmitter);

// Deprecated (DEP0033): prefer emitter.listenerCount().
defineValue('listenerCount', function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return countListeners.call(emitter, type);
});

module.exports = EventEmitter;
