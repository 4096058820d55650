'use strict';
// node:http — METHODS, STATUS_CODES, maxHeaderSize and Agent (as a plain options record) are
// real; servers, requests and the header validators throw ERR_NOT_IMPLEMENTED for now.

const stub = require('node/internal/stub');
const { METHODS, STATUS_CODES } = require('node/internal/http_data');
const agent = require('node/internal/http_agent');
const outgoing = require('node/_http_outgoing');
const server = require('node/_http_server');

module.exports = {
  _connectionListener: server._connectionListener,
  METHODS: METHODS.slice().sort(),
  STATUS_CODES,
  Agent: agent.Agent,
  ClientRequest: require('node/_http_client').ClientRequest,
  IncomingMessage: require('node/_http_incoming').IncomingMessage,
  OutgoingMessage: outgoing.OutgoingMessage,
  Server: server.Server,
  ServerResponse: server.ServerResponse,
  createServer: stub.fn('http.createServer'),
  validateHeaderName: outgoing.validateHeaderName,
  validateHeaderValue: outgoing.validateHeaderValue,
  get: stub.fn('http.get'),
  request: stub.fn('http.request'),
  setMaxIdleHTTPParsers: stub.fn('http.setMaxIdleHTTPParsers'),
};

Object.defineProperties(module.exports, {
  maxHeaderSize: { get() { return 16384; }, enumerable: true, configurable: true },
  globalAgent: {
    get: agent.getGlobalAgent, set: agent.setGlobalAgent, enumerable: true, configurable: true,
  },
});
