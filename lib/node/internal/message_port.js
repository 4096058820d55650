'use strict';
// In-process MessageChannel / MessagePort / MessageEvent. A channel is two entangled ports;
// postMessage structured-clones the value into the peer's inbox, and a started port drains its
// inbox on a later turn of the loop, firing 'message' (emitter-style listeners get the data).
// While a port is referenced and open it holds one pending request on the event loop.

const {
  codes: { ERR_CONSTRUCT_CALL_INVALID, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
  setCodedStack,
} = require('node/internal/errors');
const {
  Event, NodeEventTarget, defineEventHandler, kListenerAdded, kListenerRemoved,
  dispatchInternal, listenerCountOf,
} = require('node/internal/event_target');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

function dataCloneError(message) {
  const { DOMException } = require('node/internal/domexception');
  return new DOMException(message, 'DataCloneError');
}

function codedTypeError(code, message) {
  const err = new TypeError(message);
  setCodedStack(err, code);
  err.code = code;
  return err;
}

// ---------------------------------------------------------------------------------------
// MessageEvent

let messageInit; // (event) => the event's init record

class MessageEvent extends Event {
  #init;

  constructor(type, options = undefined) {
    super(type, options);
    const o = options == null ? {} : options;
    let ports = [];
    if (o.ports !== undefined) {
      ports = [...o.ports];
      for (let i = 0; i < ports.length; i++) {
        if (!isPort(ports[i])) {
          throw new ERR_INVALID_ARG_TYPE(`init.ports[${i}]`, 'MessagePort', ports[i]);
        }
      }
    }
    const source = o.source === undefined ? null : o.source;
    if (source !== null && !isPort(source)) {
      throw new ERR_INVALID_ARG_TYPE('init.source', 'MessagePort', source);
    }
    this.#init = {
      data: o.data === undefined ? null : o.data,
      origin: o.origin === undefined ? '' : o.origin,
      lastEventId: o.lastEventId === undefined ? '' : o.lastEventId,
      source,
      ports,
    };
  }

  static {
    messageInit = (ev) => {
      if (ev === null || typeof ev !== 'object' || !(#init in ev)) throw new ERR_INVALID_THIS('MessageEvent');
      return ev.#init;
    };
  }

  get data() { return messageInit(this).data; }

  get origin() { return messageInit(this).origin; }

  get lastEventId() { return messageInit(this).lastEventId; }

  get source() { return messageInit(this).source; }

  get ports() { return messageInit(this).ports; }
}

for (const key of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  const desc = Object.getOwnPropertyDescriptor(MessageEvent.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(MessageEvent.prototype, key, desc);
}

class MessagePortCloseEvent extends Event {}

// ---------------------------------------------------------------------------------------
// MessagePort

const portState = new WeakMap();
const makeKey = Symbol('makeKey');
const untransferable = new WeakSet();

let loopModule;
function loop() {
  if (loopModule === undefined) loopModule = require('aio/loop');
  return loopModule;
}

function timers() {
  return require('timers');
}

function isPort(value) {
  return value !== null && typeof value === 'object' && portState.has(value);
}

// MessagePort methods reject a foreign receiver the way a WebIDL binding does.
function stateOf(port) {
  const st = isPort(port) ? portState.get(port) : undefined;
  if (st === undefined) throw new TypeError('Illegal invocation');
  return st;
}

// Moving a port through postMessage: a fresh port object takes over its peer and queue, and
// the original is left detached (closed, without a 'close' event).
function adoptPort(old) {
  const ost = portState.get(old);
  const fresh = createPort();
  const fst = portState.get(fresh);
  fst.peer = ost.peer;
  fst.inbox = ost.inbox;
  fst.closing = ost.closing;
  fst.closed = ost.closed;
  if (fst.peer !== null) portState.get(fst.peer).peer = fresh;
  ost.peer = null;
  ost.inbox = [];
  ost.closed = true;
  ost.refed = false;
  syncLoopHold(ost);
  return fresh;
}

// Keeps the loop's pending-request count in step with "referenced, open and listening".
function syncLoopHold(st) {
  const want = st.refed && !st.closed;
  if (want === st.holding) return;
  st.holding = want;
  if (want) loop().addRequest();
  else loop().removeRequest();
}

function scheduleDrain(port) {
  const st = portState.get(port);
  if (!st.started || st.closed || st.drainQueued || st.inbox.length === 0) return;
  st.drainQueued = true;
  timers().setImmediate(() => {
    st.drainQueued = false;
    drain(port);
  });
}

function drain(port) {
  const st = portState.get(port);
  // Deliver only what is queued now; messages posted by listeners wait for the next turn.
  let n = st.inbox.length;
  while (n-- > 0 && st.started && !st.closed && st.inbox.length > 0) {
    deliver(port, st.inbox.shift());
  }
  scheduleDrain(port);
}

function deliver(port, msg) {
  const ev = new MessageEvent('message', { data: msg.data, ports: msg.ports });
  dispatchInternal(port, ev, true, msg.data);
}

function beginClose(port) {
  const st = portState.get(port);
  if (st.closing) return;
  const peer = st.peer;
  st.closing = true;
  if (peer !== null) portState.get(peer).closing = true;
  // Messages already queued are delivered first; then both ends report 'close'.
  timers().setImmediate(() => {
    finishClose(port);
    if (peer !== null) finishClose(peer);
  });
}

function finishClose(port) {
  const st = portState.get(port);
  if (st.closed) return;
  if (st.started) {
    while (st.inbox.length > 0) deliver(port, st.inbox.shift());
  }
  st.closed = true;
  st.inbox.length = 0;
  st.peer = null;
  st.refed = false;
  syncLoopHold(st);
  dispatchInternal(port, new MessagePortCloseEvent('close'));
}

function splitTransfer(port, transferList) {
  // Returns [structuredClone options, ports being moved].
  if (transferList === undefined || transferList === null) return [undefined, []];
  let list = transferList;
  if (typeof list === 'object' && typeof list[Symbol.iterator] !== 'function') list = list.transfer;
  if (list === undefined || list === null) return [undefined, []];
  if (typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
    return [{ transfer: list }, []]; // structuredClone reports the bad list
  }
  const buffers = [];
  const ports = [];
  for (const item of list) {
    if (isPort(item)) {
      if (item === port) throw dataCloneError('Transfer list contains source port');
      ports.push(item);
    } else if (untransferable.has(item)) {
      // marked untransferable: sent as a copy, the original stays usable
    } else if (item !== null && typeof item === 'object' &&
               Object.prototype.toString.call(item) === '[object ArrayBuffer]') {
      buffers.push(item);
    } else {
      throw codedTypeError('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
  }
  return [{ transfer: buffers }, ports];
}

class MessagePort extends NodeEventTarget {
  constructor(key = undefined) {
    if (key !== makeKey) throw new ERR_CONSTRUCT_CALL_INVALID();
    super();
    portState.set(this, {
      peer: null,
      inbox: [],
      started: false,
      refed: false,
      holding: false,
      closing: false,
      closed: false,
      drainQueued: false,
    });
  }

  postMessage(value, transferList = undefined) {
    const st = stateOf(this);
    if (arguments.length === 0) {
      throw codedTypeError('ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    }
    const [options, ports] = splitTransfer(this, transferList);
    const { structuredClone } = require('node/internal/structured_clone');
    const data = options === undefined ? structuredClone(value) : structuredClone(value, options);
    const moved = ports.map(adoptPort);
    if (st.closed || st.closing || st.peer === null) return;
    const peer = st.peer;
    portState.get(peer).inbox.push({ data, ports: moved });
    scheduleDrain(peer);
  }

  start() {
    const st = stateOf(this);
    if (st.started || st.closed) return;
    st.started = true;
    scheduleDrain(this);
  }

  ref() {
    const st = stateOf(this);
    if (st.closed) return;
    st.refed = true;
    syncLoopHold(st);
  }

  unref() {
    const st = stateOf(this);
    st.refed = false;
    syncLoopHold(st);
  }

  hasRef() {
    const st = stateOf(this);
    return st.refed && !st.closed;
  }

  close() {
    const st = stateOf(this);
    if (st.closed) return;
    beginClose(this);
  }

  [kListenerAdded](type, count) {
    if (type === 'message' && count === 1) {
      this.start();
      this.ref();
    }
  }

  [kListenerRemoved](type, count) {
    if (type === 'message' && count === 0) this.unref();
  }

  [customInspect](depth, options) {
    const st = portState.get(this);
    if (depth < 0 || st === undefined) return 'MessagePort';
    const inspect = require('node/internal/util/inspect').inspect;
    const shown = { active: !st.closed, refed: st.refed && !st.closed };
    return `MessagePort [EventTarget] ${inspect(shown, Object.assign({}, options, { depth }))}`;
  }
}

defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

function createPort() {
  return new MessagePort(makeKey);
}

class MessageChannel {
  constructor() {
    const a = createPort();
    const b = createPort();
    portState.get(a).peer = b;
    portState.get(b).peer = a;
    this.port1 = a;
    this.port2 = b;
  }
}

function receiveMessageOnPort(port) {
  if (!isPort(port)) {
    throw codedTypeError('ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  }
  const st = portState.get(port);
  if (st.closed || st.inbox.length === 0) return undefined;
  return { message: st.inbox.shift().data };
}

function markAsUntransferable(value) {
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
    untransferable.add(value);
  }
}

function hasMessageListeners(port) {
  return listenerCountOf(port, 'message') > 0;
}

module.exports = {
  MessageEvent,
  MessagePort,
  MessageChannel,
  receiveMessageOnPort,
  markAsUntransferable,
  isPort,
  dataCloneError,
  hasMessageListeners,
};
