'use strict';
// Tests still pending when the event loop empties are cancelled; late-registered tests run.
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
test('first', () => {});
test('pending', () => new Promise(() => {}));
test('after pending', () => {});
setTimeout(() => test('late', () => {}), 5);
