'use strict';
// node:http2 — constants are real; sessions and servers are not implemented yet.

const stub = require('node/internal/stub');

module.exports = {
  connect: stub.fn('http2.connect'),
  constants: require('node/internal/http2_constants'),
  createServer: stub.fn('http2.createServer'),
  createSecureServer: stub.fn('http2.createSecureServer'),
  getDefaultSettings: stub.fn('http2.getDefaultSettings'),
  getPackedSettings: stub.fn('http2.getPackedSettings'),
  getUnpackedSettings: stub.fn('http2.getUnpackedSettings'),
  performServerHandshake: stub.fn('http2.performServerHandshake'),
  sensitiveHeaders: Symbol('nodejs.http2.sensitiveHeaders'),
  Http2ServerRequest: stub.cls('http2.Http2ServerRequest', 'Http2ServerRequest', require('stream').Readable),
  Http2ServerResponse: stub.cls('http2.Http2ServerResponse', 'Http2ServerResponse', require('stream').Stream),
};
