'use strict';
// node:_http_agent — legacy internal module: the Agent class and the global agent.

const agent = require('node/internal/http_agent');

module.exports = { Agent: agent.Agent };
Object.defineProperty(module.exports, 'globalAgent', {
  get: agent.getGlobalAgent, enumerable: true, configurable: true,
});
