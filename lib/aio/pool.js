'use strict';
// The worker pool, JS side: blocking syscalls run on the C pool's threads (src/pool.c) and
// their results come back to the loop thread through an eventfd watched by a loop.Watcher.
//
// API (for fs, and later anyone with blocking or CPU work):
//   const pool = require('aio/pool');
//   pool.submit(nr, args, cb)   nr: a syscall number (sys/core's nr table); args: up to six
//                               integers, BigInts, strings (copied now), buffers (kept alive
//                               until cb runs) or null. cb(result) runs on the loop thread
//                               with the raw result (>= 0 or -errno), followed by the usual
//                               nextTick/microtask processing. Returns the job id.
//   pool.call(name, ...args, cb) the same with a syscall name ('openat', 'pread64'...).
//   pool.chain(out, cleanup, steps, cb)  up to 4 syscalls run in a row on one worker, one
//                               round trip: steps = [[nr, ...args], ...]; an `undefined`
//                               argument is the first step's result (the fd of an open);
//                               each step's result lands in out (a BigInt64Array, one slot
//                               per step; steps that did not run leave theirs alone); the
//                               chain stops at a failure except for the steps whose bit is
//                               set in cleanup (a close). cb(0 | -1) when done.
//   pool.cancel(id)             a job still queued completes with -ECANCELED (its cb still
//                               runs); returns whether it was still queued.
//   pool.expect(id, cb)         registers cb for a job submitted from C after reserve() (un_pool_submit_fn in
//                               src/pool.c: CPU work such as compression); cb(result).
//   pool.size()                 the number of threads (UV_THREADPOOL_SIZE, default 4, 1..1024).
//   pool.reserve()              opens the eventfd now (fs does on load: a program that later
//                               runs out of descriptors can still complete jobs).
// A job that cannot be queued (no descriptor for the eventfd, no thread) completes with its
// -errno on a later turn; submit never throws for that.
// Each pending job keeps the loop alive (loop.addRequest) until its callback has run.
// The pool opens (eventfd, watcher) on first use; its threads start with the first job.

const loop = require('aio/loop');
const sys = require('sys/core');

const pending = new Map(); // job id -> callback
let watcher;
let threads = 0;

function threadCount() {
  let n = 4;
  const v = require('process').env.UV_THREADPOOL_SIZE;
  if (v !== undefined) {
    const m = Number.parseInt(v, 10);
    if (m > 0) n = Math.min(m, 1024);
  }
  return n;
}

// Opens the pool: its eventfd and watcher. Returns 0 or -errno (no descriptor left: the
// caller's job then fails with that error, and a later job tries again).
function open() {
  threads = threadCount();
  const efd = binding.poolOpen(threads);
  if (efd < 0) return efd;
  watcher = new loop.Watcher(efd, onReady);
  watcher.resourceType = 'FSReqCallback';
  watcher.ref(false); // the pending requests, not the fd, keep the loop alive
  const r = watcher.update(C_EPOLLIN);
  if (r < 0) {
    watcher = undefined;
    return r;
  }
  return 0;
}
const C_EPOLLIN = sys.C.EPOLLIN;

function onReady() {
  const done = binding.poolDrain();
  for (let i = 0; i < done.length; i += 2) {
    const cb = pending.get(done[i]);
    if (cb === undefined) continue;
    pending.delete(done[i]);
    loop.removeRequest();
    loop.invoke(cb, undefined, done[i + 1]);
  }
}

// A job that could not be queued fails on a later turn with the error, as a completion would.
function failLater(cb, r) {
  loop.addRequest();
  require('timers').setImmediate(() => {
    loop.removeRequest();
    cb(r);
  });
  return 0;
}

function submit(nr, args, cb) {
  if (watcher === undefined) {
    const r = open();
    if (r < 0) return failLater(cb, r);
  }
  let id;
  switch (args.length) {
    case 0: id = binding.poolSubmit(nr); break;
    case 1: id = binding.poolSubmit(nr, args[0]); break;
    case 2: id = binding.poolSubmit(nr, args[0], args[1]); break;
    case 3: id = binding.poolSubmit(nr, args[0], args[1], args[2]); break;
    case 4: id = binding.poolSubmit(nr, args[0], args[1], args[2], args[3]); break;
    default: id = binding.poolSubmit(nr, ...args);
  }
  if (id < 0) return failLater(cb, id);
  pending.set(id, cb);
  loop.addRequest();
  return id;
}

function chain(out, cleanup, steps, cb) {
  if (watcher === undefined) {
    const r = open();
    if (r < 0) {
      out[0] = BigInt(r);
      return failLater(cb, -1);
    }
  }
  let id;
  switch (steps.length) {
    case 1: id = binding.poolSubmitChain(out, cleanup, steps[0]); break;
    case 2: id = binding.poolSubmitChain(out, cleanup, steps[0], steps[1]); break;
    case 3: id = binding.poolSubmitChain(out, cleanup, steps[0], steps[1], steps[2]); break;
    default: id = binding.poolSubmitChain(out, cleanup, ...steps);
  }
  if (id < 0) {
    out[0] = BigInt(id);
    return failLater(cb, -1);
  }
  pending.set(id, cb);
  loop.addRequest();
  return id;
}

function call(name, ...rest) {
  const cb = rest.pop();
  const n = sys.nr[name];
  if (n === undefined) throw new Error(`unode: syscall ${name} does not exist on ${binding.arch}`);
  return submit(n, rest, cb);
}

function cancel(id) {
  return binding.poolCancel(id);
}

function expect(id, cb) {
  pending.set(id, cb);
  loop.addRequest();
}

function size() {
  if (watcher === undefined) open();
  return threads;
}

// Opens the pool now if it is not open (modules that will need it call this when they load,
// so that a program which later runs out of descriptors still has it).
function reserve() {
  if (watcher === undefined) open();
}

function stats() {
  const [started, queued, running] = binding.poolStats();
  return { threads: started, queued, running, pending: pending.size };
}

module.exports = { submit, chain, call, cancel, expect, size, stats, reserve };
