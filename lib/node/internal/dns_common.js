'use strict';
// The parts of node:dns and node:dns/promises shared by both: error code names, the default
// result order, and the not-yet-implemented resolver functions.

const stub = require('node/internal/stub');
const { validateOneOf } = require('node/internal/validators');

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

const resolveNames = ['getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
  'resolveTxt', 'reverse'];

let order = 'verbatim';
function getDefaultResultOrder() { return order; }
function setDefaultResultOrder(value) {
  validateOneOf(value, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  order = value;
}

// prefix is 'dns' or 'dnsPromises'.
function build(prefix, withFlags) {
  const out = {
    lookup: stub.fn(`${prefix}.lookup`, 'lookup'),
    lookupService: stub.fn(`${prefix}.lookupService`, 'lookupService'),
    Resolver: stub.cls(`${prefix}.Resolver`, 'Resolver'),
    getDefaultResultOrder,
    setDefaultResultOrder,
    setServers: stub.fn(`${prefix}.setServers`, 'setServers'),
  };
  if (withFlags) Object.assign(out, { ADDRCONFIG: 32, ALL: 16, V4MAPPED: 8 });
  Object.assign(out, errorCodes);
  for (const name of resolveNames) out[name] = stub.fn(`${prefix}.${name}`, name);
  return out;
}

module.exports = { build, errorCodes };
