'use strict';
// node:readline/promises — the readline Interface whose question() returns a promise, and
// the Readline command buffer.

const Base = require('node/internal/readline/interface').Interface;
const { askPromise, Readline } = require('node/internal/readline/promises');

class Interface extends Base {
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
    this._promiseCompleter = true;
  }

  question(query, options = {}) {
    return askPromise(this, query, options);
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
