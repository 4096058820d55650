'use strict';
// node:_http_outgoing — legacy internal module; not implemented yet.

const stub = require('node/internal/stub');
const { Stream } = require('stream');

module.exports = {
  kHighWaterMark: Symbol('kHighWaterMark'),
  kUniqueHeaders: Symbol('kUniqueHeaders'),
  parseUniqueHeadersOption: stub.fn('http.parseUniqueHeadersOption', 'parseUniqueHeadersOption'),
  validateHeaderName: stub.fn('http.validateHeaderName', 'validateHeaderName'),
  validateHeaderValue: stub.fn('http.validateHeaderValue', 'validateHeaderValue'),
  OutgoingMessage: stub.cls('http.OutgoingMessage', 'OutgoingMessage', Stream),
};
