'use strict';
// Node's Timeout and Immediate objects over the loop's timer heap and immediate queue.

const loop = require('aio/loop');
const { validateFunction } = require('node/internal/validators');

const TIMEOUT_MAX = 2 ** 31 - 1;
let nextAsyncId = 1;
const kAsyncId = Symbol('asyncId');

function emitDelayWarning(after) {
  const process = require('process');
  process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
    'TimeoutOverflowWarning');
}

function normalizeDelay(after) {
  after *= 1; // coerce to number
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) emitDelayWarning(after);
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = normalizeDelay(after);
    this._idleTimeout = after;
    this._onTimeoutCallback = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this._delay = after;
    this._refed = isRefed;
    this._heapIndex = -1;
    this._when = 0;
    this._seq = 0;
    this[kAsyncId] = nextAsyncId++;
    loop.startTimer(this);
  }

  _onTimeout() {
    if (this._repeat === null) this._destroyed = true;
    const args = this._timerArgs;
    try {
      if (args === undefined) this._onTimeoutCallback();
      else this._onTimeoutCallback(...args);
    } finally {
      if (this._repeat !== null && !this._destroyed) {
        this._delay = this._repeat;
        loop.startTimer(this, loop.getNow());
      }
    }
  }

  refresh() {
    if (!this._destroyed) loop.startTimer(this, loop.getNow());
    return this;
  }

  unref() {
    loop.refTimer(this, false);
    return this;
  }

  ref() {
    loop.refTimer(this, true);
    return this;
  }

  hasRef() {
    return this._refed;
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }

  [Symbol.toPrimitive]() {
    const id = this[kAsyncId];
    knownTimersById.set(id, this);
    return id;
  }
}

// Timers whose numeric id escaped through Symbol.toPrimitive, so clearTimeout(+t) works.
const knownTimersById = new Map();

// The callback arguments after the first `skip` call arguments, or undefined for none
// (the common case, which then allocates nothing).
function extraArgs(callArgs, skip) {
  return callArgs.length > skip ? Array.prototype.slice.call(callArgs, skip) : undefined;
}

function setTimeout(callback, after) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, after, extraArgs(arguments, 2), false, true);
}

function setInterval(callback, repeat) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, repeat, extraArgs(arguments, 2), true, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeoutCallback !== undefined && timer._heapIndex !== undefined) {
    timer._destroyed = true;
    loop.stopTimer(timer);
    knownTimersById.delete(timer[kAsyncId]);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimersById.get(Number(timer));
    if (t !== undefined) clearTimeout(t);
  }
}

class Immediate {
  constructor(callback, args) {
    this._onImmediateCallback = callback;
    this._argv = args;
    this._destroyed = false;
    this._queued = true;
    this._refed = true;
    this[kAsyncId] = nextAsyncId++;
    loop.addImmediate(this);
  }

  _onImmediate() {
    this._destroyed = true;
    const args = this._argv;
    if (args === undefined) this._onImmediateCallback();
    else this._onImmediateCallback(...args);
  }

  ref() {
    loop.refImmediate(this, true);
    return this;
  }

  unref() {
    loop.refImmediate(this, false);
    return this;
  }

  hasRef() {
    return this._refed;
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function setImmediate(callback) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, extraArgs(arguments, 1));
}

function clearImmediate(immediate) {
  if (!immediate || immediate._queued === undefined || immediate._destroyed) return;
  immediate._destroyed = true;
  loop.removeImmediate(immediate);
}

module.exports = {
  Timeout, Immediate, setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout,
  setImmediate, clearImmediate, TIMEOUT_MAX,
};
