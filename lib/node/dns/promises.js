'use strict';
// node:dns/promises — the error code constants are real; lookups and resolvers are not
// implemented yet.

module.exports = require('node/internal/dns_common').build('dnsPromises', false);
