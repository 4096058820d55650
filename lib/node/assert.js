'use strict';
// node:assert: the classic (loose) assertion API, its strict variant (assert.strict), the
// exception/rejection helpers and the deprecated CallTracker.

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
    ERR_UNAVAILABLE_DURING_EXIT,
  },
} = require('node/internal/errors');
const { validateFunction, validateUint32 } = require('node/internal/validators');
const { AssertionError } = require('node/internal/assert/assertion_error');
const internalUtil = require('node/internal/util');

// ---- lazily loaded helpers ----------------------------------------------------------------

let comparisons;
function deepLoose(a, b) {
  if (comparisons === undefined) comparisons = require('node/internal/util/comparisons');
  return comparisons.isDeepEqual(a, b);
}
function deepStrict(a, b) {
  if (comparisons === undefined) comparisons = require('node/internal/util/comparisons');
  return comparisons.isDeepStrictEqual(a, b);
}

let inspectFn;
function inspect(value, opts) {
  if (inspectFn === undefined) inspectFn = require('util').inspect;
  return inspectFn(value, opts);
}

const regexpExec = RegExp.prototype.exec;
function isRegExp(value) {
  return require('node/internal/util/types').isRegExp(value);
}
function regexpMatches(re, text) {
  return regexpExec.call(re, text) !== null;
}

// Throws the user's Error when one was given as the message, an AssertionError otherwise.
function report(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

// An AssertionError whose generatedMessage flag is set explicitly.
function assertionError(details, generated) {
  const err = new AssertionError(details);
  err.generatedMessage = generated;
  return err;
}

// ---- assert(value) / assert.ok(value) ------------------------------------------------------

// The source text of a failing assert(...) call is quoted in the message; see falsyCallText.
const quotedCalls = new Map();

function checkTruthy(fn, argc, value, message) {
  if (value) return;
  let generated = false;
  if (argc === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    message = falsyCallText(fn);
  } else if (message instanceof Error) {
    throw message;
  }
  throw assertionError(
    { actual: value, expected: true, message, operator: '==', stackStartFn: fn }, generated);
}

function ok(...args) {
  checkTruthy(ok, args.length, ...args);
}

// Where `fn` was called from, as [file, line, column], or undefined.
function callerLocation(fn) {
  const holder = {};
  let stack;
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(holder, fn);
    stack = holder.stack;
  }
  if (typeof stack !== 'string') return undefined;
  const frame = stack.split('\n').find((line) => line.startsWith('    at '));
  if (frame === undefined) return undefined;
  const found = /(?:\(|at )([^()]*?):(\d+):(\d+)\)?$/.exec(frame);
  if (found === null) return undefined;
  return [found[1], Number(found[2]), Number(found[3])];
}

function readSource(file) {
  let path = file;
  if (path.startsWith('file://')) {
    try {
      path = require('url').fileURLToPath(path);
    } catch {
      return undefined;
    }
  }
  if (!path.startsWith('/')) return undefined; // built-in or evaluated code
  try {
    return require('fs').readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

// Node's message for a falsy assert(...) without a message; undefined when the source is
// unavailable (the AssertionError then says e.g. "false == true").
function falsyCallText(fn) {
  const where = callerLocation(fn);
  if (where === undefined) return undefined;
  const key = where.join(':');
  if (quotedCalls.has(key)) return quotedCalls.get(key);
  let text;
  const source = readSource(where[0]);
  if (source !== undefined) {
    try {
      text = quoteCall(source, where[1], where[2]);
    } catch {
      text = undefined;
    }
  }
  quotedCalls.set(key, text);
  return text;
}

// The engine reports a call at its argument list's "(" (or, for `return f(...)`, at the
// statement). Column units may be UTF-16 units or UTF-8 bytes, and line 1 of a CommonJS
// module may include the wrapper's header.
const CJS_HEADER = 61;
function findParen(lineText, column) {
  const byteToChar = new Map();
  let bytes = 0;
  for (let i = 0; i < lineText.length; i++) {
    byteToChar.set(bytes, i);
    const code = lineText.codePointAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (code >= 0x10000) i++;
  }
  const bases = [];
  for (const c of [column - 1, column - 1 - CJS_HEADER]) {
    if (c >= 0 && c < lineText.length) bases.push(c);
    const mapped = byteToChar.get(c);
    if (mapped !== undefined && mapped !== c) bases.push(mapped);
  }
  for (const b of bases) {
    if (lineText[b] === '(') return b;
  }
  for (const b of bases) {
    const found = firstCallParen(lineText, b);
    if (found !== -1) return found;
  }
  return -1;
}

// The first "(" at or after `from` that opens a call's arguments.
function firstCallParen(lineText, from) {
  for (let i = from; i < lineText.length; i++) {
    const c = lineText[i];
    if (c === '\'' || c === '"' || c === '`') {
      const e = lineText.indexOf(c, i + 1);
      if (e === -1) return -1;
      i = e;
      continue;
    }
    if (c !== '(') continue;
    let j = i - 1;
    while (j >= 0 && (lineText[j] === ' ' || lineText[j] === '\t')) j--;
    if (j < 0) continue;
    if (lineText[j] === ')' || lineText[j] === ']' ||
        (lineText[j] === '.' && lineText[j - 1] === '?')) {
      return i;
    }
    if (WORD_CHAR.test(lineText[j])) {
      let q = j;
      while (q > 0 && WORD_CHAR.test(lineText[q - 1])) q--;
      const word = lineText.slice(q, j + 1);
      if (!OPERATOR_WORDS.has(word) && !CONTROL_WORDS.has(word)) return i;
    }
  }
  return -1;
}

const CONTROL_WORDS = new Set(['if', 'while', 'for', 'switch', 'catch', 'function', 'with']);

function quoteCall(source, line, column) {
  let lineStart = 0;
  for (let l = 1; l < line; l++) {
    lineStart = source.indexOf('\n', lineStart) + 1;
    if (lineStart === 0) return undefined;
  }
  let lineEnd = source.indexOf('\n', lineStart);
  if (lineEnd === -1) lineEnd = source.length;
  const paren = findParen(source.slice(lineStart, lineEnd), column);
  if (paren === -1) return undefined;
  const open = lineStart + paren;
  const close = Scanner.matchClose(source, open);
  if (close === -1) return undefined;
  const start = calleeStart(source, lineStart, open);
  const indent = start - lineStart;
  const [first, ...rest] = source.slice(start, close + 1).split('\n');
  let text = first.replace(/\r$/, '');
  for (const raw of rest) {
    const lineText = raw.replace(/\r$/, '');
    let skip = 0;
    while (skip < indent && (lineText[skip] === ' ' || lineText[skip] === '\t')) skip++;
    text += `\n  ${lineText.slice(skip)}`;
  }
  return `The expression evaluated to a falsy value:\n\n  ${text}\n`;
}

const WORD_CHAR = /[\p{ID_Continue}$\u200c\u200d]/u;
const OPERATOR_WORDS = new Set(['return', 'typeof', 'void', 'await', 'new', 'delete', 'in',
  'of', 'instanceof', 'case', 'throw', 'yield', 'else', 'do']);

// Walks back from the "(" of a call over its callee (a member/call chain) on the same line.
function calleeStart(src, lineStart, open) {
  const prev = (i) => {
    let j = i - 1;
    while (j >= lineStart && (src[j] === ' ' || src[j] === '\t')) j--;
    return j;
  };
  let start = open;
  let p = prev(open);
  if (p > lineStart && src[p] === '.' && src[p - 1] === '?') { // f?.(...)
    start = p - 1;
    p = prev(p - 1);
  }
  for (;;) {
    if (p < lineStart) break;
    const c = src[p];
    let group = false;
    if (WORD_CHAR.test(c)) {
      let q = p;
      while (q - 1 >= lineStart && WORD_CHAR.test(src[q - 1])) q--;
      if (OPERATOR_WORDS.has(src.slice(q, p + 1))) break;
      start = q;
    } else if (c === ')' || c === ']') {
      const q = matchOpenBackward(src, lineStart, p);
      if (q === -1) break;
      start = q;
      group = true;
    } else if (c === '\'' || c === '"' || c === '`') {
      const q = src.lastIndexOf(c, p - 1);
      if (q < lineStart) break;
      start = q;
    } else {
      break;
    }
    p = prev(start);
    if (p >= lineStart && src[p] === '.' && src[p - 1] !== '.') {
      const dot = p > lineStart && src[p - 1] === '?' ? p - 1 : p;
      p = prev(dot);
      if (p < lineStart || !/[\p{ID_Continue}$)\]'"`]/u.test(src[p])) break;
      continue;
    }
    // A bracketed group may directly follow its callee: f(...)(...), a[0](...).
    if (group && p >= lineStart && /[\p{ID_Continue}$)\]]/u.test(src[p])) {
      if (WORD_CHAR.test(src[p])) {
        let q = p;
        while (q - 1 >= lineStart && WORD_CHAR.test(src[q - 1])) q--;
        if (OPERATOR_WORDS.has(src.slice(q, p + 1))) break;
      }
      continue;
    }
    break;
  }
  // A chain continued from a previous line starts at its "." (Node quotes from the name).
  while (src[start] === '.' || src[start] === '?' || src[start] === ' ' || src[start] === '\t') start++;
  return start;
}

function matchOpenBackward(src, lineStart, close) {
  const pairs = { ')': '(', ']': '[', '}': '{' };
  const want = [];
  for (let i = close; i >= lineStart; i--) {
    const c = src[i];
    if (c === '\'' || c === '"' || c === '`') {
      const q = src.lastIndexOf(c, i - 1);
      if (q < lineStart) return -1;
      i = q;
    } else if (pairs[c] !== undefined) {
      want.push(pairs[c]);
    } else if (c === '(' || c === '[' || c === '{') {
      if (want.pop() !== c) return -1;
      if (want.length === 0) return i;
    }
  }
  return -1;
}

// A small forward scanner that understands strings, templates, comments and regexp
// literals well enough to find the bracket that closes a given one.
const Scanner = {
  matchClose(src, open) {
    const closer = { '(': ')', '[': ']', '{': '}' };
    const want = [];
    let lastToken = '(';
    let i = open;
    while (i < src.length) {
      const c = src[i];
      const n = src[i + 1];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
        i++;
      } else if (c === '/' && n === '/') {
        const e = src.indexOf('\n', i);
        i = e === -1 ? src.length : e;
      } else if (c === '/' && n === '*') {
        const e = src.indexOf('*/', i + 2);
        if (e === -1) return -1;
        i = e + 2;
      } else if (c === '\'' || c === '"') {
        i = Scanner.skipQuoted(src, i);
        lastToken = 'a';
      } else if (c === '`') {
        i = Scanner.skipTemplate(src, i);
        lastToken = 'a';
      } else if (c === '/' && Scanner.regexAllowed(lastToken)) {
        i = Scanner.skipRegExp(src, i);
        lastToken = 'a';
      } else if (closer[c] !== undefined) {
        want.push(closer[c]);
        lastToken = c;
        i++;
      } else if (c === ')' || c === ']' || c === '}') {
        if (want.pop() !== c) return -1;
        if (want.length === 0) return i;
        lastToken = c;
        i++;
      } else if (WORD_CHAR.test(c)) {
        let e = i + 1;
        while (e < src.length && WORD_CHAR.test(src[e])) e++;
        lastToken = src.slice(i, e);
        i = e;
      } else {
        lastToken = c;
        i++;
      }
      if (i === -1) return -1;
    }
    return -1;
  },

  regexAllowed(token) {
    if (token === ')' || token === ']' || token === '}') return false;
    if (WORD_CHAR.test(token[0])) return OPERATOR_WORDS.has(token);
    return true;
  },

  skipQuoted(src, i) {
    const q = src[i];
    for (let j = i + 1; j < src.length; j++) {
      if (src[j] === '\\') j++;
      else if (src[j] === q) return j + 1;
      else if (src[j] === '\n') return -1;
    }
    return -1;
  },

  skipTemplate(src, i) {
    for (let j = i + 1; j < src.length; j++) {
      const c = src[j];
      if (c === '\\') {
        j++;
      } else if (c === '`') {
        return j + 1;
      } else if (c === '$' && src[j + 1] === '{') {
        const e = Scanner.matchClose(src, j + 1);
        if (e === -1) return -1;
        j = e;
      }
    }
    return -1;
  },

  skipRegExp(src, i) {
    let inClass = false;
    for (let j = i + 1; j < src.length; j++) {
      const c = src[j];
      if (c === '\\') j++;
      else if (c === '\n') return -1;
      else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) {
        let e = j + 1;
        while (e < src.length && /[a-z]/i.test(src[e])) e++;
        return e;
      }
    }
    return -1;
  },
};

// ---- equality assertions -------------------------------------------------------------------

function requireBoth(argc) {
  if (argc < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

const bothNaN = (a, b) => typeof a === 'number' && typeof b === 'number' && a !== a && b !== b;

function equal(actual, expected, message) {
  requireBoth(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || bothNaN(actual, expected)) return;
  report({ actual, expected, message, operator: '==', stackStartFn: equal });
}

function notEqual(actual, expected, message) {
  requireBoth(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && !bothNaN(actual, expected)) return;
  report({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
}

function deepEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (deepLoose(actual, expected)) return;
  report({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
}

function notDeepEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!deepLoose(actual, expected)) return;
  report({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
}

function deepStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (deepStrict(actual, expected)) return;
  report({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
}

function notDeepStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!deepStrict(actual, expected)) return;
  report({
    actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual,
  });
}

function strictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (Object.is(actual, expected)) return;
  report({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
}

function notStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!Object.is(actual, expected)) return;
  report({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
}

// ---- fail / ifError ------------------------------------------------------------------------

let warnedFailArgs = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const argc = arguments.length;
  let generated = false;
  if (argc <= 1) {
    message = actual;
    actual = undefined;
    if (message == null) {
      message = 'Failed';
      generated = true;
    }
  } else {
    if (!warnedFailArgs) {
      warnedFailArgs = true;
      require('process').emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning', 'DEP0094');
    }
    if (argc === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    message,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
  });
  if (generated) err.generatedMessage = true;
  throw err;
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let text = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    text += err.message === '' && err.constructor ? err.constructor.name : err.message;
  } else {
    text += inspect(err);
  }
  const failure = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message: text, stackStartFn: ifError,
  });
  // Splice the original error's frames onto ours, from the first frame they share.
  const original = err.stack;
  if (typeof original === 'string') {
    const lines = original.split('\n');
    const firstFrame = lines.findIndex((line) => /^\s*at /.test(line));
    const theirs = firstFrame === -1 ? [] : lines.slice(firstFrame);
    let ours = failure.stack.split('\n');
    const shared = theirs.map((frame) => ours.indexOf(frame)).find((at) => at !== -1);
    if (shared !== undefined) ours = ours.slice(0, shared);
    if (theirs.length > 0) failure.stack = `${ours.join('\n')}\n${theirs.join('\n')}`;
  }
  throw failure;
}

// ---- match / doesNotMatch ------------------------------------------------------------------

function checkMatch(fn, wanted, string, regexp, message) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const isString = typeof string === 'string';
  if (isString && regexpMatches(regexp, string) === wanted) return;
  if (message instanceof Error) throw message;
  const generated = !message;
  if (generated) {
    if (!isString) {
      message = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      const lead = wanted ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ';
      message = `${lead}${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  throw assertionError(
    { actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn }, generated);
}

function match(string, regexp, message) {
  checkMatch(match, true, string, regexp, message);
}

function doesNotMatch(string, regexp, message) {
  checkMatch(doesNotMatch, false, string, regexp, message);
}

// ---- throws / rejects ----------------------------------------------------------------------

const NOTHING_THROWN = Symbol('nothing thrown');

function outcomeOf(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (caught) {
    return caught;
  }
  return NOTHING_THROWN;
}

function isThenable(value) {
  if (require('node/internal/util/types').isPromise(value)) return true;
  return value !== null && typeof value === 'object' &&
    typeof value.then === 'function' && typeof value.catch === 'function';
}

async function settledOutcome(promiseFn) {
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
  } catch (caught) {
    return caught;
  }
  return NOTHING_THROWN;
}

const EXPECTATION_TYPES = ['Object', 'Error', 'Function', 'RegExp'];

// A snapshot of the compared keys of `source`, for the diff of a property mismatch. Values
// that a RegExp in `expected` accepts are shown as the actual string.
class Comparison {
  constructor(source, keys, actual) {
    for (const key of keys) {
      if (!(key in source)) continue;
      const value = source[key];
      const accepted = actual !== undefined && typeof actual[key] === 'string' &&
        isRegExp(value) && regexpMatches(value, actual[key]);
      this[key] = accepted ? actual[key] : value;
    }
  }
}

function checkProperties(fn, actual, expected, message) {
  const keys = Object.keys(expected);
  if (expected instanceof Error) {
    keys.push('name', 'message');
  } else if (keys.length === 0) {
    throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
  }
  for (const key of keys) {
    const want = expected[key];
    if (typeof actual[key] === 'string' && isRegExp(want) && regexpMatches(want, actual[key])) {
      continue;
    }
    if (key in actual && deepStrict(actual[key], want)) continue;
    if (message) report({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
}

function errorName(err) {
  return (err.constructor && err.constructor.name) || err.name;
}

// Verifies a caught `actual` against the `expected` given to throws()/rejects().
function verifyCaught(fn, actual, expected, message) {
  let text;
  if (isRegExp(expected)) {
    const str = String(actual);
    if (regexpMatches(expected, str)) return;
    text = `The input did not match the regular expression ${inspect(expected)}. ` +
      `Input:\n\n${inspect(str)}\n`;
  } else if (typeof expected !== 'function') {
    if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError(
        { actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    }
    checkProperties(fn, actual, expected, message);
    return;
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    text = `The error is expected to be an instance of "${expected.name}". Received `;
    if (internalUtil.isError(actual)) {
      const name = errorName(actual);
      text += name === expected.name ?
        'an error with identical name but a different prototype.' : `"${name}"`;
      if (actual.message) text += `\n\nError message:\n\n${actual.message}`;
    } else {
      text += `"${inspect(actual, { depth: -1 })}"`;
    }
  } else {
    const verdict = Reflect.apply(expected, {}, [actual]);
    if (verdict === true) return;
    const label = expected.name ? `"${expected.name}" ` : '';
    text = `The ${label}validation function is expected to return "true". ` +
      `Received ${inspect(verdict)}`;
    if (internalUtil.isError(actual)) text += `\n\nCaught error:\n\n${actual}`;
  }
  const generated = !message;
  throw assertionError({
    actual, expected, message: generated ? text : message, operator: fn.name, stackStartFn: fn,
  }, generated);
}

function expectFailure(fn, actual, args) {
  let [expected, message] = args;
  if (typeof expected === 'string') {
    if (args.length === 2) throw new ERR_INVALID_ARG_TYPE('error', EXPECTATION_TYPES, expected);
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === expected) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === expected) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
        `The error "${actual}" is identical to the message.`);
    }
    message = expected;
    expected = undefined;
  } else if (expected != null && typeof expected !== 'object' && typeof expected !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', EXPECTATION_TYPES, expected);
  }
  if (actual === NOTHING_THROWN) {
    const what = fn === rejects ? 'rejection' : 'exception';
    const label = expected && expected.name ? ` (${expected.name})` : '';
    const tail = message ? `: ${message}` : '.';
    report({
      actual: undefined,
      expected,
      operator: fn.name,
      message: `Missing expected ${what}${label}${tail}`,
      stackStartFn: fn,
    });
  }
  if (expected) verifyCaught(fn, actual, expected, message);
}

// Whether `actual` is what doesNotThrow()/doesNotReject() were told to complain about.
function matchesUnwanted(actual, expected) {
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return true;
    if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
    return Reflect.apply(expected, {}, [actual]) === true;
  }
  if (isRegExp(expected)) return regexpMatches(expected, String(actual));
  throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
}

function expectSuccess(fn, actual, args) {
  if (actual === NOTHING_THROWN) return;
  let [expected, message] = args;
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  if (expected && !matchesUnwanted(actual, expected)) throw actual;
  const what = fn === doesNotReject ? 'rejection' : 'exception';
  const tail = message ? `: ${message}` : '.';
  report({
    actual,
    expected,
    operator: fn.name,
    message: `Got unwanted ${what}${tail}\nActual message: "${actual?.message}"`,
    stackStartFn: fn,
  });
}

function throws(fn, ...args) {
  expectFailure(throws, outcomeOf(fn), args);
}

async function rejects(promiseFn, ...args) {
  expectFailure(rejects, await settledOutcome(promiseFn), args);
}

function doesNotThrow(fn, ...args) {
  expectSuccess(doesNotThrow, outcomeOf(fn), args);
}

async function doesNotReject(promiseFn, ...args) {
  expectSuccess(doesNotReject, await settledOutcome(promiseFn), args);
}

// ---- CallTracker (deprecated) --------------------------------------------------------------

class CallTracker {
  #tracked = new Map(); // wrapper -> { name, expected, calls, origin }

  #record(wrapper) {
    const rec = this.#tracked.get(wrapper);
    if (rec === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', wrapper, 'is not a tracked function');
    }
    return rec;
  }

  calls(fn, expected = 1) {
    if (require('process')._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = Function.prototype;
    } else if (fn === undefined) {
      fn = Function.prototype;
    }
    validateUint32(expected, 'expected', true);
    const rec = { name: fn.name || 'calls', expected, calls: [], origin: new Error() };
    // A prototype-less handler: only the apply trap, whatever Object.prototype holds.
    const wrapper = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, argList) {
        const call = { thisArg, arguments: Object.freeze(Array.prototype.slice.call(argList)) };
        rec.calls.push(Object.freeze(call));
        return Reflect.apply(target, thisArg, argList);
      },
    });
    this.#tracked.set(wrapper, rec);
    return wrapper;
  }

  getCalls(tracked) {
    return Object.freeze(this.#record(tracked).calls.slice());
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const rec of this.#tracked.values()) rec.calls = [];
      return;
    }
    this.#record(tracked).calls = [];
  }

  report() {
    const out = [];
    for (const rec of this.#tracked.values()) {
      const actual = rec.calls.length;
      if (actual === rec.expected) continue;
      out.push({
        message: `Expected the ${rec.name} function to be executed ${rec.expected} time(s) ` +
          `but was executed ${actual} time(s).`,
        actual,
        expected: rec.expected,
        operator: rec.name,
        stack: rec.origin,
      });
    }
    return out;
  }

  verify() {
    const problems = this.report();
    if (problems.length === 0) return;
    const message = problems.length === 1 ? problems[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: problems });
  }
}

// ---- the module object ---------------------------------------------------------------------

const assert = module.exports = ok;
Object.assign(assert, {
  fail,
  AssertionError,
  ok,
  equal,
  notEqual,
  deepEqual,
  notDeepEqual,
  deepStrictEqual,
  notDeepStrictEqual,
  strictEqual,
  notStrictEqual,
  throws,
  rejects,
  doesNotThrow,
  doesNotReject,
  ifError,
  match,
  doesNotMatch,
  CallTracker: internalUtil.deprecate(CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173'),
});

function strict(...args) {
  checkTruthy(strict, args.length, ...args);
}
Object.assign(strict, assert, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
assert.strict = strict;
strict.strict = strict;
