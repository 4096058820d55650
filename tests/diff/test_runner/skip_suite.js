'use strict';
// describe.skip bodies never run; todo suites still fail on failing subtests.
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
const { describe, it, test } = require('node:test');
describe.skip('skipped suite', () => { it('a', () => {}); it('b', () => {}); });
describe('todo suite', { todo: true }, () => { it('c', () => { throw new Error('x'); }); });
describe('empty', () => {});
test('nested diag', async (t) => { await t.test('i', (t) => t.diagnostic('inner #1')); t.diagnostic('outer'); });
