'use strict';
// node:readline/promises — not implemented yet (needs readline's Interface).

const stub = require('node/internal/stub');

module.exports = {
  Interface: stub.cls('readlinePromises.Interface', 'Interface'),
  Readline: stub.cls('readlinePromises.Readline', 'Readline'),
  createInterface: stub.fn('readlinePromises.createInterface', 'createInterface'),
};
