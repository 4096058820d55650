'use strict';
// Signals as loop events: a signal someone listens for is blocked (rt_sigprocmask) and read
// from one signalfd that the loop watches. The watcher is unref'd, as Node's signal handles
// are: listening for a signal does not keep the program alive. When the last listener of a
// signal goes, it is unblocked and its disposition applies again.

const sys = require('sys/core');
const loop = require('aio/loop');
const C = sys.C;

const SFD_NONBLOCK = C.open.O_NONBLOCK;
const SFD_CLOEXEC = C.open.O_CLOEXEC;
const SIG_BLOCK = 0;
const SIG_UNBLOCK = 1;
const SIGINFO_SIZE = 128; // struct signalfd_siginfo

let fd = -1;
let watcher = null;
let handler = null; // handler(signo)
const counts = new Map(); // signo -> number of listeners
const mask = new BigUint64Array(1);
const one = new BigUint64Array(1);
const infoBuf = new Uint8Array(SIGINFO_SIZE * 16);
const infoView = new DataView(infoBuf.buffer);

function bit(signo) { return 1n << BigInt(signo - 1); }

function onReadable() {
  for (;;) {
    const n = sys.read(fd, infoBuf);
    if (n <= 0) return;
    for (let off = 0; off + SIGINFO_SIZE <= n; off += SIGINFO_SIZE) {
      const signo = infoView.getUint32(off, true);
      if (counts.has(signo) && handler) handler(signo);
    }
  }
}

// Starts delivering signo to the handler. Returns 0 or -errno (EINVAL for SIGKILL/SIGSTOP).
function watch(signo, fn) {
  if (signo === C.signals.SIGKILL || signo === C.signals.SIGSTOP || !(signo >= 1 && signo <= 64)) return -22; // EINVAL
  handler = fn;
  const c = counts.get(signo) || 0;
  counts.set(signo, c + 1);
  if (c > 0) return 0;
  mask[0] |= bit(signo);
  one[0] = bit(signo);
  sys.call('rt_sigprocmask', SIG_BLOCK, one, null, 8);
  const r = sys.call('signalfd4', fd, mask, 8, SFD_NONBLOCK | SFD_CLOEXEC);
  if (r < 0) return r;
  if (fd < 0) {
    fd = r;
    watcher = new loop.Watcher(fd, onReadable);
    watcher.resourceType = 'SignalWrap';
    watcher.ref(false);
    watcher.update(C.EPOLLIN);
  }
  return 0;
}

function unwatch(signo) {
  const c = counts.get(signo);
  if (c === undefined) return;
  if (c > 1) {
    counts.set(signo, c - 1);
    return;
  }
  counts.delete(signo);
  mask[0] &= ~bit(signo);
  if (fd >= 0) sys.call('signalfd4', fd, mask, 8, SFD_NONBLOCK | SFD_CLOEXEC);
  one[0] = bit(signo);
  sys.call('rt_sigprocmask', SIG_UNBLOCK, one, null, 8);
}

module.exports = { watch, unwatch };
