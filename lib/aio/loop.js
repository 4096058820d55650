'use strict';
// The event loop: timers, immediates, fd readiness over epoll, close callbacks, and the
// nextTick/microtask queues that drain after every callback. One iteration runs, in order:
// timers, poll (I/O), immediates, close callbacks (docs/architecture.md).

const sys = require('sys/core');
const C = sys.C;

const runMicrotasks = binding.runMicrotasks;

// Set by the process layer: fatal(err) reports an uncaught exception (it may exit);
// rejection(promise, reason) handles one unhandled rejection; rejectionHandled(promise).
const hooks = {
  fatal(err) { throw err; },
  rejection: undefined,
  rejectionHandled: undefined,
};

// ---- nextTick queue and microtasks ----

let ticks = [];
let tickHead = 0;

function nextTick(fn, args) {
  ticks.push(fn, args);
}

function drainMicrotasks() {
  for (;;) {
    try {
      runMicrotasks();
      return;
    } catch (err) {
      hooks.fatal(err);
    }
  }
}

const pendingRejections = new Map();
const reportedRejections = new WeakSet();
const handledLater = [];

function onRejection(promise, reason, handled) {
  if (!handled) {
    pendingRejections.set(promise, reason);
  } else if (pendingRejections.has(promise)) {
    pendingRejections.delete(promise);
  } else if (reportedRejections.has(promise)) {
    handledLater.push(promise);
  }
}

function processRejections() {
  if (pendingRejections.size === 0 && handledLater.length === 0) return false;
  while (handledLater.length > 0) {
    const promise = handledLater.shift();
    if (hooks.rejectionHandled) hooks.rejectionHandled(promise);
  }
  const list = Array.from(pendingRejections);
  pendingRejections.clear();
  for (const [promise, reason] of list) {
    reportedRejections.add(promise);
    try {
      hooks.rejection(promise, reason);
    } catch (err) {
      hooks.fatal(err);
    }
  }
  return true;
}

// Node's processTicksAndRejections: all ticks, then microtasks, until both are empty.
function runTicks() {
  do {
    while (tickHead < ticks.length) {
      const fn = ticks[tickHead];
      const args = ticks[tickHead + 1];
      ticks[tickHead] = undefined;
      ticks[tickHead + 1] = undefined;
      tickHead += 2;
      try {
        if (args === undefined) fn();
        else fn(...args);
      } catch (err) {
        hooks.fatal(err);
      }
    }
    ticks = [];
    tickHead = 0;
    drainMicrotasks();
  } while (ticks.length > 0 || processRejections());
}

// Runs one callback the way the loop does: errors are uncaught exceptions, then ticks drain.
function invoke(fn, thisArg, arg) {
  try {
    fn.call(thisArg, arg);
  } catch (err) {
    hooks.fatal(err);
  }
  runTicks();
}

// ---- time ----

let now = 0;
function updateNow() {
  now = Math.floor(sys.clockMs(C.CLOCK_MONOTONIC));
  return now;
}
updateNow();

// ---- timers: an indexed binary min-heap ordered by (when, seq) ----

const heap = [];
let timerSeq = 0;
let refedTimers = 0;

function before(a, b) {
  return a._when < b._when || (a._when === b._when && a._seq < b._seq);
}
function siftUp(i) {
  const t = heap[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(t, heap[parent])) break;
    heap[i] = heap[parent];
    heap[i]._heapIndex = i;
    i = parent;
  }
  heap[i] = t;
  t._heapIndex = i;
}
function siftDown(i) {
  const t = heap[i];
  const n = heap.length;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && before(heap[child + 1], heap[child])) child++;
    if (!before(heap[child], t)) break;
    heap[i] = heap[child];
    heap[i]._heapIndex = i;
    i = child;
  }
  heap[i] = t;
  t._heapIndex = i;
}

// The loop runs timers and immediates by calling this method on them.
const kRun = Symbol('run');

// A timer is any object with _delay (ms), _refed and a [kRun]() method; the loop adds _when,
// _seq and _heapIndex (-1 when not scheduled).
function startTimer(t, start = now) {
  if (t._heapIndex >= 0) removeFromHeap(t);
  t._when = start + t._delay;
  t._seq = ++timerSeq;
  t._heapIndex = heap.length;
  heap.push(t);
  siftUp(heap.length - 1);
  if (t._refed) refedTimers++;
}

function removeFromHeap(t) {
  const i = t._heapIndex;
  const last = heap.pop();
  if (i < heap.length) {
    heap[i] = last;
    last._heapIndex = i;
    siftUp(i);
    siftDown(last._heapIndex);
  }
  t._heapIndex = -1;
  if (t._refed) refedTimers--;
}

function stopTimer(t) {
  if (t._heapIndex >= 0) removeFromHeap(t);
}

// Changes whether an active timer keeps the loop alive.
function refTimer(t, refed) {
  if (t._refed === refed) return;
  if (t._heapIndex >= 0) refedTimers += refed ? 1 : -1;
  t._refed = refed;
}

function runTimers() {
  while (heap.length > 0 && heap[0]._when <= now) {
    const t = heap[0];
    removeFromHeap(t);
    try {
      t[kRun]();
    } catch (err) {
      hooks.fatal(err);
    }
    runTicks();
  }
}

// ---- immediates ----

let immediates = [];
let refedImmediates = 0;

function addImmediate(im) {
  immediates.push(im);
  if (im._refed) refedImmediates++;
}
function removeImmediate(im) {
  if (im._queued === false) return;
  im._queued = false;
  if (im._refed) refedImmediates--;
}
function refImmediate(im, refed) {
  if (im._refed === refed) return;
  if (im._queued) refedImmediates += refed ? 1 : -1;
  im._refed = refed;
}

function runImmediates() {
  if (immediates.length === 0) return;
  // Immediates queued while these run wait for the next iteration.
  const batch = immediates;
  immediates = [];
  for (let i = 0; i < batch.length; i++) {
    const im = batch[i];
    if (!im._queued) continue;
    removeImmediate(im);
    try {
      im[kRun]();
    } catch (err) {
      hooks.fatal(err);
    }
    runTicks();
  }
}

// ---- fd watchers over epoll ----

let epfd = -1;
const watchers = new Map(); // fd -> watcher
let refedHandles = 0;
const eventBuf = new Uint8Array(sys.layouts.epoll_event.size * 64);
const eventView = new DataView(eventBuf.buffer);
const ctlBuf = new Uint8Array(sys.layouts.epoll_event.size);
const ctlView = new DataView(ctlBuf.buffer);

function ensureEpoll() {
  if (epfd < 0) epfd = sys.check(sys.call('epoll_create1', C.EPOLL_CLOEXEC), 'epoll_create1');
  return epfd;
}

function epollCtl(op, fd, events) {
  const f = sys.layouts.epoll_event.fields;
  ctlView.setUint32(f.events[0], events >>> 0, true);
  ctlView.setBigUint64(f.data[0], BigInt(fd), true);
  return sys.call('epoll_ctl', ensureEpoll(), op, fd, ctlBuf);
}

// Watches fd for events (EPOLLIN/EPOLLOUT...); callback(events) runs from the poll phase.
// A watcher keeps the loop alive while it is ref'd and has events.
class Watcher {
  constructor(fd, callback) {
    this.fd = fd;
    this.callback = callback;
    this.events = 0;
    this.refed = true;
    this.active = false;
  }

  // Sets the events of interest; 0 stops watching without closing.
  update(events) {
    if (events === this.events) return 0;
    let r;
    if (events === 0) {
      r = epollCtl(C.EPOLL_CTL_DEL, this.fd, 0);
      watchers.delete(this.fd);
      if (this.active && this.refed) refedHandles--;
      this.active = false;
    } else if (!this.active) {
      r = epollCtl(C.EPOLL_CTL_ADD, this.fd, events);
      if (r < 0) return r;
      watchers.set(this.fd, this);
      this.active = true;
      if (this.refed) refedHandles++;
    } else {
      r = epollCtl(C.EPOLL_CTL_MOD, this.fd, events);
    }
    this.events = events;
    return r;
  }

  ref(refed) {
    if (this.refed === refed) return;
    if (this.active) refedHandles += refed ? 1 : -1;
    this.refed = refed;
  }

  close() {
    this.update(0);
  }
}

// Requests (work the loop waits for without an fd of its own) keep it alive too.
let pendingRequests = 0;
function addRequest() { pendingRequests++; }
function removeRequest() { pendingRequests--; }

function pollTimeout() {
  if (immediates.length > 0) return 0;
  if (closing.length > 0) return 0;
  if (heap.length > 0) return Math.max(0, heap[0]._when - now);
  return -1;
}

function poll(timeout) {
  if (timeout === 0 && watchers.size === 0) return;
  const size = sys.layouts.epoll_event.size;
  const f = sys.layouts.epoll_event.fields;
  const n = sys.call('epoll_pwait', ensureEpoll(), eventBuf, 64, timeout, null, 8);
  updateNow();
  if (n <= 0) return; // EINTR or timeout
  for (let i = 0; i < n; i++) {
    const events = eventView.getUint32(i * size + f.events[0], true);
    const fd = Number(eventView.getBigUint64(i * size + f.data[0], true));
    const w = watchers.get(fd);
    if (w === undefined) continue;
    invoke(w.callback, w, events);
  }
}

// ---- close callbacks ----

let closing = [];
function queueClose(fn) { closing.push(fn); }
function runClosing() {
  const batch = closing;
  closing = [];
  for (const fn of batch) invoke(fn, undefined, undefined);
}

// The resources keeping the loop alive, by type, for process.getActiveResourcesInfo().
function activeResources() {
  const out = [];
  for (const t of heap) if (t._refed) out.push(t._resourceType || 'Timeout');
  for (const im of immediates) if (im._queued && im._refed) out.push('Immediate');
  for (const w of watchers.values()) if (w.refed) out.push(w.resourceType || 'FSEventWrap');
  return out;
}

// ---- the loop ----

function alive() {
  return refedTimers > 0 || refedImmediates > 0 || refedHandles > 0 || pendingRequests > 0 ||
    closing.length > 0;
}

function iterate() {
  updateNow();
  runTimers();
  let timeout = pollTimeout();
  if (!alive()) timeout = 0;
  poll(timeout);
  runImmediates();
  runClosing();
}

// Runs until nothing ref'd remains; beforeExit() may schedule more work.
function run(beforeExit) {
  runTicks();
  for (;;) {
    while (alive()) iterate();
    beforeExit();
    runTicks();
    if (!alive()) return;
  }
}

module.exports = {
  hooks, kRun, nextTick, runTicks, drainMicrotasks, onRejection, invoke,
  getNow: () => now, updateNow,
  startTimer, stopTimer, refTimer,
  addImmediate, removeImmediate, refImmediate,
  Watcher, addRequest, removeRequest, queueClose, activeResources,
  run, alive,
};
