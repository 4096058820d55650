'use strict';
// The Console class: formats with util.formatWithOptions and writes to its streams.

const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM, ERR_INVALID_ARG_VALUE, ERR_INCOMPATIBLE_OPTION_PAIR,
  },
} = require('node/internal/errors');
const { validateInteger, validateObject, validateArray } = require('node/internal/validators');
// util.inspect loads on first need: printing plain strings, the common case, never needs it.
const lazyInspectModule = () => require('node/internal/util/inspect');
const inspect = (...a) => lazyInspectModule().inspect(...a);
const getStringWidth = (...a) => lazyInspectModule().getStringWidth(...a);

// formatWithOptions, with a fast path for strings without format specifiers.
function formatWithOptions(opts, ...args) {
  let plain = true;
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string' || (i === 0 && args.length > 1 && args[0].includes('%'))) {
      plain = false;
      break;
    }
  }
  if (plain) return args.join(' ');
  return lazyInspectModule().formatWithOptions(opts, ...args);
}

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentWidth = Symbol('kGroupIndentWidth');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kBindProperties = Symbol('kBindProperties');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

const kMaxGroupIndentation = 1000;
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};
const optionsMap = new WeakMap();

function lazyProcess() {
  return require('process');
}

// process.emitWarning when the process module provides it, else a plain stderr line.
function emitWarning(...args) {
  const process = lazyProcess();
  if (typeof process.emitWarning === 'function') return process.emitWarning(...args);
  const type = typeof args[1] === 'string' ? args[1] : 'Warning';
  const stderr = process.stderr;
  if (stderr && typeof stderr.write === 'function') stderr.write(`(unode:${process.pid}) ${type}: ${args[0]}\n`);
}

function noop() {}

function isStackOverflowError(e) {
  return e !== null && typeof e === 'object' &&
    ((e.name === 'RangeError' && /call stack size/i.test(e.message)) ||
     (e.name === 'InternalError' && /stack overflow/i.test(e.message)));
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);

  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    throw new ERR_INVALID_ARG_VALUE('colorMode', colorMode, "must be one of: 'auto', true, false");
  }
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }

  bindMethods(this);
  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

// Binds the methods found through the instance (so subclasses can override them).
function bindMethods(target) {
  for (const key of Object.keys(Console.prototype)) {
    target[key] = target[key].bind(target);
    Object.defineProperty(target[key], 'name', { value: key });
  }
}

const consolePropAttributes = { writable: true, enumerable: false, configurable: true };

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && (typeof instance === 'object' || typeof instance === 'function') &&
      instance[kIsConsole] === true;
  },
});

function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && stream && !stream._writableState?.errorEmitted) {
      if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    }
  };
}

const internalMethods = {
  [kBindStreamsEager](stdout, stderr) {
    Object.defineProperties(this, {
      _stdout: { ...consolePropAttributes, value: stdout },
      _stderr: { ...consolePropAttributes, value: stderr },
    });
  },

  // The global console: reads process.stdout/stderr on first use.
  [kBindStreamsLazy](getStdout, getStderr) {
    let stdout;
    let stderr;
    Object.defineProperties(this, {
      _stdout: {
        enumerable: false,
        configurable: true,
        get() { return stdout ??= getStdout(); },
        set(value) { stdout = value; },
      },
      _stderr: {
        enumerable: false,
        configurable: true,
        get() { return stderr ??= getStderr(); },
        set(value) { stderr = value; },
      },
    });
  },

  [kBindProperties](ignoreErrors, colorMode, groupIndentation = 2) {
    Object.defineProperties(this, {
      _stdoutErrorHandler: { ...consolePropAttributes, value: createWriteErrorHandler(this, kUseStdout) },
      _stderrErrorHandler: { ...consolePropAttributes, value: createWriteErrorHandler(this, kUseStderr) },
      _ignoreErrors: { ...consolePropAttributes, value: Boolean(ignoreErrors) },
      _times: { ...consolePropAttributes, value: new Map() },
      [kCounts]: { ...consolePropAttributes, value: new Map() },
      [kColorMode]: { ...consolePropAttributes, value: colorMode },
      [kIsConsole]: { ...consolePropAttributes, value: true },
      [kGroupIndent]: { ...consolePropAttributes, value: '' },
      [kGroupIndentWidth]: { ...consolePropAttributes, value: groupIndentation },
      [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'console' },
    });
  },

  [kWriteToConsole](streamSymbol, string) {
    const ignoreErrors = this._ignoreErrors;
    const groupIndent = this[kGroupIndent];
    const useStdout = streamSymbol === kUseStdout;
    const stream = useStdout ? this._stdout : this._stderr;
    const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;

    if (groupIndent.length !== 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
      string = groupIndent + string;
    }
    string += '\n';

    if (ignoreErrors === false) return stream.write(string);

    const hasEvents = typeof stream.listenerCount === 'function' &&
      typeof stream.once === 'function' && typeof stream.removeListener === 'function';
    try {
      if (hasEvents && stream.listenerCount('error') === 0) stream.once('error', noop);
      stream.write(string, errorHandler);
    } catch (e) {
      if (isStackOverflowError(e)) throw e;
    } finally {
      if (hasEvents) stream.removeListener('error', noop);
    }
  },

  [kGetInspectOptions](stream) {
    let color = this[kColorMode];
    if (color === 'auto') {
      color = Boolean(stream && stream.isTTY &&
        (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
    }
    const options = optionsMap.get(this);
    if (options) {
      if (options.colors === undefined) options.colors = color;
      return options;
    }
    return color ? kColorInspectOptions : kNoColorInspectOptions;
  },

  [kFormatForStdout](args) {
    const opts = this[kGetInspectOptions](this._stdout);
    return formatWithOptions(opts, ...args);
  },

  [kFormatForStderr](args) {
    const opts = this[kGetInspectOptions](this._stderr);
    return formatWithOptions(opts, ...args);
  },
};

for (const key of Reflect.ownKeys(internalMethods)) {
  Object.defineProperty(Console.prototype, key, {
    ...consolePropAttributes,
    value: internalMethods[key],
  });
}

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function pad(value) {
  return `${value}`.padStart(2, '0');
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    [seconds, ms] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function hrtimeNow() {
  const process = lazyProcess();
  if (typeof process.hrtime === 'function') return process.hrtime();
  const now = Date.now();
  return [Math.floor(now / 1000), (now % 1000) * 1e6];
}

function hrtimeSince(start) {
  const process = lazyProcess();
  if (typeof process.hrtime === 'function') return process.hrtime(start);
  const now = hrtimeNow();
  let s = now[0] - start[0];
  let ns = now[1] - start[1];
  if (ns < 0) {
    s--;
    ns += 1e9;
  }
  return [s, ns];
}

function timeLogImpl(self, name, label, data) {
  const time = self._times.get(label);
  if (time === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = hrtimeSince(time);
  const ms = duration[0] * 1000 + duration[1] / 1e6;
  const formatted = formatTime(ms);
  if (data === undefined) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

// Stack frame lines of the caller of `fn`, as V8's captureStackTrace(obj, fn) would give.
function captureFrames(fn) {
  const holder = {};
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(holder, fn);
    const stack = String(holder.stack);
    const idx = stack.indexOf('\n');
    return idx === -1 ? '' : stack.slice(idx);
  }
  const stack = String(new Error().stack || '');
  const lines = stack.split('\n');
  // Drop the header, this helper and trace() itself.
  const frames = lines.slice(1).filter((l) => /^\s+at /.test(l));
  let start = 0;
  while (start < frames.length && /\b(captureFrames|trace)\b/.test(frames[start])) start++;
  const rest = frames.slice(start);
  return rest.length ? `\n${rest.join('\n')}` : '';
}

const iterKey = '(iteration index)';
const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const needed = columnWidths[i] - getStringWidth(cell);
    out += cell + ' '.repeat(Math.max(0, needed));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((a) => a.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      const width = columnWidths[i] || 0;
      columnWidths[i] = Math.max(width, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((w) => tableChars.middleMiddle.repeat(w + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, hrtimeNow());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    const found = timeLogImpl(this, 'timeEnd', label);
    if (found) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const message = this[kFormatForStderr](args);
    const header = message === '' ? 'Trace' : `Trace: ${message}`;
    this.error(header + captureFrames(trace));
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },

  clear() {
    if (this._stdout.isTTY && lazyProcess().env.TERM !== 'dumb') {
      this._stdout.write('\u001b[1;1H');
      this._stdout.write('\u001b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);

    const types = require('node/internal/util/types');
    const final = (k, v) => this.log(renderTable(k, v));
    const _inspect = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) &&
        Object.keys(v).length > 2 ? -1 : 0;
      const opt = {
        depth,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...this[kGetInspectOptions](this._stdout),
      };
      return inspect(v, opt);
    };
    const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));

    if (types.isMap(tabularData)) {
      const keys = [];
      const values = [];
      let length = 0;
      for (const [k, v] of Map.prototype.entries.call(tabularData)) {
        keys.push(_inspect(k));
        values.push(_inspect(v));
        length++;
      }
      return final([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
    }
    if (types.isSet(tabularData)) {
      const values = [];
      let length = 0;
      for (const v of Set.prototype.values.call(tabularData)) {
        values.push(_inspect(v));
        length++;
      }
      return final([iterKey, valuesKey], [getIndexArray(length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = Object.keys(tabularData);
    for (let i = 0; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = _inspect(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          map[key] ??= [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
            map[key][i] = '';
          } else {
            map[key][i] = _inspect(item[key]);
          }
        }
      }
    }
    const keys = Object.keys(map);
    const values = Object.values(map);
    if (hasPrimitives) {
      keys.push(valuesKey);
      values.push(valuesKeyArray);
    }
    keys.unshift(indexKey);
    values.unshift(indexKeyArray);
    return final(keys, values);
  },
};

for (const key of Object.keys(consoleMethods)) {
  Object.defineProperty(Console.prototype, key, {
    value: consoleMethods[key], writable: true, enumerable: true, configurable: true,
  });
}
// Aliases, in Node's key order.
for (const [alias, target] of [
  ['debug', 'log'], ['info', 'log'], ['dirxml', 'log'], ['error', 'warn'], ['groupCollapsed', 'group'],
]) {
  Object.defineProperty(Console.prototype, alias, {
    value: Console.prototype[target], writable: true, enumerable: true, configurable: true,
  });
}

// Reorder so Object.keys(Console.prototype) matches Node:
// log warn dir time timeEnd timeLog trace assert clear count countReset group groupEnd table
// debug info dirxml error groupCollapsed (the object literal above already has this order).

// The process-wide console: methods bound to itself, streams read from process lazily.
function createGlobalConsole() {
  const globalConsole = { __proto__: {} };
  for (const prop of Reflect.ownKeys(Console.prototype)) {
    if (prop === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(Console.prototype, prop);
    if (typeof desc.value === 'function') {
      desc.value = desc.value.bind(globalConsole);
      Object.defineProperty(desc.value, 'name', { value: prop });
    }
    Object.defineProperty(globalConsole, prop, desc);
  }
  // Until a program touches process.stdout/stderr, the global console writes straight to the
  // fd (synchronously, as Node's stdio does), so printing does not load the stream modules.
  const { stdioForConsole } = require('node/internal/process');
  globalConsole[kBindStreamsLazy](() => stdioForConsole(1), () => stdioForConsole(2));
  globalConsole[kBindProperties](true, 'auto');
  globalConsole.Console = Console;
  // Inspector-only methods: they do nothing when no inspector is attached, as in Node.
  globalConsole.profile = function profile() {};
  globalConsole.profileEnd = function profileEnd() {};
  globalConsole.timeStamp = function timeStamp() {};
  globalConsole.context = function context() {
    throw require('node/internal/errors').notImplemented('console.context');
  };
  globalConsole.createTask = function createTask(name) {
    require('node/internal/validators').validateString(name, 'name');
    return { run(fn) { return fn(); } };
  };
  return globalConsole;
}

module.exports = {
  Console,
  createGlobalConsole,
  kBindStreamsLazy,
  kBindProperties,
  formatTime,
};
