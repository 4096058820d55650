'use strict';
// node:test basics: pass/fail/skip/todo, async and callback tests, subtests, TAP shape and
// summary counts. Timing-dependent lines (duration_ms, location, stack frames) are dropped.
const out = [];
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk) => { out.push(String(chunk)); return true; };
process.on('exit', (code) => {
  let inStack = false;
  const lines = [];
  for (const line of out.join('').split('\n')) {
    if (inStack) { if (/^\s*\.\.\.$/.test(line)) inStack = false; else continue; }
    if (/^\s*stack: \|-$/.test(line)) { inStack = true; continue; }
    if (/duration_ms|location:/.test(line)) continue;
    lines.push(line);
  }
  write(lines.join('\n') + `\nexit ${code} ${process.exitCode}\n`);
});

const test = require('node:test');
const assert = require('assert');
console.log(typeof test, typeof test.test, typeof test.describe, typeof test.it, test.test === test);
test('sync pass', () => {});
test('sync fail', () => { throw new Error('boom'); });
test('async pass', async () => { await null; });
test('async reject', () => Promise.reject(new TypeError('rejected')));
test('skip me', { skip: true }, () => { throw new Error('not run'); });
test('skip msg', { skip: 'because' }, () => {});
test('todo me', { todo: true }, () => {});
test('todo fail', { todo: 'later' }, () => { throw new Error('x'); });
test.skip('test.skip', () => {});
test.todo('test.todo', () => {});
test('callback', (t, done) => { setTimeout(done, 1); });
test('callback error', (t, done) => { setTimeout(() => done(new RangeError('cb err')), 1); });
test('subtests', async (t) => {
  t.diagnostic('hello diag');
  await t.test('inner 1', () => {});
  await t.test('inner 2', () => { throw new TypeError('inner fail'); });
  await t.test('inner 3', async (t) => { await t.test('deeper', () => {}); });
});
test(function namedFn() {});
test(() => {});
test('t.skip', (t) => { t.skip('nah'); });
test('t.todo', (t) => { t.todo(); });
test('throw string', () => { throw 'a string'; });
test('throw object', () => { throw { foo: 1 }; });
test('assert fail', () => { assert.strictEqual(1, 2); });
test('deep fail', () => { assert.deepStrictEqual({ a: [1, 2], b: 'x' }, { a: [1], b: "it's" }); });
test('custom code', () => { const e = new RangeError('rr'); e.code = 'MYCODE'; throw e; });
test('name with # and \\ and\nnewline', () => {});
test('cb and promise', async (t, done) => {});
test('return value', () => 42);
