// mocha: a small suite, written to a temporary directory, run by mocha's CLI in a child
// process (the same runtime: process.execPath) with the TAP reporter, which prints no timings.
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mocha-'));
fs.writeFileSync(path.join(dir, 'suite.spec.js'), `
const assert = require('assert');
describe('arithmetic', function () {
  it('adds', function () { assert.strictEqual(1 + 1, 2); });
  it('fails on purpose', function () { assert.strictEqual(2 * 2, 5); });
  it.skip('is skipped', function () {});
});
describe('async', function () {
  before(function () { this.value = 41; });
  it('waits for a promise', async function () {
    const v = await new Promise((resolve) => setImmediate(resolve, this.value + 1));
    assert.strictEqual(v, 42);
  });
  it('takes a callback', function (done) { setTimeout(done, 1); });
});
`);
const mochaBin = require.resolve('mocha/bin/mocha.js');
const r = cp.spawnSync(process.execPath, [mochaBin, '--reporter', 'tap', '--no-color', path.join(dir, 'suite.spec.js')], {
  encoding: 'utf8', cwd: dir,
});
fs.rmSync(dir, { recursive: true });
// Keep the TAP lines; error details carry stack frames that differ between runtimes.
const lines = r.stdout.split('\n').filter((l) => /^(ok|not ok|# |1\.\.)/.test(l));
console.log(lines.join('\n'));
console.log('status', r.status, r.signal);
