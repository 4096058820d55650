'use strict';
// node:readline — the ANSI cursor helpers are real; Interface and createInterface, which need
// line editing over a stream, throw ERR_NOT_IMPLEMENTED for now.

const ansi = require('node/internal/tty_ansi');
const stub = require('node/internal/stub');

module.exports = {
  Interface: stub.cls('readline.Interface'),
  clearLine: ansi.clearLine,
  clearScreenDown: ansi.clearScreenDown,
  createInterface: stub.fn('readline.createInterface'),
  cursorTo: ansi.cursorTo,
  emitKeypressEvents: stub.fn('readline.emitKeypressEvents'),
  moveCursor: ansi.moveCursor,
  promises: require('readline/promises'),
};
