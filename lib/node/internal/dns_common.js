'use strict';
// Builds node:dns (callbacks) and node:dns/promises from the resolver in internal/dns: the
// Resolver classes, the module-level functions bound to a default resolver, and the codes.

const { validateString, validateFunction } = require('node/internal/validators');
const { ERR_INVALID_ARG_VALUE } = require('node/internal/errors').codes;
const R = require('node/internal/dns/resolver');

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

// Method name -> rrtype, in the order Node defines them on Resolver.prototype.
const methods = [
  ['resolveAny', 'ANY'], ['resolve4', 'A'], ['resolve6', 'AAAA'], ['resolveCaa', 'CAA'],
  ['resolveCname', 'CNAME'], ['resolveMx', 'MX'], ['resolveNs', 'NS'], ['resolveTxt', 'TXT'],
  ['resolveSrv', 'SRV'], ['resolvePtr', 'PTR'], ['resolveNaptr', 'NAPTR'], ['resolveSoa', 'SOA'],
];
const byType = Object.fromEntries(methods.map(([m, t]) => [t, m]));

function checkRrtype(rrtype) {
  if (rrtype === undefined) return 'A';
  validateString(rrtype, 'rrtype');
  if (!Object.prototype.hasOwnProperty.call(byType, rrtype)) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  return rrtype;
}

class Resolver extends R.ResolverBase {}
class PromiseResolver extends R.ResolverBase {}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((a, b) => {
    resolve = a;
    reject = b;
  });
  return { promise, resolve, reject };
}

function ttlOf(options) { return !!(options && options.ttl); }

for (const [name, type] of methods) {
  Object.defineProperty(Resolver.prototype, name, {
    value: {
      [name](hostname, options, callback) {
        if (typeof options === 'function') {
          callback = options;
          options = undefined;
        }
        validateString(hostname, 'name');
        validateFunction(callback, 'callback');
        this._query(hostname, type, ttlOf(options), callback);
        return {};
      },
    }[name],
    writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(PromiseResolver.prototype, name, {
    value: {
      [name](hostname, options) {
        validateString(hostname, 'name');
        return new Promise((resolve, reject) => {
          this._query(hostname, type, ttlOf(options), (err, res) => (err ? reject(err) : resolve(res)));
        });
      },
    }[name],
    writable: true, configurable: true, enumerable: false,
  });
}

Object.defineProperties(Resolver.prototype, {
  reverse: {
    value: function reverse(ip, callback) {
      validateString(ip, 'ip');
      validateFunction(callback, 'callback');
      this._reverse(ip, callback);
      return {};
    },
    writable: true, configurable: true,
  },
  resolve: {
    value: function resolve(hostname, rrtype, callback) {
      if (typeof rrtype === 'function') {
        callback = rrtype;
        rrtype = undefined;
      }
      validateString(hostname, 'name');
      rrtype = checkRrtype(rrtype);
      return this[byType[rrtype]](hostname, callback);
    },
    writable: true, configurable: true,
  },
});

Object.defineProperties(PromiseResolver.prototype, {
  reverse: {
    value: function reverse(ip) {
      validateString(ip, 'ip');
      return new Promise((resolve, reject) => {
        this._reverse(ip, (err, res) => (err ? reject(err) : resolve(res)));
      });
    },
    writable: true, configurable: true,
  },
  resolve: {
    value: function resolve(hostname, rrtype) {
      validateString(hostname, 'name');
      rrtype = checkRrtype(rrtype);
      return this[byType[rrtype]](hostname);
    },
    writable: true, configurable: true,
  },
});

Object.defineProperty(Resolver, 'name', { value: 'Resolver' });
Object.defineProperty(PromiseResolver, 'name', { value: 'Resolver' });

function lookupPromise(hostname, options) {
  const opts = R.lookupOptions(hostname, options);
  return new Promise((resolve, reject) => {
    R.lookupCore(hostname, opts, (err, list) => {
      if (err) return reject(err);
      if (opts.all) return resolve(list);
      if (list.length === 0) return resolve({ address: null, family: opts.family === 6 ? 6 : 4 });
      resolve({ address: list[0].address, family: list[0].family });
    }, true);
  });
}

function lookupServicePromise(address, port) {
  if (arguments.length !== 2) {
    throw new (require('node/internal/errors').codes.ERR_MISSING_ARGS)('address', 'port');
  }
  const { promise, resolve, reject } = deferred();
  R.lookupServiceCore(address, port, (err, hostname, service) => (err ? reject(err) : resolve({ hostname, service })));
  return promise;
}

// The module object; prefix 'dns' or 'dnsPromises'.
function build(prefix, withFlags) {
  const promises = prefix === 'dnsPromises';
  const Cls = promises ? PromiseResolver : Resolver;
  const shared = promises ? sharedPromise() : sharedCallback();
  const out = {
    lookup: promises ? lookupPromise : R.lookup,
    lookupService: promises ? lookupServicePromise : R.lookupService,
    Resolver: Cls,
    getDefaultResultOrder: R.getDefaultResultOrder,
    setDefaultResultOrder: R.setDefaultResultOrder,
    setServers: function setServers(servers) { return shared.setServers(servers); },
  };
  if (withFlags) Object.assign(out, { ADDRCONFIG: 32, ALL: 16, V4MAPPED: 8 });
  Object.assign(out, errorCodes);
  out.getServers = function getServers() { return shared.getServers(); };
  const names = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
    'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];
  for (const n of names) out[n] = Cls.prototype[n].bind(shared);
  return out;
}

// One default resolver behind both modules, as in Node: dns.setServers affects both.
let defaultCallback;
let defaultPromise;
function sharedCallback() {
  if (defaultCallback === undefined) {
    defaultCallback = new Resolver();
    defaultCallback._isDefault = true;
    if (defaultPromise !== undefined) linkServers(defaultCallback, defaultPromise);
  }
  return defaultCallback;
}
function sharedPromise() {
  if (defaultPromise === undefined) {
    defaultPromise = new PromiseResolver();
    defaultPromise._isDefault = true;
    if (defaultCallback !== undefined) linkServers(defaultPromise, defaultCallback);
  }
  return defaultPromise;
}
function linkServers(a, b) {
  a.setServers(b.getServers());
  a._cache = b._cache;
  const setA = a.setServers.bind(a);
  const setB = b.setServers.bind(b);
  a.setServers = (s) => { setA(s); setB(s); };
  b.setServers = (s) => { setB(s); setA(s); };
}


module.exports = { build, errorCodes, Resolver, PromiseResolver };
