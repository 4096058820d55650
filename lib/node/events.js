'use strict';
// node:events: EventEmitter and its static helpers (once, on, getEventListeners,
// setMaxListeners, addAbortListener...). Listener storage matches Node's shape: `_events` is a
// null-prototype object mapping an event to one function or to an array of functions.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR },
  notImplemented,
} = require('node/internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInteger, validateNumber,
  validateString,
} = require('node/internal/validators');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kFirstEventParam = Symbol('nodejs.kFirstEventParam');

let defaultMaxListeners = 10;

let lazyEventTarget;
function eventTargetModule() {
  if (lazyEventTarget === undefined) lazyEventTarget = require('node/internal/event_target');
  return lazyEventTarget;
}

let lazyInspectFn;
function inspect(value, opts) {
  if (lazyInspectFn === undefined) lazyInspectFn = require('util').inspect;
  return lazyInspectFn(value, opts);
}

function disposeSymbol() {
  return Symbol.dispose || Symbol.for('nodejs.dispose');
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

// ---------------------------------------------------------------------------------------------
// Static members, in Node's order.

EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});

let asyncResourceClass;
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  configurable: true,
  get() {
    if (asyncResourceClass === undefined) asyncResourceClass = makeEventEmitterAsyncResource();
    return asyncResourceClass;
  },
});

EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
});

Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
  },
});

// Sets the limit for the given emitters/targets, or the default when none is given.
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (target == null) {
      throw new TypeError(`Cannot read properties of ${target} (reading 'setMaxListeners')`);
    }
    if (target.constructor?.[Symbol.for('nodejs.event_target')]) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

EventEmitter.init = function(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// Deprecated (DEP0033): emitter.listenerCount() is the replacement.
EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

// ---------------------------------------------------------------------------------------------
// Prototype

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

function effectiveMaxListeners(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return effectiveMaxListeners(this);
};

// With captureRejections, a listener's rejected promise is routed to Symbol.for('nodejs.rejection')
// or to 'error' on the next tick.
function watchRejection(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        require('process').nextTick(deliverRejection, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function deliverRejection(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    // Without this, a rejection in an 'error' listener would loop forever.
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

function unhandledError(er) {
  let text;
  try {
    text = inspect(er);
  } catch {
    text = er;
  }
  const err = new ERR_UNHANDLED_ERROR();
  const message = `Unhandled error. (${text})`;
  const stack = err.stack;
  Object.defineProperty(err, 'message', {
    value: message, enumerable: false, writable: true, configurable: true,
  });
  if (typeof stack === 'string') {
    const nl = stack.indexOf('\n');
    const rest = nl === -1 ? '' : stack.slice(nl);
    err.stack = `Error [ERR_UNHANDLED_ERROR]: ${message}${rest}`;
  }
  err.context = er;
  return err;
}

// Listener arrays are copy-on-write: add and remove always install a new array, so emit can
// walk the array it read without copying it, and listeners added or removed during an emit
// don't affect that emit. The call is spelled out per argument count: apply is slow on QuickJS.
EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') {
    let unhandled = true;
    if (events !== undefined) {
      if (events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
      unhandled = events.error === undefined;
    }
    if (unhandled) {
      const er = args.length > 0 ? args[0] : undefined;
      if (er instanceof Error) throw er; // Unhandled 'error' event
      throw unhandledError(er);
    }
  } else if (events === undefined) {
    return false;
  }

  const handler = events[type];
  if (handler === undefined) return false;

  const argc = args.length;
  if (typeof handler === 'function') {
    let result;
    switch (argc) {
      case 0: result = handler.call(this); break;
      case 1: result = handler.call(this, args[0]); break;
      case 2: result = handler.call(this, args[0], args[1]); break;
      case 3: result = handler.call(this, args[0], args[1], args[2]); break;
      default: result = handler.apply(this, args);
    }
    if (result !== undefined && result !== null) watchRejection(this, result, type, args);
  } else {
    const len = handler.length;
    for (let i = 0; i < len; ++i) {
      const listener = handler[i];
      let result;
      switch (argc) {
        case 0: result = listener.call(this); break;
        case 1: result = listener.call(this, args[0]); break;
        case 2: result = listener.call(this, args[0], args[1]); break;
        case 3: result = listener.call(this, args[0], args[1], args[2]); break;
        default: result = listener.apply(this, args);
      }
      if (result !== undefined && result !== null) watchRejection(this, result, type, args);
    }
  }
  return true;
};

// A new listener array (see emit); the leak-warning mark carries over.
function withListener(list, listener, prepend) {
  const len = list.length;
  const out = new Array(len + 1);
  const shift = prepend ? 1 : 0;
  for (let i = 0; i < len; i++) out[i + shift] = list[i];
  out[prepend ? 0 : len] = listener;
  if (list.warned) out.warned = true;
  return out;
}

function withoutIndex(list, position) {
  const len = list.length;
  const out = new Array(len - 1);
  for (let i = 0, j = 0; i < len; i++) {
    if (i !== position) out[j++] = list[i];
  }
  if (list.warned) out.warned = true;
  return out;
}

function addListenerImpl(target, type, listener, prepend) {
  validateFunction(listener, 'listener');
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    // Emit 'newListener' before adding, so a listener for it doesn't see itself.
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else {
      existing = events[type] = withListener(existing, listener, prepend);
    }

    const m = effectiveMaxListeners(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      const w = new Error('Possible EventEmitter memory leak detected. ' +
        `${existing.length} ${String(type)} listeners added to ${inspect(target, { depth: -1 })}. ` +
        `MaxListeners is ${m}. Use emitter.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      require('process').emitWarning(w);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerImpl(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerImpl(this, type, listener, true);
};

function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    switch (args.length) {
      case 0: return this.listener.call(this.target);
      case 1: return this.listener.call(this.target, args[0]);
      case 2: return this.listener.call(this.target, args[0], args[1]);
      default: return this.listener.apply(this.target, args);
    }
  }
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    events[type] = list.length === 2 ? list[1 - position] : withoutIndex(list, position);
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Nobody listens for 'removeListener': no need to emit it.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  if (!unwrap) return list.slice();
  const out = new Array(list.length);
  for (let i = 0; i < out.length; i++) out[i] = list[i].listener || list[i];
  return out;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const list = events[type];
    if (typeof list === 'function') {
      if (listener != null) return listener === list || listener === list.listener ? 1 : 0;
      return 1;
    } else if (list !== undefined) {
      if (listener != null) {
        let matching = 0;
        for (let i = 0; i < list.length; i++) {
          if (list[i] === listener || list[i].listener === listener) matching++;
        }
        return matching;
      }
      return list.length;
    }
  }
  return 0;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

Object.defineProperty(EventEmitter.prototype, kCapture, {
  value: false, writable: true, enumerable: false,
});

// ---------------------------------------------------------------------------------------------
// Static helpers

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  const { isEventTarget, kEvents } = eventTargetModule();
  if (isEventTarget(emitterOrTarget)) {
    const root = emitterOrTarget[kEvents].get(type);
    const out = [];
    for (let handler = root?.next; handler !== undefined; handler = handler.next) {
      out.push(handler.listener?.deref ? handler.listener.deref() : handler.listener);
    }
    return out;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return effectiveMaxListeners(emitterOrTarget);
  } else if (emitterOrTarget?.[kMaxEventTargetListeners]) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    const { kResistStopPropagation } = eventTargetModule();
    signal.addEventListener('abort', listener,
      { __proto__: null, once: true, [kResistStopPropagation]: true });
    remove = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [disposeSymbol()]() {
      remove?.();
    },
  };
}

function agnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function agnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const { kResistStopPropagation } = eventTargetModule();
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) agnosticRemoveListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal != null) agnosticRemoveListener(signal, 'abort', abortListener);
      resolve(args);
    };
    const opts = { __proto__: null, once: true, [kResistStopPropagation]: true };
    agnosticAddListener(emitter, name, resolver, opts);
    // Only EventEmitters have 'error' semantics; EventTargets don't.
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', errorListener);
    }
    function abortListener() {
      agnosticRemoveListener(emitter, name, resolver);
      agnosticRemoveListener(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) {
      agnosticAddListener(signal, 'abort', abortListener,
        { __proto__: null, once: true, [kResistStopPropagation]: true });
    }
  });
}

let asyncIteratorPrototype;
function getAsyncIteratorPrototype() {
  if (asyncIteratorPrototype === undefined) {
    asyncIteratorPrototype = Object.getPrototypeOf(
      Object.getPrototypeOf(async function* () {}).prototype);
  }
  return asyncIteratorPrototype;
}

// A FIFO queue with O(1) shift.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  isEmpty() {
    return this.head === this.items.length;
  }

  push(value) {
    this.items.push(value);
  }

  shift() {
    const value = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return value;
  }
}

function iterResult(value, done) {
  return { value, done };
}

function on(emitter, event, options = {}) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  // Both spellings are accepted, as in Node.
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = new Queue();
  const unconsumedPromises = new Queue();
  let paused = false;
  let error = null;
  let finished = false;
  let size = 0;

  const iterator = Object.setPrototypeOf({
    next() {
      // Buffered events first.
      if (size) {
        const value = unconsumedEvents.shift();
        size--;
        if (paused && size < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(iterResult(value, false));
      }
      // Then a pending error, reported once.
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },

    [Symbol.asyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() {
        return size;
      },
      get low() {
        return lowWatermark;
      },
      get high() {
        return highWatermark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, getAsyncIteratorPrototype());

  const registered = [];
  const listen = (target, name, handler, flags) => {
    agnosticAddListener(target, name, handler, flags);
    registered.push([target, name, handler, flags]);
  };
  const removeAll = () => {
    while (registered.length > 0) {
      const [target, name, handler, flags] = registered.pop();
      agnosticRemoveListener(target, name, handler, flags);
    }
  };

  listen(emitter, event, options[kFirstEventParam] ? eventHandler : function(...args) {
    return eventHandler(args);
  });
  if (event !== 'error' && typeof emitter.on === 'function') {
    listen(emitter, 'error', errorHandler);
  }
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) listen(emitter, closeEvents[i], closeHandler);
  }

  const abortDisposable = signal ? addAbortListener(signal, abortListener) : null;

  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.isEmpty()) {
      size++;
      if (!paused && size > highWatermark) {
        paused = true;
        emitter.pause();
      }
      unconsumedEvents.push(value);
    } else {
      unconsumedPromises.shift().resolve(iterResult(value, false));
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.isEmpty()) error = err;
    else unconsumedPromises.shift().reject(err);
    closeHandler();
  }

  function closeHandler() {
    if (abortDisposable) abortDisposable[disposeSymbol()]();
    removeAll();
    finished = true;
    const done = iterResult(undefined, true);
    while (!unconsumedPromises.isEmpty()) unconsumedPromises.shift().resolve(done);
    return Promise.resolve(done);
  }
}

// ---------------------------------------------------------------------------------------------
// EventEmitterAsyncResource: needs async_hooks' AsyncResource.

function makeEventEmitterAsyncResource() {
  let AsyncResource;
  try {
    AsyncResource = require('async_hooks').AsyncResource;
  } catch {
    AsyncResource = undefined;
  }
  if (typeof AsyncResource !== 'function') {
    return class EventEmitterAsyncResource extends EventEmitter {
      constructor() {
        throw notImplemented('events.EventEmitterAsyncResource');
      }
    };
  }

  const kAsyncResource = Symbol('kAsyncResource');
  const kEventEmitter = Symbol('kEventEmitter');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(ee, type, options) {
      super(type, options);
      this[kEventEmitter] = ee;
    }

    get eventEmitter() {
      return this[kEventEmitter];
    }
  }

  return class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          validateString(options?.name, 'options.name');
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      const asyncResource = this[kAsyncResource];
      args.unshift(super.emit, this, event);
      return Reflect.apply(asyncResource.runInAsyncScope, asyncResource, args);
    }

    emitDestroy() {
      this[kAsyncResource].emitDestroy();
    }

    get asyncId() {
      return this[kAsyncResource].asyncId();
    }

    get triggerAsyncId() {
      return this[kAsyncResource].triggerAsyncId();
    }

    get asyncResource() {
      return this[kAsyncResource];
    }
  };
}

module.exports = EventEmitter;
