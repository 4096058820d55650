'use strict';
// node:child_process — spawn and its conveniences (exec, execFile, fork) and their
// synchronous forms. The machinery is in internal/child_process/.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
    ERR_CHILD_PROCESS_IPC_REQUIRED,
  },
  AbortError, notImplemented,
} = require('node/internal/errors');
const { validateString, validateFunction, validateObject, validateAbortSignal, validateArray } = require('node/internal/validators');
const internal = require('node/internal/child_process/child');
const { ChildProcess, normalizeSpawnArguments, validateTimeout, validateMaxBuffer, toSignalNumber } = internal;

const proc = () => require('node/internal/process').process;

function setTimer(fn, ms) { return require('timers').setTimeout(fn, ms); }
function clearTimer(t) { require('timers').clearTimeout(t); }

// The AbortSignal option: kill with killSignal and report an AbortError.
function watchAbort(child, signal, killSignal) {
  if (signal == null) return;
  validateAbortSignal(signal, 'options.signal');
  const onAbort = () => {
    try {
      if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: signal.reason }));
    } catch (err) {
      child.emit('error', err);
    }
  };
  if (signal.aborted) {
    proc().nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    child.once('exit', () => signal.removeEventListener('abort', onAbort));
  }
}

function spawn(command, argv, userOptions) {
  const opts = normalizeSpawnArguments(command, argv, userOptions);
  validateTimeout(opts.timeout);
  if (opts.signal != null) validateAbortSignal(opts.signal, 'options.signal');
  const sig = opts.killSignal;
  if (sig != null) toSignalNumber(sig, 'options.killSignal');
  const sub = new ChildProcess();
  sub.spawn(opts);
  if (opts.timeout > 0 && sub.pid !== undefined) {
    const onTimeout = () => {
      try {
        sub.kill(sig);
      } catch (e) {
        sub.emit('error', e);
      }
    };
    const t = setTimer(onTimeout, opts.timeout);
    sub.once('exit', () => clearTimer(t));
  }
  if (opts.signal != null) watchAbort(sub, opts.signal, sig);
  return sub;
}

// ---- execFile / exec ----

// (file, [args], [options], [callback]) with any of the middle ones left out.
function parseExecFileArgs(file, a, b, c) {
  let list = [];
  let opts = b;
  let cb = c;
  if (Array.isArray(a)) {
    list = a.slice();
  } else if (typeof a === 'function') {
    cb = a;
    opts = undefined;
  } else if (a !== null && typeof a === 'object') {
    opts = a;
    cb = b;
  } else if (a != null) {
    list = a; // spawn reports the bad type
  }
  if (typeof opts === 'function') {
    cb = opts;
    opts = undefined;
  } else if (opts != null) {
    validateObject(opts, 'options');
  }
  if (cb != null) validateFunction(cb, 'callback');
  else cb = undefined;
  opts = opts == null ? {} : opts;
  if (opts.argv0 != null) validateString(opts.argv0, 'options.argv0');
  return [file, list, opts, cb];
}

const execFileDefaults = {
  encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM',
  cwd: null, env: null, shell: false,
};

function execFile(file, a, b, c) {
  const [, list, given, cb] = parseExecFileArgs(file, a, b, c);
  const o = { ...execFileDefaults, ...given };
  validateTimeout(o.timeout);
  validateMaxBuffer(o.maxBuffer);
  toSignalNumber(o.killSignal, 'options.killSignal');
  const { Buffer } = require('buffer');

  const sub = spawn(file, list, {
    cwd: o.cwd, env: o.env, gid: o.gid, uid: o.uid, shell: o.shell, signal: o.signal,
    windowsHide: !!o.windowsHide, windowsVerbatimArguments: !!o.windowsVerbatimArguments, argv0: o.argv0,
  });
  const enc = o.encoding && o.encoding !== 'buffer' && Buffer.isEncoding(o.encoding) ? o.encoding : null;
  const collected = { stdout: [], stderr: [] };
  const sizes = { stdout: 0, stderr: 0 };
  const commandLine = [file, ...list].join(' ');
  let failure = null;
  let reported = false;
  let weKilled = false;
  let timer = null;

  const joined = (which) => {
    const parts = collected[which];
    if (parts.length > 0 && parts.every((p) => typeof p === 'string')) return parts.join('');
    const all = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, enc || 'utf8') : p)));
    return enc ? all.toString(enc) : all;
  };

  const report = (code, signal) => {
    if (reported) return;
    reported = true;
    if (timer !== null) clearTimer(timer);
    if (cb === undefined) return;
    const out = joined('stdout');
    const errOut = joined('stderr');
    if (failure === null && code === 0 && signal === null) return cb(null, out, errOut);
    if (failure === null) {
      failure = new Error(`Command failed: ${commandLine}\n${errOut}`);
      failure.code = code < 0 ? require('sys/errno').errnoNames().get(code)?.[0] : code;
      failure.killed = sub.killed || weKilled;
      failure.signal = signal;
    }
    failure.cmd = commandLine;
    cb(failure, out, errOut);
  };

  const stopOutput = () => {
    if (sub.stdout) sub.stdout.destroy();
    if (sub.stderr) sub.stderr.destroy();
  };

  const killIt = () => {
    stopOutput();
    weKilled = true;
    try {
      sub.kill(o.killSignal);
    } catch (e) {
      failure = e;
      report();
    }
  };

  if (o.timeout > 0) timer = setTimer(() => { timer = null; killIt(); }, o.timeout);
  for (const which of ['stdout', 'stderr']) {
    const s = sub[which];
    if (!s) continue;
    if (enc) s.setEncoding(enc);
    s.on('data', (piece) => {
      const before = sizes[which];
      sizes[which] += typeof piece === 'string' ? Buffer.byteLength(piece, enc || 'utf8') : piece.length;
      if (sizes[which] <= o.maxBuffer) {
        collected[which].push(piece);
        return;
      }
      // Past the limit: keep up to maxBuffer units (characters of a string, bytes of a buffer).
      collected[which].push(piece.slice(0, Math.max(0, o.maxBuffer - before)));
      failure = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(which);
      killIt();
    });
  }
  sub.addListener('close', report);
  sub.addListener('error', (e) => {
    failure = e;
    stopOutput();
    report();
  });
  return sub;
}

// exec(command, [options], [callback]): execFile of the command through a shell.
function asShellCommand(command, opts) {
  validateString(command, 'command');
  if (command.includes('\u0000')) throw new ERR_INVALID_ARG_VALUE('command', command, 'must be a string without null bytes');
  const o = { ...opts };
  if (typeof o.shell !== 'string') o.shell = true;
  return o;
}

function exec(command, opts, cb) {
  if (typeof opts === 'function') {
    cb = opts;
    opts = undefined;
  }
  return execFile(command, asShellCommand(command, opts), cb);
}

// ---- fork ----

// The child runs this same runtime on modulePath, with an IPC channel as one of its fds.
function fork(modulePath, a, b) {
  if (modulePath instanceof Uint8Array) modulePath = require('buffer').Buffer.from(modulePath).toString();
  else if (modulePath && typeof modulePath === 'object' && modulePath.href !== undefined) modulePath = require('url').fileURLToPath(modulePath);
  if (typeof modulePath !== 'string') throw new ERR_INVALID_ARG_TYPE('modulePath', ['string', 'Buffer', 'URL'], modulePath);
  if (modulePath.includes('\u0000')) throw new ERR_INVALID_ARG_VALUE('modulePath', modulePath, 'must be a string without null bytes');
  let extra = [];
  let given = b;
  if (Array.isArray(a)) extra = a;
  else if (a !== null && typeof a === 'object') given = a;
  else if (a != null) validateArray(a, 'args');
  if (given != null) validateObject(given, 'options');
  const o = { ...given, shell: false };
  const { stdio } = o;
  if (typeof stdio === 'string') {
    if (!['pipe', 'overlapped', 'ignore', 'inherit'].includes(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    o.stdio = [stdio, stdio, stdio, 'ipc'];
  } else if (Array.isArray(stdio)) {
    if (!stdio.includes('ipc')) throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  } else {
    o.stdio = o.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : [0, 1, 2, 'ipc'];
  }
  if (o.serialization === 'advanced') throw notImplemented("child_process.fork with serialization: 'advanced'");
  const runtime = o.execPath || proc().execPath;
  return spawn(runtime, [...(o.execArgv || proc().execArgv), modulePath, ...extra], o);
}

// ---- synchronous forms ----

function spawnSync(command, argv, userOptions) {
  const opts = normalizeSpawnArguments(command, argv, userOptions);
  const o = { maxBuffer: 1024 * 1024, ...opts };
  validateTimeout(o.timeout);
  validateMaxBuffer(o.maxBuffer);
  if (o.killSignal != null) toSignalNumber(o.killSignal, 'options.killSignal');
  if (o.input != null && !(typeof o.input === 'string' || ArrayBuffer.isView(o.input))) {
    throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], o.input);
  }
  return require('node/internal/child_process/sync').spawnSync(o);
}

// What execSync and execFileSync throw: the spawn error, or an Error for a non-zero status;
// either carries the whole result (status, signal, output, pid, stdout, stderr).
function syncFailure(result, shown) {
  let e;
  if (result.error) {
    e = result.error;
  } else if (result.status !== 0) {
    const detail = result.stderr && result.stderr.length > 0 ? `\n${result.stderr.toString()}` : '';
    e = new Error(`Command failed: ${shown}${detail}`);
  } else {
    return null;
  }
  return Object.assign(e, result);
}

// Without an explicit stdio option, the child's stderr still reaches ours.
function runSyncForExec(file, list, opts, shown) {
  const result = spawnSync(file, list, opts);
  if (opts.stdio === undefined && result.stderr && result.stderr.length > 0) proc().stderr.write(result.stderr);
  const e = syncFailure(result, shown);
  if (e !== null) throw e;
  return result.stdout;
}

function execFileSync(file, a, b) {
  const [, list, opts] = parseExecFileArgs(file, a, b);
  return runSyncForExec(file, list, opts, [file, ...list].join(' '));
}

function execSync(command, opts) {
  return runSyncForExec(command, [], asShellCommand(command, opts), command);
}

function _forkChild() {
  throw notImplemented('child_process._forkChild');
}

module.exports = {
  _forkChild, ChildProcess, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync,
};

// util.promisify(exec) and util.promisify(execFile) resolve { stdout, stderr }.
function promisified(orig) {
  return function (...args) {
    let settle;
    const promise = new Promise((resolve, reject) => { settle = { resolve, reject }; });
    // Called outside the executor, so bad arguments throw instead of rejecting.
    promise.child = orig(...args, (err, stdout, stderr) => {
      if (err === null) {
        settle.resolve({ stdout, stderr });
        return;
      }
      err.stdout = stdout;
      err.stderr = stderr;
      settle.reject(err);
    });
    return promise;
  };
}
{
  const custom = Symbol.for('nodejs.util.promisify.custom');
  Object.defineProperty(exec, custom, { __proto__: null, enumerable: false, configurable: true, value: promisified(exec) });
  Object.defineProperty(execFile, custom, { __proto__: null, enumerable: false, configurable: true, value: promisified(execFile) });
}
