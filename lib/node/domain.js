'use strict';
// node:domain (deprecated) — domains need async context propagation, which does not exist
// yet; creating one throws ERR_NOT_IMPLEMENTED. No domain is ever active.

const stub = require('node/internal/stub');

const Domain = stub.cls('domain.Domain', 'Domain', require('events'));

module.exports = {
  _stack: [],
  Domain,
  createDomain: stub.fn('domain.createDomain'),
  create: stub.fn('domain.create'),
  active: null,
};
