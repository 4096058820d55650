'use strict';
// The resolver behind node:dns and node:dns/promises: the Resolver class (resolve* over
// client.js), lookup (IP literals, /etc/hosts, then A/AAAA queries with the search list),
// lookupService (reverse lookup plus /etc/services), server lists, and Node's error shapes.

const errors = require('node/internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_MISSING_ARGS, ERR_SOCKET_BAD_PORT,
} = errors.codes;
const {
  validateString, validateFunction, validateArray, validateOneOf, validateBoolean, validateNumber, validateInt32,
} = require('node/internal/validators');
const sa = require('node/internal/dgram/sockaddr');
const conf = require('node/internal/dns/conf');
const client = require('node/internal/dns/client');
const { TYPES } = require('node/internal/dns/wire');

let processModule;
let timersModule;
function nextTick(fn, ...args) { (processModule || (processModule = require('process'))).nextTick(fn, ...args); }
function later(fn, ...args) { (timersModule || (timersModule = require('timers'))).setImmediate(fn, ...args); }

const GAI_ERRNO = { ENOTFOUND: -3008, EAI_AGAIN: -3001, EAI_FAIL: -3002 };

// Node's dnsException: "<syscall> <code>[ <hostname>]" with errno, code, syscall, hostname.
function dnsError(code, syscall, hostname) {
  const err = new Error(hostname ? `${syscall} ${code} ${hostname}` : `${syscall} ${code}`);
  err.errno = syscall === 'getaddrinfo' || syscall === 'getnameinfo' ? GAI_ERRNO[code] : undefined;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

function argValueError(message) {
  const err = new TypeError(message);
  errors.setCodedStack(err, 'ERR_INVALID_ARG_VALUE');
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

// ---- servers ----

// 'a.b.c.d', 'a.b.c.d:port', '::1', '[::1]', '[::1]:port' -> {address, family, port} or null.
function parseServer(text) {
  let address = text;
  let port = 53;
  let m = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (m !== null) {
    address = m[1];
    if (m[2] !== undefined) port = Number(m[2]);
    return sa.isIPv6(address) ? { address, family: 6, port } : null;
  }
  if (sa.isIPv6(text)) return { address: text, family: 6, port };
  m = /^([^:]+)(?::(\d+))?$/.exec(text);
  if (m === null || !sa.isIPv4(m[1])) return null;
  if (m[2] !== undefined) port = Number(m[2]);
  if (port > 65535) return null;
  return { address: m[1], family: 4, port };
}

function serverText(s) {
  if (s.family === 6) return s.port === 53 ? s.address : `[${s.address}]:${s.port}`;
  return s.port === 53 ? s.address : `${s.address}:${s.port}`;
}

// ---- turning answers into Node's result shapes ----

const QUERY = {
  A: ['queryA', TYPES.A], AAAA: ['queryAaaa', TYPES.AAAA], ANY: ['queryAny', TYPES.ANY],
  CAA: ['queryCaa', TYPES.CAA], CNAME: ['queryCname', TYPES.CNAME], MX: ['queryMx', TYPES.MX],
  NAPTR: ['queryNaptr', TYPES.NAPTR], NS: ['queryNs', TYPES.NS], PTR: ['queryPtr', TYPES.PTR],
  SOA: ['querySoa', TYPES.SOA], SRV: ['querySrv', TYPES.SRV], TXT: ['queryTxt', TYPES.TXT],
};

function caaRecord(d) {
  const o = { critical: d.critical };
  o[d.tag] = d.value;
  return o;
}

// One record in the shape resolve<T> gives it.
function shape(rr, ttl) {
  const d = rr.data;
  switch (rr.type) {
    case TYPES.A: case TYPES.AAAA: return ttl ? { address: d.address, ttl: rr.ttl } : d.address;
    case TYPES.CNAME: case TYPES.NS: case TYPES.PTR: return d.value;
    case TYPES.MX: return { exchange: d.exchange, priority: d.priority };
    case TYPES.TXT: return d.entries;
    case TYPES.SRV: return { name: d.name, port: d.port, priority: d.priority, weight: d.weight };
    case TYPES.SOA: return { ...d };
    case TYPES.NAPTR: return {
      flags: d.flags, service: d.service, regexp: d.regexp, replacement: d.replacement,
      order: d.order, preference: d.preference,
    };
    case TYPES.CAA: return caaRecord(d);
    default: return undefined;
  }
}

function anyRecord(rr) {
  const type = require('node/internal/dns/wire').TYPE_NAMES[rr.type];
  const d = rr.data;
  switch (rr.type) {
    case TYPES.A: case TYPES.AAAA: return { address: d.address, ttl: rr.ttl, type };
    case TYPES.CNAME: case TYPES.NS: case TYPES.PTR: return { value: d.value, type };
    case TYPES.TXT: return { entries: d.entries, type };
    case TYPES.SOA: case TYPES.MX: case TYPES.SRV: case TYPES.NAPTR:
      return { ...shape(rr, false), type };
    case TYPES.CAA: return { ...caaRecord(d), type };
    default: return undefined;
  }
}

// Results for rrtype from a parsed response, or an error code.
function extract(res, rrtype, ttl) {
  if (res.rcode === 3) return 'ENOTFOUND';
  const type = QUERY[rrtype][1];
  if (rrtype === 'ANY') {
    const out = res.answers.map(anyRecord).filter((x) => x !== undefined);
    return out.length === 0 ? 'ENODATA' : out;
  }
  const rrs = res.answers.filter((rr) => rr.type === type);
  if (rrs.length === 0) return 'ENODATA';
  if (rrtype === 'SOA') return shape(rrs[0], false);
  return rrs.map((rr) => shape(rr, ttl));
}

// ---- the Resolver ----

const kServers = Symbol('servers');
const kPending = Symbol('pending');

class ResolverBase {
  constructor(options = undefined) {
    let timeout = -1;
    let tries = 4;
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
      if (options.timeout !== undefined) {
        validateInt32(options.timeout, 'options.timeout', -1);
        timeout = options.timeout;
      }
      if (options.tries !== undefined) {
        validateInt32(options.tries, 'options.tries', 1);
        tries = options.tries;
      }
    }
    const rc = conf.resolv();
    this[kServers] = rc.servers.slice();
    this._timeout = timeout === -1 ? (rc.timeout || 5000) : timeout;
    this._tries = options && options.tries !== undefined ? tries : (rc.attempts || tries);
    this._local4 = undefined;
    this._local6 = undefined;
    this[kPending] = new Set();
    this._cache = new Map();
    this._isDefault = false;
    // Internal state stays out of Object.keys, as Node shows only its handle.
    for (const key of Object.keys(this)) {
      Object.defineProperty(this, key, { enumerable: false });
    }
  }

  cancel() {
    for (const q of Array.from(this[kPending])) q.cancel();
  }

  getServers() { return this[kServers].map(serverText); }

  setServers(servers) {
    validateArray(servers, 'servers');
    if (this[kPending].size > 0 && !this._isDefault) {
      throw new errors.codes.ERR_DNS_SET_SERVERS_FAILED('There are pending queries.', servers);
    }
    const list = [];
    servers.forEach((s, i) => {
      validateString(s, `servers[${i}]`);
      const parsed = parseServer(s);
      if (parsed === null) throw new ERR_INVALID_IP_ADDRESS(s);
      list.push(parsed);
    });
    this[kServers] = list;
    this._cache.clear();
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    const a = sa.isIP(ipv4);
    if (a === 0) throw argValueError('Invalid IP address.');
    if (ipv6 !== undefined) {
      const b = sa.isIP(ipv6);
      if (b === 0) throw argValueError('Invalid IP address.');
      if (a === b) throw argValueError(a === 4 ? 'Cannot specify two IPv4 addresses.' : 'Cannot specify two IPv6 addresses.');
      if (a === 6) {
        this._local6 = ipv4;
        this._local4 = ipv6;
        return;
      }
      this._local6 = ipv6;
    }
    if (a === 4) this._local4 = ipv4;
    else this._local6 = ipv4;
  }

  // cb(err, result) after asking the servers for (name, rrtype). Positive answers are cached
  // for their smallest TTL (an SOA record counts its minimum field), at most an hour.
  _query(name, rrtype, ttl, cb) {
    const [syscall, type] = QUERY[rrtype];
    const key = `${type} ${name}`;
    const now = require('aio/loop').getNow();
    const hit = this._cache.get(key);
    if (hit !== undefined) {
      if (hit.expires > now) {
        const out = extract(hit.res, rrtype, ttl);
        nextTick(cb, null, out);
        return;
      }
      this._cache.delete(key);
    }
    const opts = { timeout: this._timeout, tries: this._tries, local4: this._local4, local6: this._local6 };
    const pending = this[kPending];
    const q = client.query(this[kServers], name, type, opts, (code, res) => {
      pending.delete(q);
      if (code === null && res.rcode === 0 && res.answers.length > 0) {
        let min = 3600;
        for (const rr of res.answers) min = Math.min(min, rr.type === TYPES.SOA ? rr.data.minttl : rr.ttl);
        if (min > 0) this._cache.set(key, { res, expires: now + min * 1000 });
      }
      if (code === null) {
        const out = extract(res, rrtype, ttl);
        if (typeof out === 'string') code = out;
        else return cb(null, out);
      }
      cb(dnsError(code, syscall, name));
    });
    pending.add(q);
  }

  _reverse(ip, cb) {
    const name = reverseName(ip);
    if (name === null) {
      const err = dnsError('EINVAL', 'getHostByAddr', ip);
      err.errno = -22;
      throw err;
    }
    const local = conf.hostsReverse(ip);
    if (local.length > 0) {
      nextTick(cb, null, local.length > 1 ? local.slice(1) : local);
      return;
    }
    this._query(name, 'PTR', false, (err, names) => {
      if (err) {
        // gethostbyaddr reports every negative answer as ENOTFOUND.
        if (err.code !== 'ETIMEOUT' && err.code !== 'ECANCELLED' && err.code !== 'ECONNREFUSED') err.code = 'ENOTFOUND';
        err.message = `getHostByAddr ${err.code} ${ip}`;
        err.syscall = 'getHostByAddr';
        err.hostname = ip;
        return cb(err);
      }
      cb(null, names);
    });
  }
}

function reverseName(ip) {
  if (sa.isIPv4(ip)) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  if (sa.isIPv6(ip)) {
    const p = sa.parse6(ip);
    const nibbles = [];
    for (let i = 15; i >= 0; i--) nibbles.push((p.bytes[i] & 0xf).toString(16), (p.bytes[i] >> 4).toString(16));
    return `${nibbles.join('.')}.ip6.arpa`;
  }
  return null;
}

// ---- lookup (getaddrinfo) and lookupService (getnameinfo) ----

let defaultOrder = 'verbatim';
function getDefaultResultOrder() { return defaultOrder; }
function setDefaultResultOrder(value) {
  validateOneOf(value, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  defaultOrder = value;
}

let lookupResolver;

// cb(code|null, [{address, family}]) for hostname and family 0/4/6.
function getaddrinfo(hostname, family, cb) {
  const inHosts = conf.hostsLookup(hostname);
  const local = inHosts.filter((a) => family === 0 || a.family === family);
  // Answers from files arrive a turn later, as getaddrinfo's from Node's thread pool do.
  if (local.length > 0) return later(cb, null, local);
  if (inHosts.length === 0 && hostname.toLowerCase() === 'localhost') {
    const out = [];
    if (family !== 6) out.push({ address: '127.0.0.1', family: 4 });
    if (family !== 4) out.push({ address: '::1', family: 6 });
    return later(cb, null, out);
  }
  if (lookupResolver === undefined) lookupResolver = new ResolverBase();
  const rc = conf.resolv();
  const names = [];
  const bare = hostname.replace(/\.$/, '');
  const dots = bare.split('.').length - 1;
  if (hostname.endsWith('.')) names.push(bare);
  else {
    if (dots >= rc.ndots) names.push(bare);
    for (const d of rc.search) names.push(`${bare}.${d}`);
    if (dots < rc.ndots) names.push(bare);
  }
  const types = family === 4 ? ['A'] : family === 6 ? ['AAAA'] : ['A', 'AAAA'];
  let i = 0;
  let sawTransient = false;
  const tryName = () => {
    if (i >= names.length) return cb(sawTransient ? 'EAI_AGAIN' : 'ENOTFOUND');
    const name = names[i++];
    const results = new Array(types.length);
    let left = types.length;
    types.forEach((t, k) => {
      lookupResolver._query(name, t, false, (err, list) => {
        results[k] = err ? err.code : list;
        if (--left > 0) return;
        const out = [];
        results.forEach((r, j) => {
          if (Array.isArray(r)) for (const address of r) out.push({ address, family: types[j] === 'A' ? 4 : 6 });
        });
        if (out.length > 0) return cb(null, out);
        if (results.some((r) => r === 'ETIMEOUT' || r === 'ESERVFAIL' || r === 'ECONNREFUSED' || r === 'EREFUSED')) sawTransient = true;
        tryName();
      });
    });
  };
  tryName();
}

function sortByOrder(list, order) {
  if (order === 'ipv4first') return list.slice().sort((a, b) => a.family - b.family);
  if (order === 'ipv6first') return list.slice().sort((a, b) => b.family - a.family);
  return list;
}

// Validates lookup's arguments; returns { family, all, order }.
function lookupOptions(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  let family = 0;
  let all = false;
  let order = defaultOrder;
  let hints = 0;
  if (typeof options === 'number' || typeof options === 'string') {
    family = options;
    if (family === 'IPv4') family = 4;
    else if (family === 'IPv6') family = 6;
    validateOneOf(family, 'family', [0, 4, 6]);
  } else if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
    if (options.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      if ((hints & ~(32 | 16 | 8)) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', hints);
    }
    if (options.family != null) {
      family = options.family;
      if (family === 'IPv4') family = 4;
      else if (family === 'IPv6') family = 6;
      validateOneOf(family, 'options.family', [0, 4, 6]);
    }
    if (options.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      validateOneOf(options.order, 'options.order', ['verbatim', 'ipv4first', 'ipv6first']);
      order = options.order;
    }
  }
  return { family, all, order, hints };
}

let warnedEmpty = false;
function warnEmpty(hostname) {
  if (warnedEmpty) return;
  warnedEmpty = true;
  require('process').emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
    'DeprecationWarning', 'DEP0118');
}

// done(err, list) where list is [{address, family}] already ordered.
// With sync, answers that need no lookup (empty names, IP literals) come back at once.
function lookupCore(hostname, opts, done, sync = false) {
  const reply = sync ? (fn, ...args) => fn(...args) : nextTick;
  if (!hostname) {
    warnEmpty(hostname);
    reply(done, null, []);
    return;
  }
  const ip = sa.isIP(hostname);
  if (ip !== 0) {
    reply(done, null, [{ address: hostname, family: ip }]);
    return;
  }
  getaddrinfo(hostname, opts.family, (code, list) => {
    // V4MAPPED: with no IPv6 address, IPv4 ones come back as ::ffff:a.b.c.d.
    if (code === 'ENOTFOUND' && opts.family === 6 && (opts.hints & 8) !== 0) {
      return getaddrinfo(hostname, 4, (code4, list4) => {
        if (code4) return done(dnsError(code, 'getaddrinfo', hostname));
        done(null, list4.map((a) => ({ address: `::ffff:${a.address}`, family: 6 })));
      });
    }
    if (code) return done(dnsError(code, 'getaddrinfo', hostname));
    done(null, sortByOrder(list, opts.order));
  });
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (hostname) validateString(hostname, 'hostname');
  validateFunction(callback, 'callback');
  const opts = lookupOptions(hostname, options);
  lookupCore(hostname, opts, (err, list) => {
    if (err) return callback(err);
    if (opts.all) return callback(null, list);
    if (list.length === 0) return callback(null, null, opts.family === 6 ? 6 : 4);
    callback(null, list[0].address, list[0].family);
  });
  return {};
}

function lookupServiceCore(address, port, done) {
  validateString(address, 'address');
  if (sa.isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim() === '') || +port !== (+port >>> 0) || +port > 0xFFFF) {
    throw new ERR_SOCKET_BAD_PORT('Port', port);
  }
  port = +port;
  validateFunction(done, 'callback');
  const service = conf.serviceName(port, 'tcp') || String(port);
  const names = conf.hostsReverse(address);
  if (names.length > 0) {
    later(done, null, names[0], service);
    return;
  }
  if (lookupResolver === undefined) lookupResolver = new ResolverBase();
  lookupResolver._query(reverseName(address), 'PTR', false, (err, list) => {
    if (err) {
      const code = err.code === 'ENOTFOUND' || err.code === 'ENODATA' ? 'ENOTFOUND' : 'EAI_AGAIN';
      return done(dnsError(code, 'getnameinfo', address));
    }
    done(null, list[0], service);
  });
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  lookupServiceCore(address, port, callback);
}

module.exports = {
  ResolverBase, QUERY, dnsError, lookup, lookupCore, lookupOptions, lookupService, lookupServiceCore,
  getDefaultResultOrder, setDefaultResultOrder, parseServer,
};
