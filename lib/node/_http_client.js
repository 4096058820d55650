'use strict';
// node:_http_client — legacy internal module; HTTP clients are not implemented yet.

const stub = require('node/internal/stub');

module.exports = { ClientRequest: stub.cls('http.ClientRequest', 'ClientRequest', require('node/_http_outgoing').OutgoingMessage) };
