'use strict';
// node:http — the public face: createServer, request and get over the internals in
// _http_server, _http_client, _http_outgoing, _http_incoming and internal/http_agent.

const { METHODS, STATUS_CODES } = require('node/internal/http_data');
const agent = require('node/internal/http_agent');
const outgoing = require('node/_http_outgoing');
const server = require('node/_http_server');
const { validateInteger } = require('node/internal/validators');

let client;
function lazyClient() { return (client ??= require('node/_http_client')); }

let maxHeaderSize = 16384;

const request = (...args) => new (lazyClient().ClientRequest)(...args);

// A request with no body: ended at once.
const get = (...args) => request(...args).end();

module.exports = {
  _connectionListener: server._connectionListener,
  METHODS: METHODS.slice().sort(),
  STATUS_CODES,
  Agent: agent.Agent,
  ClientRequest: lazyClient().ClientRequest,
  IncomingMessage: require('node/_http_incoming').IncomingMessage,
  OutgoingMessage: outgoing.OutgoingMessage,
  Server: server.Server,
  ServerResponse: server.ServerResponse,
  createServer: (opts, onRequest) => new server.Server(opts, onRequest),
  validateHeaderName: outgoing.validateHeaderName,
  validateHeaderValue: outgoing.validateHeaderValue,
  get,
  request,
  // Parsers are plain ArrayBuffers here, so there is no pool to size; only the check remains.
  setMaxIdleHTTPParsers: (max) => {
    validateInteger(max, 'max', 1);
    require('node/_http_common').parsers.max = max;
  },
};

Object.defineProperties(module.exports, {
  maxHeaderSize: { get() { return maxHeaderSize; }, enumerable: true, configurable: true },
  globalAgent: {
    get: agent.getGlobalAgent, set: agent.setGlobalAgent, enumerable: true, configurable: true,
  },
});
