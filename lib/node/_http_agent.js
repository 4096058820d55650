'use strict';
// node:_http_agent — legacy internal module: the Agent class and the global agent.

const agent = require('node/internal/http_agent');

// Plain data properties, as in Node: the global agent as it was when the module loaded.
module.exports = { Agent: agent.Agent, globalAgent: agent.getGlobalAgent() };
