'use strict';
// The node:test runner: Test and Suite records, their contexts, hooks, and the root harness
// that runs top-level tests in order and prints TAP.

const { codes: { ERR_TEST_FAILURE, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE }, AbortError, notImplemented } =
  require('node/internal/errors');
const { validateNumber, validateObject, validateFunction, validateAbortSignal, validateInteger } =
  require('node/internal/validators');

const kCancelledByParent = 'cancelledByParent';
const kTestCodeFailure = 'testCodeFailure';
const kHookFailure = 'hookFailed';
const kTimeout = 'testTimeoutFailure';
const kAborted = 'testAborted';
const kSubtestsFailed = 'subtestsFailed';
const kCallbackAndPromise = 'callbackAndPromisePresent';
const kUncaught = 'uncaughtException';
const kUnhandled = 'unhandledRejection';
const kPendingMsg = 'Promise resolution is still pending but the event loop has already resolved';
const kCancelMsg = 'test did not finish before its parent and was cancelled';

function proc() { return require('process'); }
function nowNs() { return proc().hrtime.bigint(); }
function msBetween(a, b) { return b > a ? Number(b - a) / 1e6 : 0; }

let root = null;       // the harness root, made on first use
const running = [];    // tests whose function (or suite body/hooks) is running, innermost last
const syncStack = [];  // tests whose function or suite body is executing synchronously right now
const pendingBodies = []; // suites whose async describe() body has not settled yet
let lastEnded = null;  // the test that finished most recently, for late asynchronous errors

function isPromiseLike(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function') && typeof v.then === 'function';
}

// The file:line:column of the user code that called test()/describe()/it().
function callerLocation() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return undefined;
  for (const line of stack.split('\n')) {
    const m = /^\s+at (?:.*? \()?(.*?):(\d+):(\d+)\)?$/.exec(line);
    if (m === null) continue;
    if (m[1].startsWith('unode:') || m[1] === 'native') continue;
    return `${m[1]}:${m[2]}:${m[3]}`;
  }
  return undefined;
}

function failure(cause, type) {
  if (cause !== null && typeof cause === 'object' && cause.code === 'ERR_TEST_FAILURE' && cause.failureType) return cause;
  try {
    return new ERR_TEST_FAILURE(cause, type);
  } catch {
    // Property descriptors can be poisoned by user code (Object.prototype.get): fall back to a
    // plain record with the same fields.
    const err = Object.create(Error.prototype);
    err.message = typeof cause?.message === 'string' ? cause.message : String(cause);
    err.code = 'ERR_TEST_FAILURE';
    err.failureType = type;
    err.cause = cause;
    return err;
  }
}

// The object handed to test functions and hooks as `t`.
class TestContext {
  #test;
  constructor(test) { this.#test = test; }
  get name() { return this.#test.name; }
  get signal() { return this.#test.controller.signal; }
  get mock() { throw notImplemented('test.mock'); }
  get assert() {
    const t = this.#test;
    if (t.assertObj === undefined) {
      const assert = require('assert');
      const obj = {};
      for (const k of ['deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow',
        'equal', 'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual',
        'notStrictEqual', 'ok', 'rejects', 'strictEqual', 'throws']) {
        const fn = assert[k];
        obj[k] = function(...args) { t.assertions++; return fn.apply(this, args); };
      }
      obj.snapshot = () => { throw notImplemented('t.assert.snapshot'); };
      t.assertObj = obj;
    }
    return t.assertObj;
  }
  diagnostic(message) { this.#test.diagnostics.push(String(message)); }
  plan(count) {
    const t = this.#test;
    if (t.planned !== undefined) throw new ERR_TEST_FAILURE(new Error('cannot set plan more than once'), kTestCodeFailure);
    validateInteger(count, 'count', 0);
    t.planned = count;
  }
  runOnly() {}
  skip(message) { this.#test.skipped = message === undefined ? true : String(message); }
  todo(message) { this.#test.todo = message === undefined ? true : String(message); }
  before(fn, options) { this.#test.addHook('before', fn, options); }
  after(fn, options) { this.#test.addHook('after', fn, options); }
  beforeEach(fn, options) { this.#test.addHook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.addHook('afterEach', fn, options); }
  test(name, options, fn) {
    const t = this.#test;
    t.assertions++;
    return t.addSubtest(Test, name, options, fn);
  }
}

// The object handed to describe() bodies.
class SuiteContext {
  #suite;
  constructor(suite) { this.#suite = suite; }
  get name() { return this.#suite.name; }
  get signal() { return this.#suite.controller.signal; }
}

function parseArgs(name, options, fn) {
  if (typeof name === 'function') { fn = name; options = undefined; name = fn.name; } else if (
    name !== null && typeof name === 'object') { fn = options; options = name; name = fn?.name; }
  if (typeof options === 'function') { fn = options; options = undefined; }
  if (options == null) options = {};
  else validateObject(options, 'options');
  if (typeof name !== 'string' || name === '') name = typeof fn === 'function' && fn.name ? fn.name : '<anonymous>';
  if (fn === undefined) fn = noop;
  else validateFunction(fn, 'fn');
  return { name, options, fn };
}
function noop() {}

class Test {
  constructor(parent, name, options, fn, isSuite = false) {
    this.parent = parent;
    this.name = name;
    this.fn = fn;
    this.isSuite = isSuite;
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    this.subtests = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.beforeRan = null;
    this.diagnostics = [];
    this.error = null;
    this.skipped = false;
    this.todo = false;
    this.finished = false;
    this.started = false;
    this.startTime = 0n;
    this.endTime = 0n;
    this.assertions = 0;
    this.planned = undefined;
    this.location = parent === null ? undefined : callerLocation();
    this.controller = new AbortController();
    this.stopCallbacks = null;
    this.chain = Promise.resolve();
    let resolveDone;
    this.done = new Promise((r) => { resolveDone = r; });
    this.resolveDone = resolveDone;
    const { skip, todo, timeout, signal } = options;
    if (skip !== undefined && skip !== false) this.skipped = typeof skip === 'string' ? skip : true;
    if (todo !== undefined && todo !== false) this.todo = typeof todo === 'string' ? todo : true;
    this.timeout = Infinity;
    if (timeout !== undefined && timeout !== Infinity) {
      validateNumber(timeout, 'options.timeout', 0, 2147483647);
      this.timeout = timeout;
    } else if (parent !== null && parent.timeout !== Infinity && parent.isSuite) {
      this.timeout = parent.timeout;
    }
    if (options.concurrency !== undefined && typeof options.concurrency !== 'boolean') {
      validateNumber(options.concurrency, 'options.concurrency', 1);
    }
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    this.signal = signal;
    this.ctx = isSuite ? new SuiteContext(this) : new TestContext(this);
  }

  durationMs() { return msBetween(this.startTime, this.endTime); }

  addHook(kind, fn, options) {
    validateFunction(fn, 'fn');
    if (options != null) validateObject(options, 'options');
    this.hooks[kind].push({ fn, timeout: options?.timeout ?? Infinity, signal: options?.signal });
  }

  addSubtest(Kind, name, options, fn) {
    const args = parseArgs(name, options, fn);
    const sub = new Kind(this, args.name, args.options, args.fn);
    this.subtests.push(sub);
    if (this.finished) {
      sub.fail(failure(kCancelMsg, kCancelledByParent));
      sub.complete();
      return Promise.resolve();
    }
    if (this === root) {
      root.wake();
      return sub.done;
    }
    if (this.isSuite) return sub.done; // run by the suite after its body
    const p = this.chain.then(() => sub.start());
    this.chain = p;
    return p;
  }

  // Records the first failure only.
  fail(err) {
    if (this.error === null) this.error = err;
  }

  // Stop waiting for the running function: used by timeouts, aborts and uncaught errors.
  stop(err) {
    this.fail(err);
    const cbs = this.stopCallbacks;
    this.stopCallbacks = null;
    if (cbs !== null) for (const cb of cbs) cb();
  }

  // Resolves when `promise` settles or the test is stopped; rejections throw.
  async race(promise, timeout, signal, kind) {
    const timers = require('timers');
    let timer = null;
    let onAbort = null;
    const stopper = new Promise((resolve, reject) => {
      this.stopCallbacks = [() => reject(kStopped)];
      if (timeout !== Infinity) {
        timer = timers.setTimeout(() => {
          const msg = kind === 'hook' ? `hook timed out after ${timeout}ms` : `test timed out after ${timeout}ms`;
          this.stop(failure(msg, kTimeout));
        }, timeout);
      }
      if (signal !== undefined) {
        onAbort = () => this.stop(failure(abortReason(signal), kAborted));
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
      }
    });
    stopper.catch(noop);
    try {
      await Promise.race([promise, stopper]);
    } finally {
      this.stopCallbacks = null;
      if (timer !== null) timers.clearTimeout(timer);
      if (onAbort !== null) signal.removeEventListener('abort', onAbort);
    }
  }

  // Calls a test function or hook with `ctx`, honouring the done-callback form.
  invoke(fn, ctx, withDone) {
    if (withDone && fn.length >= 2) {
      return new Promise((resolve, reject) => {
        let result;
        const done = (err) => { if (err) reject(err); else resolve(); };
        syncStack.push(this);
        try { result = fn.call(ctx, ctx, done); } catch (e) { reject(e); return; } finally { syncStack.pop(); }
        if (isPromiseLike(result)) {
          result.then(noop, noop);
          reject(failure('passed a callback but also returned a Promise', kCallbackAndPromise));
        }
      });
    }
    syncStack.push(this);
    try {
      const result = fn.call(ctx, ctx);
      return isPromiseLike(result) ? Promise.resolve(result) : undefined;
    } catch (e) {
      return Promise.reject(e);
    } finally {
      syncStack.pop();
    }
  }

  async runHook(hook, ctx) {
    const p = this.invoke(hook.fn, ctx, true);
    if (p !== undefined) await this.race(p, hook.timeout, hook.signal, 'hook');
  }

  // Runs this test's `before` hooks once, before the first subtest.
  runBefore() {
    if (this.beforeRan === null) {
      this.beforeRan = (async () => {
        for (const h of this.hooks.before) await this.runHook(h, this.ctx);
      })().catch((e) => { this.beforeError = e; });
    }
    return this.beforeRan;
  }

  ancestors() {
    const list = [];
    for (let p = this.parent; p !== null; p = p.parent) list.unshift(p);
    return list;
  }

  async start() {
    if (this.finished || this.started) return this.done;
    this.started = true;
    this.startTime = nowNs();
    if (this.skipped) { this.complete(); return; }
    const parent = this.parent;
    await parent.runBefore();
    if (parent.beforeError !== undefined) {
      this.fail(failure(kCancelMsg, kCancelledByParent));
      this.complete();
      return;
    }
    if (this.finished) return;
    const ancestors = this.ancestors();
    running.push(this);
    try {
      try {
        for (const a of ancestors) for (const h of a.hooks.beforeEach) await this.runHook(h, this.ctx);
      } catch (e) {
        if (e !== kStopped) this.fail(failure(e, kHookFailure));
      }
      if (this.error === null && !this.finished) {
        try {
          const p = this.invoke(this.fn, this.ctx, true);
          if (p !== undefined) await this.race(p, this.timeout, this.signal, 'test');
          else if (this.signal?.aborted) this.fail(failure(abortReason(this.signal), kAborted));
        } catch (e) {
          if (e !== kStopped) this.fail(failure(e, kTestCodeFailure));
        }
      }
      if (this.finished) return;
      // Subtests still queued or running when the function returns are cancelled.
      for (const sub of this.subtests) {
        if (!sub.finished) { sub.stop(failure(kCancelMsg, kCancelledByParent)); sub.cancelTree(kCancelMsg); }
      }
      try {
        for (let i = ancestors.length - 1; i >= 0; i--) {
          for (const h of ancestors[i].hooks.afterEach) await this.runHook(h, this.ctx);
        }
      } catch (e) {
        if (e !== kStopped) this.fail(failure(e, kHookFailure));
      }
      try {
        for (const h of this.hooks.after) await this.runHook(h, this.ctx);
      } catch (e) {
        if (e !== kStopped) this.fail(failure(e, kHookFailure));
      }
      if (this.finished) return;
      this.checkSubtests();
      if (this.error === null && this.planned !== undefined && this.planned !== this.assertions) {
        this.fail(failure(`plan expected ${this.planned} assertions but received ${this.assertions}`,
          kTestCodeFailure));
      }
      this.complete();
    } finally {
      const i = running.lastIndexOf(this);
      if (i !== -1) running.splice(i, 1);
    }
  }

  checkSubtests() {
    if (this.error !== null) return;
    let n = 0;
    for (const sub of this.subtests) if (sub.error !== null && !sub.todo && !sub.skipped) n++;
    if (n > 0) this.fail(failure(`${n} subtest${n === 1 ? '' : 's'} failed`, kSubtestsFailed));
  }

  // Marks every unfinished test below this one cancelled.
  cancelTree(message) {
    for (const sub of this.subtests) {
      if (!sub.finished) {
        sub.cancelTree(message);
        sub.fail(failure(message, kCancelledByParent));
        sub.complete();
      }
    }
    if (!this.finished) {
      this.fail(failure(message, kCancelledByParent));
      this.complete();
    }
  }

  complete() {
    if (this.finished) return;
    this.finished = true;
    if (this.startTime === 0n) this.startTime = nowNs();
    this.endTime = nowNs();
    lastEnded = this;
    try { this.controller.abort(); } catch {}
    this.resolveDone();
    if (this.parent === root) root.report(this);
  }
}

const kStopped = Symbol('stopped');

function abortReason(signal) {
  const r = signal.reason;
  if (r !== undefined) return r;
  return new AbortError();
}

class Suite extends Test {
  constructor(parent, name, options, fn) {
    super(parent, name, options, fn, true);
    this.bodyError = undefined;
    this.bodyPromise = null;
    if (this.skipped) return; // a skipped suite's body never runs
    syncStack.push(this);
    try {
      const r = fn.call(this.ctx, this.ctx);
      if (isPromiseLike(r)) {
        pendingBodies.push(this);
        const settle = () => { const i = pendingBodies.indexOf(this); if (i !== -1) pendingBodies.splice(i, 1); };
        this.bodyPromise = Promise.resolve(r).then(settle, (e) => { settle(); this.bodyError = e; });
      }
    } catch (e) {
      this.bodyError = e;
    } finally {
      syncStack.pop();
    }
  }

  async start() {
    if (this.finished || this.started) return;
    this.started = true;
    this.startTime = nowNs();
    if (this.bodyPromise !== null) await this.bodyPromise;
    await this.parent.runBefore();
    if (this.parent.beforeError !== undefined) {
      this.cancelTree(kCancelMsg);
      return;
    }
    if (this.bodyError !== undefined) {
      this.fail(failure(this.bodyError, kTestCodeFailure));
      this.cancelTree(kCancelMsg);
      return;
    }
    running.push(this);
    try {
      await this.race(this.runChildren(), this.timeout, this.signal, 'test');
    } catch (e) {
      if (e !== kStopped) this.fail(failure(e, kTestCodeFailure));
    } finally {
      const i = running.lastIndexOf(this);
      if (i !== -1) running.splice(i, 1);
    }
    if (this.finished) return;
    for (const sub of this.subtests) if (!sub.finished) sub.cancelTree(kCancelMsg);
    this.checkSubtests();
    this.complete();
  }

  async runChildren() {
    if (!this.skipped && this.subtests.length > 0) {
      await this.runBefore();
      if (this.beforeError !== undefined) {
        this.fail(failure(this.beforeError, kHookFailure));
        for (const sub of this.subtests) sub.cancelTree(kCancelMsg);
        return;
      }
    }
    for (const sub of this.subtests) {
      if (this.finished) return;
      await sub.start();
    }
    if (this.skipped) return;
    try {
      for (const h of this.hooks.after) await this.runHook(h, this.ctx);
    } catch (e) {
      if (e !== kStopped) this.fail(failure(e, kHookFailure));
    }
  }
}

// The invisible parent of top-level tests: runs them one after another and prints TAP.
class Root extends Test {
  constructor() {
    super(null, '<root>', {}, noop, true);
    this.startTime = nowNs();
    this.next = 0;
    this.busy = false;
    this.reported = 0;
    this.ended = false;
    this.headerDone = false;
    this.afterRan = false;
    this.lateErrors = [];
    this.counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
    this.failedAny = false;
    this.syncDone = false;
    Promise.resolve().then(() => { this.syncDone = true; });
    const process = proc();
    process.on('uncaughtException', (err) => this.onAsyncError(err, kUncaught));
    process.on('unhandledRejection', (err) => this.onAsyncError(err, kUnhandled));
    process.on('beforeExit', () => this.onBeforeExit());
    process.on('exit', () => this.finish());
  }

  write(lines) {
    if (!this.headerDone) { this.headerDone = true; lines.unshift('TAP version 13'); }
    if (lines.length === 0) return;
    proc().stdout.write(lines.join('\n') + '\n');
  }

  wake() {
    if (this.busy) return;
    this.busy = true;
    const process = proc();
    process.nextTick(() => { Promise.resolve().then(() => this.drain()); });
  }

  async drain() {
    try {
      while (this.next < this.subtests.length) {
        const t = this.subtests[this.next++];
        await t.start();
      }
      if (!this.afterRan) {
        this.afterRan = true;
        try {
          for (const h of this.hooks.after) await this.runHook(h, this.ctx);
        } catch (e) {
          if (e !== kStopped) { this.lateErrors.push(e); this.failedAny = true; }
        }
      }
    } finally {
      this.busy = false;
    }
    if (this.next < this.subtests.length) this.wake();
  }

  onAsyncError(err, type) {
    if (this.inAsyncError) return;
    this.inAsyncError = true;
    try {
      this.attributeAsyncError(err, type);
    } finally {
      this.inAsyncError = false;
    }
  }

  attributeAsyncError(err, type) {
    for (let i = running.length - 1; i >= 0; i--) {
      const t = running[i];
      if (!t.finished) { t.stop(failure(err, type)); return; }
    }
    const t = lastEnded;
    const process = proc();
    if (t === null) {
      // Nothing has run yet: behave like an ordinary uncaught error.
      process.stderr.write(`${err && err.stack ? err.stack : String(err)}\n`);
      process.exit(7);
      return;
    }
    this.failedAny = true;
    let where = t.location || '';
    const cwd = process.cwd();
    if (where.startsWith(cwd + '/')) where = where.slice(cwd.length + 1);
    const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    const ev = type === kUncaught ? 'uncaughtException' : 'unhandledRejection';
    this.lateErrors.push(`Error: Test "${t.name}" at ${where} generated asynchronous activity after the test ended. ` +
      `This activity created the error "${what}" and would have caused the test to fail, but instead triggered an ${ev} event.`);
  }

  onBeforeExit() {
    if (this.busy || this.next < this.subtests.length) {
      // The event loop is empty: whatever is still pending can never settle.
      this.finish();
    } else {
      this.finish();
    }
  }

  report(test) {
    const { reportTest } = require('node/internal/test_runner/tap');
    const index = this.subtests.indexOf(test) + 1;
    this.count(test);
    this.write(reportTest(test, index, 0, []));
  }

  count(test) {
    const c = this.counts;
    if (test.isSuite) {
      c.suites++;
      if (test.error !== null && !test.skipped && !test.todo) this.failedAny = true;
    } else {
      c.tests++;
      if (test.skipped) c.skipped++;
      else if (test.todo) c.todo++;
      else if (test.error === null) c.pass++;
      else if ([kCancelledByParent, kTimeout, kAborted].includes(test.error.failureType)) { c.cancelled++; this.failedAny = true; }
      else { c.fail++; this.failedAny = true; }
    }
    for (const sub of test.subtests) this.count(sub);
  }

  finish() {
    if (this.ended) return;
    for (let i = 0; i < this.subtests.length; i++) {
      const t = this.subtests[i];
      if (!t.finished) t.cancelTree(kPendingMsg);
    }
    this.ended = true;
    const c = this.counts;
    const lines = [];
    if (this.subtests.length > 0 || this.headerDone) lines.push(`1..${this.subtests.length}`);
    const { escapeText } = require('node/internal/test_runner/tap');
    for (const d of this.diagnostics) lines.push(`# ${escapeText(d)}`);
    for (const e of this.lateErrors) lines.push(`# ${typeof e === 'string' ? e : String(e && e.message !== undefined ? e.message : e)}`);
    lines.push(`# tests ${c.tests}`, `# suites ${c.suites}`, `# pass ${c.pass}`, `# fail ${c.fail}`,
      `# cancelled ${c.cancelled}`, `# skipped ${c.skipped}`, `# todo ${c.todo}`,
      `# duration_ms ${msBetween(this.startTime, nowNs())}`);
    this.write(lines);
    const process = proc();
    if (this.failedAny) process.exitCode = 1;
  }
}

function getRoot() {
  if (root === null) root = new Root();
  return root;
}

// The test or suite that a call to test()/describe()/it()/hooks belongs to.
function currentParent() {
  const r = getRoot();
  for (let i = syncStack.length - 1; i >= 0; i--) {
    const t = syncStack[i];
    if (!t.finished) return t;
  }
  // Tests declared after an `await` in an async describe() body belong to that suite.
  // (Only once the file's synchronous code is over: before that, declarations are top-level.)
  if (pendingBodies.length > 0 && r.syncDone) return pendingBodies[pendingBodies.length - 1];
  return r;
}

function runTest(Kind, name, options, fn, overrides) {
  const parent = currentParent();
  const args = parseArgs(name, options, fn);
  if (overrides) args.options = { ...args.options, ...overrides };
  if (parent === root || parent.isSuite) {
    const sub = new Kind(parent, args.name, args.options, args.fn);
    parent.subtests.push(sub);
    if (parent === root) root.wake();
    else if (parent.finished) { sub.fail(failure(kCancelMsg, kCancelledByParent)); sub.complete(); }
    return sub.done;
  }
  parent.assertions++;
  return parent.addSubtest(Kind, args.name, args.options, args.fn);
}

function hook(kind) {
  return function(fn, options) {
    const parent = currentParent();
    parent.addHook(kind, fn, options);
  };
}

module.exports = { Test, Suite, runTest, hook, getRoot, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE };
