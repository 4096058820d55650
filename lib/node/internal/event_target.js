'use strict';
// The DOM event model as Node exposes it: Event, CustomEvent, EventTarget (capture / once /
// passive / signal options, handleEvent objects), NodeEventTarget (emitter-style methods over
// the same listener lists), `on<type>` handler attributes, and the listener/max-listener
// accessors that node:events uses for EventTargets.
//
// Each target keeps, per event type, a doubly linked chain of listener entries. Dispatch walks
// the chain reading an entry's successor only after that entry ran, and skips entries flagged
// as removed, so removals during a dispatch take effect at once while an entry appended
// during the dispatch runs only if the walk had not yet reached the old end of the chain.

const {
  codes: {
    ERR_EVENT_RECURSION, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('node/internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

// Hooks a subclass may implement to hear about listener changes: called with (type, count)
// after an entry for `type` was added or removed (count: entries of that type now).
const kListenerAdded = Symbol('kListenerAdded');
const kListenerRemoved = Symbol('kListenerRemoved');

const NONE = 0;
const CAPTURING_PHASE = 1;
const AT_TARGET = 2;
const BUBBLING_PHASE = 3;

let clock;
function timeNow() {
  if (clock === undefined) {
    try {
      clock = require('perf_hooks').performance.now;
    } catch {
      clock = () => Date.now();
    }
  }
  return clock();
}

function lazyInspect() {
  return require('node/internal/util/inspect').inspect;
}

function withDepth(options, depth) {
  return Object.assign({}, options, { depth });
}

function processModule() {
  return require('process');
}

// A listener threw (or its promise rejected): report it as an uncaught exception later,
// without interrupting the dispatch in progress.
function reportLater(err) {
  processModule().nextTick(() => { throw err; });
}

// ---------------------------------------------------------------------------------------
// Event

let stateOfEvent; // (value) => the event's internal record, or undefined

class Event {
  #st;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== undefined && options !== null &&
        (typeof options !== 'object' || Array.isArray(options))) {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const opts = options == null ? {} : options;
    this.#st = {
      type: typeString(type),
      bubbles: Boolean(opts.bubbles),
      cancelable: Boolean(opts.cancelable),
      composed: Boolean(opts.composed),
      canceled: false,
      stamp: timeNow(),
      stopped: false,
      stoppedNow: false,
      target: null,
      current: null,
      phase: NONE,
      busy: false,
      trusted: false,
    };
  }

  static {
    stateOfEvent = (value) => {
      if (value === null || typeof value !== 'object' || !(#st in value)) return undefined;
      return value.#st;
    };
  }

  initEvent(type, bubbles = false, cancelable = false) {
    const st = eventState(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (st.busy) return;
    st.type = typeString(type);
    st.bubbles = Boolean(bubbles);
    st.cancelable = Boolean(cancelable);
  }

  stopImmediatePropagation() {
    const st = eventState(this);
    st.stoppedNow = true;
    st.stopped = true;
  }

  preventDefault() {
    const st = eventState(this);
    // Node v20 lets a passive listener cancel too.
    if (st.cancelable) st.canceled = true;
  }

  get target() { return eventState(this).target; }

  get currentTarget() { return eventState(this).current; }

  get srcElement() { return eventState(this).target; }

  get type() { return eventState(this).type; }

  get cancelable() { return eventState(this).cancelable; }

  get defaultPrevented() {
    const st = eventState(this);
    return st.cancelable && st.canceled;
  }

  get timeStamp() { return eventState(this).stamp; }

  composedPath() {
    const st = eventState(this);
    return st.busy && st.current !== null ? [st.current] : [];
  }

  get returnValue() {
    const st = eventState(this);
    return !(st.cancelable && st.canceled);
  }

  get bubbles() { return eventState(this).bubbles; }

  get composed() { return eventState(this).composed; }

  get eventPhase() { return eventState(this).phase; }

  get cancelBubble() { return eventState(this).stopped; }

  set cancelBubble(value) {
    const st = eventState(this);
    if (value) st.stopped = true;
  }

  stopPropagation() {
    eventState(this).stopped = true;
  }

  [customInspect](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const st = eventState(this);
    const shown = {
      type: st.type,
      defaultPrevented: st.cancelable && st.canceled,
      cancelable: st.cancelable,
      timeStamp: st.stamp,
    };
    return `${name} ${lazyInspect()(shown, withDepth(options, depth))}`;
  }
}

function typeString(type) {
  if (typeof type === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${type}`;
}

function eventState(value, className = 'Event') {
  const st = stateOfEvent(value);
  if (st === undefined) throw new ERR_INVALID_THIS(className);
  return st;
}

function makeEnumerable(proto, skip) {
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor' || skip.includes(key)) continue;
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    desc.enumerable = true;
    Object.defineProperty(proto, key, desc);
  }
}

makeEnumerable(Event.prototype, []);
// isTrusted is unforgeable: a non-configurable accessor that answers false for non-events.
Object.defineProperty(Event.prototype, 'isTrusted', {
  get: function isTrusted() {
    const st = stateOfEvent(this);
    return st !== undefined && st.trusted;
  },
  enumerable: true,
  configurable: false,
});
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  value: 'Event', writable: false, enumerable: false, configurable: true,
});
for (const [name, value] of [['NONE', NONE], ['CAPTURING_PHASE', CAPTURING_PHASE],
  ['AT_TARGET', AT_TARGET], ['BUBBLING_PHASE', BUBBLING_PHASE]]) {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}

// An event whose isTrusted reads true (the events the runtime itself fires, e.g. 'abort').
function trustedEvent(type, Ctor = Event, init = undefined) {
  const ev = new Ctor(type, init);
  stateOfEvent(ev).trusted = true;
  return ev;
}

let detailOf;

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    const detail = options == null ? undefined : options.detail;
    this.#detail = detail === undefined ? null : detail;
  }

  static {
    detailOf = (ev) => {
      if (ev === null || typeof ev !== 'object' || !(#detail in ev)) throw new ERR_INVALID_THIS('CustomEvent');
      return ev.#detail;
    };
  }

  get detail() { return detailOf(this); }
}

makeEnumerable(CustomEvent.prototype, []);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

// ---------------------------------------------------------------------------------------
// EventTarget

const DEFAULT_MAX = 10;

// New targets start from EventEmitter.defaultMaxListeners, as it is when they are made.
let eventsModule;
function defaultMax() {
  if (eventsModule === undefined) {
    try {
      eventsModule = require('events');
    } catch {
      eventsModule = null;
    }
  }
  const n = eventsModule === null ? undefined : eventsModule.defaultMaxListeners;
  return typeof n === 'number' ? n : DEFAULT_MAX;
}

let registryOf; // (value) => the target's internal registry, or undefined

class EventTarget {
  // { chains: Map<type, {first, last, count}>, max, warned, handlers: Map<type, slot> }
  #reg = { chains: new Map(), max: defaultMax(), warned: false, handlers: null };

  static {
    registryOf = (value) => {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function') ||
          !(#reg in value)) {
        return undefined;
      }
      return value.#reg;
    };
  }

  addEventListener(type, listener, options = undefined) {
    const reg = targetRegistry(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const opts = readAddOptions(options);
    if (listener == null) {
      warnNullListener(this, type, listener);
      return;
    }
    checkListener(listener);
    addEntry(this, reg, eventTypeKey(type), listener, opts);
  }

  removeEventListener(type, listener, options = undefined) {
    const reg = targetRegistry(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (listener == null) return;
    checkListener(listener);
    // Node reads only an options object here: a bare boolean does not select capture.
    const capture = Boolean(options !== null && typeof options === 'object' && options.capture);
    const key = eventTypeKey(type);
    const chain = reg.chains.get(key);
    if (chain === undefined) return;
    for (let e = chain.first; e !== null; e = e.next) {
      if (e.callback === listener && e.capture === capture) {
        removeEntry(this, reg, e);
        return;
      }
    }
  }

  dispatchEvent(event) {
    targetRegistry(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('event');
    if (stateOfEvent(event) === undefined) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    return runDispatch(this, event, false, undefined);
  }

  [customInspect](depth) {
    const name = this.constructor.name;
    return depth < 0 ? name : `${name} {}`;
  }
}

makeEnumerable(EventTarget.prototype, []);
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

function targetRegistry(value) {
  const reg = registryOf(value);
  if (reg === undefined) throw new ERR_INVALID_THIS('EventTarget');
  return reg;
}

function eventTypeKey(type) {
  if (typeof type === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', type);
  return `${type}`;
}

function checkListener(listener) {
  if (typeof listener === 'function') return;
  if (listener !== null && typeof listener === 'object') return;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function readAddOptions(options) {
  const out = { capture: false, once: false, passive: false, signal: undefined, nodeStyle: false };
  if (options == null) return out;
  if (typeof options === 'boolean') {
    out.capture = options;
    return out;
  }
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  out.capture = Boolean(options.capture);
  out.once = Boolean(options.once);
  out.passive = Boolean(options.passive);
  const signal = options.signal;
  if (signal !== undefined) {
    if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
      throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
    }
    out.signal = signal;
  }
  return out;
}

function warnNullListener(target, type, listener) {
  const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
  warning.name = 'AddEventListenerArgumentTypeWarning';
  warning.target = target;
  warning.type = type;
  processModule().emitWarning(warning);
}

function warnTooMany(target, reg, type, count) {
  reg.warned = true;
  const shown = lazyInspect()(target, { depth: -1 });
  const warning = new Error('Possible EventTarget memory leak detected. ' +
    `${count} ${type} listeners added to ${shown}. MaxListeners is ${reg.max}. ` +
    'Use events.setMaxListeners() to increase limit');
  warning.name = 'MaxListenersExceededWarning';
  warning.target = target;
  warning.type = type;
  warning.count = count;
  processModule().emitWarning(warning);
}

// Adds one entry unless an equal one (same callback, same capture) is already there. Returns
// the entry, or null when nothing was added.
function addEntry(target, reg, type, callback, opts) {
  const signal = opts.signal;
  if (signal !== undefined && signal.aborted) return null;
  let chain = reg.chains.get(type);
  if (chain === undefined) {
    chain = { first: null, last: null, count: 0 };
    reg.chains.set(type, chain);
  }
  for (let e = chain.first; e !== null; e = e.next) {
    if (e.callback === callback && e.capture === opts.capture) return null;
  }
  const entry = {
    type,
    callback,
    capture: opts.capture,
    once: opts.once,
    passive: opts.passive,
    nodeStyle: opts.nodeStyle,
    slot: opts.slot,
    removed: false,
    prev: chain.last,
    next: null,
    unhookSignal: null,
  };
  if (chain.last === null) chain.first = entry;
  else chain.last.next = entry;
  chain.last = entry;
  chain.count++;

  if (reg.max > 0 && chain.count > reg.max && !reg.warned) {
    warnTooMany(target, reg, type, chain.count);
  }
  if (signal !== undefined) {
    const onAbort = () => removeEntry(target, reg, entry);
    addEntry(signal, targetRegistry(signal), 'abort', onAbort,
      { capture: false, once: true, passive: false, signal: undefined, nodeStyle: false });
    entry.unhookSignal = () => {
      const sreg = registryOf(signal);
      const schain = sreg.chains.get('abort');
      if (schain === undefined) return;
      for (let e = schain.first; e !== null; e = e.next) {
        if (e.callback === onAbort) {
          removeEntry(signal, sreg, e);
          return;
        }
      }
    };
  }
  if (typeof target[kListenerAdded] === 'function') target[kListenerAdded](type, chain.count);
  return entry;
}

function removeEntry(target, reg, entry) {
  if (entry.removed) return;
  entry.removed = true;
  const chain = reg.chains.get(entry.type);
  // Keep entry.next intact: a dispatch standing on this entry still needs its successor.
  if (entry.prev === null) chain.first = entry.next;
  else entry.prev.next = entry.next;
  if (entry.next === null) chain.last = entry.prev;
  else entry.next.prev = entry.prev;
  chain.count--;
  if (chain.count === 0) reg.chains.delete(entry.type);
  if (entry.unhookSignal !== null) {
    const unhook = entry.unhookSignal;
    entry.unhookSignal = null;
    unhook();
  }
  if (typeof target[kListenerRemoved] === 'function') target[kListenerRemoved](entry.type, chain.count);
}

// Runs the listeners for `event` on `target`. When `hasNodeArg` is set, entries added through
// the emitter-style API receive `nodeArg` instead of the event object.
function runDispatch(target, event, hasNodeArg, nodeArg) {
  const st = stateOfEvent(event);
  if (st.busy) throw new ERR_EVENT_RECURSION(st.type);
  const reg = registryOf(target);
  st.busy = true;
  st.target = target;
  st.current = target;
  st.phase = AT_TARGET;
  const chain = reg.chains.get(st.type);
  let entry = chain === undefined ? null : chain.first;
  try {
    while (entry !== null && !st.stoppedNow) {
      // The successor is read before the call: entries appended by this listener are not
      // reached when it is the last one.
      const next = entry.next;
      if (!entry.removed) {
        if (entry.once) removeEntry(target, reg, entry);
        callEntry(target, entry, event, hasNodeArg, nodeArg);
        // Node v20 clears these after the first listener ran; later listeners see them unset.
        st.current = null;
        st.phase = NONE;
      }
      entry = next;
    }
  } finally {
    st.current = null;
    st.phase = NONE;
    st.busy = false;
  }
  return !(st.cancelable && st.canceled);
}

function callEntry(target, entry, event, hasNodeArg, nodeArg) {
  const arg = entry.nodeStyle && hasNodeArg ? nodeArg : event;
  const cb = entry.callback;
  let result;
  if (typeof cb === 'function') {
    try {
      result = cb.call(target, arg);
    } catch (err) {
      reportLater(err);
      return;
    }
  } else {
    // Node reports a throwing handleEvent one microtask later, like a rejected promise.
    try {
      const method = cb.handleEvent;
      if (typeof method !== 'function') return;
      result = method.call(cb, arg);
    } catch (err) {
      Promise.reject(err).then(undefined, reportLater);
      return;
    }
  }
  if (result !== undefined && result !== null && typeof result.then === 'function') {
    result.then(undefined, reportLater);
  }
}

// ---------------------------------------------------------------------------------------
// Accessors for node:events and the other internals

function isEventTarget(value) {
  return registryOf(value) !== undefined;
}

function listenersOf(target, type) {
  const reg = targetRegistry(target);
  const chain = reg.chains.get(`${type}`);
  const out = [];
  if (chain === undefined) return out;
  for (let e = chain.first; e !== null; e = e.next) {
    out.push(e.slot !== undefined ? e.slot.value : e.callback);
  }
  return out;
}

function listenerCountOf(target, type) {
  const chain = targetRegistry(target).chains.get(`${type}`);
  return chain === undefined ? 0 : chain.count;
}

function typesOf(target) {
  return [...targetRegistry(target).chains.keys()];
}

function maxListenersOf(target) {
  return targetRegistry(target).max;
}

function setMaxListenersOf(target, n) {
  const reg = targetRegistry(target);
  reg.max = n;
  reg.warned = false;
}

// Internal add/remove used by NodeEventTarget, handler attributes and the other modules.
function addListenerInternal(target, type, callback, { once = false, nodeStyle = false, slot } = {}) {
  return addEntry(target, targetRegistry(target), `${type}`, callback,
    { capture: false, once, passive: false, signal: undefined, nodeStyle, slot });
}

function dispatchInternal(target, event, hasNodeArg = false, nodeArg = undefined) {
  return runDispatch(target, event, hasNodeArg, nodeArg);
}

// ---------------------------------------------------------------------------------------
// on<type> handler attributes: the handler keeps the listener position it first took; a new
// value replaces it in place, null/undefined removes it.

function defineEventHandler(proto, name, type = name) {
  const prop = `on${name}`;
  const get = function() {
    const reg = registryOf(this);
    if (reg === undefined) throw new ERR_INVALID_ARG_TYPE('this', 'EventTarget', this);
    const slot = reg.handlers === null ? undefined : reg.handlers.get(type);
    return slot === undefined ? null : slot.value;
  };
  const set = function(value) {
    const reg = registryOf(this);
    if (reg === undefined) throw new ERR_INVALID_ARG_TYPE('this', 'EventTarget', this);
    if (reg.handlers === null) reg.handlers = new Map();
    let slot = reg.handlers.get(type);
    if (value === null || value === undefined) {
      if (slot !== undefined) {
        reg.handlers.delete(type);
        if (slot.entry !== null) removeEntry(this, reg, slot.entry);
      }
      return;
    }
    if (slot !== undefined) {
      slot.value = value;
      return;
    }
    slot = { value, entry: null };
    reg.handlers.set(type, slot);
    const invoke = function(arg) {
      if (typeof slot.value === 'function') return slot.value.call(this, arg);
    };
    slot.entry = addEntry(this, reg, type, invoke,
      { capture: false, once: false, passive: false, signal: undefined, nodeStyle: false, slot });
  };
  Object.defineProperty(get, 'name', { value: `get ${prop}` });
  Object.defineProperty(set, 'name', { value: `set ${prop}` });
  Object.defineProperty(proto, prop, { get, set, enumerable: true, configurable: true });
}

// ---------------------------------------------------------------------------------------
// NodeEventTarget: an EventTarget that also speaks a subset of the EventEmitter API. Listeners
// added with on()/once() receive the event's payload (the detail of an emitted event, the
// data of a message) rather than the Event object.

function nodeTarget(value) {
  if (registryOf(value) === undefined || !(value instanceof NodeEventTarget)) {
    throw new ERR_INVALID_THIS('NodeEventTarget');
  }
  return value;
}

class NodeEventTarget extends EventTarget {
  setMaxListeners(n) {
    nodeTarget(this);
    setMaxListenersOf(this, n);
  }

  getMaxListeners() {
    return maxListenersOf(nodeTarget(this));
  }

  eventNames() {
    return typesOf(nodeTarget(this));
  }

  listenerCount(type) {
    return listenerCountOf(nodeTarget(this), type);
  }

  off(type, listener, options = undefined) {
    nodeTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options = undefined) {
    nodeTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    nodeTarget(this);
    checkListener(listener);
    addListenerInternal(this, type, listener, { nodeStyle: true });
    return this;
  }

  addListener(type, listener) {
    nodeTarget(this);
    checkListener(listener);
    addListenerInternal(this, type, listener, { nodeStyle: true });
    return this;
  }

  once(type, listener) {
    nodeTarget(this);
    checkListener(listener);
    addListenerInternal(this, type, listener, { nodeStyle: true, once: true });
    return this;
  }

  emit(type, arg) {
    nodeTarget(this);
    const key = `${type}`;
    const had = listenerCountOf(this, key) > 0;
    runDispatch(this, new CustomEvent(key, { detail: arg }), true, arg);
    return had;
  }

  removeAllListeners(type = undefined) {
    nodeTarget(this);
    const reg = registryOf(this);
    const types = type === undefined ? [...reg.chains.keys()] : [`${type}`];
    for (const key of types) {
      const chain = reg.chains.get(key);
      if (chain === undefined) continue;
      for (let e = chain.first; e !== null; e = e.next) removeEntry(this, reg, e);
    }
    if (reg.handlers !== null) {
      for (const key of types) reg.handlers.delete(key);
    }
    return this;
  }
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  isEventTarget,
  listenersOf,
  maxListenersOf,
  setMaxListenersOf,
  // internal interface for abort_controller.js / message_port.js
  kListenerAdded,
  kListenerRemoved,
  trustedEvent,
  addListenerInternal,
  dispatchInternal,
  listenerCountOf,
  eventIsDispatching: (ev) => stateOfEvent(ev).busy,
};
