'use strict';
// AbortController and AbortSignal (abort, timeout, any) built on EventTarget, as in Node.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('node/internal/errors');
const { validateAbortSignal, validateArray, validateUint32 } = require('node/internal/validators');
const {
  Event, EventTarget, defineEventHandler, kNewListener, kRemoveListener, kTrustEvent,
} = require('node/internal/event_target');
const { DOMException } = require('node/internal/domexception');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kTimeout = Symbol('kTimeout');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// Timeout and composite signals are referenced weakly by their timer or sources; while they
// have 'abort' listeners and are not yet aborted, this set keeps them alive.
const persistentSignals = new Set();

function customInspect(self, fields, depth, options, inspect) {
  if (depth < 0) return self;
  const opts = Object.assign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });
  const fn = typeof inspect === 'function' ? inspect : require('util').inspect;
  return `${self.constructor.name} ${fn(fields, opts)}`;
}

function checkThisSignal(obj) {
  if (obj?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

// The AbortSignal constructor is not user-callable; signals are EventTargets whose prototype is
// switched to AbortSignal.prototype.
function createAbortSignal(options = {}) {
  const { aborted = false, reason = undefined, composite = false } = options;
  const signal = new EventTarget();
  Object.setPrototypeOf(signal, AbortSignal.prototype);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  signal[kComposite] = composite;
  return signal;
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
  persistentSignals.delete(signal);
  const dependants = signal[kDependantSignals];
  if (dependants !== undefined) {
    for (const ref of dependants) {
      const dependant = ref.deref();
      if (dependant !== undefined) abortSignal(dependant, reason);
    }
  }
}

function defaultReason() {
  return new DOMException('This operation was aborted', 'AbortError');
}

function startTimeout(signalRef, delay) {
  const { setTimeout } = require('timers');
  const timer = setTimeout(() => {
    const signal = signalRef.deref();
    if (signal !== undefined) {
      persistentSignals.delete(signal);
      abortSignal(signal,
        new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }
  }, delay);
  if (typeof timer?.unref === 'function') timer.unref();
  return timer;
}

let clearTimerRegistry;

class AbortSignal extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get aborted() {
    checkThisSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    checkThisSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkThisSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, { aborted: this.aborted }, depth, options, inspect);
  }

  static abort(reason = defaultReason()) {
    return createAbortSignal({ aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createAbortSignal();
    signal[kTimeout] = true;
    const timer = startTimeout(new WeakRef(signal), delay);
    if (clearTimerRegistry === undefined) {
      clearTimerRegistry = new FinalizationRegistry((t) => require('timers').clearTimeout(t));
    }
    clearTimerRegistry.register(signal, timer);
    return signal;
  }

  static any(signals) {
    validateArray(signals, 'signals');
    for (let i = 0; i < signals.length; i++) {
      validateAbortSignal(signals[i], `signals[${i}]`);
    }
    const result = createAbortSignal({ composite: true });
    if (signals.length === 0) return result;
    // Sources are held strongly (a timeout source is otherwise only weakly held by its timer);
    // each source holds its dependants weakly.
    const resultRef = new WeakRef(result);
    const sources = new Set();
    result[kSourceSignals] = sources;
    const link = (source) => {
      sources.add(source);
      if (source[kDependantSignals] === undefined) source[kDependantSignals] = new Set();
      source[kDependantSignals].add(resultRef);
    };
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.aborted) {
        abortSignal(result, signal.reason);
        return result;
      }
      if (!signal[kComposite]) {
        link(signal);
      } else if (signal[kSourceSignals] !== undefined) {
        // A composite source contributes its own sources.
        for (const source of signal[kSourceSignals]) link(source);
      }
    }
    return result;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if ((this[kTimeout] || this[kComposite]) && type === 'abort' && !this.aborted && !weak) {
      persistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if ((this[kTimeout] || this[kComposite]) && type === 'abort' && size === 0) {
      persistentSignals.delete(this);
    }
  }
}

for (const name of ['aborted']) {
  const desc = Object.getOwnPropertyDescriptor(AbortSignal.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(AbortSignal.prototype, name, desc);
}
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

function privateSignalError() {
  return new TypeError('Cannot read private member #signal from an object whose class did not declare it');
}

class AbortController {
  #signal;

  constructor() {
    this.#signal = createAbortSignal();
  }

  get signal() {
    if (!(this !== null && typeof this === 'object' && #signal in this)) throw privateSignalError();
    return this.#signal;
  }

  abort(reason = defaultReason()) {
    if (!(this !== null && typeof this === 'object' && #signal in this)) throw privateSignalError();
    abortSignal(this.#signal, reason);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, { signal: this.signal }, depth, options, inspect);
  }
}

for (const name of ['signal', 'abort']) {
  const desc = Object.getOwnPropertyDescriptor(AbortController.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(AbortController.prototype, name, desc);
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

// util.aborted(signal, resource): resolves once the signal aborts.
async function aborted(signal, resource) {
  if (signal === undefined) {
    throw new (require('node/internal/errors').codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  require('node/internal/validators').validateObject(resource, 'resource',
    { allowArray: true, allowFunction: true });
  if (signal.aborted) return undefined;
  return new Promise((resolve) => {
    require('events').addAbortListener(signal, () => resolve());
  });
}

function isAbortSignal(value) {
  return value !== null && typeof value === 'object' && value[kAborted] !== undefined;
}

module.exports = {
  AbortController,
  AbortSignal,
  abortSignal,
  aborted,
  createAbortSignal,
  isAbortSignal,
  kAborted,
  kReason,
};
