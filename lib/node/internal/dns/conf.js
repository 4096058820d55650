'use strict';
// The resolver's configuration files: /etc/resolv.conf (nameservers, search list, ndots,
// timeout, attempts), /etc/hosts and /etc/services.

function readText(path) {
  try {
    return require('node/internal/modules/fsutil').readFileUtf8(path);
  } catch {
    return '';
  }
}

function lines(text) {
  const out = [];
  for (let line of text.split('\n')) {
    const hash = line.search(/[#;]/);
    if (hash !== -1) line = line.slice(0, hash);
    const words = line.trim().split(/\s+/).filter((w) => w !== '');
    if (words.length > 0) out.push(words);
  }
  return out;
}

let resolvConf;
// { servers: [{address, family, port}], search: [], ndots, timeout (ms), attempts }.
function resolv() {
  if (resolvConf !== undefined) return resolvConf;
  const sa = require('node/internal/dgram/sockaddr');
  const conf = { servers: [], search: [], ndots: 1, timeout: 0, attempts: 0, rotate: false };
  for (const w of lines(readText('/etc/resolv.conf'))) {
    if (w[0] === 'nameserver' && w[1] !== undefined) {
      const family = sa.isIP(w[1]);
      if (family !== 0) conf.servers.push({ address: w[1], family, port: 53 });
    } else if (w[0] === 'search' || w[0] === 'domain') {
      conf.search = w.slice(1);
    } else if (w[0] === 'options') {
      for (const opt of w.slice(1)) {
        const [k, v] = opt.split(':');
        const n = Number(v);
        if (k === 'ndots' && n >= 0) conf.ndots = Math.min(n, 15);
        else if (k === 'timeout' && n > 0) conf.timeout = Math.min(n, 30) * 1000;
        else if (k === 'attempts' && n > 0) conf.attempts = Math.min(n, 5);
        else if (k === 'rotate') conf.rotate = true;
      }
    }
  }
  if (conf.servers.length === 0) {
    conf.servers.push({ address: '127.0.0.1', family: 4, port: 53 });
  }
  resolvConf = conf;
  return conf;
}

// [{address, family, names: [...]}] from /etc/hosts, in file order.
function hosts() {
  const sa = require('node/internal/dgram/sockaddr');
  const out = [];
  for (const w of lines(readText('/etc/hosts'))) {
    const family = sa.isIP(w[0]);
    if (family === 0 || w.length < 2) continue;
    out.push({ address: w[0], family, names: w.slice(1) });
  }
  return out;
}

// Addresses for a name from /etc/hosts: [{address, family}].
function hostsLookup(name) {
  const key = name.toLowerCase().replace(/\.$/, '');
  const out = [];
  for (const e of hosts()) {
    if (e.names.some((n) => n.toLowerCase() === key)) out.push({ address: e.address, family: e.family });
  }
  return out;
}

// Names for an address from /etc/hosts, in file order.
function hostsReverse(address) {
  const sa = require('node/internal/dgram/sockaddr');
  const want = canonical(sa, address);
  const out = [];
  for (const e of hosts()) {
    if (canonical(sa, e.address) === want) out.push(...e.names);
  }
  return out;
}

function canonical(sa, address) {
  if (sa.isIPv4(address)) return address;
  const p = sa.parse6(address);
  return p === null ? address : sa.format6(p.bytes);
}

// The service name for a port and protocol from /etc/services, or undefined.
function serviceName(port, proto) {
  for (const w of lines(readText('/etc/services'))) {
    const m = /^(\d+)\/(\w+)$/.exec(w[1] || '');
    if (m !== null && Number(m[1]) === port && m[2] === proto) return w[0];
  }
  return undefined;
}

module.exports = { resolv, hosts, hostsLookup, hostsReverse, serviceName };
