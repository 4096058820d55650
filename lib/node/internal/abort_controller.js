'use strict';
// AbortController and AbortSignal: one-shot cancellation signals (abort(reason), timeout(ms)
// on an unreferenced timer, any(signals) composites), plus the promise helper behind
// util.aborted().

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('node/internal/errors');
const { validateObject, validateUint32 } = require('node/internal/validators');
const {
  EventTarget, defineEventHandler, trustedEvent, dispatchInternal, addListenerInternal,
} = require('node/internal/event_target');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

function domException(message, name) {
  const { DOMException } = require('node/internal/domexception');
  return new DOMException(message, name);
}

function defaultReason() {
  return domException('This operation was aborted', 'AbortError');
}

// The private state of every signal lives in this map's values:
// { aborted, reason, sources: Set|null (composites only), followers: Set|null, timer }
const signalState = new WeakMap();
const creationKey = Symbol('creationKey');

function stateOf(value) {
  let st = value !== null && typeof value === 'object' ? signalState.get(value) : undefined;
  if (st === undefined && value !== null && typeof value === 'object') {
    // A Proxy around a signal reads through to it, as V8's private fields let Node's do.
    const proxy = binding.proxyDetails(value);
    if (proxy !== undefined && proxy[0] !== null) st = signalState.get(proxy[0]);
  }
  if (st === undefined) throw new ERR_INVALID_THIS('AbortSignal');
  return st;
}

function newSignal() {
  return new AbortSignal(creationKey);
}

// Marks `signal` aborted, fires its 'abort' event, then aborts the composites following it.
function fire(signal, reason) {
  const st = signalState.get(signal);
  if (st.aborted) return;
  st.aborted = true;
  st.reason = reason;
  if (st.sources !== null) {
    for (const src of st.sources) {
      const followers = signalState.get(src).followers;
      if (followers !== null) followers.delete(signal);
    }
    st.sources = null;
  }
  dispatchInternal(signal, trustedEvent('abort'));
  const followers = st.followers;
  st.followers = null;
  if (followers !== null) {
    for (const f of followers) fire(f, reason);
  }
}

class AbortSignal extends EventTarget {
  constructor(key = undefined) {
    if (key !== creationKey) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    signalState.set(this, { aborted: false, reason: undefined, sources: null, followers: null });
  }

  get aborted() {
    return stateOf(this).aborted;
  }

  get reason() {
    return stateOf(this).reason;
  }

  throwIfAborted() {
    const st = stateOf(this);
    if (st.aborted) throw st.reason;
  }

  static abort(reason = undefined) {
    const signal = newSignal();
    const st = signalState.get(signal);
    st.aborted = true;
    st.reason = reason === undefined ? defaultReason() : reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = newSignal();
    const { setTimeout } = require('timers');
    const timer = setTimeout(() => {
      fire(signal, domException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    if (timer !== null && typeof timer === 'object' && typeof timer.unref === 'function') timer.unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw new ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    for (let i = 0; i < signals.length; i++) {
      if (!signalState.has(signals[i])) {
        throw new ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', signals[i]);
      }
    }
    const result = newSignal();
    const rst = signalState.get(result);
    for (const s of signals) {
      const sst = signalState.get(s);
      if (sst.aborted) {
        rst.aborted = true;
        rst.reason = sst.reason;
        return result;
      }
    }
    rst.sources = new Set();
    for (const s of signals) {
      const sst = signalState.get(s);
      // A composite source is replaced by the plain signals it follows.
      const roots = sst.sources !== null ? sst.sources : [s];
      for (const root of roots) {
        rst.sources.add(root);
        const root_st = signalState.get(root);
        if (root_st.followers === null) root_st.followers = new Set();
        root_st.followers.add(result);
      }
    }
    return result;
  }

  [customInspect](depth, options) {
    if (depth < 0) return '[AbortSignal]';
    const inspect = require('node/internal/util/inspect').inspect;
    const shown = { aborted: stateOf(this).aborted };
    return `AbortSignal ${inspect(shown, Object.assign({}, options, { depth }))}`;
  }
}

{
  const proto = AbortSignal.prototype;
  const aborted = Object.getOwnPropertyDescriptor(proto, 'aborted');
  aborted.enumerable = true;
  Object.defineProperty(proto, 'aborted', aborted);
  defineEventHandler(proto, 'abort');
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
  });
}

// V8 words a failed private-field read like this; Node's AbortController shows it as is.
function privateMemberError() {
  return new TypeError('Cannot read private member #signal from an object whose class did not declare it');
}

class AbortController {
  #signal = newSignal();

  get signal() {
    if (this === null || typeof this !== 'object' || !(#signal in this)) throw privateMemberError();
    return this.#signal;
  }

  abort(reason = undefined) {
    if (this === null || typeof this !== 'object' || !(#signal in this)) throw privateMemberError();
    fire(this.#signal, reason === undefined ? defaultReason() : reason);
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const inspect = require('node/internal/util/inspect').inspect;
    const name = this.constructor.name;
    // Node nests one level below the caller's configured depth, not below the remaining one.
    const inner = options.depth === null || options.depth === undefined ? options.depth : options.depth - 1;
    return `${name} ${inspect({ signal: this.signal }, Object.assign({}, options, { depth: inner }))}`;
  }
}

{
  const proto = AbortController.prototype;
  for (const key of ['signal', 'abort']) {
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    desc.enumerable = true;
    Object.defineProperty(proto, key, desc);
  }
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: 'AbortController', writable: false, enumerable: false, configurable: true,
  });
}

// util.aborted(signal, resource): settles once `signal` aborts.
function aborted(signal, resource) {
  if (signal === undefined || !signalState.has(signal)) {
    return Promise.reject(new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal));
  }
  try {
    validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
  } catch (err) {
    return Promise.reject(err);
  }
  if (signalState.get(signal).aborted) return Promise.resolve();
  return new Promise((resolve) => {
    addListenerInternal(signal, 'abort', () => resolve(), { once: true });
  });
}

function isAbortSignal(value) {
  return value !== null && typeof value === 'object' && signalState.has(value);
}

module.exports = { AbortController, AbortSignal, aborted, isAbortSignal };
