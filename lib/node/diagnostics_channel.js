'use strict';
// node:diagnostics_channel — named publish/subscribe channels and the tracing-channel helpers
// built on top of them. Store binding needs AsyncLocalStorage, which unode lacks for now.

const {
  codes: { ERR_INVALID_ARG_TYPE },
  notImplemented,
} = require('node/internal/errors');
const { validateFunction } = require('node/internal/validators');

// name -> WeakRef(Channel). Channels that currently have subscribers are also pinned in
// `pinned`, so a subscription keeps its channel (and its identity) alive.
const registry = new Map();
const pinned = new Set();

function lookup(name) {
  const ref = registry.get(name);
  if (ref === undefined) return undefined;
  const found = ref.deref();
  if (found === undefined) registry.delete(name);
  return found;
}

// Reports a subscriber's exception without interrupting the other subscribers.
function reportLater(err) {
  require('process').nextTick(() => { throw err; });
}

class Channel {
  constructor(name) {
    // Field names follow what Node shows when a channel is inspected.
    Object.assign(this, { _subscribers: undefined, _stores: undefined, name });
    registry.set(name, new WeakRef(this));
  }

  // Subscriber lists are replaced, never mutated, so a publish in progress keeps its snapshot.
  subscribe(onMessage) {
    validateFunction(onMessage, 'subscription');
    this._subscribers = this._subscribers === undefined ? [onMessage] : [...this._subscribers, onMessage];
    pinned.add(this);
  }

  unsubscribe(onMessage) {
    const list = this._subscribers;
    if (list === undefined) return false;
    const at = list.indexOf(onMessage);
    if (at === -1) return false;
    const next = list.slice();
    next.splice(at, 1);
    this._subscribers = next.length === 0 ? undefined : next;
    if (this._subscribers === undefined) pinned.delete(this);
    return true;
  }

  bindStore(store, transformFn) {
    throw notImplemented('diagnostics_channel.Channel.bindStore');
  }

  unbindStore(store) {
    return false;
  }

  get hasSubscribers() {
    return this._subscribers !== undefined && this._subscribers.length > 0;
  }

  publish(data) {
    const list = this._subscribers;
    if (list === undefined) return;
    for (const onMessage of list) {
      try {
        Reflect.apply(onMessage, undefined, [data, this.name]);
      } catch (err) {
        reportLater(err);
      }
    }
  }

  runStores(message, fn, receiver, ...rest) {
    this.publish(message);
    return Reflect.apply(fn, receiver, rest);
  }
}

function channel(key) {
  const known = lookup(key);
  if (known !== undefined) return known;
  const kind = typeof key;
  if (kind === 'string' || kind === 'symbol') return new Channel(key);
  throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], key);
}

function subscribe(key, onMessage) {
  channel(key).subscribe(onMessage);
}

function unsubscribe(key, onMessage) {
  const ch = lookup(key);
  return ch === undefined ? false : ch.unsubscribe(onMessage);
}

function hasSubscribers(key) {
  const ch = lookup(key);
  return ch === undefined ? false : ch.hasSubscribers;
}

const kEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function fixed(target, key, value) {
  Object.defineProperty(target, key, { value, writable: false, enumerable: false, configurable: false });
}

class TracingChannel {
  constructor(spec) {
    if (typeof spec === 'string') {
      for (const ev of kEvents) fixed(this, ev, channel(`tracing:${spec}:${ev}`));
    } else if (spec !== null && typeof spec === 'object') {
      for (const ev of kEvents) {
        const given = spec[ev];
        if (given == null) throw new TypeError('Cannot convert undefined or null to object');
        if (!(given instanceof Channel)) {
          throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${ev}`, ['Channel'], given);
        }
        fixed(this, ev, given);
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'TracingChannel', 'Object'], spec);
    }
  }

  get hasSubscribers() {
    return kEvents.some((ev) => this[ev].hasSubscribers);
  }

  subscribe(handlers) {
    for (const ev of kEvents) {
      if (handlers[ev]) this[ev].subscribe(handlers[ev]);
    }
  }

  unsubscribe(handlers) {
    let all = true;
    for (const ev of kEvents) {
      if (handlers[ev] && !this[ev].unsubscribe(handlers[ev])) all = false;
    }
    return all;
  }

  traceSync(fn, ctx = {}, receiver, ...rest) {
    if (!this.hasSubscribers) return Reflect.apply(fn, receiver, rest);
    const run = () => {
      try {
        const result = Reflect.apply(fn, receiver, rest);
        ctx.result = result;
        return result;
      } catch (err) {
        ctx.error = err;
        this.error.publish(ctx);
        throw err;
      } finally {
        this.end.publish(ctx);
      }
    };
    return this.start.runStores(ctx, run);
  }

  tracePromise(fn, ctx = {}, receiver, ...rest) {
    if (!this.hasSubscribers) return Reflect.apply(fn, receiver, rest);
    const settled = () => {
      this.asyncStart.publish(ctx);
      this.asyncEnd.publish(ctx);
    };
    const onValue = (value) => {
      ctx.result = value;
      settled();
      return value;
    };
    const onError = (err) => {
      ctx.error = err;
      this.error.publish(ctx);
      settled();
      // Returned rather than thrown: Node settles the outer promise a few ticks later.
      return Promise.reject(err);
    };
    const run = () => {
      try {
        const pending = Reflect.apply(fn, receiver, rest);
        return Promise.prototype.then.call(
          pending instanceof Promise ? pending : Promise.resolve(pending), onValue, onError);
      } catch (err) {
        ctx.error = err;
        this.error.publish(ctx);
        throw err;
      } finally {
        this.end.publish(ctx);
      }
    };
    return this.start.runStores(ctx, run);
  }

  traceCallback(fn, position = -1, ctx = {}, receiver, ...rest) {
    if (!this.hasSubscribers) return Reflect.apply(fn, receiver, rest);
    const index = position < 0 ? rest.length + position : position;
    const original = rest[index];
    validateFunction(original, 'callback');
    const tracer = this;
    rest[index] = function tracedCallback(err, result) {
      if (err) {
        ctx.error = err;
        tracer.error.publish(ctx);
      } else {
        ctx.result = result;
      }
      const callArgs = arguments;
      return tracer.asyncStart.runStores(ctx, () => {
        try {
          return Reflect.apply(original, this, callArgs);
        } finally {
          tracer.asyncEnd.publish(ctx);
        }
      });
    };
    const run = () => {
      try {
        return Reflect.apply(fn, receiver, rest);
      } catch (err) {
        ctx.error = err;
        this.error.publish(ctx);
        throw err;
      } finally {
        this.end.publish(ctx);
      }
    };
    return this.start.runStores(ctx, run);
  }
}

function tracingChannel(spec) {
  return new TracingChannel(spec);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
