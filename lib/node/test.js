'use strict';
// node:test — the test runner is not implemented yet; every entry point throws
// ERR_NOT_IMPLEMENTED.

const stub = require('node/internal/stub');

const test = stub.fn('test');
stub.fns(test, 'test', ['skip', 'todo', 'only', 'after', 'afterEach', 'before', 'beforeEach', 'describe',
  'it', 'run', 'suite']);
test.test = test;
Object.defineProperty(test, 'mock', {
  get() { throw require('node/internal/errors').notImplemented('test.mock'); },
  enumerable: true, configurable: true,
});

module.exports = test;
