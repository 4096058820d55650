'use strict';
// AssertionError: the error node:assert throws, with Node v20's generated messages
// (the "+ actual - expected" line diff, the short "a !== b" form, the not-equal forms).

const { validateObject } = require('node/internal/validators');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

const HEADINGS = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Both sides together at most this long (and primitive): print "a !== b" instead of a diff.
const SHORT_PAIR = 12;
// Column budget for the "^" marker under a one-line diff (stderr is treated as not a TTY).
const COLUMNS = 80;

let inspectFn;
function inspect(value, opts) {
  if (inspectFn === undefined) inspectFn = require('util').inspect;
  return inspectFn(value, opts);
}

// Every value in a message is shown in full, one property per line, keys sorted.
function show(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// A stand-in for an error that shows its enumerable fields and message but not its stack.
function cloneErrorForDisplay(err) {
  const copy = Object.assign({ __proto__: Object.getPrototypeOf(err) }, err);
  Object.defineProperty(copy, 'message', { value: err.message });
  return copy;
}

function isObjectLike(v) {
  return typeof v === 'object' && v !== null;
}

// Keeps at most 47 lines of an over-long (more than 50 lines) rendering.
function clipLines(lines) {
  if (lines.length > 50) {
    lines[46] = '...';
    lines.length = 47;
  }
  return lines;
}

// Prints up to three of the `run` identical lines before index `at` (collapsing longer runs
// to "..."). Returns [text, printedLineCount, skippedSomething].
function contextBefore(lines, at, run) {
  if (run <= 2) return ['', 0, false];
  let text = '';
  let count = 0;
  let skipped = false;
  if (run > 3) {
    if (run > 4) {
      if (run === 5) {
        text += `\n  ${lines[at - 3]}`;
        count++;
      } else {
        text += '\n...';
        skipped = true;
      }
    }
    text += `\n  ${lines[at - 2]}`;
    count++;
  }
  text += `\n  ${lines[at - 1]}`;
  count++;
  return [text, count, skipped];
}

// The diff forms head with the user's message when there is one (an empty one is ignored).
function diffMessage(actual, expected, operator, message = '') {
  const actualText = show(actual);
  const actualLines = actualText.split('\n');
  const expectedLines = show(expected).split('\n');
  let marker = '';
  let idx = 0;

  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  // One line each and different: maybe the short form, maybe a "^" under the first change.
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const left = actualLines[0];
    const right = expectedLines[0];
    const total = left.length + right.length;
    if (total <= SHORT_PAIR) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${message || HEADINGS[operator]}\n\n${left} !== ${right}\n`;
      }
    } else if (operator !== 'strictEqualObject' && total < COLUMNS) {
      while (left[idx] === right[idx]) idx++;
      if (idx > 2) {
        marker = `\n  ${' '.repeat(idx)}^`;
        idx = 0;
      }
    }
  }

  // Drop the common tail; keep up to three of its lines (plus the very first one) for context.
  let tail = '';
  let farTail = '';
  while (actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines[actualLines.length - 1];
    if (idx++ < 3) tail = `\n  ${line}${tail}`;
    else farTail = line;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
  }

  const total = Math.max(actualLines.length, expectedLines.length);
  if (total === 0) {
    // Same rendering, different identity (e.g. two distinct symbols or functions).
    const lines = clipLines(actualText.split('\n'));
    return `${HEADINGS.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  let skipped = false;
  if (idx >= 5) {
    tail = `\n...${tail}`;
    skipped = true;
  }
  if (farTail !== '') tail = `\n  ${farTail}${tail}`;

  const head = `${message || HEADINGS[operator]}\n+ actual - expected`;
  const skipNote = ' ... Lines skipped';

  // `pending` buffers "-" lines so a changed block prints as +++ then ---.
  let out = '';
  let pending = '';
  let printed = 0;
  let same = 0;
  const actualLonger = actualLines.length >= total;
  const longer = actualLonger ? actualLines : expectedLines;
  const shorterLen = actualLonger ? expectedLines.length : actualLines.length;
  const sign = actualLonger ? '+' : '-';

  for (let i = 0; i < total; i++) {
    if (i >= shorterLen) {
      // Only the longer side has lines left.
      const [ctx, n, sk] = contextBefore(longer, i, same);
      out += ctx;
      printed += n;
      if (sk) skipped = true;
      same = 0;
      if (actualLonger) out += `\n${sign} ${longer[i]}`;
      else pending += `\n${sign} ${longer[i]}`;
      printed++;
    } else {
      const expLine = expectedLines[i];
      let actLine = actualLines[i];
      // A line that differs only by a trailing comma counts as unchanged.
      let differs = actLine !== expLine && (!actLine.endsWith(',') || actLine.slice(0, -1) !== expLine);
      if (differs && expLine.endsWith(',') && expLine.slice(0, -1) === actLine) {
        differs = false;
        actLine += ',';
      }
      if (differs) {
        const [ctx, n, sk] = contextBefore(actualLines, i, same);
        out += ctx;
        printed += n;
        if (sk) skipped = true;
        same = 0;
        out += `\n+ ${actLine}`;
        pending += `\n- ${expLine}`;
        printed += 2;
      } else {
        out += pending;
        pending = '';
        same++;
        if (same <= 2) {
          out += `\n  ${actLine}`;
          printed++;
        }
      }
    }
    // Cap the output at roughly fifty lines.
    if (printed > 50 && i < total - 2) {
      return `${head}${skipNote}\n${out}\n...${pending}\n...`;
    }
  }
  return `${head}${skipped ? skipNote : ''}\n${out}${pending}${tail}${marker}`;
}

function notEqualMessage(actual, operator) {
  let heading = HEADINGS[operator];
  const lines = clipLines(show(actual).split('\n'));
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    heading = HEADINGS.notStrictEqualObject;
  }
  if (lines.length === 1) return `${heading}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${heading}\n\n${lines.join('\n')}\n`;
}

function clip(text, max) {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

function otherMessage(actual, expected, operator) {
  let left = show(actual);
  let right = show(expected);
  const heading = HEADINGS[operator];
  if (operator === 'notDeepEqual' && left === right) {
    return clip(`${heading}\n\n${left}`, 1024);
  }
  left = clip(left, 512);
  right = clip(right, 512);
  if (operator === 'deepEqual') {
    left = `${heading}\n\n${left}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = HEADINGS[`${operator}Unequal`];
    if (unequal) left = `${unequal}\n\n${left}\n\nshould not loosely deep-equal\n\n`;
    else right = ` ${operator} ${right}`;
  }
  return `${left}${right}`;
}

function generatedMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return diffMessage(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return notEqualMessage(actual, operator);
  }
  return otherMessage(actual, expected, operator);
}

function bothErrors(a, b) {
  return isObjectLike(a) && isObjectLike(b) &&
    'stack' in a && a instanceof Error && 'stack' in b && b instanceof Error;
}

function stackLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return 'value' in desc ? desc.writable : desc.set !== undefined;
}

// Removes the frames up to and including the one for `fn`, as V8's captureStackTrace would.
function trimStack(stack, fn) {
  if (typeof fn !== 'function' || !fn.name) return stack;
  const lines = stack.split('\n');
  const mark = `    at ${fn.name} (`;
  let first = 1;
  while (first < lines.length && !lines[first].startsWith('    at ')) first++;
  for (let i = first; i < lines.length; i++) {
    if (lines[i].startsWith(mark) || lines[i] === `    at ${fn.name}`) {
      lines.splice(first, i - first + 1);
      return lines.join('\n');
    }
  }
  return stack;
}

// Strings shown on an inspected AssertionError are shortened (Node keeps the string's tail
// past 512 characters; reproduced as is).
function shorten(str) {
  const lines = str.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (str.length > 512) return `${str.slice(512)}...`;
  return str;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    let { actual, expected } = options;

    let text;
    if (message != null) {
      // The diff operators keep their diff under a custom message.
      text = operator === 'deepStrictEqual' || operator === 'strictEqual' ?
        diffMessage(actual, expected, operator, message) : String(message);
    } else {
      // Two errors are shown (and kept) as stack-less copies.
      if (bothErrors(actual, expected)) {
        actual = cloneErrorForDisplay(actual);
        expected = cloneErrorForDisplay(expected);
      }
      text = generatedMessage(actual, expected, operator);
    }

    // The stack is captured below from the caller's frame; skip the engine's own capture.
    const recapture = typeof Error.captureStackTrace === 'function' && stackLimitWritable();
    const limit = Error.stackTraceLimit;
    if (recapture) Error.stackTraceLimit = 0;
    try {
      super(text);
    } finally {
      if (recapture) Error.stackTraceLimit = limit;
    }

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    const startFn = stackStartFn || stackStartFunction;
    if (recapture) {
      Error.captureStackTrace(this, startFn);
      void this.stack;
    } else {
      const stack = this.stack;
      if (typeof stack === 'string') {
        Object.defineProperty(this, 'stack', {
          value: trimStack(stack, startFn), enumerable: false, writable: true, configurable: true,
        });
      }
    }
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [customInspect](depth, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof savedActual === 'string') this.actual = shorten(savedActual);
    if (typeof savedExpected === 'string') this.expected = shorten(savedExpected);
    // Keep the actual/expected fields shallow: the message already shows them in full.
    const text = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return text;
  }
}

module.exports = { AssertionError };
