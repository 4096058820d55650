'use strict';
// node:trace_events — no trace categories are ever enabled; creating a tracing session is not
// implemented yet.

const stub = require('node/internal/stub');

module.exports = {
  createTracing: stub.fn('trace_events.createTracing'),
  // With no category enabled Node returns undefined.
  getEnabledCategories() { return undefined; },
};
