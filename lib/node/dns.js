'use strict';
// node:dns — the callback API over the JavaScript resolver in internal/dns.

module.exports = require('node/internal/dns_common').build('dns', true);
Object.defineProperty(module.exports, 'promises', {
  get() { return require('dns/promises'); }, set: undefined, enumerable: true, configurable: true,
});
