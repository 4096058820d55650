'use strict';
// Console: the Console class of node:console and the process-wide console object built on it.
//
// Every console keeps its mutable bits (indentation, counters, colour choice...) in one
// record stored under a private symbol. Output is produced in three steps: render the
// arguments to text (util.inspect is only loaded when some argument needs it), indent it for
// the current group depth, then hand it to the stream with the error policy of the console.

const { codes, notImplemented } = require('node/internal/errors');

const STATE = Symbol('console state');

// The methods every console owns as bound copies, in the order Node lists them.
const OWN_METHODS = [
  'log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count',
  'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error', 'groupCollapsed',
];

let inspectModule;
function inspector() {
  if (inspectModule === undefined) inspectModule = require('node/internal/util/inspect');
  return inspectModule;
}

function hostProcess() {
  return require('process');
}

// The sink of the global console for fd 1 or 2: process.stdout/stderr once they exist,
// else a small synchronous writer that does not build the stream machinery.
let processInternals;
function globalSink(fd) {
  if (processInternals === undefined) processInternals = require('node/internal/process');
  const internal = processInternals;
  if (typeof internal.stdioForConsole === 'function') return internal.stdioForConsole(fd);
  const proc = hostProcess();
  return fd === 1 ? proc.stdout : proc.stderr;
}

const NO_COLORS = { colors: false };
const WITH_COLORS = { colors: true };

// ---- per-console record ----

class ConsoleRecord {
  constructor(ignoreErrors, colorMode, inspectOptions, indentStep) {
    this.ignoreErrors = ignoreErrors;
    this.colorMode = colorMode;
    this.inspectOptions = inspectOptions;
    this.indentStep = indentStep;
    this.indent = '';
    this.counters = new Map();
    // Set only for the global console: it writes to the process's stdio unless the user
    // assigned console._stdout / console._stderr.
    this.processStdio = false;
    this.stdoutOverride = undefined;
    this.stderrOverride = undefined;
  }

  target(con, toStderr) {
    if (this.processStdio) {
      const chosen = toStderr ? this.stderrOverride : this.stdoutOverride;
      return chosen !== undefined ? chosen : globalSink(toStderr ? 2 : 1);
    }
    return toStderr ? con._stderr : con._stdout;
  }
}

function recordOf(con) {
  const rec = con == null ? undefined : con[STATE];
  if (rec === undefined) {
    throw new TypeError('Console method called on an object that is not a console');
  }
  return rec;
}

// ---- turning values into text ----

function wantsColor(stream) {
  if (stream == null || !stream.isTTY) return false;
  if (typeof stream.getColorDepth !== 'function') return true;
  return stream.getColorDepth() > 2;
}

// The util.inspect options this console uses for output going to the given stream.
function optionsFor(con, rec, toStderr) {
  const user = rec.inspectOptions;
  if (user !== undefined && user.colors !== undefined) return user;
  let colors = rec.colorMode;
  if (colors === 'auto') colors = wantsColor(rec.target(con, toStderr));
  if (user === undefined) return colors ? WITH_COLORS : NO_COLORS;
  return { ...user, colors };
}

// util.format semantics; strings without '%' directives are joined without util.inspect.
function renderArgs(con, rec, args, toStderr) {
  const count = args.length;
  if (count === 0) return '';
  const head = args[0];
  if (typeof head === 'string') {
    if (count === 1) return head;
    if (!head.includes('%')) {
      let plain = true;
      for (let i = 1; i < count; i++) {
        if (typeof args[i] !== 'string') { plain = false; break; }
      }
      if (plain) return args.join(' ');
    }
  }
  return inspector().formatWithOptions(optionsFor(con, rec, toStderr), ...args);
}

// Extra values appended after a fixed prefix, as util.format appends surplus arguments.
function renderTail(con, rec, values) {
  let text = '';
  let opts;
  for (const value of values) {
    if (typeof value === 'string') {
      text += ` ${value}`;
    } else {
      if (opts === undefined) opts = optionsFor(con, rec, false);
      text += ` ${inspector().inspect(value, opts)}`;
    }
  }
  return text;
}

// ---- writing ----

function noop() {}

function looksLikeStackOverflow(err) {
  if (err === null || typeof err !== 'object') return false;
  const name = err.name;
  if (name !== 'RangeError' && name !== 'InternalError') return false;
  return /call stack|stack overflow|too much recursion/i.test(String(err.message));
}

// Called by a stream once a write finished; an asynchronous failure must not crash the
// process, so give the coming 'error' event a listener when nobody else listens.
function writeDone(stream, err) {
  if (err == null || typeof stream.listenerCount !== 'function') return;
  if (stream.listenerCount('error') === 0) stream.once('error', noop);
}

function deliver(rec, stream, text) {
  if (!rec.ignoreErrors) {
    stream.write(text);
    return;
  }
  let guarded = false;
  try {
    if (typeof stream.listenerCount === 'function' && typeof stream.once === 'function' &&
        stream.listenerCount('error') === 0) {
      stream.once('error', noop);
      guarded = true;
    }
    stream.write(text, (err) => writeDone(stream, err));
  } catch (err) {
    // Writing to the console never throws, except when the stack is exhausted: swallowing
    // that would hide the real problem.
    if (looksLikeStackOverflow(err)) throw err;
  } finally {
    if (guarded) stream.removeListener('error', noop);
  }
}

function emitLine(con, rec, toStderr, text) {
  if (rec.indent !== '') {
    text = rec.indent + (text.includes('\n') ? text.split('\n').join(`\n${rec.indent}`) : text);
  }
  deliver(rec, rec.target(con, toStderr), `${text}\n`);
}

// ---- durations for time/timeLog/timeEnd ----

function elapsedMs(start) {
  const [sec, ns] = hostProcess().hrtime(start);
  return sec * 1e3 + ns / 1e6;
}

function describeDuration(ms) {
  const HOUR = 3600000;
  const MINUTE = 60000;
  if (ms >= MINUTE) {
    const hours = Math.floor(ms / HOUR);
    let rest = ms - hours * HOUR;
    const minutes = Math.floor(rest / MINUTE);
    rest -= minutes * MINUTE;
    const seconds = (rest / 1000).toFixed(3).padStart(6, '0');
    if (hours > 0) {
      return `${hours}:${String(minutes).padStart(2, '0')}:${seconds} (h:mm:ss.mmm)`;
    }
    return `${minutes}:${seconds} (m:ss.mmm)`;
  }
  if (ms >= 1000) return `${(ms / 1000).toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function reportTimer(con, method, label, extra) {
  const rec = recordOf(con);
  label = `${label}`;
  const start = con._times.get(label);
  if (start === undefined) {
    hostProcess().emitWarning(`No such label '${label}' for console.${method}()`);
    return false;
  }
  let line = `${label}: ${describeDuration(elapsedMs(start))}`;
  if (extra !== undefined && extra.length > 0) line += renderTail(con, rec, extra);
  emitLine(con, rec, false, line);
  return true;
}

// ---- console.table ----

function isPrimitive(value) {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

function drawTable(header, columns) {
  const { getStringWidth } = inspector();
  const rowCount = columns.length === 0 ? 0 : columns[0].length;
  const widths = header.map((title, i) => {
    let widest = getStringWidth(title);
    for (const cell of columns[i]) {
      const w = getStringWidth(cell);
      if (w > widest) widest = w;
    }
    return widest + 2;
  });
  const rule = (left, mid, right) => left + widths.map((w) => '─'.repeat(w)).join(mid) + right;
  const line = (cells) => {
    let out = '│';
    for (let i = 0; i < cells.length; i++) {
      out += ` ${cells[i]}${' '.repeat(widths[i] - 2 - getStringWidth(cells[i]))} │`;
    }
    return out;
  };
  const lines = [rule('┌', '┬', '┐'), line(header), rule('├', '┼', '┤')];
  for (let r = 0; r < rowCount; r++) lines.push(line(columns.map((col) => col[r])));
  lines.push(rule('└', '┴', '┘'));
  return lines.join('\n');
}

function buildTable(con, rec, data, properties) {
  const { inspect } = inspector();
  const consoleOpts = optionsFor(con, rec, false);
  const show = (value) => {
    // Objects with many keys collapse to [Object]; others show one level.
    const busy = value !== null && typeof value === 'object' && !Array.isArray(value) &&
      Object.keys(value).length > 2;
    return inspect(value, {
      depth: busy ? -1 : 0, maxArrayLength: 3, breakLength: Infinity, ...consoleOpts,
    });
  };

  const cls = binding.classOf(data);
  if (cls === 'Map Iterator' || cls === 'Set Iterator') {
    // Listing an iterator's entries without consuming it needs engine support.
    throw notImplemented('console.table() of a Map or Set iterator');
  }
  if (cls === 'Map') {
    const idx = []; const keys = []; const vals = [];
    for (const [k, v] of data) { idx.push(String(idx.length)); keys.push(show(k)); vals.push(show(v)); }
    return drawTable(['(iteration index)', 'Key', 'Values'], [idx, keys, vals]);
  }
  if (cls === 'Set') {
    const idx = []; const vals = [];
    for (const v of data) { idx.push(String(idx.length)); vals.push(show(v)); }
    return drawTable(['(iteration index)', 'Values'], [idx, vals]);
  }

  const rowKeys = Object.keys(data);
  const rows = rowKeys.map((key) => data[key]);
  // Column names live in a plain dictionary so their order is the engine's property order
  // (integer-like names first), as Node's table shows them.
  const names = Object.create(null);
  if (properties !== undefined) {
    for (const p of properties) names[p] = true;
  } else {
    for (const row of rows) {
      if (!isPrimitive(row)) for (const k of Object.keys(row)) names[k] = true;
    }
  }
  const columnNames = Object.keys(names);
  const columns = columnNames.map((name) => rows.map((row) => (
    !isPrimitive(row) && (properties === undefined ? Object.prototype.propertyIsEnumerable.call(row, name) : Object.hasOwn(row, name))
      ? show(row[name]) : '')));
  const header = ['(index)', ...columnNames];
  const body = [rowKeys, ...columns];
  if (properties === undefined && rows.some(isPrimitive)) {
    header.push('Values');
    body.push(rows.map((row) => (isPrimitive(row) ? show(row) : '')));
  }
  return drawTable(header, body);
}

// ---- the prototype methods ----
// Concise methods, so that neither these nor their bound copies can be used with `new`.

const methods = {
  log(...args) {
    const rec = recordOf(this);
    emitLine(this, rec, false, renderArgs(this, rec, args, false));
  },

  warn(...args) {
    const rec = recordOf(this);
    emitLine(this, rec, true, renderArgs(this, rec, args, true));
  },

  dir(object, options) {
    const rec = recordOf(this);
    const text = inspector().inspect(object, {
      customInspect: false, ...optionsFor(this, rec, false), ...options,
    });
    emitLine(this, rec, false, text);
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      hostProcess().emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, hostProcess().hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (reportTimer(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    reportTimer(this, 'timeLog', label, data);
  },

  trace(...args) {
    const rec = recordOf(this);
    const message = renderArgs(this, rec, args, true);
    const holder = { name: 'Trace', message };
    const heading = message === '' ? 'Trace' : `Trace: ${message}`;
    let stack;
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(holder, methods.trace);
      stack = holder.stack;
    }
    if (typeof stack !== 'string') {
      const frames = String(new Error().stack || '').split('\n').filter((l) => /^\s+at /.test(l));
      stack = [heading, ...frames.slice(1)].join('\n');
    } else if (!stack.startsWith(heading)) {
      stack = `${heading}\n${stack.replace(/^\n+/, '')}`;
    }
    this.error(stack);
  },

  assert(expression, ...args) {
    if (expression) return;
    if (args.length === 0) args.push('Assertion failed');
    else args[0] = `Assertion failed: ${args[0]}`;
    this.warn(...args);
  },

  clear() {
    const rec = recordOf(this);
    const stream = rec.target(this, false);
    if (stream == null || !stream.isTTY) return;
    const env = hostProcess().env;
    if (env && env.TERM === 'dumb') return;
    // Cursor to the top-left corner, then erase everything below it.
    deliver(rec, stream, '\u001b[1;1H');
    deliver(rec, stream, '\u001b[0J');
  },

  count(label = 'default') {
    const rec = recordOf(this);
    label = `${label}`;
    const n = (rec.counters.get(label) || 0) + 1;
    rec.counters.set(label, n);
    this.log(`${label}: ${n}`);
  },

  countReset(label = 'default') {
    const rec = recordOf(this);
    label = `${label}`;
    if (!rec.counters.delete(label)) {
      hostProcess().emitWarning(`Count for '${label}' does not exist`);
    }
  },

  group(...data) {
    const rec = recordOf(this);
    if (data.length > 0) this.log(...data);
    rec.indent += ' '.repeat(rec.indentStep);
  },

  groupEnd() {
    const rec = recordOf(this);
    rec.indent = rec.indent.slice(0, Math.max(0, rec.indent.length - rec.indentStep));
  },

  table(data, properties) {
    if (properties !== undefined) {
      require('node/internal/validators').validateArray(properties, 'properties');
    }
    if (data === null || typeof data !== 'object') return this.log(data);
    const rec = recordOf(this);
    emitLine(this, rec, false, buildTable(this, rec, data, properties));
  },
};
methods.debug = methods.log;
methods.info = methods.log;
methods.dirxml = methods.log;
methods.error = methods.warn;
methods.groupCollapsed = methods.group;

// ---- the Console constructor ----

function checkStream(stream, which) {
  if (stream == null || typeof stream.write !== 'function') {
    throw new codes.ERR_CONSOLE_WRITABLE_STREAM(which);
  }
}

function hidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: false, configurable: true });
}

// Gives `con` its record, bookkeeping properties and bound method copies.
function equip(con, rec) {
  hidden(con, STATE, rec);
  hidden(con, '_ignoreErrors', rec.ignoreErrors);
  hidden(con, '_times', new Map());
  Object.defineProperty(con, Symbol.toStringTag, {
    value: 'console', writable: false, enumerable: false, configurable: true,
  });
}

function bindMethods(con, source, zeroLength) {
  for (const name of OWN_METHODS) {
    const fn = source[name];
    if (typeof fn !== 'function') continue;
    const bound = fn.bind(con);
    Object.defineProperty(bound, 'name', { value: name, configurable: true });
    // The global console's methods report no declared parameters, like V8's builtins.
    if (zeroLength) Object.defineProperty(bound, 'length', { value: 0, configurable: true });
    con[name] = bound;
  }
}

function Console(options /* or: stdout, stderr, ignoreErrors */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);

  let settings = options;
  if (options == null || typeof options.write === 'function') {
    settings = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout, stderr = stdout, ignoreErrors = true, colorMode = 'auto',
    inspectOptions, groupIndentation,
  } = settings;

  checkStream(stdout, 'stdout');
  checkStream(stderr, 'stderr');
  const { validateOneOf, validateInteger, validateObject } = require('node/internal/validators');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && settings.colorMode !== undefined) {
      throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }

  const rec = new ConsoleRecord(ignoreErrors, colorMode, inspectOptions,
    groupIndentation === undefined ? 2 : groupIndentation);
  // The bound copies come first so that they lead Object.keys(), as in Node.
  bindMethods(this, this, false);
  hidden(this, '_stdout', stdout);
  hidden(this, '_stderr', stderr);
  equip(this, rec);
}

for (const name of Object.keys(methods)) {
  Object.defineProperty(Console.prototype, name, {
    value: methods[name], writable: true, enumerable: true, configurable: true,
  });
}

// `instanceof Console` holds for every console, the global one included.
Object.defineProperty(Console, Symbol.hasInstance, {
  value(candidate) {
    return candidate !== null && (typeof candidate === 'object' || typeof candidate === 'function') &&
      candidate[STATE] !== undefined;
  },
  writable: false, enumerable: false, configurable: false,
});

// ---- the global console ----

// Inspector-only helpers: without an inspector session Node makes the first three do nothing.
const inspectorOnly = {
  profile() {},
  profileEnd() {},
  timeStamp() {},
  context(name) {
    throw notImplemented('console.context');
  },
  createTask() {
    throw notImplemented('console.createTask');
  },
};

function createGlobalConsole() {
  const con = Object.create({});
  const rec = new ConsoleRecord(true, 'auto', undefined, 2);
  rec.processStdio = true;
  bindMethods(con, Console.prototype, true);

  equip(con, rec);

  con.Console = Console;
  Object.assign(con, inspectorOnly);
  Object.defineProperty(con, '_stdout', {
    get() { return rec.stdoutOverride !== undefined ? rec.stdoutOverride : hostProcess().stdout; },
    set(stream) { rec.stdoutOverride = stream; },
    enumerable: false, configurable: true,
  });
  Object.defineProperty(con, '_stderr', {
    get() { return rec.stderrOverride !== undefined ? rec.stderrOverride : hostProcess().stderr; },
    set(stream) { rec.stderrOverride = stream; },
    enumerable: false, configurable: true,
  });
  return con;
}

module.exports = { Console, createGlobalConsole, describeDuration };
