'use strict';
// node:tty — isatty (ioctl TCGETS), and ReadStream/WriteStream: the stdio streams of
// node/internal/stdio with the terminal methods (cursor movement, window size, colour depth,
// raw mode through termios).

const sys = require('sys/core');
const C = sys.C;
const stdio = require('node/internal/stdio');
const ansi = require('node/internal/tty_ansi');
const { validateInteger } = require('node/internal/validators');
const { ERR_INVALID_FD } = require('node/internal/errors').codes;

function isatty(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) return false;
  const buf = new Uint8Array(64);
  return sys.call('ioctl', fd, C.TCGETS, buf) === 0;
}

function checkFd(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  // libuv refuses regular files and character devices that are not terminals.
  if (stdio.fdKind(fd) === 'file') {
    throw require('node/internal/system_error').systemErrorFromErrno(-22, 'uv_tty_init',
      'ERR_TTY_INIT_FAILED', 'TTY initialization failed');
  }
}

// ---- colour depth, as Node guesses it from the environment ----

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

let termTable;
function terms() {
  if (termTable === undefined) {
    termTable = {
      exact: new Map([
        ['eterm', COLORS_16], ['cons25', COLORS_16], ['console', COLORS_16], ['cygwin', COLORS_16],
        ['dtterm', COLORS_16], ['gnome', COLORS_16], ['hurd', COLORS_16], ['jfbterm', COLORS_16],
        ['konsole', COLORS_16], ['kterm', COLORS_16], ['mlterm', COLORS_16], ['mosh', COLORS_16m],
        ['putty', COLORS_16], ['st', COLORS_16], ['rxvt-unicode-24bit', COLORS_16m],
        ['terminator', COLORS_16m],
      ]),
      patterns: [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/],
    };
  }
  return termTable;
}

let warnedForceColor = false;
function getColorDepth(env = require('process').env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true':
        if (!warnedForceColor && (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined)) {
          warnedForceColor = true;
          require('process').emitWarning(
            `The '${env.NODE_DISABLE_COLORS !== undefined ? 'NODE_DISABLE_COLORS' : 'NO_COLOR'}' env is ignored due to the 'FORCE_COLOR' env being set.`,
            'Warning');
        }
        return COLORS_16;
      case '2': return COLORS_256;
      case '3': return COLORS_16m;
      default: return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    if ('GITHUB_ACTIONS' in env) return COLORS_256;
    for (const name of ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITLAB_CI', 'TRAVIS']) {
      if (name in env) return COLORS_256;
    }
    if (env.CI_NAME === 'codeship') return COLORS_256;
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) return COLORS_256;
      return COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
    default:
      break;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (env.TERM.startsWith('xterm-256')) return COLORS_256;
    const term = env.TERM.toLowerCase();
    const t = terms();
    const exact = t.exact.get(term);
    if (exact !== undefined) return exact;
    if (t.patterns.some((re) => re.test(term))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  }
  validateInteger(count, 'count', 2);
  return count <= 2 ** this.getColorDepth(env);
}

// ---- WriteStream ----

function WriteStream(fd) {
  if (!new.target) return new WriteStream(fd);
  checkFd(fd);
  const stream = Reflect.construct(stdio.WriteStream, [fd], new.target);
  stream.isTTY = true;
  stream._lastSize = stream.getWindowSize();
  return stream;
}
Object.setPrototypeOf(WriteStream, stdio.WriteStream);
WriteStream.prototype = Object.create(stdio.WriteStream.prototype, {
  constructor: { value: WriteStream, writable: true, enumerable: false, configurable: true },
});

Object.assign(WriteStream.prototype, {
  isTTY: true,
  getColorDepth,
  hasColors,
  _refreshSize() {
    // columns and rows are read from the terminal on each access; 'resize' when they changed.
    const size = this.getWindowSize();
    const last = this._lastSize;
    this._lastSize = size;
    if (last === undefined || last[0] !== size[0] || last[1] !== size[1]) this.emit('resize');
    return size;
  },
  cursorTo(x, y, cb) { return ansi.cursorTo(this, x, y, cb); },
  moveCursor(dx, dy, cb) { return ansi.moveCursor(this, dx, dy, cb); },
  clearLine(dir, cb) { return ansi.clearLine(this, dir, cb); },
  clearScreenDown(cb) { return ansi.clearScreenDown(this, cb); },
  getWindowSize() {
    const buf = new Uint16Array(4);
    if (sys.call('ioctl', this.fd, C.TIOCGWINSZ, buf) < 0) return [80, 24];
    return [buf[1], buf[0]];
  },
});

// ---- ReadStream ----

// struct termios (kernel layout): iflag, oflag, cflag, lflag (u32), line (u8), cc[19].
const TCSETSW = 0x5403;
const termiosSize = 36;
const savedModes = new Map();
let exitHooked = false;

function restoreAll() {
  for (const [fd, saved] of savedModes) sys.call('ioctl', fd, TCSETSW, saved);
  savedModes.clear();
}

function setRawMode(flag) {
  const fd = this.fd;
  if (flag) {
    const t = new Uint8Array(termiosSize);
    const r = sys.call('ioctl', fd, C.TCGETS, t);
    if (r < 0) throw sys.errnoException(r, 'setRawMode');
    if (!savedModes.has(fd)) savedModes.set(fd, t.slice());
    const v = new DataView(t.buffer);
    // The same changes as cfmakeraw() in libuv's UV_TTY_MODE_RAW.
    v.setUint32(0, v.getUint32(0, true) & ~(0o2 | 0o400 | 0o20 | 0o40 | 0o2000), true);
    v.setUint32(4, v.getUint32(4, true) | 0o4, true);
    v.setUint32(8, v.getUint32(8, true) | 0o60, true);
    v.setUint32(12, v.getUint32(12, true) & ~(0o10 | 0o2 | 0o100000 | 0o1), true);
    t[17 + 6] = 1; // VMIN
    t[17 + 5] = 0; // VTIME
    const w = sys.call('ioctl', fd, TCSETSW, t);
    if (w < 0) throw sys.errnoException(w, 'setRawMode');
    if (!exitHooked) {
      exitHooked = true;
      require('process').on('exit', restoreAll);
    }
  } else {
    const saved = savedModes.get(fd);
    if (saved !== undefined) {
      const w = sys.call('ioctl', fd, TCSETSW, saved);
      if (w < 0) throw sys.errnoException(w, 'setRawMode');
      savedModes.delete(fd);
    }
  }
  this.isRaw = Boolean(flag);
  return this;
}

function ReadStream(fd, options = undefined) {
  if (!new.target) return new ReadStream(fd, options);
  checkFd(fd);
  const stream = Reflect.construct(stdio.ReadStream, [fd], new.target);
  stream.isRaw = false;
  stream.isTTY = true;
  return stream;
}
Object.setPrototypeOf(ReadStream, stdio.ReadStream);
ReadStream.prototype = Object.create(stdio.ReadStream.prototype, {
  constructor: { value: ReadStream, writable: true, enumerable: false, configurable: true },
});
ReadStream.prototype.setRawMode = setRawMode;

module.exports = { isatty, ReadStream, WriteStream };
