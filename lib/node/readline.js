'use strict';
// node:readline — line reading over streams (Interface), keypress decoding and the ANSI
// cursor helpers. The machinery lives in internal/readline.

const ansi = require('node/internal/tty_ansi');
const { Interface } = require('node/internal/readline/interface');
const { emitKeypressEvents } = require('node/internal/readline/keys');

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// util.promisify(rl.question) answers through a promise and honours options.signal.
Object.defineProperty(Interface.prototype.question, require('util').promisify.custom, {
  enumerable: false, configurable: true, writable: true,
  value: function question(query, options = {}) {
    return require('node/internal/readline/promises').askPromise(this, query, options);
  },
});

module.exports = {
  Interface,
  clearLine: ansi.clearLine,
  clearScreenDown: ansi.clearScreenDown,
  createInterface,
  cursorTo: ansi.cursorTo,
  emitKeypressEvents,
  moveCursor: ansi.moveCursor,
};
// A data property, as in Node.
module.exports.promises = require('readline/promises');
