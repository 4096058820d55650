'use strict';
// node:_tls_wrap — legacy internal module; TLS is not implemented yet.

const stub = require('node/internal/stub');

module.exports = {
  TLSSocket: stub.cls('tls.TLSSocket', 'TLSSocket', require('net').Socket),
  Server: stub.cls('tls.Server', 'Server', require('net').Server),
  createServer: stub.fn('tls.createServer', 'createServer'),
  connect: stub.fn('tls.connect', 'connect'),
};
