'use strict';
// dns: a Resolver with no servers, and .onion names, which are never sent.
const dns = require('dns');
const r = new dns.Resolver(); r.setServers([]);
console.log(r.getServers());
r.resolve4('x.test', (e) => console.log(e.code, e.message));
r.resolveTxt('x.onion', (e) => console.log(e.code, e.message));
r.resolve('y.test', 'MX', (e) => console.log(e.code, e.message));
