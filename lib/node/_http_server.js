'use strict';
// node:_http_server — legacy internal module; HTTP servers are not implemented yet.

const stub = require('node/internal/stub');
const { STATUS_CODES } = require('node/internal/http_data');

module.exports = {
  STATUS_CODES,
  Server: stub.cls('http.Server', 'Server', require('events')),
  ServerResponse: stub.cls('http.ServerResponse', 'ServerResponse', require('node/_http_outgoing').OutgoingMessage),
  setupConnectionsTracking: stub.fn('http.setupConnectionsTracking', 'setupConnectionsTracking'),
  storeHTTPOptions: stub.fn('http.storeHTTPOptions', 'storeHTTPOptions'),
  _connectionListener: stub.fn('http._connectionListener', '_connectionListener'),
  kServerResponse: Symbol('ServerResponse'),
  httpServerPreClose: stub.fn('http.httpServerPreClose', 'httpServerPreClose'),
  kConnectionsCheckingInterval: Symbol('http.server.connectionsCheckingInterval'),
};
