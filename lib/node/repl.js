'use strict';
// node:repl — the writer, mode symbols, Recoverable and builtin list are real; the REPL server
// itself is not implemented yet.

const stub = require('node/internal/stub');

function writer(obj) {
  return require('util').inspect(obj, writer.options);
}
writer.options = undefined;
Object.defineProperty(writer, 'options', {
  get() {
    const value = { ...require('util').inspect.defaultOptions, showProxy: true };
    Object.defineProperty(writer, 'options', { value, writable: true, enumerable: true, configurable: true });
    return value;
  },
  set(value) {
    Object.defineProperty(writer, 'options', { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true, configurable: true,
});

class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

function builtinModules() {
  return require('node/internal/modules/builtins').list().filter((name) => !name.startsWith('_'));
}

module.exports = {
  start: stub.fn('repl.start'),
  writer,
  REPLServer: stub.cls('repl.REPLServer', 'REPLServer', require('events')),
  REPL_MODE_SLOPPY: Symbol('repl-sloppy'),
  REPL_MODE_STRICT: Symbol('repl-strict'),
  Recoverable,
  isValidSyntax: stub.fn('repl.isValidSyntax'),
};
Object.defineProperties(module.exports, {
  builtinModules: { get: builtinModules, enumerable: true, configurable: true },
  _builtinLibs: { get: builtinModules, enumerable: false, configurable: true },
});
