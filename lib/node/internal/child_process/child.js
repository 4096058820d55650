'use strict';
// The ChildProcess class and what spawn needs: checking and normalizing the arguments,
// turning the stdio option into fd mappings, starting the child (binding.spawn, src/spawn.c)
// and noticing its end through a pidfd watched by the loop.

const EventEmitter = require('events');
const sys = require('sys/core');
const loop = require('aio/loop');
const C = sys.C;
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_SIGNAL, ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK, ERR_OUT_OF_RANGE, ERR_INVALID_SYNC_FORK_INPUT,
  },
} = require('node/internal/errors');
const { validateString, validateObject, validateBoolean, validateArray } = require('node/internal/validators');

let processObj;
const proc = () => processObj || (processObj = require('node/internal/process').process);

// ---- signals by name and number ----

let signalNames;
function signalName(n) {
  if (signalNames === undefined) {
    signalNames = [];
    for (const [name, num] of Object.entries(C.signals)) if (signalNames[num] === undefined) signalNames[num] = name;
  }
  return signalNames[n] || null;
}

// A signal option or argument as a number: a known number, or a name in any letter case.
function toSignalNumber(sig, name = 'signal') {
  if (typeof sig === 'number') {
    if (signalName(sig) === null) throw new ERR_UNKNOWN_SIGNAL(sig);
    return sig;
  }
  if (typeof sig === 'string') {
    const upper = sig.toUpperCase();
    if (!Object.prototype.hasOwnProperty.call(C.signals, upper)) throw new ERR_UNKNOWN_SIGNAL(sig);
    return C.signals[upper];
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'number'], sig);
}

// ---- arguments ----

function noNulls(value, name, isProperty) {
  const s = `${value}`;
  if (s.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes', isProperty);
  }
  return s;
}

function validInt32(value, name) {
  if (value !== (value | 0)) throw new ERR_INVALID_ARG_TYPE(name, 'int32', value);
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

// Node's normalizeSpawnArguments: what spawn and spawnSync accept, checked in Node's order.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  noNulls(file, 'file');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { __proto__: null, ...options };

  let cwd = options.cwd;
  if (cwd != null) {
    if (typeof cwd !== 'string' && !(cwd instanceof Uint8Array) && !(cwd && cwd.href !== undefined && cwd.protocol !== undefined)) {
      throw new ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], cwd);
    }
    if (typeof cwd !== 'string' && !(cwd instanceof Uint8Array)) cwd = require('url').fileURLToPath(cwd);
    if (cwd instanceof Uint8Array) cwd = require('buffer').Buffer.from(cwd).toString();
    if (cwd === '') cwd = null;
    else if (cwd.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE('options.cwd', options.cwd, 'must be a string, Uint8Array, or URL without null bytes', true);
    }
  }
  if (options.serialization !== undefined && options.serialization !== 'json' && options.serialization !== 'advanced') {
    throw new ERR_INVALID_ARG_VALUE('options.serialization', options.serialization, "must be one of: undefined, 'json', 'advanced'", true);
  }
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null) validInt32(options.uid, 'options.uid');
  if (options.gid != null) validInt32(options.gid, 'options.gid');
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  if (typeof options.argv0 === 'string') noNulls(options.argv0, 'options.argv0', true);
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  if (typeof options.shell === 'string') noNulls(options.shell, 'options.shell', true);
  for (let i = 0; i < args.length; i++) noNulls(args[i], `args[${i}]`);

  if (options.shell) {
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);

  const env = options.env || proc().env;
  const envPairs = [];
  // for...in: inherited variables count too, as in Node.
  for (const key in env) {
    const value = env[key];
    if (value === undefined) continue;
    noNulls(key, `options.env['${key}']`, true);
    noNulls(value, `options.env['${key}']`, true);
    envPairs.push(`${key}=${value}`);
  }
  return { ...options, args: args.map(String), cwd, detached: !!options.detached, envPairs, file, envPath: env.PATH };
}

// ---- stdio ----

// One entry per child fd: { type: 'pipe'|'ignore'|'fd'|'ipc', fd, readable, writable }.
function normalizeStdio(stdio, sync) {
  if (typeof stdio === 'string') {
    if (stdio === 'pipe' || stdio === 'overlapped') stdio = ['pipe', 'pipe', 'pipe'];
    else if (stdio === 'inherit') stdio = [0, 1, 2];
    else if (stdio === 'ignore') stdio = ['ignore', 'ignore', 'ignore'];
    else throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  } else if (stdio == null) {
    stdio = ['pipe', 'pipe', 'pipe'];
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  } else {
    stdio = stdio.slice();
  }
  while (stdio.length < 3) stdio.push(undefined);
  let ipc = -1;
  const out = [];
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'pipe' || s === 'overlapped') {
      out.push({ type: 'pipe', readable: i === 0, writable: i !== 0 });
    } else if (s === 'ignore') {
      out.push({ type: 'ignore' });
    } else if (s === 'ipc') {
      if (sync) throw new ERR_IPC_SYNC_FORK();
      if (ipc !== -1) throw new ERR_IPC_ONE_PIPE();
      ipc = i;
      out.push({ type: 'ipc' });
    } else if (s === 'inherit') {
      out.push({ type: 'fd', fd: i });
    } else if (typeof s === 'number') {
      out.push({ type: 'fd', fd: s });
    } else if (typeof s === 'object' && typeof s.fd === 'number' && s.fd >= 0) {
      out.push({ type: 'fd', fd: s.fd });
    } else if (typeof s === 'object' && s._handle && typeof s._handle.fd === 'number') {
      // Another child's pipe handed on: we stop reading it so the new child gets the data.
      stopReading(s);
      out.push({ type: 'fd', fd: s._handle.fd });
    } else if (!sync && (typeof s === 'string' || ArrayBuffer.isView(s))) {
      throw new ERR_INVALID_SYNC_FORK_INPUT(require('util').inspect(s));
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return { stdio: out, ipc };
}

// A socket handed to a child as its stdio stops reading here (its data is the child's now).
function stopReading(s) {
  // As in Node, the stream stays paused: it is not drained when its own child exits.
  if (typeof s.pause === 'function') s.pause();
  const h = s._handle;
  if (h && h.watcher !== undefined && typeof h.sync === 'function' && h.reading) {
    h.reading = false;
    h.sync();
  }
}

// Opens what the child needs: returns { fds (child fd -> parent fd), parentEnds, toClose }.
function openStdio(list) {
  const fds = [];
  const parentEnds = [];
  const toClose = [];
  let devnull = -1;
  const fail = (r) => {
    for (const fd of toClose) sys.close(fd);
    for (const fd of parentEnds) if (fd >= 0) sys.close(fd);
    return r;
  };
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    parentEnds.push(-1);
    if (s.type === 'pipe' || s.type === 'ipc') {
      // Every pipe is a Unix socket pair, as Node's are: both ends can read and write.
      const pair = new Int32Array(2);
      const r = sys.call('socketpair', 1 /* AF_UNIX */, 1 /* SOCK_STREAM */ | C.open.O_CLOEXEC, 0, pair);
      if (r < 0) return fail(r);
      fds.push(pair[1]);
      toClose.push(pair[1]);
      parentEnds[i] = pair[0];
    } else if (s.type === 'ignore') {
      if (i < 3) {
        if (devnull < 0) {
          devnull = sys.openat(C.AT_FDCWD, '/dev/null', C.open.O_RDWR);
          if (devnull < 0) return fail(devnull);
          toClose.push(devnull);
        }
        fds.push(devnull);
      } else {
        fds.push(-1);
      }
    } else {
      fds.push(s.fd);
    }
  }
  return { fds, parentEnds, toClose };
}

// Candidate paths for file, searched in the child's PATH as execvp does.
function candidates(file, envPath) {
  if (file.includes('/')) return [file];
  const path = envPath === undefined ? '/usr/local/bin:/usr/bin:/bin' : envPath;
  return path.split(':').map((dir) => `${dir || '.'}/${file}`);
}

function rawSpawn(opts, fds) {
  return binding.spawn(candidates(opts.file, opts.envPath), opts.args, opts.envPairs, opts.cwd == null ? null : opts.cwd,
    fds, opts.detached, opts.uid == null ? -1 : opts.uid >>> 0, opts.gid == null ? -1 : opts.gid >>> 0);
}

// Node's error for a failed spawn: "spawn file ENOENT" with errno, code, syscall, path, spawnargs.
function spawnError(negErrno, syscall, file, spawnargs) {
  const entry = require('sys/errno').errnoNames().get(negErrno);
  const code = entry ? entry[0] : 'UNKNOWN';
  const err = new Error(`${syscall} ${code}`);
  err.errno = negErrno;
  err.code = code;
  err.syscall = syscall;
  if (file !== undefined) err.path = file;
  if (spawnargs !== undefined) err.spawnargs = spawnargs;
  return err;
}

// ---- waiting for the child: pidfd + waitid ----

const siginfo = new Int32Array(32);
// Returns null while running, else { code, signal }.
function reap(pidfd, pid, nohang) {
  siginfo.fill(0);
  const flags = 4 /* WEXITED */ | (nohang ? 1 /* WNOHANG */ : 0);
  const r = pidfd >= 0 ? sys.retry(() => sys.call('waitid', 3 /* P_PIDFD */, pidfd, siginfo, flags, null))
    : sys.retry(() => sys.call('waitid', 1 /* P_PID */, pid, siginfo, flags, null));
  if (r < 0) return { code: null, signal: null, error: r };
  if (siginfo[4] === 0) return null; // si_pid 0: still running
  const siCode = siginfo[2];
  const status = siginfo[6];
  if (siCode === 1 /* CLD_EXITED */) return { code: status, signal: null };
  return { code: null, signal: signalName(status) };
}

// ---- ChildProcess ----

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
    this._pidfd = -1;
    this._watcher = null;
  }

  spawn(options) {
    validateObject(options, 'options');
    const { stdio, ipc } = normalizeStdio(options.stdio, false);
    if (options.envPairs === undefined) options.envPairs = [];
    else validateArray(options.envPairs, 'options.envPairs');
    validateString(options.file, 'options.file');
    if (options.args !== undefined) validateArray(options.args, 'options.args');
    this.spawnfile = options.file;
    this.spawnargs = options.args === undefined ? [] : options.args;
    let ipcFd = -1;
    if (ipc !== -1) {
      options.envPairs.push(`NODE_CHANNEL_FD=${ipc}`);
      options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${options.serialization || 'json'}`);
    }
    const opened = openStdio(stdio);
    if (typeof opened === 'number') throw spawnError(opened, `spawn ${options.file}`, options.file, this.spawnargs.slice(1));
    const { fds, parentEnds, toClose } = opened;
    const pid = rawSpawn(options, fds);
    for (const fd of toClose) sys.close(fd);
    // 'spawn' is queued before the streams exist: their first reads queue ticks too, and
    // 'spawn' must come before any output.
    if (pid > 0) proc().nextTick(() => this.emit('spawn'));

    this.stdio = [];
    for (let i = 0; i < stdio.length; i++) {
      const s = stdio[i];
      if (s.type === 'pipe') {
        // As in Node: stdin is write-only, the others read and write (a socket pair).
        const { Socket } = require('net');
        const stream = new Socket({ fd: parentEnds[i], readable: i !== 0, writable: true });
        this.stdio.push(stream);
        if (i > 0) {
          this._closesNeeded++;
          stream.once('close', () => this._maybeClose());
        }
      } else if (s.type === 'ipc') {
        ipcFd = parentEnds[i];
        this.stdio.push(null);
      } else {
        this.stdio.push(null);
      }
    }
    this.stdin = this.stdio[0] === undefined ? null : this.stdio[0];
    this.stdout = this.stdio[1] === undefined ? null : this.stdio[1];
    this.stderr = this.stdio[2] === undefined ? null : this.stdio[2];

    if (pid < 0) {
      if (ipcFd >= 0) sys.close(ipcFd);
      const err = spawnError(pid, `spawn ${this.spawnfile}`, this.spawnfile, this.spawnargs.slice(1));
      // Out of resources is thrown at once; other errors arrive as an 'error' event.
      if (pid === -C.EAGAIN || pid === -24 /* EMFILE */ || pid === -23 /* ENFILE */) throw err;
      this.exitCode = pid;
      proc().nextTick(() => {
        this.emit('error', err);
        for (const s of this.stdio) if (s) s.destroy();
        this._maybeClose();
      });
      return pid;
    }

    this.pid = pid;
    this._handle = true;
    this._pidfd = sys.call('pidfd_open', pid, 0);
    if (this._pidfd >= 0) {
      this._watcher = new loop.Watcher(this._pidfd, () => this._checkExit());
      this._watcher.resourceType = 'ProcessWrap';
      this._watcher.update(C.EPOLLIN);
    } else {
      // No pidfds (Linux before 5.3): stop and reap the child rather than leave it behind.
      sys.call('kill', pid, C.signals.SIGKILL);
      reap(-1, pid, false);
      for (const s of this.stdio) if (s) s.destroy();
      if (ipcFd >= 0) sys.close(ipcFd);
      throw require('node/internal/errors').notImplemented('child_process without pidfd_open (Linux 5.3+)');
    }
    if (ipcFd >= 0) require('node/internal/child_process/ipc').setupChannel(this, ipcFd, options.serialization || 'json');
    return 0;
  }

  _checkExit() {
    const st = reap(this._pidfd, this.pid, true);
    if (st === null) return;
    this._watcher.close();
    sys.close(this._pidfd);
    this._pidfd = -1;
    this._handle = null;
    if (st.signal !== null) this.signalCode = st.signal;
    else this.exitCode = st.code;
    if (this.stdin) this.stdin.destroy();
    this.emit('exit', this.exitCode, this.signalCode);
    // Output nobody reads is drained so that 'close' can come.
    proc().nextTick(() => {
      for (let i = 1; i < this.stdio.length; i++) {
        const s = this.stdio[i];
        if (s && s.readable && s.readableFlowing === null) s.resume();
      }
    });
    this._maybeClose();
  }

  _maybeClose() {
    this._closesGot++;
    if (this._closesGot === this._closesNeeded) this.emit('close', this.exitCode, this.signalCode);
  }

  kill(sig) {
    const signum = sig === undefined ? C.signals.SIGTERM : sig === 0 ? 0 : toSignalNumber(sig);
    if (this._handle === null) return false;
    const r = this._pidfd >= 0 ? sys.call('pidfd_send_signal', this._pidfd, signum, null, 0) : sys.call('kill', this.pid, signum);
    if (r === 0) {
      this.killed = true;
      return true;
    }
    if (r === -3 /* ESRCH */) return false;
    if (r === -22 /* EINVAL */ || r === -38 /* ENOSYS */) throw sys.errnoException(r, 'kill');
    this.emit('error', spawnError(r, 'kill', undefined, undefined));
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    if (this._watcher) this._watcher.ref(true);
    if (this._channel) this._channel.refHard(true);
  }

  unref() {
    if (this._watcher) this._watcher.ref(false);
    if (this._channel) this._channel.refHard(false);
  }
}

module.exports = {
  ChildProcess, normalizeSpawnArguments, normalizeStdio, openStdio, rawSpawn, spawnError, reap,
  signalName, toSignalNumber, validateTimeout, validateMaxBuffer,
};
