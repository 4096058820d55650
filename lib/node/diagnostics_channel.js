'use strict';
// node:diagnostics_channel — named channels with subscribers, and tracing channels
// (start/end/asyncStart/asyncEnd/error) around sync, promise and callback calls.
// Store binding (bindStore) needs AsyncLocalStorage, which is not available yet.

const errors = require('node/internal/errors');
const { ERR_INVALID_ARG_TYPE } = errors.codes;
const { validateFunction } = require('node/internal/validators');

const channels = new Map(); // name -> WeakRef<Channel>
let registry;

function forget(name) {
  const ref = channels.get(name);
  if (ref !== undefined && ref.deref() === undefined) channels.delete(name);
}

function reportError(err) {
  require('process').nextTick(() => { throw err; });
}

class Channel {
  constructor(name) {
    // Node's own fields: _subscribers is undefined while nobody listens.
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    channels.set(name, new WeakRef(this));
    if (registry === undefined) registry = new FinalizationRegistry(forget);
    registry.register(this, name);
  }

  get hasSubscribers() {
    return this._subscribers !== undefined && this._subscribers.length > 0;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // Copy on write: a publish in progress keeps its own list.
    this._subscribers = [...(this._subscribers || []), subscription];
    holdChannel(this);
  }

  unsubscribe(subscription) {
    const index = this._subscribers === undefined ? -1 : this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    const next = [...this._subscribers];
    next.splice(index, 1);
    this._subscribers = next.length === 0 ? undefined : next;
    if (next.length === 0) releaseChannel(this);
    return true;
  }

  publish(data) {
    const list = this._subscribers;
    if (list === undefined) return;
    for (const onMessage of list) {
      try {
        onMessage(data, this.name);
      } catch (err) {
        reportError(err);
      }
    }
  }

  bindStore(store, transform) {
    throw errors.notImplemented('Channel.bindStore');
  }

  unbindStore(store) {
    return false;
  }

  runStores(data, fn, thisArg, ...args) {
    this.publish(data);
    return Reflect.apply(fn, thisArg, args);
  }
}

// Channels with subscribers stay alive; the others may be collected once unreferenced.
const held = new Set();
function holdChannel(ch) { held.add(ch); }
function releaseChannel(ch) { held.delete(ch); }

function channel(name) {
  const ref = channels.get(name);
  const existing = ref === undefined ? undefined : ref.deref();
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  return new Channel(name);
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const ref = channels.get(name);
  const ch = ref === undefined ? undefined : ref.deref();
  return ch !== undefined && ch.hasSubscribers;
}

// ---- tracing channels ----

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    const define = (e, ch) => Object.defineProperty(this, e, { value: ch });
    if (typeof nameOrChannels === 'string') {
      for (const e of traceEvents) define(e, channel(`tracing:${nameOrChannels}:${e}`));
    } else if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
      for (const e of traceEvents) {
        const ch = nameOrChannels[e];
        if (!(ch instanceof Channel)) {
          throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${e}`, 'Channel', ch);
        }
        define(e, ch);
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return this.start.hasSubscribers || this.end.hasSubscribers || this.asyncStart.hasSubscribers ||
      this.asyncEnd.hasSubscribers || this.error.hasSubscribers;
  }

  subscribe(handlers) {
    for (const e of traceEvents) {
      if (handlers[e]) this[e].subscribe(handlers[e]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const e of traceEvents) {
      if (handlers[e] && !this[e].unsubscribe(handlers[e])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    function resolve(result) {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    }
    function reject(err) {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    }
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(resolve, reject);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
