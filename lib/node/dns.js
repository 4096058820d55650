'use strict';
// node:dns — the error code constants, flags and default result order are real; lookups and
// resolvers are not implemented yet.

module.exports = require('node/internal/dns_common').build('dns', true);
Object.defineProperty(module.exports, 'promises', {
  get() { return require('dns/promises'); }, set: undefined, enumerable: true, configurable: true,
});
