'use strict';
// spawnSync: starts the child like spawn, then waits in ppoll() (not the event loop) on its
// pipes and its pidfd, feeding `input` to stdin and collecting output, until it has exited
// and every pipe is at end of file, or the timeout or maxBuffer ends it.

const sys = require('sys/core');
const C = sys.C;
const { Buffer } = require('buffer');
const { normalizeStdio, openStdio, rawSpawn, spawnError, reap, toSignalNumber } = require('node/internal/child_process/child');

function setNonBlocking(fd) {
  const flags = sys.call('fcntl', fd, C.F_GETFL, 0);
  if (flags >= 0 && !(flags & C.open.O_NONBLOCK)) sys.call('fcntl', fd, C.F_SETFL, flags | C.open.O_NONBLOCK);
}

function toInput(input) {
  if (input == null) return null;
  if (typeof input === 'string') return Buffer.from(input);
  if (ArrayBuffer.isView(input)) return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  return null;
}

// opts: normalized spawn options plus input, timeout, maxBuffer, killSignal, encoding.
function spawnSync(opts) {
  const { stdio } = normalizeStdio(opts.stdio, true);
  const syscall = `spawnSync ${opts.file}`;
  const result = { __proto__: null };
  const opened = openStdio(stdio);
  if (typeof opened === 'number') {
    result.error = spawnError(opened, syscall, opts.file, opts.args.slice(1));
    return finish(result, null, opts);
  }
  const { fds, parentEnds, toClose } = opened;
  const pid = rawSpawn(opts, fds);
  for (const fd of toClose) sys.close(fd);
  if (pid < 0) {
    for (const fd of parentEnds) if (fd >= 0) sys.close(fd);
    result.error = spawnError(pid, syscall, opts.file, opts.args.slice(1));
    result.pid = 0;
    return finish(result, null, opts);
  }
  result.pid = pid;
  const pidfd = sys.call('pidfd_open', pid, 0);
  const killSignal = opts.killSignal === undefined ? C.signals.SIGTERM : toSignalNumber(opts.killSignal, 'options.killSignal');
  const maxBuffer = opts.maxBuffer == null ? 1024 * 1024 : opts.maxBuffer;
  const deadline = opts.timeout > 0 ? sys.clockMs(C.CLOCK_MONOTONIC) + opts.timeout : Infinity;

  // Per child fd: collected chunks for readable pipes; the input for stdin.
  const chunks = stdio.map(() => []);
  const sizes = stdio.map(() => 0);
  const open = new Set();
  for (let i = 0; i < parentEnds.length; i++) {
    if (parentEnds[i] < 0) continue;
    setNonBlocking(parentEnds[i]);
    open.add(i);
  }
  let input = toInput(opts.input);
  let inputOff = 0;
  if (open.has(0) && (input === null || input.length === 0)) {
    sys.close(parentEnds[0]);
    open.delete(0);
  }
  let status = null;
  let killed = false;
  const pollBuf = new Int32Array(2 * (stdio.length + 1));
  const ts = new BigInt64Array(2);
  const readBuf = Buffer.allocUnsafe(65536);

  const killChild = (errName) => {
    if (killed) return;
    killed = true;
    sys.call('kill', pid, killSignal);
    if (result.error === undefined) result.error = spawnError(-errnoOf(errName), syscall, opts.file, opts.args.slice(1));
  };

  // After we killed it (timeout, maxBuffer), the child's exit ends the wait even if a
  // grandchild still holds a pipe open, as in Node.
  while (status === null || (open.size > 0 && !killed)) {
    if (pidfd < 0 && open.size === 0) {
      // Without a pidfd (old kernels) the end is awaited by a blocking waitid.
      status = reap(-1, pid, false);
      break;
    }
    let n = 0;
    const order = [];
    for (const i of open) {
      pollBuf[2 * n] = parentEnds[i];
      pollBuf[2 * n + 1] = i === 0 ? C.POLLOUT : C.POLLIN;
      order.push(i);
      n++;
    }
    if (status === null && pidfd >= 0) {
      pollBuf[2 * n] = pidfd;
      pollBuf[2 * n + 1] = C.POLLIN;
      order.push(-1);
      n++;
    }
    let tsArg = null;
    if (deadline !== Infinity && !killed) {
      const left = Math.max(0, deadline - sys.clockMs(C.CLOCK_MONOTONIC));
      ts[0] = BigInt(Math.floor(left / 1000));
      ts[1] = BigInt(Math.floor((left % 1000) * 1e6));
      tsArg = ts;
    }
    const r = sys.call('ppoll', pollBuf, n, tsArg, null, 8);
    if (r === -C.EINTR) continue;
    if (r === 0) {
      killChild('ETIMEDOUT');
      continue;
    }
    for (let k = 0; k < n; k++) {
      const rev = pollBuf[2 * k + 1] >>> 16;
      if (rev === 0) continue;
      const i = order[k];
      if (i === -1) {
        status = reap(pidfd, pid, true);
        continue;
      }
      const fd = parentEnds[i];
      if (i === 0) {
        const w = sys.write(fd, input, inputOff);
        if (w > 0) inputOff += w;
        if (w < 0 && w !== -C.EAGAIN || inputOff >= input.length) {
          sys.close(fd);
          open.delete(0);
        }
        continue;
      }
      const got = sys.read(fd, readBuf);
      if (got === -C.EAGAIN) continue;
      if (got <= 0) {
        sys.close(fd);
        open.delete(i);
        continue;
      }
      chunks[i].push(Buffer.from(readBuf.subarray(0, got)));
      sizes[i] += got;
      if (sizes[i] > maxBuffer) killChild('ENOBUFS');
    }
  }
  for (const i of open) sys.close(parentEnds[i]);
  if (pidfd >= 0) sys.close(pidfd);
  result.status = status.code;
  result.signal = status.signal;
  const output = stdio.map((s, i) => (s.type === 'pipe' && i > 0 ? Buffer.concat(chunks[i]) : null));
  return finish(result, output, opts);
}

function errnoOf(name) {
  for (const [neg, entry] of require('sys/errno').errnoNames()) if (entry[0] === name) return -neg;
  return 0;
}

function finish(result, output, opts) {
  const enc = opts.encoding;
  if (output !== null && enc && enc !== 'buffer') output = output.map((b) => (b === null ? null : b.toString(enc)));
  const out = { __proto__: Object.prototype };
  if (result.error !== undefined) out.error = result.error;
  out.status = result.status === undefined ? null : result.status;
  out.signal = result.signal === undefined ? null : result.signal;
  out.output = output;
  out.pid = result.pid === undefined ? 0 : result.pid;
  out.stdout = output ? output[1] : null;
  out.stderr = output ? output[2] : null;
  return out;
}

module.exports = { spawnSync };
