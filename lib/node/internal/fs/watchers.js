'use strict';
// fs.watch (FSWatcher over inotify, one inotify descriptor per watcher, read from a loop
// Watcher), fs.promises.watch (an async iterator over the same), and fs.watchFile /
// fs.unwatchFile (StatWatcher: stat polling on a timer, shared per file name).

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const sys = require('sys/core');
const loop = require('aio/loop');
const U = require('node/internal/fs/utils');
const errors = require('node/internal/errors');
const {
  validateBoolean, validateFunction, validateAbortSignal, validateObject, validateUint32,
} = require('node/internal/validators');

const { ERR_INVALID_ARG_TYPE } = errors.codes;

const IN = {
  MODIFY: 0x2, ATTRIB: 0x4, MOVED_FROM: 0x40, MOVED_TO: 0x80, CREATE: 0x100, DELETE: 0x200,
  DELETE_SELF: 0x400, MOVE_SELF: 0x800, IGNORED: 0x8000, ISDIR: 0x40000000,
  NONBLOCK: 0o4000, CLOEXEC: 0o2000000,
};
const WATCH_MASK = IN.MODIFY | IN.ATTRIB | IN.MOVED_FROM | IN.MOVED_TO | IN.CREATE | IN.DELETE |
  IN.DELETE_SELF | IN.MOVE_SELF;

let pathMod;
const P = () => pathMod ?? (pathMod = require('path'));

// ---- FSWatcher ----

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
  }

  // Starts watching; throws Node's error for a path that cannot be watched.
  _start(filename, persistent, recursive, encoding) {
    const fd = sys.call('inotify_init1', IN.NONBLOCK | IN.CLOEXEC);
    if (fd < 0) throw watchError(fd, filename);
    const h = {
      fd, encoding, recursive, root: U.pathStr(filename), dirs: new Map(), watcher: null,
      buf: new Uint8Array(65536),
    };
    this._handle = h;
    const r = addWatch(h, h.root, '');
    if (r < 0) {
      sys.call('close', fd);
      this._handle = null;
      throw watchError(r, filename);
    }
    if (recursive) {
      let st;
      try { st = require('node/internal/fs/sync').statSync(h.root); } catch { st = undefined; }
      if (st?.isDirectory()) addTree(h, h.root, '');
    }
    h.watcher = new loop.Watcher(fd, () => this._onReadable());
    h.watcher.resourceType = 'FSEventWrap';
    if (!persistent) h.watcher.ref(false);
    h.watcher.update(sys.C.EPOLLIN);
  }

  _onReadable() {
    const h = this._handle;
    if (h === null) return;
    const dv = new DataView(h.buf.buffer);
    for (;;) {
      const n = sys.call('read', h.fd, h.buf, h.buf.byteLength);
      if (n <= 0) break;
      for (let at = 0; at < n && this._handle !== null;) {
        const wd = dv.getInt32(at, true);
        const mask = dv.getUint32(at + 4, true);
        const len = dv.getUint32(at + 12, true);
        let end = at + 16;
        const stop = at + 16 + len;
        while (end < stop && h.buf[end] !== 0) end++;
        const name = len > 0 ? binding.utf8Decode(h.buf, at + 16, end) : '';
        at = stop;
        if (mask & IN.IGNORED) {
          h.dirs.delete(wd);
          continue;
        }
        const rel = h.dirs.get(wd);
        if (rel === undefined) continue;
        if (h.recursive && (mask & IN.CREATE) && (mask & IN.ISDIR)) {
          const relNew = rel === '' ? name : `${rel}/${name}`;
          addTree(h, P().join(h.root, relNew), relNew, true);
        }
        let filename;
        if (name !== '') filename = rel === '' ? name : `${rel}/${name}`;
        else filename = rel === '' ? P().basename(h.root) : rel;
        const type = (mask & ~(IN.MODIFY | IN.ATTRIB | IN.ISDIR)) ? 'rename' : 'change';
        if (h.encoding === 'buffer') filename = Buffer.from(filename);
        else if (h.encoding && h.encoding !== 'utf8' && h.encoding !== 'utf-8') {
          filename = Buffer.from(filename).toString(h.encoding);
        }
        this.emit('change', type, filename);
      }
    }
  }

  close() {
    const h = this._handle;
    if (h === null) return;
    this._handle = null;
    h.watcher.close();
    sys.call('close', h.fd);
    require('process').nextTick(() => this.emit('close'));
  }

  ref() {
    this._handle?.watcher.ref(true);
    return this;
  }

  unref() {
    this._handle?.watcher.ref(false);
    return this;
  }
}

function addWatch(h, dir, rel) {
  const wd = sys.call('inotify_add_watch', h.fd, U.pathArg(dir), WATCH_MASK);
  if (wd >= 0) h.dirs.set(wd, rel);
  return wd;
}

// Watches every directory below dir (recursive mode). announce: report the files found in
// a directory created after the watch began, which inotify could not see arrive.
function addTree(h, dir, rel, announce) {
  let entries;
  try {
    entries = require('node/internal/fs/sync').readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  if (announce) addWatch(h, dir, rel);
  for (const e of entries) {
    const r = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) {
      if (!announce) addWatch(h, P().join(dir, e.name), r);
      addTree(h, P().join(dir, e.name), r, announce);
    }
  }
}

function watchError(r, filename) {
  const err = sys.errnoException(r, 'watch', U.pathStr(filename));
  // Node's watch error lists its fields as errno, syscall, code, path, filename.
  const { errno, code, path } = err;
  delete err.errno; delete err.code; delete err.syscall; delete err.path;
  Object.assign(err, { errno, syscall: 'watch', code, path, filename: path });
  return err;
}

function watchOptions(options) {
  if (typeof options === 'string') options = { encoding: options };
  else if (options == null) options = {};
  else validateObject(options, 'options');
  const persistent = options.persistent === undefined ? true : Boolean(options.persistent);
  const recursive = options.recursive ?? false;
  validateBoolean(recursive, 'options.recursive');
  if (options.encoding !== undefined && options.encoding !== 'buffer') U.assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return { persistent, recursive, encoding: options.encoding ?? 'utf8', signal: options.signal };
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const opts = watchOptions(options);
  filename = U.getValidatedPath(filename, 'filename');
  const w = new FSWatcher();
  w._start(filename, opts.persistent, opts.recursive, opts.encoding);
  if (listener) w.on('change', listener);
  if (opts.signal) {
    if (opts.signal.aborted) require('process').nextTick(() => w.close());
    else opts.signal.addEventListener('abort', () => w.close(), { once: true });
  }
  return w;
}

// fs.promises.watch: yields { eventType, filename } until the signal aborts. An async
// generator, so bad arguments reject the first next(), as in Node.
async function* watchPromise(filename, options = undefined) {
  if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (options?.persistent !== undefined) validateBoolean(options.persistent, 'options.persistent');
  const opts = watchOptions(options);
  filename = U.getValidatedPath(filename, 'filename');
  if (options?.overflow !== undefined && options.overflow !== 'ignore' && options.overflow !== 'throw') {
    throw new errors.codes.ERR_INVALID_ARG_VALUE('options.overflow', options.overflow);
  }
  const signal = opts.signal;
  const abortError = () => new errors.AbortError(undefined, { cause: signal.reason });
  if (signal?.aborted) throw abortError();
  const queue = [];
  let wake = null;
  let failure = null;
  const poke = () => {
    if (wake !== null) {
      const f = wake;
      wake = null;
      f();
    }
  };
  const w = new FSWatcher();
  w._start(filename, opts.persistent, opts.recursive, opts.encoding);
  w.on('change', (eventType, name) => {
    queue.push({ eventType, filename: name });
    poke();
  });
  const onAbort = () => {
    failure = abortError();
    poke();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (failure !== null) throw failure;
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    w.close();
  }
}

// ---- StatWatcher (watchFile) ----

const statWatchers = new Map(); // resolved name -> StatWatcher

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    this._bigint = bigint;
  }

  _start(filename, persistent, interval) {
    const timers = require('timers');
    const A = require('node/internal/fs/async');
    let prev = null;
    let busy = false;
    const poll = () => {
      if (this._handle === null || busy) return;
      busy = true;
      A.stat((err, st) => {
        busy = false;
        if (this._handle === null) return;
        const cur = err ? zeroStats(this._bigint) : st;
        if (prev === null) {
          // A file missing from the start is reported once, with zeroed stats.
          if (err) this.emit('change', cur, cur);
        } else if (differs(cur, prev)) {
          this.emit('change', cur, prev);
        }
        prev = cur;
      }, filename, { bigint: this._bigint });
    };
    this._handle = timers.setInterval(poll, interval);
    if (!persistent) this._handle.unref();
    poll();
  }

  stop() {
    if (this._handle === null) return;
    require('timers').clearInterval(this._handle);
    this._handle = null;
    require('process').nextTick(() => this.emit('stop'));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

function zeroStats(bigint) {
  const z = bigint ? 0n : 0;
  return bigint ?
    new U.BigIntStats(z, z, z, z, z, z, z, z, z, z, z, z, z, z) :
    new U.Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

function differs(a, b) {
  return a.mtimeMs !== b.mtimeMs || a.ctimeMs !== b.ctimeMs || a.size !== b.size ||
    a.mode !== b.mode || a.uid !== b.uid || a.gid !== b.gid || a.ino !== b.ino ||
    a.dev !== b.dev || a.nlink !== b.nlink || a.birthtimeMs !== b.birthtimeMs;
}

function watchFile(filename, options, listener) {
  filename = U.getValidatedPath(filename);
  filename = P().resolve(U.pathStr(filename));
  let opts = { interval: 5007, persistent: true, bigint: false };
  if (options !== null && typeof options === 'object') opts = { ...opts, ...options };
  else listener = options;
  validateFunction(listener, 'listener');
  if (typeof opts.interval !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('interval', 'number', opts.interval);
  }
  let w = statWatchers.get(filename);
  if (w === undefined) {
    w = new StatWatcher(Boolean(opts.bigint));
    w._start(filename, opts.persistent !== false, opts.interval);
    statWatchers.set(filename, w);
  }
  w.addListener('change', listener);
  return w;
}

function unwatchFile(filename, listener) {
  filename = U.getValidatedPath(filename);
  filename = P().resolve(U.pathStr(filename));
  const w = statWatchers.get(filename);
  if (w === undefined) return;
  if (typeof listener === 'function') w.removeListener('change', listener);
  else w.removeAllListeners('change');
  if (w.listenerCount('change') === 0) {
    w.stop();
    statWatchers.delete(filename);
  }
}

module.exports = { FSWatcher, StatWatcher, watch, watchPromise, watchFile, unwatchFile, validateUint32 };
