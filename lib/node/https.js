'use strict';
// node:https — Agent is a plain options record; servers and requests need TLS, which is not
// implemented yet.

const stub = require('node/internal/stub');
const agent = require('node/internal/http_agent');

module.exports = {
  Agent: agent.HttpsAgent,
  globalAgent: agent.getHttpsGlobalAgent(),
  Server: stub.cls('https.Server', 'Server', require('events')),
  createServer: stub.fn('https.createServer'),
  get: stub.fn('https.get'),
  request: stub.fn('https.request'),
};
