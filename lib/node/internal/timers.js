'use strict';
// Node's Timeout and Immediate objects on top of the loop's timer heap and immediate queue.
// The fields Node programs look at keep Node's names (_idleTimeout, _onTimeout as the
// callback, _repeat, _destroyed); the loop itself only uses _delay, _refed and [kRun].

const loop = require('aio/loop');
const { validateFunction } = require('node/internal/validators');

const MAX_DELAY = 2 ** 31 - 1; // what setTimeout accepts: a signed 32-bit number of ms
const idKey = Symbol('asyncId');
let lastId = 0;

// Delays outside 1..MAX_DELAY (and NaN) become 1 ms; too-large ones also warn, like Node.
function clampDelay(ms) {
  const n = Number(ms);
  if (n >= 1 && n <= MAX_DELAY) return n;
  if (n > MAX_DELAY) {
    require('process').emitWarning(`${n} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
      'TimeoutOverflowWarning');
  }
  return 1;
}

// Extra call arguments after the first `skip`, or undefined when there are none.
function trailing(callArgs, skip) {
  return callArgs.length > skip ? Array.prototype.slice.call(callArgs, skip) : undefined;
}

// Timers whose numeric id has been taken (+timer), so clearTimeout(id) can find them.
const timersById = new Map();

class Timeout {
  constructor(callback, delay, args, repeats) {
    const ms = clampDelay(delay);
    this._idleTimeout = ms;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = repeats ? ms : null;
    this._destroyed = false;
    this._delay = ms;
    this._refed = true;
    this._heapIndex = -1;
    this[idKey] = ++lastId;
    loop.startTimer(this);
  }

  [loop.kRun]() {
    if (this._repeat === null) this._destroyed = true;
    try {
      const args = this._timerArgs;
      if (args === undefined) this._onTimeout();
      else this._onTimeout(...args);
    } finally {
      // An interval goes back into the heap even when its callback threw.
      if (this._repeat !== null && !this._destroyed) {
        this._delay = this._repeat;
        loop.startTimer(this, loop.getNow());
      }
    }
  }

  refresh() {
    // From the loop's cached time, as libuv counts timer starts.
    if (!this._destroyed) loop.startTimer(this, loop.getNow());
    return this;
  }

  ref() {
    loop.refTimer(this, true);
    return this;
  }

  unref() {
    loop.refTimer(this, false);
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
    timersById.set(this[idKey], this);
    return this[idKey];
  }
}

function setTimeout(callback, after) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, after, trailing(arguments, 2), false);
}

function setInterval(callback, repeat) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, repeat, trailing(arguments, 2), true);
}

// Accepts a Timeout, or the number (or numeric string) a Timeout converted to; anything
// else is ignored, as in Node.
function clearTimeout(timer) {
  if (timer instanceof Timeout) {
    timer._destroyed = true;
    loop.stopTimer(timer);
    timersById.delete(timer[idKey]);
  } else if (typeof timer === 'number' || typeof timer === 'string') {
    const found = timersById.get(Number(timer));
    if (found !== undefined) clearTimeout(found);
  }
}

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this._queued = true;
    this._refed = true;
    this[idKey] = ++lastId;
    loop.addImmediate(this);
  }

  [loop.kRun]() {
    this._destroyed = true;
    if (this._argv === undefined) this._onImmediate();
    else this._onImmediate(...this._argv);
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
  return new Immediate(callback, trailing(arguments, 1));
}

function clearImmediate(immediate) {
  if (!(immediate instanceof Immediate) || immediate._destroyed) return;
  immediate._destroyed = true;
  loop.removeImmediate(immediate);
}

module.exports = {
  Timeout, Immediate, setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout,
  setImmediate, clearImmediate, TIMEOUT_MAX: MAX_DELAY,
};
