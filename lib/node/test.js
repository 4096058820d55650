'use strict';
// node:test: test(), describe()/it() and hooks, reported as TAP on standard output.

const { notImplemented } = require('node/internal/errors');

function runner() { return require('node/internal/test_runner/test'); }

function makeEntry(kind) {
  function entry(name, options, fn) {
    const r = runner();
    return r.runTest(kind === 'suite' ? r.Suite : r.Test, name, options, fn);
  }
  function variant(extra) {
    return function(name, options, fn) {
      const r = runner();
      return r.runTest(kind === 'suite' ? r.Suite : r.Test, name, options, fn, extra);
    };
  }
  entry.skip = variant({ skip: true });
  entry.todo = variant({ todo: true });
  entry.only = variant({ only: true });
  return entry;
}

const test = makeEntry('test');
Object.defineProperty(test, 'name', { value: 'test' });
const describe = makeEntry('suite');
const it = makeEntry('test');

function hook(kind) {
  return function(fn, options) { return runner().hook(kind)(fn, options); };
}

// In the key order of Node 20's module.
test.after = hook('after');
test.afterEach = hook('afterEach');
test.before = hook('before');
test.beforeEach = hook('beforeEach');
test.describe = describe;
test.it = it;
test.run = function run() { throw notImplemented('test.run'); };
test.suite = describe;
test.test = test;
Object.defineProperty(test, 'mock', {
  get() { throw notImplemented('test.mock'); },
  enumerable: true, configurable: true,
});

module.exports = test;
