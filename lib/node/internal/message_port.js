'use strict';
// In-process MessageChannel / MessagePort / MessageEvent. A port is a NodeEventTarget:
// postMessage queues a structured clone on the peer, delivered later from the loop as a
// 'message' event (node-style listeners get the value, DOM listeners a MessageEvent).
// Ports in other threads arrive with workers.

const errors = require('node/internal/errors');
const { ERR_CONSTRUCT_CALL_INVALID } = errors.codes;
const {
  Event, NodeEventTarget, defineEventHandler, kCreateEvent, kHybridDispatch,
} = require('node/internal/event_target');

const kToken = Symbol('kToken');
const kState = Symbol('kState');

// ---- MessageEvent ----

const kData = Symbol('kData');
class MessageEvent extends Event {
  constructor(type, options = undefined) {
    super(type, options);
    const o = options !== null && typeof options === 'object' ? options : {};
    this[kData] = {
      data: o.data === undefined ? null : o.data,
      origin: o.origin === undefined ? '' : `${o.origin}`,
      lastEventId: o.lastEventId === undefined ? '' : `${o.lastEventId}`,
      source: o.source === undefined ? null : o.source,
      ports: o.ports === undefined ? [] : [...o.ports],
    };
  }
}
for (const key of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  Object.defineProperty(MessageEvent.prototype, key, {
    get() { return this[kData][key]; },
    enumerable: true, configurable: true,
  });
}

// ---- keeping the loop alive ----

let loopModule;
function loop() {
  if (loopModule === undefined) {
    try {
      loopModule = require('aio/loop');
    } catch {
      loopModule = null;
    }
  }
  return loopModule;
}

function updateHold(state) {
  const want = state.refed && !state.closed;
  if (want === state.held) return;
  state.held = want;
  const l = loop();
  if (l === null) return;
  if (want) l.addRequest();
  else l.removeRequest();
}

// ---- MessagePort ----

function dataCloneError(message) {
  const { DOMException } = require('node/internal/domexception');
  return new DOMException(message, 'DataCloneError');
}

let untransferable;
function untransferableSet() {
  if (untransferable === undefined) untransferable = new WeakSet();
  return untransferable;
}

function schedule(port) {
  const state = port[kState];
  if (state.scheduled || !state.started || state.queue.length === 0) return;
  state.scheduled = true;
  require('timers').setImmediate(() => {
    state.scheduled = false;
    deliver(port);
  });
}

function deliver(port) {
  const state = port[kState];
  // A port closed by its peer still receives what was sent before the close.
  while (state.started && state.queue.length > 0) {
    const data = state.queue.shift();
    port[kHybridDispatch](data, 'message', undefined);
  }
}

function isPort(value) {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, kState);
}

// The port closed by the user drops what it has not read; its peer still drains its queue.
function closePort(port, initiator = true) {
  const state = port[kState];
  if (state.closed) return;
  state.closed = true;
  updateHold(state);
  const peer = state.peer;
  if (initiator) state.queue.length = 0;
  state.peer = null;
  require('timers').setImmediate(() => port.emit('close'));
  if (peer !== null) closePort(peer, false);
}

class MessagePort extends NodeEventTarget {
  constructor(token = undefined) {
    if (token !== kToken) throw new ERR_CONSTRUCT_CALL_INVALID();
    super();
    Object.defineProperty(this, kState, {
      value: {
        peer: null, queue: [], started: false, scheduled: false, closed: false, refed: false, held: false,
      },
    });
  }

  postMessage(value, transferList = undefined) {
    if (arguments.length === 0) {
      const err = new TypeError('Not enough arguments to MessagePort.postMessage');
      errors.setCodedStack(err, 'ERR_MISSING_ARGS');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    let transfer = transferList;
    if (transfer !== undefined && transfer !== null && typeof transfer === 'object' &&
        typeof transfer[Symbol.iterator] !== 'function') {
      transfer = transfer.transfer;
    }
    if (transfer !== undefined && transfer !== null && typeof transfer === 'object' &&
        typeof transfer[Symbol.iterator] === 'function') {
      const list = [];
      for (const item of transfer) {
        if (isPort(item)) throw errors.notImplemented('MessagePort.postMessage (transferring a MessagePort)');
        // Untransferable buffers are copied rather than moved.
        if (untransferable !== undefined && untransferable.has(item)) continue;
        list.push(item);
      }
      transfer = list;
    }
    const { structuredClone } = require('node/internal/structured_clone');
    const data = structuredClone(value, transfer === undefined ? undefined : { transfer });
    const state = this[kState];
    if (state.closed || state.peer === null) return;
    const peerState = state.peer[kState];
    peerState.queue.push(data);
    schedule(state.peer);
  }

  start() {
    const state = this[kState];
    if (state.closed) return;
    state.started = true;
    schedule(this);
  }

  ref() {
    const state = this[kState];
    state.refed = true;
    updateHold(state);
  }

  unref() {
    const state = this[kState];
    state.refed = false;
    updateHold(state);
  }

  hasRef() {
    return this[kState].refed;
  }

  close() {
    closePort(this);
  }

  [kCreateEvent](nodeValue, type) {
    if (type === 'message' || type === 'messageerror') return new MessageEvent(type, { data: nodeValue });
    return new Event(type);
  }
}

// Node-style 'message' listeners start the port and keep the loop alive while they exist.
for (const name of ['on', 'addListener', 'once']) {
  const base = NodeEventTarget.prototype[name];
  Object.defineProperty(MessagePort.prototype, name, {
    value: function(type, listener) {
      const r = base.call(this, type, listener);
      if (type === 'message' && isPort(this)) {
        this.ref();
        this.start();
      }
      return r;
    },
    writable: true, enumerable: true, configurable: true,
  });
}
for (const name of ['off', 'removeListener', 'removeAllListeners']) {
  const base = NodeEventTarget.prototype[name];
  Object.defineProperty(MessagePort.prototype, name, {
    value: function(...args) {
      const r = base.apply(this, args);
      if (isPort(this) && (args[0] === undefined || args[0] === 'message') && this.listenerCount('message') === 0) {
        this.unref();
      }
      return r;
    },
    writable: true, enumerable: true, configurable: true,
  });
}

{
  const holder = {};
  for (const event of ['message', 'messageerror']) {
    defineEventHandler(holder, event);
    const d = Object.getOwnPropertyDescriptor(holder, `on${event}`);
    const set = d.set;
    Object.defineProperty(MessagePort.prototype, `on${event}`, {
      get: d.get,
      set(value) {
        set.call(this, value);
        if (event === 'message' && isPort(this)) {
          if (typeof value === 'function') {
            this.ref();
            this.start();
          } else if (this.listenerCount('message') === 0) {
            this.unref();
          }
        }
      },
      enumerable: true, configurable: true,
    });
  }
}

class MessageChannel {
  constructor() {
    this.port1 = new MessagePort(kToken);
    this.port2 = new MessagePort(kToken);
    this.port1[kState].peer = this.port2;
    this.port2[kState].peer = this.port1;
  }
}

function receiveMessageOnPort(port) {
  if (!isPort(port)) {
    const err = new TypeError('The "port" argument must be a MessagePort instance');
    errors.setCodedStack(err, 'ERR_INVALID_ARG_TYPE');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const state = port[kState];
  if (state.queue.length === 0) return undefined;
  return { message: state.queue.shift() };
}

function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  untransferableSet().add(obj);
}

module.exports = {
  MessageEvent, MessagePort, MessageChannel, receiveMessageOnPort, markAsUntransferable,
  isPort, dataCloneError,
};
