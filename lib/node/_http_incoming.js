'use strict';
// node:_http_incoming — legacy internal module; not implemented yet.

const stub = require('node/internal/stub');
const { Readable } = require('stream');

module.exports = {
  IncomingMessage: stub.cls('http.IncomingMessage', 'IncomingMessage', Readable),
  readStart: stub.fn('http.readStart', 'readStart'),
  readStop: stub.fn('http.readStop', 'readStop'),
};
