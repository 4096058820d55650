'use strict';
// describe/it nesting and the order of before/after/beforeEach/afterEach hooks (recorded and
// printed at exit together with the filtered TAP output).
const out = [];
const log = [];
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk) => { out.push(String(chunk)); return true; };
process.on('exit', (code) => {
  const lines = out.join('').split('\n').filter((l) => !/duration_ms|location:/.test(l));
  write(lines.join('\n') + '\n' + log.join('\n') + `\nexit ${code}\n`);
});

const { describe, it, suite, test, before, after, beforeEach, afterEach } = require('node:test');
log.push('start');
after(() => log.push('top after'));
beforeEach((t) => log.push('top beforeEach ' + t.name));
afterEach((t) => log.push('top afterEach ' + t.name));
describe('S', () => {
  log.push('S body');
  before(() => log.push('S before'));
  after(() => log.push('S after'));
  beforeEach((t) => log.push('S beforeEach ' + t.name));
  afterEach((t) => log.push('S afterEach ' + t.name));
  it('a', () => log.push('a'));
  describe('T', () => { log.push('T body'); it('b', () => log.push('b')); });
  test('c', async (t) => { log.push('c'); await t.test('c1', () => log.push('c1')); });
  it.skip('skipped it', () => log.push('never'));
  it.todo('todo it', () => log.push('todo it ran'));
});
suite('suite alias', () => { it('in suite', () => log.push('in suite')); });
describe('async describe', async () => {
  await null;
  it('after await', () => log.push('after await'));
});
test('top', async (t) => {
  t.beforeEach((t) => log.push('t.beforeEach ' + t.name));
  t.afterEach((t) => log.push('t.afterEach ' + t.name));
  t.after(() => log.push('t.after'));
  log.push('top ' + t.name + ' ' + typeof t.signal.aborted);
  await t.test('sub', () => log.push('sub'));
  await t.test('sub2', (t, done) => { log.push('sub2 done-style'); done(); });
});
test('hook with done', (t) => {});
describe('S2', () => {
  before((t, done) => { log.push('S2 before done'); setTimeout(done, 1); });
  it('x', () => log.push('x'));
});
log.push('end sync');
Promise.resolve().then(() => log.push('microtask'));
process.nextTick(() => log.push('nextTick'));
