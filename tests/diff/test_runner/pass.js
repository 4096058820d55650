'use strict';
// All tests pass: exit code 0 and process.exitCode left alone.
const out = [];
const log = [];
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
  write(lines.join('\n') + '\n' + log.join('\n') + `\nexit ${code} ${process.exitCode}\n`);
});
const { test, describe, it } = require('node:test');
const assert = require('node:assert');
test('one', () => assert.ok(true));
describe('group', () => { it('two', async () => { await new Promise((r) => setTimeout(r, 2)); }); });
test('three', { todo: 'not yet' }, () => { throw new Error('todo failures do not fail the run'); });
test('returns promise', async (t) => {
  const p = t.test('sub', () => {});
  log.push(p instanceof Promise);
  log.push(await p);
});
const r = test('result', () => {});
log.push(r instanceof Promise);
