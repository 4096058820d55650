'use strict';
// TAP version 13 output for node:test: turns finished test records into text lines.

let inspectFn;
function inspect(v) {
  if (inspectFn === undefined) inspectFn = require('node/internal/util/inspect').inspect;
  return inspectFn(v, { colors: false, breakLength: Infinity });
}

const kEscapes = { '\\': '\\\\', '#': '\\#', '\n': '\\\\n', '\t': '\\\\t', '\r': '\\\\r',
  '\b': '\\\\b', '\f': '\\\\f', '\v': '\\\\v' };

// Names, directives and diagnostics may not break the line structure of TAP.
function escapeText(s) {
  return String(s).replace(/[\\#\n\t\r\b\f\v]/g, (c) => kEscapes[c]);
}

function pad(n) { return ' '.repeat(n); }

// One `key: value` entry of the YAML block, nested objects indented by two spaces.
function yamlEntry(out, indent, key, value, seen) {
  const p = pad(indent);
  if (value === undefined) return;
  if (value === null) { out.push(`${p}${key}: ~`); return; }
  if (typeof value === 'string') {
    if (value.includes('\n')) {
      out.push(`${p}${key}: |-`);
      for (const line of value.split('\n')) out.push(`${p}  ${line}`);
    } else {
      out.push(`${p}${key}: ${inspect(value)}`);
    }
    return;
  }
  if (typeof value === 'object' && !(value instanceof Error) && !(value instanceof Date)) {
    if (seen.has(value)) { out.push(`${p}${key}: '[Circular]'`); return; }
    seen.add(value);
    out.push(`${p}${key}:`);
    for (const k of Object.keys(value)) yamlEntry(out, indent + 2, k, value[k], seen);
    seen.delete(value);
    return;
  }
  out.push(`${p}${key}: ${inspect(value)}`);
}

// The frames of an error's stack, without the message lines, the "at " prefix and our own
// library frames.
function stackFrames(err) {
  let stack;
  try { stack = err.stack; } catch { return ''; }
  if (typeof stack !== 'string') return '';
  const frames = [];
  for (const line of stack.split('\n')) {
    const m = /^\s+at (.*)$/.exec(line);
    if (m === null) continue;
    if (m[1].includes('unode:') || m[1] === 'call (native)') continue;
    frames.push(m[1]);
  }
  return frames.join('\n');
}

function isErrorLike(v) {
  return v !== null && typeof v === 'object' && typeof v.message === 'string';
}

// The YAML block of one test.
function yamlBlock(test, indent) {
  const out = [];
  const p = pad(indent + 2);
  out.push(`${p}---`);
  out.push(`${p}duration_ms: ${test.durationMs()}`);
  if (test.isSuite) out.push(`${p}type: 'suite'`);
  const err = test.error;
  if (err) {
    const seen = new Set();
    if (test.location) out.push(`${p}location: ${inspect(test.location)}`);
    out.push(`${p}failureType: ${inspect(err.failureType)}`);
    const cause = err.cause;
    const own = cause === undefined || cause === err;
    const src = own ? err : cause;
    yamlEntry(out, indent + 2, 'error', err.message, seen);
    const code = isErrorLike(src) && src.code !== undefined ? src.code :
      err.failureType === 'testAborted' ? undefined : 'ERR_TEST_FAILURE';
    yamlEntry(out, indent + 2, 'code', code, seen);
    if (!own && isErrorLike(cause)) {
      if (typeof cause.name === 'string' && cause.name !== 'Error') yamlEntry(out, indent + 2, 'name', cause.name, seen);
      if ('expected' in cause || 'actual' in cause || 'operator' in cause) {
        yamlEntry(out, indent + 2, 'expected', cause.expected, seen);
        yamlEntry(out, indent + 2, 'actual', cause.actual, seen);
        yamlEntry(out, indent + 2, 'operator', cause.operator, seen);
      }
      const frames = stackFrames(cause);
      if (frames) {
        out.push(`${p}stack: |-`);
        for (const f of frames.split('\n')) out.push(`${p}  ${f}`);
      }
    }
  }
  out.push(`${p}...`);
  return out;
}

// Every line for a finished test and its subtests; `indent` is four spaces per nesting level.
function reportTest(test, index, indent, out) {
  const p = pad(indent);
  const name = escapeText(test.name);
  out.push(`${p}# Subtest: ${name}`);
  const subs = test.subtests;
  for (let i = 0; i < subs.length; i++) reportTest(subs[i], i + 1, indent + 4, out);
  if (subs.length > 0) out.push(`${pad(indent + 4)}1..${subs.length}`);
  let directive = '';
  if (test.skipped) directive = ' # SKIP' + (typeof test.skipped === 'string' ? ' ' + escapeText(test.skipped) : '');
  else if (test.todo) directive = ' # TODO' + (typeof test.todo === 'string' ? ' ' + escapeText(test.todo) : '');
  out.push(`${p}${test.error ? 'not ok' : 'ok'} ${index} - ${name}${directive}`);
  for (const line of yamlBlock(test, indent)) out.push(line);
  for (const d of test.diagnostics) out.push(`${p}# ${escapeText(d)}`);
  return out;
}

module.exports = { reportTest, escapeText };
