'use strict';
// readline's Interface: reads lines from a stream. Without a terminal it splits the decoded
// input at \n, \r\n and \r; with one it decodes keys (internal/readline/keys) and keeps an
// editable line (cursor, history, completion) drawn with ANSI sequences on the output.

const EventEmitter = require('events');
const ansi = require('node/internal/tty_ansi');
const { emitKeypressEvents } = require('node/internal/readline/keys');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('node/internal/errors');
const {
  validateAbortSignal, validateArray, validateNumber, validateString, validateUint32, validateFunction,
} = require('node/internal/validators');

const kClosed = Symbol('closed');
const kQuestionCb = Symbol('questionCallback');
const kOldPrompt = Symbol('oldPrompt');
const kPartial = Symbol('partialLine');
const kDecoder = Symbol('lineDecoder');
const kSawReturnAt = Symbol('sawReturnAt');
const kSearch = Symbol('historySearch');
const kPrevTab = Symbol('previousKeyWasTab');
const kListeners = Symbol('inputListeners');
const kQueue = Symbol('lineQueue');
const kAbort = Symbol('abortListener');

let inspectFn;
let widthFn;
function stringWidth(s) {
  if (widthFn === undefined) widthFn = require('node/internal/util/inspect').getStringWidth;
  return widthFn(s);
}
function now() { return Date.now(); }

// The longest common prefix of a list of strings.
function commonPrefix(list) {
  if (list.length === 0) return '';
  let prefix = list[0];
  for (let k = 1; k < list.length && prefix.length > 0; k++) {
    const s = list[k];
    let n = 0;
    while (n < prefix.length && n < s.length && prefix[n] === s[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix;
}

const wordLeft = /(?:[^\w\s]+|\w+|)\s*$/;
const wordRight = /^(?:\s+|[^\w\s]+|\w+)\s*/;

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  let tabSize = 8;
  let escapeCodeTimeout = 500;
  if (input && input.input) {
    const opts = input;
    output = opts.output;
    completer = opts.completer;
    terminal = opts.terminal;
    history = opts.history;
    historySize = opts.historySize;
    signal = opts.signal;
    if (opts.tabSize !== undefined) {
      validateUint32(opts.tabSize, 'tabSize', true);
      tabSize = opts.tabSize;
    }
    removeHistoryDuplicates = opts.removeHistoryDuplicates;
    if (opts.prompt !== undefined) prompt = opts.prompt;
    crlfDelay = opts.crlfDelay;
    if (opts.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(opts.escapeCodeTimeout)) escapeCodeTimeout = opts.escapeCodeTimeout;
      else throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', opts.escapeCodeTimeout);
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    input = opts.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = 30;
  validateNumber(historySize, 'historySize', 0);
  if (terminal === undefined && !(output === null || output === undefined)) terminal = Boolean(output.isTTY);

  this.line = '';
  if (terminal) this.cursor = 0;
  this.history = history;
  this.historySize = historySize;
  this.historyIndex = -1;
  this.removeHistoryDuplicates = Boolean(removeHistoryDuplicates);
  this.crlfDelay = crlfDelay ? Math.max(100, crlfDelay) : 100;
  this.completer = completer;
  this.tabSize = tabSize;
  this.escapeCodeTimeout = escapeCodeTimeout;
  this._prompt = prompt;
  this.terminal = Boolean(terminal);
  this.input = input;
  this.output = output;
  this.prevRows = 0;
  this.paused = false;
  this[kClosed] = false;
  this[kQuestionCb] = null;
  this[kOldPrompt] = undefined;
  this[kPartial] = '';
  this[kSawReturnAt] = 0;
  this[kSearch] = '';
  this[kPrevTab] = false;
  this[kQueue] = null;

  const self = this;
  // At the end of input an unfinished line still counts as a line.
  const onEnd = () => {
    let rest = '';
    if (!self.terminal) {
      rest = self[kPartial];
      self[kPartial] = '';
    } else if (typeof self.line === 'string') {
      rest = self.line;
    }
    if (rest.length > 0) self._onLine(rest);
    self.close();
  };
  const onError = (err) => self.emit('error', err);
  const listeners = { end: onEnd, error: onError };
  input.on('error', onError);
  if (!this.terminal) {
    const { StringDecoder } = require('string_decoder');
    this[kDecoder] = new StringDecoder('utf8');
    listeners.data = (chunk) => self._normalWrite(chunk);
    input.on('data', listeners.data);
    input.on('end', onEnd);
  } else {
    emitKeypressEvents(input, this);
    listeners.keypress = (s, key) => {
      self._ttyWrite(s, key);
    };
    input.on('keypress', listeners.keypress);
    input.on('end', onEnd);
    this._setRawMode(true);
    this.terminal = true;
    if (output !== null && output !== undefined) {
      listeners.resize = () => self._refreshLine();
      output.on('resize', listeners.resize);
    }
  }
  this[kListeners] = listeners;

  if (signal) {
    const onAbort = () => self.close();
    if (signal.aborted) require('process').nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      this[kAbort] = () => signal.removeEventListener('abort', onAbort);
    }
  }
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  },
});

const proto = Interface.prototype;

proto.setPrompt = function setPrompt(prompt) {
  this._prompt = prompt;
};

proto.getPrompt = function getPrompt() {
  return this._prompt;
};

proto._setRawMode = function _setRawMode(mode) {
  const was = this.input.isRaw;
  if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
  return was;
};

proto.prompt = function prompt(preserveCursor) {
  if (this.paused) this.resume();
  if (this.terminal && require('process').env.TERM !== 'dumb') {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    this._writeToOutput(this._prompt);
  }
};

proto.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object' && options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const onAbort = () => this._cancelQuestion();
    options.signal.addEventListener('abort', onAbort, { once: true });
    const inner = cb;
    cb = (answer) => {
      options.signal.removeEventListener('abort', onAbort);
      inner(answer);
    };
  }
  if (typeof cb === 'function') this._question(query, cb);
};

proto._question = function _question(query, cb) {
  if (this[kClosed]) throw new ERR_USE_AFTER_CLOSE('readline');
  if (this[kQuestionCb]) {
    this.prompt();
    return;
  }
  this[kOldPrompt] = this._prompt;
  this.setPrompt(query);
  this[kQuestionCb] = cb;
  this.prompt();
};

proto._cancelQuestion = function _cancelQuestion() {
  if (this[kQuestionCb]) {
    this[kQuestionCb] = null;
    this.setPrompt(this[kOldPrompt]);
    this.clearLine();
  }
};

proto._onLine = function _onLine(line) {
  const cb = this[kQuestionCb];
  if (cb) {
    this[kQuestionCb] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

proto._writeToOutput = function _writeToOutput(s) {
  validateString(s, 'stringToWrite');
  if (this.output !== null && this.output !== undefined) this.output.write(s);
};

proto._addHistory = function _addHistory() {
  const line = this.line;
  if (line.length === 0) return '';
  if (this.historySize === 0) return line;
  if (line.trim().length === 0) return line;
  if (this.history.length === 0 || this.history[0] !== line) {
    if (this.removeHistoryDuplicates) {
      const at = this.history.indexOf(line);
      if (at !== -1) this.history.splice(at, 1);
    }
    this.history.unshift(line);
    if (this.history.length > this.historySize) this.history.pop();
  }
  this.historyIndex = -1;
  const top = this.history[0];
  this.emit('history', this.history);
  return top;
};

// Where a string ends on the screen when it starts at column 0: wide characters count two
// columns, tabs advance to the next tab stop, and a full row wraps.
proto._getDisplayPos = function _getDisplayPos(str) {
  const cols = this.columns;
  let offset = 0;
  let rows = 0;
  for (const ch of str) {
    if (ch === '\n') {
      rows += Math.ceil(offset / cols) || 1;
      offset = 0;
      continue;
    }
    if (ch === '\t') {
      offset += this.tabSize - (offset % this.tabSize);
      continue;
    }
    const w = ch.charCodeAt(0) < 0x7f && ch.charCodeAt(0) >= 0x20 ? 1 : stringWidth(ch);
    if (w === 0) continue;
    if (w === 2 && (offset + 1) % cols === 0) offset++;
    offset += w;
  }
  const wrapped = cols === Infinity ? 0 : Math.floor(offset / cols);
  return { cols: cols === Infinity ? offset : offset % cols, rows: rows + wrapped };
};

proto.getCursorPos = function getCursorPos() {
  return this._getDisplayPos(this._prompt + this.line.slice(0, this.cursor));
};

proto._refreshLine = function _refreshLine() {
  const text = this._prompt + this.line;
  const end = this._getDisplayPos(text);
  const pos = this.getCursorPos();
  const out = this.output;
  if (this.prevRows > 0) ansi.moveCursor(out, 0, -this.prevRows);
  ansi.cursorTo(out, 0);
  ansi.clearScreenDown(out);
  this._writeToOutput(text);
  if (end.cols === 0) this._writeToOutput(' ');
  ansi.cursorTo(out, pos.cols);
  if (end.rows > pos.rows) ansi.moveCursor(out, 0, pos.rows - end.rows);
  this.prevRows = pos.rows;
};

proto.close = function close() {
  if (this[kClosed]) return;
  this.pause();
  if (this.terminal) this._setRawMode(false);
  this[kClosed] = true;
  this.closed = true;
  const l = this[kListeners];
  const input = this.input;
  for (const ev of Object.keys(l)) {
    if (ev === 'resize') {
      if (this.output) this.output.removeListener('resize', l.resize);
    } else if (ev !== 'error') input.removeListener(ev, l[ev]);
  }
  if (this[kAbort]) this[kAbort]();
  this.emit('close');
};

proto.pause = function pause() {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

proto.resume = function resume() {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

proto.write = function write(d, key) {
  if (this.paused) this.resume();
  if (this.terminal) this._ttyWrite(d, key);
  else this._normalWrite(d);
};

// ---- lines from a non-terminal stream ----

proto._normalWrite = function _normalWrite(chunk) {
  if (chunk === undefined) return;
  let text = typeof chunk === 'string' ? chunk : this[kDecoder].write(chunk);
  if (this[kSawReturnAt] !== 0) {
    if (text.charCodeAt(0) === 10 && now() - this[kSawReturnAt] <= this.crlfDelay) text = text.slice(1);
    this[kSawReturnAt] = 0;
  }
  if (text.length === 0) return;
  let lines;
  if (text.indexOf('\r') === -1) {
    if (text.indexOf('\n') === -1) {
      this[kPartial] += text;
      return;
    }
    lines = text.split('\n');
  } else {
    if (text.charCodeAt(text.length - 1) === 13) this[kSawReturnAt] = now();
    lines = text.split(/\r\n|\n|\r/);
  }
  const last = lines.length - 1;
  lines[0] = this[kPartial] + lines[0];
  this[kPartial] = lines[last];
  const queue = this[kQueue];
  if (queue !== null && this[kQuestionCb] === null && this.listenerCount('line') === 0) {
    // Fast path for async iteration: lines go straight to the iterator's queue.
    queue.pushAll(lines, last);
    queue.wake();
    return;
  }
  for (let k = 0; k < last; k++) {
    if (this[kClosed]) {
      // A 'line' listener closed the interface: keep the rest for nothing, as Node does.
      return;
    }
    this._onLine(lines[k]);
  }
};

// ---- terminal editing ----

proto._insertString = function _insertString(c) {
  if (this.cursor < this.line.length) {
    this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
    this.cursor += c.length;
    this._refreshLine();
    return;
  }
  const before = this.getCursorPos();
  this.line += c;
  this.cursor += c.length;
  const after = this.getCursorPos();
  // Typed text that wraps redraws the line; pasted text (a multi-character chunk) is
  // written as it comes, as Node does.
  if (before.rows < after.rows && this._sawKeyPress !== false) this._refreshLine();
  else this._writeToOutput(c);
};

proto._moveCursor = function _moveCursor(dx) {
  if (dx === 0) return;
  const before = this.getCursorPos();
  this.cursor = Math.max(0, Math.min(this.line.length, this.cursor + dx));
  const after = this.getCursorPos();
  if (before.rows === after.rows) {
    const diff = after.cols - before.cols;
    if (diff !== 0) ansi.moveCursor(this.output, diff, 0);
  } else {
    this._refreshLine();
  }
};

function charLeft(str, i) {
  if (i <= 0) return 0;
  const c = str.charCodeAt(i - 1);
  if (i > 1 && c >= 0xdc00 && c <= 0xdfff) {
    const h = str.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return 2;
  }
  return 1;
}
function charRight(str, i) {
  if (i >= str.length) return 0;
  const cp = str.codePointAt(i);
  return cp > 0xffff ? 2 : 1;
}

proto._deleteLeft = function _deleteLeft() {
  if (this.cursor > 0 && this.line.length > 0) {
    const n = charLeft(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
    this.cursor -= n;
    this._refreshLine();
  }
};

proto._deleteRight = function _deleteRight() {
  if (this.cursor < this.line.length) {
    const n = charRight(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + n);
    this._refreshLine();
  }
};

proto._deleteWordLeft = function _deleteWordLeft() {
  if (this.cursor > 0) {
    const head = this.line.slice(0, this.cursor);
    const m = head.match(wordLeft);
    const cut = head.length - m[0].length;
    this.line = head.slice(0, cut) + this.line.slice(this.cursor);
    this.cursor = cut;
    this._refreshLine();
  }
};

proto._deleteWordRight = function _deleteWordRight() {
  if (this.cursor < this.line.length) {
    const tail = this.line.slice(this.cursor);
    const m = tail.match(wordRight);
    this.line = this.line.slice(0, this.cursor) + tail.slice(m[0].length);
    this._refreshLine();
  }
};

proto._wordLeft = function _wordLeft() {
  if (this.cursor > 0) {
    const m = this.line.slice(0, this.cursor).match(wordLeft);
    this._moveCursor(-m[0].length);
  }
};

proto._wordRight = function _wordRight() {
  if (this.cursor < this.line.length) {
    const m = this.line.slice(this.cursor).match(wordRight);
    this._moveCursor(m[0].length);
  }
};

proto._deleteLineLeft = function _deleteLineLeft() {
  this.line = this.line.slice(this.cursor);
  this.cursor = 0;
  this._refreshLine();
};

proto._deleteLineRight = function _deleteLineRight() {
  this.line = this.line.slice(0, this.cursor);
  this._refreshLine();
};

proto.clearLine = function clearLine() {
  this._moveCursor(Infinity);
  this._writeToOutput('\r\n');
  this.line = '';
  this.cursor = 0;
  this.prevRows = 0;
};

proto._line = function _line() {
  const line = this._addHistory();
  this.clearLine();
  this._onLine(line);
};

// Up: the next older entry that starts with what was typed before navigating; past the
// oldest, the typed text comes back.
proto._historyPrev = function _historyPrev() {
  if (this.historyIndex === -1) this[kSearch] = this.line.slice(0, this.cursor);
  const search = this[kSearch];
  const h = this.history;
  if (this.historyIndex >= h.length) return;
  let k = this.historyIndex + 1;
  while (k < h.length && (h[k] === this.line || (search && !h[k].startsWith(search)))) k++;
  this.historyIndex = k;
  this.line = k >= h.length ? search : h[k];
  this.cursor = this.line.length;
  this._refreshLine();
};

proto._historyNext = function _historyNext() {
  if (this.historyIndex < 0) return;
  const search = this[kSearch];
  const h = this.history;
  let k = this.historyIndex - 1;
  while (k >= 0 && (h[k] === this.line || (search && !h[k].startsWith(search)))) k--;
  this.historyIndex = k;
  this.line = k < 0 ? search : h[k];
  this.cursor = this.line.length;
  this._refreshLine();
};

proto._tabComplete = function _tabComplete(secondTab) {
  this.pause();
  const text = this.line.slice(0, this.cursor);
  const done = (err, value) => {
    this.resume();
    if (err) {
      if (inspectFn === undefined) inspectFn = require('util').inspect;
      this._writeToOutput(`Tab completion error: ${inspectFn(err)}`);
      return;
    }
    this._completed(value, secondTab);
  };
  const completer = this.completer;
  if (completer.length === 2) {
    completer.call(this, text, done);
    return;
  }
  const result = completer.call(this, text);
  if (result !== null && typeof result === 'object' && typeof result.then === 'function') {
    // Only readline/promises takes a completer that returns a promise.
    if (this._promiseCompleter === true) result.then((v) => done(null, v), done);
    else this.resume();
  } else {
    done(null, result);
  }
};

proto._completed = function _completed(value, secondTab) {
  if (!value) return;
  const [completions, completeOn] = value;
  if (!completions || completions.length === 0) return;
  const unique = completions.filter((c) => c);
  const prefix = commonPrefix(unique);
  if (unique.length === 1 || prefix.length > completeOn.length) {
    this._insertString(prefix.slice(completeOn.length));
    return;
  }
  if (!secondTab) return;
  // List the candidates in columns; an empty entry starts a new group.
  this._writeToOutput('\r\n');
  const width = Math.max(...unique.map((c) => stringWidth(c))) + 2;
  let perRow = Math.floor(this.columns / width);
  if (!Number.isFinite(perRow) || perRow === 0) perRow = 1;
  const groups = [[]];
  for (const c of completions) {
    if (c === '') groups.push([]);
    else groups[groups.length - 1].push(c);
  }
  if (groups.length > 1 && groups[groups.length - 1].length === 0) groups.pop();
  for (const group of groups) {
    let text = '';
    for (let k = 0; k < group.length; k++) {
      if (k > 0) text += k % perRow === 0 ? '\r\n' : ' '.repeat(width - stringWidth(group[k - 1]));
      text += group[k];
    }
    this._writeToOutput(text + '\r\n\r\n');
  }
  this._refreshLine();
};

proto._ttyWrite = function _ttyWrite(s, key) {
  const prevTab = this[kPrevTab];
  key = key || {};
  this[kPrevTab] = false;
  if (key.name === 'escape') return;
  if (key.ctrl && key.shift) {
    if (key.name === 'backspace') this._deleteLineLeft();
    else if (key.name === 'delete') this._deleteLineRight();
  } else if (key.ctrl) {
    switch (key.name) {
      case 'c':
        if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
        else this.close();
        break;
      case 'h': this._deleteLeft(); break;
      case 'd':
        if (this.cursor === 0 && this.line.length === 0) this.close();
        else if (this.cursor < this.line.length) this._deleteRight();
        break;
      case 'u': this._deleteLineLeft(); break;
      case 'k': this._deleteLineRight(); break;
      case 'a': this._moveCursor(-Infinity); break;
      case 'e': this._moveCursor(Infinity); break;
      case 'b': this._moveCursor(-charLeft(this.line, this.cursor)); break;
      case 'f': this._moveCursor(charRight(this.line, this.cursor)); break;
      case 'l':
        ansi.cursorTo(this.output, 0, 0);
        ansi.clearScreenDown(this.output);
        this._refreshLine();
        break;
      case 'n': this._historyNext(); break;
      case 'p': this._historyPrev(); break;
      case 'z':
        if (require('process').platform === 'win32') break;
        if (this.listenerCount('SIGTSTP') > 0) this.emit('SIGTSTP');
        else {
          require('process').once('SIGCONT', () => {
            if (!this.paused) {
              this.pause();
              this.emit('SIGCONT');
            }
            this._setRawMode(true);
            this._refreshLine();
          });
          this._setRawMode(false);
          require('process').kill(require('process').pid, 'SIGTSTP');
        }
        break;
      case 'w': case 'backspace': this._deleteWordLeft(); break;
      case 'delete': this._deleteWordRight(); break;
      case 'left': this._wordLeft(); break;
      case 'right': this._wordRight(); break;
      default: break;
    }
  } else if (key.meta) {
    switch (key.name) {
      case 'b': this._wordLeft(); break;
      case 'f': this._wordRight(); break;
      case 'd': case 'delete': this._deleteWordRight(); break;
      case 'backspace': this._deleteWordLeft(); break;
      default: break;
    }
  } else {
    switch (key.name) {
      case 'return':
        this[kSawReturnAt] = now();
        this._line();
        break;
      case 'enter':
        if (this[kSawReturnAt] === 0 || now() - this[kSawReturnAt] > this.crlfDelay) this._line();
        this[kSawReturnAt] = 0;
        break;
      case 'backspace': this._deleteLeft(); break;
      case 'delete': this._deleteRight(); break;
      case 'left': this._moveCursor(-charLeft(this.line, this.cursor)); break;
      case 'right': this._moveCursor(charRight(this.line, this.cursor)); break;
      case 'home': this._moveCursor(-Infinity); break;
      case 'end': this._moveCursor(Infinity); break;
      case 'up': this._historyPrev(); break;
      case 'down': this._historyNext(); break;
      case 'tab':
        if (typeof this.completer === 'function') {
          this._tabComplete(prevTab);
          this[kPrevTab] = true;
          break;
        }
      // fall through: without a completer a tab is text
      default:
        if (typeof s === 'string' && s) {
          const lines = s.split(/\r\n|\n|\r/);
          for (let k = 0; k < lines.length; k++) {
            if (k > 0) this._line();
            if (lines[k]) this._insertString(lines[k]);
          }
        }
    }
  }
  if (key.name !== 'return' && key.name !== 'enter') this[kSawReturnAt] = 0;
};

// ---- async iteration ----

proto[Symbol.asyncIterator] = function asyncIterator() {
  if (this[kQueue] !== null) return this[kQueue].iterator;
  const self = this;
  const HIGH = 1024;
  let items = [];
  let head = 0;
  let waiting = null;
  let ended = false;
  let error = null;
  const queue = {
    push(line) { items.push(line); },
    // Takes the first n entries of a fresh array, adopting it when the queue is empty.
    pushAll(lines, n) {
      if (head >= items.length) {
        lines.length = n;
        items = lines;
        head = 0;
      } else {
        for (let k = 0; k < n; k++) items.push(lines[k]);
      }
    },
    wake() {
      if (waiting !== null && head < items.length) {
        const w = waiting;
        waiting = null;
        const value = items[head++];
        w.resolve({ value, done: false });
      }
      if (items.length - head >= HIGH && !self.paused) self.pause();
    },
    iterator: null,
  };
  const onLine = (line) => { items.push(line); queue.wake(); };
  const onClose = () => {
    ended = true;
    if (waiting !== null && head >= items.length) {
      const w = waiting;
      waiting = null;
      w.resolve({ value: undefined, done: true });
    }
  };
  const onError = (err) => {
    error = err;
    if (waiting !== null) {
      const w = waiting;
      waiting = null;
      w.reject(err);
    }
  };
  // 'line' listeners added later by the user still get lines through _onLine.
  this.on('close', onClose);
  this.on('error', onError);
  this[kQueue] = queue;
  const origOnLine = this._onLine;
  this._onLine = function (line) {
    if (this[kQuestionCb] === null && this.listenerCount('line') === 0) onLine(line);
    else origOnLine.call(this, line);
  };
  const iterator = {
    next() {
      if (head < items.length) {
        const value = items[head++];
        if (head === items.length) {
          items = [];
          head = 0;
          // Input paused at the high-water mark resumes once the queue is empty.
          if (self.paused && !self[kClosed]) self.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error !== null) {
        const e = error;
        error = null;
        return Promise.reject(e);
      }
      if (ended) return Promise.resolve({ value: undefined, done: true });
      if (self.paused && !self[kClosed]) self.resume();
      return new Promise((resolve, reject) => { waiting = { resolve, reject }; });
    },
    return() {
      ended = true;
      items = [];
      head = 0;
      // Leaving the loop early closes the interface and destroys its input, a tick later.
      require('process').nextTick(() => {
        self.close();
        if (typeof self.input.destroy === 'function') self.input.destroy();
      });
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      self.close();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() { return this; },
    [Symbol.for('nodejs.watermarkData')]: {
      high: HIGH,
      low: 1,
      get size() { return items.length - head; },
      get isPaused() { return self.paused; },
    },
  };
  Object.setPrototypeOf(iterator, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
  queue.iterator = iterator;
  return iterator;
};

module.exports = { Interface, kClosed, kQuestionCb, commonPrefix };
