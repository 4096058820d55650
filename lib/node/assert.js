'use strict';
// node:assert: the assertion functions, the strict variant, AssertionError and CallTracker.

const { AssertionError } = require('node/internal/assert/assertion_error');
const { isDeepEqual, isDeepStrictEqual } = require('node/internal/util/comparisons');
const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS,
  },
} = require('node/internal/errors');
const { validateFunction, validateUint32 } = require('node/internal/validators');

let inspectFn;
function inspect(value, opts) {
  if (inspectFn === undefined) inspectFn = require('util').inspect;
  return inspectFn(value, opts);
}

function isRegExp(v) {
  if (v === null || typeof v !== 'object' || v === RegExp.prototype) return false;
  try {
    Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.call(v);
    return true;
  } catch {
    return false;
  }
}

let utilTypes;
function types() {
  if (utilTypes === undefined) {
    try {
      utilTypes = require('node/internal/util/types');
    } catch {
      const classOf = (v) => Object.prototype.toString.call(v).slice(8, -1);
      utilTypes = {
        isNativeError: (v) => v !== null && typeof v === 'object' && classOf(v) === 'Error',
        isPromise: (v) => v instanceof Promise,
      };
    }
  }
  return utilTypes;
}

// Node's notion of an error: a native error object, or anything inheriting from Error.
function isNativeErrorValue(v) {
  return types().isNativeError(v) || v instanceof Error;
}

function isPromiseValue(v) {
  return types().isPromise(v);
}

const NO_EXCEPTION = {};

function raise(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

// ---------------------------------------------------------------------------------------
// The source text of a failing `assert(value)` call, for the generated message.

const sourceMessages = new Map();

// Control characters in the quoted source are shown escaped.
function escapeControl(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 8) return '\\b';
    if (c === 12) return '\\f';
    return `\\u${c.toString(16).padStart(4, '0')}`;
  });
}

// The file, line and column (1-based) of the call to `fn`, or undefined.
function callerOf(fn) {
  const holder = {};
  if (typeof Error.captureStackTrace === 'function') {
    const savedPrepare = Error.prepareStackTrace;
    const savedLimit = Error.stackTraceLimit;
    let frames;
    try {
      Error.prepareStackTrace = (_, sites) => sites;
      Error.stackTraceLimit = 1;
      Error.captureStackTrace(holder, fn);
      frames = holder.stack;
    } catch {
      frames = undefined;
    } finally {
      Error.prepareStackTrace = savedPrepare;
      Error.stackTraceLimit = savedLimit;
    }
    if (Array.isArray(frames)) {
      const site = frames[0];
      if (!site || typeof site.getFileName !== 'function') return undefined;
      const file = site.getFileName();
      if (!file) return undefined;
      return { file, line: site.getLineNumber(), column: site.getColumnNumber() };
    }
  }
  // Engine stack text: "    at name (file:line:col)"; the caller is the frame after fn's.
  const stack = new Error().stack;
  if (typeof stack !== 'string') return undefined;
  const lines = stack.split('\n');
  const mark = `    at ${fn.name} (`;
  let i = lines.findIndex((l) => l.startsWith(mark));
  if (i === -1) return undefined;
  const frame = lines[i + 1];
  if (frame === undefined) return undefined;
  const m = /^\s+at (?:.*? \()?(.+):(\d+):(\d+)\)?$/.exec(frame);
  if (!m) return undefined;
  return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
}

const isIdentChar = (ch) => /[\w$\u0080-\uffff]/.test(ch);

// Index just past the `)` that closes the `(` at `open`, skipping strings, templates,
// comments and regular expressions; -1 when the source ends first.
function skipCall(code, open) {
  const closers = [];
  // Whether a `/` here would divide (after a value) rather than start a RegExp.
  let afterValue = false;
  for (let i = open; i < code.length; i++) {
    const ch = code[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') continue;
    if (ch === '/' && code[i + 1] === '/') {
      i = code.indexOf('\n', i);
      if (i === -1) return -1;
      continue;
    }
    if (ch === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i + 2);
      if (i === -1) return -1;
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      for (i++; code[i] !== ch; i++) {
        if (i >= code.length || code[i] === '\n') return -1;
        if (code[i] === '\\') i++;
      }
      afterValue = true;
    } else if (ch === '`' || (ch === '}' && closers[closers.length - 1] === '${')) {
      // A template's text, up to its end or its next substitution.
      if (ch === '}') closers.pop();
      for (i++; code[i] !== '`'; i++) {
        if (i >= code.length) return -1;
        if (code[i] === '\\') {
          i++;
        } else if (code[i] === '$' && code[i + 1] === '{') {
          closers.push('${');
          i++;
          break;
        }
      }
      afterValue = code[i] === '`';
    } else if (ch === '/' && !afterValue) {
      let inClass = false;
      for (i++; inClass || code[i] !== '/'; i++) {
        if (i >= code.length || code[i] === '\n') return -1;
        if (code[i] === '\\') i++;
        else if (code[i] === '[') inClass = true;
        else if (code[i] === ']') inClass = false;
      }
      while (i + 1 < code.length && isIdentChar(code[i + 1])) i++;
      afterValue = true;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      closers.push(ch === '(' ? ')' : ch === '[' ? ']' : '}');
      afterValue = false;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      if (closers.pop() !== ch) return -1;
      if (closers.length === 0) return i + 1;
      afterValue = ch !== '}';
    } else {
      afterValue = isIdentChar(ch) || ch === '.';
    }
  }
  return -1;
}

// Index of the bracket opening the group that ends with the bracket at `close`, or -1.
function groupStart(code, close) {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const ch = code[i];
    if (ch === ')' || ch === ']') {
      depth++;
    } else if (ch === '(' || ch === '[') {
      if (--depth === 0) return i;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      i--;
      while (i >= 0 && (code[i] !== ch || code[i - 1] === '\\')) i--;
    }
  }
  return -1;
}

// Where the callee before the `(` at `open` begins: a member chain of names, calls and
// indexing such as `assert.strict.ok` or `require('assert').ok`. Like Node, which parses
// from the start of the reported line, the chain does not reach into earlier lines.
function calleeStart(code, open, lineStart) {
  const back = (q) => {
    while (q > lineStart && /\s/.test(code[q - 1])) q--;
    return q;
  };
  let start = open;
  let p = back(open);
  // An optional call: `fn?.(value)`.
  if (p - 2 >= lineStart && code[p - 1] === '.' && code[p - 2] === '?') p = back(p - 2);
  for (;;) {
    const ch = code[p - 1];
    if (ch === ')' || ch === ']') {
      // A call or index: whatever it applies to comes directly before it.
      const q = groupStart(code, p - 1);
      if (q < lineStart) break;
      start = q;
      p = back(q);
      continue;
    }
    if (p === lineStart || !isIdentChar(ch)) break;
    while (p > lineStart && isIdentChar(code[p - 1])) p--;
    start = p;
    // A name continues the chain only through a `.` or `?.` before it.
    let q = back(p);
    if (q === lineStart || code[q - 1] !== '.') break;
    q--;
    if (q > lineStart && code[q - 1] === '?') q--;
    p = back(q);
  }
  return start;
}

// The call expression around (line, column) as [startColumn, text], or undefined.
function findCall(code, line, column) {
  let lineStart = 0;
  for (let n = 1; n < line; n++) {
    lineStart = code.indexOf('\n', lineStart) + 1;
    if (lineStart === 0) return undefined;
  }
  let p = lineStart + column - 1;
  if (p >= code.length) return undefined;
  // Engines point at the callee (V8) or at the opening parenthesis (QuickJS).
  while (p < code.length && code[p] !== '(') {
    if (!(isIdentChar(code[p]) || code[p] === '.' || code[p] === '?' || /\s/.test(code[p]))) {
      return undefined;
    }
    p++;
  }
  const open = p;
  const s = calleeStart(code, open, lineStart);
  if (s === open) return undefined;
  const end = skipCall(code, open);
  if (end === -1) return undefined;
  return [s - lineStart, escapeControl(code.slice(s, end))];
}

// The text of a source file: through fs, or the module loader's reader while fs is absent.
function readSource(file) {
  let fs;
  try {
    fs = require('fs');
  } catch {
    return require('node/internal/modules/fsutil').readFileUtf8(file);
  }
  return fs.readFileSync(file, 'utf8');
}

function sourceMessage(fn) {
  const site = callerOf(fn);
  if (site === undefined) return undefined;
  const key = `${site.file}${site.line}${site.column}`;
  if (sourceMessages.has(key)) return sourceMessages.get(key);
  let message;
  try {
    if (site.file.startsWith('node:')) throw null;
    let file = site.file;
    if (file.startsWith('file://')) file = require('url').fileURLToPath(file);
    const code = readSource(file);
    const found = findCall(code, site.line, site.column);
    if (found !== undefined) {
      const [column, text] = found;
      const parts = text.replace(/\r\n/g, '\n').split('\n');
      let out = parts.shift();
      for (const part of parts) {
        let pos = 0;
        while (pos < column && (part[pos] === ' ' || part[pos] === '\t')) pos++;
        out += `\n  ${part.slice(pos)}`;
      }
      message = `The expression evaluated to a falsy value:\n\n  ${out}\n`;
    }
  } catch {
    message = undefined;
  }
  sourceMessages.set(key, message);
  return message;
}

function innerOk(fn, argCount, value, message) {
  if (value) return;
  let generated = false;
  if (argCount === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    message = sourceMessage(fn);
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({
    actual: value, expected: true, message, operator: '==', stackStartFn: fn,
  });
  err.generatedMessage = generated;
  throw err;
}

// ---------------------------------------------------------------------------------------
// Equality assertions

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
module.exports = assert;

let failWarned = false;
function fail(actual, expected, message, operator, stackStartFn) {
  const argCount = arguments.length;
  let internalMessage = false;
  if (actual == null && argCount <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argCount === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      require('process').emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning', 'DEP0094');
    }
    if (argCount === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}
assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

function needTwo(count) {
  if (count < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

function bothNaN(a, b) {
  return Number.isNaN(a) && Number.isNaN(b);
}

assert.equal = function equal(actual, expected, message) {
  needTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && !bothNaN(actual, expected)) {
    raise({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  needTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || bothNaN(actual, expected)) {
    raise({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    raise({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (isDeepEqual(actual, expected)) {
    raise({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    raise({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    raise({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!Object.is(actual, expected)) {
    raise({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (Object.is(actual, expected)) {
    raise({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// ---------------------------------------------------------------------------------------
// throws / rejects / doesNotThrow / doesNotReject

// Shows only the compared keys of an error and of its expectation; a RegExp expectation
// that matches shows the actual string so that the diff stays quiet for that key.
function comparisonView(obj, keys, actual) {
  const view = new (class Comparison {})();
  for (const key of keys) {
    if (key in obj) {
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
          RegExp.prototype.exec.call(obj[key], actual[key]) !== null) {
        view[key] = actual[key];
      } else {
        view[key] = obj[key];
      }
    }
  }
  return view;
}

function compareErrorKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: comparisonView(actual, keys),
      expected: comparisonView(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  raise({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

function matchesExpectation(actual, expected, message, fn) {
  let generated = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (RegExp.prototype.exec.call(expected, str) !== null) return;
      if (!message) {
        generated = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      // An object (or Error) whose listed properties must match.
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        compareErrorKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generated = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isNativeErrorValue(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res === true) return;
    if (!message) {
      generated = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
      if (isNativeErrorValue(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

function runForError(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isThenable(v) {
  return isPromiseValue(v) ||
    (v !== null && typeof v === 'object' && typeof v.then === 'function' && typeof v.catch === 'function');
}

async function awaitForError(promiseFn) {
  let pending;
  if (typeof promiseFn === 'function') {
    pending = promiseFn();
    if (!isThenable(pending)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', pending);
    }
  } else if (isThenable(promiseFn)) {
    pending = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await pending;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectError(fn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
        `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = fn === assert.rejects ? 'rejection' : 'exception';
    raise({
      actual: undefined,
      expected: error,
      operator: fn.name,
      message: `Missing expected ${kind}${details}`,
      stackStartFn: fn,
    });
  }
  if (!error) return;
  matchesExpectation(actual, error, message, fn);
}

function errorMatches(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || errorMatches(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn === assert.doesNotReject ? 'rejection' : 'exception';
    raise({
      actual,
      expected: error,
      operator: fn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual && actual.message}"`,
      stackStartFn: fn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectError(throws, runForError(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectError(rejects, await awaitForError(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectNoError(doesNotThrow, runForError(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectNoError(doesNotReject, await awaitForError(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError,
  });
  // Splice the original error's frames under the new error's own.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const start = origStack.indexOf('\n    at');
    if (start !== -1) {
      const originalFrames = origStack.slice(start + 1).split('\n');
      let newFrames = String(newErr.stack).split('\n');
      for (const frame of originalFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw newErr;
};

function matchImpl(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === assert.match;
  if (typeof string === 'string' && (RegExp.prototype.exec.call(regexp, string) !== null) === wantMatch) {
    return;
  }
  if (message instanceof Error) throw message;
  const generated = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      message = (wantMatch ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

assert.match = function match(string, regexp, message) {
  matchImpl(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  matchImpl(string, regexp, message, doesNotMatch);
};

// ---------------------------------------------------------------------------------------
// CallTracker (deprecated in Node v20, still available)

const trackedCalls = Symbol('calls');

class CallRecord {
  constructor(name, expected, origin) {
    this.name = name;
    this.expected = expected;
    this.origin = origin;
    this[trackedCalls] = [];
  }

  report() {
    const calls = this[trackedCalls];
    if (calls.length === this.expected) return undefined;
    return {
      message: `Expected the ${this.name} function to be executed ${this.expected} time(s) ` +
        `but was executed ${calls.length} time(s).`,
      actual: calls.length,
      expected: this.expected,
      operator: this.name,
      stack: this.origin,
    };
  }
}

let trackerWarned = false;
// Untracked-function placeholder; nameless, so reports call it "calls".
const noop = Function.prototype;

class CallTracker {
  #records = new Set();
  #byFunction = new WeakMap();

  #recordOf(tracked) {
    const record = this.#byFunction.get(tracked);
    if (record === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return record;
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    const record = new CallRecord(fn.name || 'calls', expected, new Error());
    const tracked = new Proxy(fn, {
      apply(target, thisArg, args) {
        record[trackedCalls].push(Object.freeze({ thisArg, arguments: Object.freeze(args.slice()) }));
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#records.add(record);
    this.#byFunction.set(tracked, record);
    return tracked;
  }

  getCalls(tracked) {
    return this.#recordOf(tracked)[trackedCalls].map((call) => ({ ...call }));
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const record of this.#records) record[trackedCalls] = [];
      return;
    }
    this.#recordOf(tracked)[trackedCalls] = [];
  }

  report() {
    const out = [];
    for (const record of this.#records) {
      const r = record.report();
      if (r !== undefined) out.push(r);
    }
    return out;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

// Wrapped like util.deprecate() wraps: warns once (DEP0173), then constructs the class.
function deprecated(...args) {
  if (!trackerWarned) {
    trackerWarned = true;
    require('process').emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173', deprecated);
  }
  if (new.target) return Reflect.construct(CallTracker, args, new.target);
  return Reflect.apply(CallTracker, this, args);
}
Object.setPrototypeOf(deprecated, CallTracker);
deprecated.prototype = CallTracker.prototype;

assert.CallTracker = deprecated;

// ---------------------------------------------------------------------------------------
// assert.strict: the same API with the strict comparisons under the loose names.

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;
