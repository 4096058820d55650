'use strict';
// Failure kinds: timeouts, cancelled subtests, plan, uncaught errors, failing hooks, aborts.
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
  write(lines.join('\n') + `\nexit ${code}\n`);
});

const test = require('node:test');
const { describe, it, before, after, afterEach } = test;
test('timeout', { timeout: 20 }, () => new Promise((r) => setTimeout(r, 300)));
test('not awaited', (t) => { t.test('child', () => new Promise((r) => setTimeout(r, 50))); });
test('plan short', (t) => { t.plan(2); t.assert.ok(true); });
test('plan ok', (t) => { t.plan(2); t.assert.ok(1); t.assert.strictEqual(1, 1); });
test('uncaught', () => {
  setTimeout(() => { throw new Error('uncaught!'); }, 1);
  return new Promise((r) => setTimeout(r, 100));
});
test('unhandled', () => {
  Promise.reject(new Error('unhandled!'));
  return new Promise((r) => setTimeout(r, 100));
});
describe('before fails', () => {
  before(() => { throw new Error('before fail'); });
  it('x', () => {});
  it('y', () => {});
});
describe('body fails', () => { throw new Error('body fail'); });
describe('afterEach fails', () => {
  afterEach(() => { throw new Error('ae fail'); });
  it('z', () => {});
});
describe('after fails', () => {
  after(() => { throw new Error('after fail'); });
  it('w', () => {});
});
test('t.after fails', (t) => { t.after(() => { throw new Error('t.after fail'); }); });
const ac = new AbortController();
test('aborted', { signal: ac.signal }, () => {
  setTimeout(() => ac.abort(new Error('stop it')), 5);
  return new Promise((r) => setTimeout(r, 100));
});
test('skip and todo', { skip: true, todo: true }, () => {});
describe('suite fail', () => { it('bad', () => { throw new Error('bad'); }); it('good', () => {}); });
test('two subtests fail', async (t) => {
  await t.test('f1', () => { throw new Error('1'); });
  await t.test('f2', () => { throw new Error('2'); });
});
