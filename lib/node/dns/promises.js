'use strict';
// node:dns/promises — the promise API over the JavaScript resolver in internal/dns.

module.exports = require('node/internal/dns_common').build('dnsPromises', false);
