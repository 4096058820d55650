'use strict';
// Builds the `process` object: an EventEmitter with Node's properties and methods, the
// uncaught-exception and unhandled-rejection policies, warnings, and exit.

const EventEmitter = require('events');
const sys = require('sys/core');
const loop = require('aio/loop');
const C = sys.C;
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL },
  notImplemented,
} = require('node/internal/errors');
const { validateString, validateFunction } = require('node/internal/validators');

const process = new EventEmitter();
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', enumerable: false, configurable: true, writable: true });

const startNs = sys.clockNs(C.CLOCK_MONOTONIC);

// ---- identity ----

process.title = 'unode';
process.version = `v${binding.nodeVersion}`;
process.versions = {
  node: binding.nodeVersion,
  unode: binding.version,
  quickjs: binding.quickjsVersion,
  modules: '115',
  // The libraries linked in (the machine's OpenSSL libcrypto and zlib); programs and Node's
  // tests check these to know that crypto and zlib exist.
  openssl: binding.cryptoVersion(),
  zlib: binding.zlibVersion(),
};
process.arch = binding.arch;
process.platform = 'linux';
process.release = { name: 'node' };
process.config = { target_defaults: {}, variables: { asan: 0, node_shared_openssl: false, v8_enable_i18n_support: 0 } };
process.features = { inspector: false, debug: false, uv: false, ipv6: true, tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true, typescript: false };
process.pid = sys.call('getpid');
process.ppid = sys.call('getppid');
process.execPath = (() => {
  const p = sys.readlink('/proc/self/exe');
  return typeof p === 'string' ? p : binding.argv[0];
})();
process.argv0 = binding.argv[0];
process.argv = [process.execPath];
process.execArgv = [];
process.debugPort = 9229;
process.allowedNodeEnvironmentFlags = new Set();
process.noDeprecation = false;
process.throwDeprecation = false;
process.traceDeprecation = false;

// ---- env: values are always strings, as in Node ----

const envStore = Object.create(null);
for (const kv of binding.envp) {
  const i = kv.indexOf('=');
  if (i > 0 && !(kv.slice(0, i) in envStore)) envStore[kv.slice(0, i)] = kv.slice(i + 1);
}
process.env = new Proxy(envStore, {
  set(target, key, value) {
    if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    target[key] = String(value);
    return true;
  },
  defineProperty(target, key, desc) {
    if ('get' in desc || 'set' in desc) {
      throw new TypeError(`'process.env' does not accept an accessor(getter/setter) descriptor`);
    }
    if (!desc.configurable || !desc.writable || !desc.enumerable) {
      throw new TypeError(`'process.env' only accepts a configurable, writable, and enumerable data descriptor`);
    }
    target[key] = String(desc.value);
    return true;
  },
  deleteProperty(target, key) {
    delete target[key];
    return true;
  },
});

// ---- directories ----

let cwdCache;
process.cwd = function cwd() {
  if (cwdCache === undefined) cwdCache = sys.getcwd();
  return cwdCache;
};
process.chdir = function chdir(directory) {
  validateString(directory, 'directory');
  const r = sys.call('chdir', directory);
  if (r < 0) throw sys.errnoException(r, 'chdir', process.cwd(), directory);
  cwdCache = undefined;
};
for (const name of ['setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups']) {
  process[name] = { [name](...args) { return require('node/internal/process/credentials')[name](...args); } }[name];
}

process.umask = function umask(mask) {
  if (mask === undefined) {
    const old = sys.call('umask', 0o22);
    sys.call('umask', old);
    return old;
  }
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw new (require('node/internal/errors').codes.ERR_INVALID_ARG_VALUE)('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
    }
    mask = parseInt(mask, 8);
  }
  require('node/internal/validators').validateUint32(mask, 'mask');
  return sys.call('umask', mask & 0o777);
};

// ---- time and resources ----

function hrtime(prev) {
  const ns = sys.clockNs(C.CLOCK_MONOTONIC);
  let sec = Number(ns / 1000000000n);
  let nsec = Number(ns % 1000000000n);
  if (prev !== undefined) {
    if (!Array.isArray(prev)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', prev);
    if (prev.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, prev.length);
    sec -= prev[0];
    nsec -= prev[1];
    if (nsec < 0) {
      sec--;
      nsec += 1e9;
    }
  }
  return [sec, nsec];
}
hrtime.bigint = () => sys.clockNs(C.CLOCK_MONOTONIC);
process.hrtime = hrtime;

process.uptime = () => Number(sys.clockNs(C.CLOCK_MONOTONIC) - startNs) / 1e9;

function readProcFile(path) {
  const fd = sys.openat(C.AT_FDCWD, path, C.open.O_RDONLY);
  if (fd < 0) return '';
  const buf = new Uint8Array(4096);
  const n = sys.read(fd, buf);
  sys.close(fd);
  return n > 0 ? binding.utf8Decode(buf, 0, n) : '';
}

function rss() {
  const statm = readProcFile('/proc/self/statm').split(' ');
  return Number(statm[1] || 0) * 4096;
}

function memoryUsage() {
  const m = binding.memoryUsage();
  return {
    rss: rss(),
    heapTotal: m.mallocSize,
    heapUsed: m.memoryUsedSize,
    external: m.arrayBufferSize,
    arrayBuffers: m.arrayBufferSize,
  };
}
memoryUsage.rss = rss;
process.memoryUsage = memoryUsage;

// Free memory for this process: MemAvailable, bounded by a cgroup limit if one is set.
function meminfoAvailable() {
  const m = /MemAvailable:\s+(\d+) kB/.exec(readProcFile('/proc/meminfo'));
  return m ? Number(m[1]) * 1024 : 0;
}
// The cgroup v2 (or v1) memory limit, or 0 when there is none, as Node reports it.
function cgroupLimit() {
  for (const file of ['/sys/fs/cgroup/memory.max', '/sys/fs/cgroup/memory/memory.limit_in_bytes']) {
    const text = readProcFile(file).trim();
    if (text === '') continue;
    const n = Number(text);
    if (Number.isFinite(n) && n > 0 && n < 2 ** 62) return n;
    return 0;
  }
  return 0;
}
process.constrainedMemory = function constrainedMemory() {
  return cgroupLimit();
};
process.availableMemory = function availableMemory() {
  const available = meminfoAvailable();
  const limit = cgroupLimit();
  if (limit === 0) return available;
  return Math.max(0, Math.min(available, limit - rss()));
};
process.getActiveResourcesInfo = function getActiveResourcesInfo() {
  return loop.activeResources();
};

function rusage(who = 0) {
  const layout = sys.layouts.rusage;
  const buf = new Uint8Array(layout.size);
  sys.check(sys.call('getrusage', who, buf), 'uv_getrusage');
  const dv = new DataView(buf.buffer);
  const f = (name) => sys.structs.read(dv, layout, name);
  return { f };
}

process.cpuUsage = function cpuUsage(prev) {
  const { f } = rusage();
  let user = f('utime_sec') * 1e6 + f('utime_usec');
  let system = f('stime_sec') * 1e6 + f('stime_usec');
  if (prev !== undefined) {
    user -= prev.user;
    system -= prev.system;
  }
  return { user, system };
};

process.resourceUsage = function resourceUsage() {
  const { f } = rusage();
  return {
    userCPUTime: f('utime_sec') * 1e6 + f('utime_usec'),
    systemCPUTime: f('stime_sec') * 1e6 + f('stime_usec'),
    maxRSS: f('maxrss'),
    sharedMemorySize: 0, unsharedDataSize: 0, unsharedStackSize: 0,
    minorPageFault: f('minflt'), majorPageFault: f('majflt'),
    swappedOut: 0, fsRead: f('inblock'), fsWrite: f('oublock'),
    ipcSent: 0, ipcReceived: 0, signalsCount: 0,
    voluntaryContextSwitches: f('nvcsw'), involuntaryContextSwitches: f('nivcsw'),
  };
};

for (const [name, nrName] of [['getuid', 'getuid'], ['geteuid', 'geteuid'], ['getgid', 'getgid'], ['getegid', 'getegid']]) {
  process[name] = function () { return sys.call(nrName); };
}
process.getgroups = function getgroups() {
  const buf = new Uint32Array(65536);
  const n = sys.check(sys.call('getgroups', buf.length, buf), 'getgroups');
  const groups = Array.from(buf.subarray(0, n));
  const egid = sys.call('getegid');
  if (!groups.includes(egid)) groups.push(egid);
  return groups;
};

// ---- signals ----

process.kill = function kill(pid, sig = 'SIGTERM') {
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let signum;
  if (sig === (sig | 0)) {
    signum = sig;
  } else {
    sig = sig || 'SIGTERM';
    signum = typeof sig === 'string' ? C.signals[sig] : undefined;
    if (signum === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
  }
  const r = process._kill(pid, signum);
  if (r < 0) {
    const err = sys.errnoException(r, 'kill');
    err.message = `kill ${err.code}`;
    throw err;
  }
  return true;
};

// The raw call under process.kill: 0 or -errno (Node's tests replace it to observe kill).
process._kill = function _kill(pid, signum) {
  return sys.call('kill', pid | 0, signum | 0);
};

process.abort = function abort() {
  sys.call('kill', process.pid, C.signals.SIGABRT);
  sys.call('exit_group', 134);
};

// ---- nextTick ----

process.nextTick = function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  loop.nextTick(callback, args.length === 0 ? undefined : args);
};

// ---- warnings ----

function createWarning(warning, type, code, ctor) {
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    Error.captureStackTrace(w, ctor || process.emitWarning);
    return w;
  }
  return warning;
}

process.emitWarning = function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning !== 'string' && !(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  const w = createWarning(warning, type, code, ctor);
  if (detail !== undefined) w.detail = detail;
  if (w.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw w;
  }
  process.nextTick(() => process.emit('warning', w));
};

function writeStderr(text) {
  sys.writeAll(2, text);
}

let warnedTrace = false;
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  if (process.execArgv.includes('--no-warnings')) return;
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (process.traceDeprecation && isDeprecation || process.execArgv.includes('--trace-warnings')) {
    msg += warning.stack;
  } else {
    msg += `${warning.name}: ${warning.message}`;
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!warnedTrace) {
    warnedTrace = true;
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`${process.release.name} ${flag} ...\` to show where the warning was created)`;
  }
  writeStderr(`${msg}\n`);
}
process.on('warning', onWarning);

// ---- exit ----

let exitCode;
Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() { return exitCode; },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      if (!Number.isInteger(value)) throw new ERR_INVALID_ARG_TYPE('code', 'integer', code);
    }
    exitCode = code;
  },
});

let exiting = false;
Object.defineProperty(process, '_exiting', {
  get() { return exiting; }, set(v) { exiting = !!v; }, enumerable: false, configurable: true,
});

function codeNumber() {
  const c = exitCode === undefined || exitCode === null ? 0 : exitCode | 0;
  return c & 0xff;
}

// Emits 'exit' once; returns the final code.
function emitExit() {
  if (!exiting) {
    exiting = true;
    try {
      process.emit('exit', exitCode === undefined || exitCode === null ? 0 : exitCode | 0);
    } catch (err) {
      // As in Node: the error is reported, and the exit code is 1 unless one was set.
      printUncaught(err, false);
      if (!exitCode) exitCode = 1;
    }
  }
  return codeNumber();
}

process.reallyExit = function reallyExit(code) {
  sys.call('exit_group', (code | 0) & 0xff);
};

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  const final = emitExit();
  process.reallyExit(final);
};

// ---- uncaught exceptions and unhandled rejections ----

let inFatal = false;
let unhandledRejectionsMode = 'throw';
function setUnhandledRejectionsMode(mode) { unhandledRejectionsMode = mode; }

function printUncaught(err, fromPromise) {
  let text;
  try {
    text = require('node/internal/process/report').formatUncaught(err, fromPromise);
  } catch (e) {
    text = `Uncaught ${String(err && err.stack || err)}\n`;
  }
  writeStderr(text);
}

// The loop's fatal hook: 'uncaughtException' listeners, else print and exit with 1.
function fatal(err, origin = 'uncaughtException') {
  if (inFatal) {
    // An error inside an uncaughtException handler is fatal at once, like Node.
    printUncaught(err, false);
    exitCode = 7;
    process.reallyExit(7);
  }
  const hasHandler = process.listenerCount('uncaughtException') > 0;
  if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
    process.emit('uncaughtExceptionMonitor', err, origin);
  }
  if (!hasHandler) {
    printUncaught(err, origin === 'unhandledRejection');
    exitCode = 1;
    // 'exit' listeners still run, and may change the exit code, as in Node.
    process.reallyExit(emitExit());
  }
  inFatal = true;
  try {
    process.emit('uncaughtException', err, origin);
  } catch (handlerError) {
    // An uncaughtException handler that throws ends the process with code 7.
    printUncaught(handlerError, false);
    exitCode = 7;
    process.reallyExit(7);
  } finally {
    inFatal = false;
  }
}

function unhandledRejection(promise, reason) {
  const handled = process.emit('unhandledRejection', reason, promise);
  switch (unhandledRejectionsMode) {
    case 'none':
      return;
    case 'warn':
      if (!handled) emitUnhandledWarning(reason);
      return;
    case 'warn-with-error-code':
      if (!handled) {
        emitUnhandledWarning(reason);
        process.exitCode = 1;
      }
      return;
    case 'strict': {
      const err = rejectionToError(reason);
      fatal(err, 'unhandledRejection');
      return;
    }
    default: // 'throw'
      if (!handled) fatal(rejectionToError(reason), 'unhandledRejection');
  }
}

function emitUnhandledWarning(reason) {
  const w = new Error('Unhandled promise rejection. This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch().');
  w.name = 'UnhandledPromiseRejectionWarning';
  void reason;
  process.emitWarning(w);
}

// A data property found on obj or its prototypes, without running getters or proxies' traps.
function dataProperty(obj, key) {
  for (let o = obj; o !== null; o = Object.getPrototypeOf(o)) {
    if (require('util').types.isProxy(o)) return undefined;
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d !== undefined) return d.value;
  }
  return undefined;
}

// How V8 names a rejection reason in this message: primitives as strings, functions by their
// source, built-in kinds as [object Kind], other objects as #<Constructor>.
function describeWithoutSideEffects(value) {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    const kind = Array.isArray(value) ? 'Array' : binding.classOf(value);
    if (['Arguments', 'Boolean', 'Date', 'Error', 'Number', 'RegExp', 'String', 'Array'].includes(kind)) {
      return `[object ${kind}]`;
    }
    if (dataProperty(value, 'toString') !== Object.prototype.toString) return '[object Object]';
    const ctor = dataProperty(value, 'constructor');
    const name = typeof ctor === 'function' ? dataProperty(ctor, 'name') : undefined;
    return typeof name === 'string' && name !== '' ? `#<${name}>` : '[object Object]';
  } catch {
    return '[object Object]';
  }
}

function rejectionToError(reason) {
  if (reason instanceof Error) return reason;
  const shown = describeWithoutSideEffects(reason);
  const err = new Error('This error originated either by throwing inside of an async function without a catch block, ' +
    `or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${shown}".`);
  Object.defineProperty(err, 'name', { value: 'UnhandledPromiseRejection', writable: true, configurable: true });
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

loop.hooks.fatal = fatal;
loop.hooks.rejection = unhandledRejection;
loop.hooks.rejectionHandled = (promise) => {
  process.emit('rejectionHandled', promise);
};

// ---- signals ----

// Like Node, ignore SIGPIPE: a write to a closed pipe then fails with EPIPE, which streams
// report, instead of killing the process. (Child processes get the default back at exec.)
{
  const act = new BigUint64Array(4); // kernel sigaction: handler, flags, restorer, mask
  act[0] = BigInt(C.SIG_IGN);
  sys.call('rt_sigaction', C.signals.SIGPIPE, act, null, 8);
}

// Listening for a signal name routes that signal through the loop (aio/signals); with no
// listener left, the signal's default action applies again.
function signalNumber(name) {
  return typeof name === 'string' && name.startsWith('SIG') ? C.signals[name] : undefined;
}
function onSignal(signo) {
  for (const [name, num] of Object.entries(C.signals)) {
    if (num === signo && process.listenerCount(name) > 0) {
      process.emit(name, name, signo);
      return;
    }
  }
}
process.on('newListener', (name) => {
  const signo = signalNumber(name);
  if (signo === undefined || process.listenerCount(name) > 0) return;
  const r = require('aio/signals').watch(signo, onSignal);
  if (r < 0) {
    const err = sys.errnoException(r, 'uv_signal_start');
    err.message = `uv_signal_start ${err.code}`;
    throw err;
  }
});
process.on('removeListener', (name) => {
  const signo = signalNumber(name);
  if (signo === undefined || process.listenerCount(name) > 0) return;
  require('aio/signals').unwatch(signo);
});

// ---- stdio, lazily: most programs that print never need a stream object ----

const stdioStreams = [undefined, undefined, undefined];
function defineStdio(name, fd) {
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: false,
    get() {
      if (stdioStreams[fd] === undefined) stdioStreams[fd] = require('node/internal/stdio').create(fd);
      return stdioStreams[fd];
    },
    set(value) {
      stdioStreams[fd] = value;
    },
  });
}

// What the global console writes to: the real stream once it exists (or when fd is a
// terminal, for colors and sizes), else a minimal synchronous writer.
const consoleSinks = [undefined, undefined, undefined];
function stdioForConsole(fd) {
  if (stdioStreams[fd] !== undefined) return stdioStreams[fd];
  if (consoleSinks[fd] === undefined) {
    const tty = sys.call('ioctl', fd, C.TCGETS, new Uint8Array(64)) === 0;
    if (tty) return process[fd === 1 ? 'stdout' : 'stderr'];
    consoleSinks[fd] = {
      // The console ignores write errors (EPIPE...), as Node's does.
      write(chunk) { return sys.writeAll(fd, chunk) === 0; },
    };
  }
  return consoleSinks[fd];
}
defineStdio('stdin', 0);
defineStdio('stdout', 1);
defineStdio('stderr', 2);
// The old name for starting stdin (deprecated in Node, still used by its tests).
process.openStdin = function openStdin() {
  process.stdin.resume();
  return process.stdin;
};

// ---- what this runtime does not have yet ----

process.binding = function binding(name) {
  throw notImplemented(`process.binding('${name}')`);
};
process.dlopen = function dlopen() {
  throw notImplemented('process.dlopen (native addons)');
};
process.setUncaughtExceptionCaptureCallback = function (fn) {
  if (fn !== null) validateFunction(fn, 'fn');
  throw notImplemented('process.setUncaughtExceptionCaptureCallback');
};
process.hasUncaughtExceptionCaptureCallback = () => false;

module.exports = {
  process, fatal, emitExit, codeNumber, setUnhandledRejectionsMode, writeStderr, stdioForConsole,
};

// A forked child talks to its parent over the fd in NODE_CHANNEL_FD (set up before the
// main module runs, as in Node).
if (envStore.NODE_CHANNEL_FD !== undefined) require('node/internal/child_process/ipc').setupChild(process);
