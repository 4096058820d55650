'use strict';
// net.SocketAddress (an address, port, family and flow label, validated) and net.BlockList
// (rules over single addresses, ranges and subnets; an IPv4 address also matches the
// IPv4-mapped IPv6 form). Addresses compare as BigInts: 32 bits for IPv4, 128 for IPv6.

const ip = require('node/internal/net_ip');
const addr = require('node/internal/net/addr');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ADDRESS, ERR_SOCKET_BAD_PORT, ERR_OUT_OF_RANGE },
} = require('node/internal/errors');
const { validateObject, validateString, validateUint32, validateInt32 } = require('node/internal/validators');

const kState = Symbol('state');

class SocketAddress {
  static isSocketAddress(value) {
    return value !== null && typeof value === 'object' && value[kState] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    if (typeof family === 'string') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new ERR_INVALID_ARG_VALUE('options.family', options.family, 'is invalid');
    }
    const { address = family === 'ipv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } = options;
    validateString(address, 'options.address');
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    if ((typeof port === 'string' && port.trim() === '') || !(+port >= 0 && +port <= 65535 && +port === Math.floor(+port))) {
      throw new ERR_SOCKET_BAD_PORT('options.port', port);
    }
    validateUint32(flowlabel, 'options.flowlabel');
    const ok = family === 'ipv4' ? ip.isIPv4(address) : ip.isIPv6(address);
    if (!ok) throw new ERR_INVALID_ADDRESS();
    this[kState] = { address, port: +port, family, flowlabel };
  }

  get address() { return this[kState].address; }
  get port() { return this[kState].port; }
  get family() { return this[kState].family; }
  get flowlabel() { return this[kState].flowlabel; }

  toJSON() {
    const s = this[kState];
    return { address: s.address, port: s.port, family: s.family, flowlabel: s.flowlabel };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (!(depth >= 0)) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

function toBig(address, family) {
  const bytes = family === 'ipv4' ? addr.v4Bytes(address) : addr.v6Bytes(address);
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return v;
}

const MAPPED = 0xffffn << 32n;

// Normalises (address | SocketAddress, family) for a rule or a check; throws like Node.
function take(value, family, name) {
  if (SocketAddress.isSocketAddress(value)) return { text: value.address, family: value.family };
  validateString(value, name);
  if (typeof family === 'string') family = family.toLowerCase();
  if (family !== 'ipv4' && family !== 'ipv6') {
    throw new ERR_INVALID_ARG_VALUE('options.family', family, 'is invalid');
  }
  const ok = family === 'ipv4' ? ip.isIPv4(value) : ip.isIPv6(value);
  if (!ok) throw new ERR_INVALID_ADDRESS();
  return { text: value, family };
}

function label(f) { return f === 'ipv4' ? 'IPv4' : 'IPv6'; }

class BlockList {
  constructor() {
    this[kState] = [];
  }

  addAddress(address, family = 'ipv4') {
    const a = take(address, family, 'address');
    const v = toBig(a.text, a.family);
    this[kState].unshift({ family: a.family, lo: v, hi: v, rule: `Address: ${label(a.family)} ${a.text}` });
  }

  addRange(start, end, family = 'ipv4') {
    const s = take(start, family, 'start');
    const e = take(end, family, 'end');
    const lo = toBig(s.text, s.family);
    const hi = toBig(e.text, e.family);
    if (lo > hi) {
      throw new ERR_INVALID_ARG_VALUE('start', new SocketAddress({ address: s.text, family: s.family }), 'must come before end');
    }
    this[kState].unshift({ family: s.family, lo, hi, rule: `Range: ${label(s.family)} ${s.text}-${e.text}` });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const n = take(network, family, 'network');
    const bits = n.family === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, bits);
    const v = toBig(n.text, n.family);
    const hostBits = BigInt(bits - prefix);
    const lo = (v >> hostBits) << hostBits;
    const hi = lo | ((1n << hostBits) - 1n);
    this[kState].unshift({ family: n.family, lo, hi, rule: `Subnet: ${label(n.family)} ${n.text}/${prefix}` });
  }

  check(address, family = 'ipv4') {
    let a;
    if (SocketAddress.isSocketAddress(address)) {
      a = { text: address.address, family: address.family };
    } else {
      validateString(address, 'address');
      if (typeof family === 'string') family = family.toLowerCase();
      if (family !== 'ipv4' && family !== 'ipv6') {
        throw new ERR_INVALID_ARG_VALUE('options.family', family, 'is invalid');
      }
      const ok = family === 'ipv4' ? ip.isIPv4(address) : ip.isIPv6(address);
      if (!ok) return false;
      a = { text: address, family };
    }
    const v = toBig(a.text, a.family);
    // The same address in the other family, when it has one.
    let alt;
    let altFamily;
    if (a.family === 'ipv4') {
      alt = v | MAPPED;
      altFamily = 'ipv6';
    } else if ((v >> 32n) === 0xffffn) {
      alt = v & 0xffffffffn;
      altFamily = 'ipv4';
    }
    for (const r of this[kState]) {
      if (r.family === a.family && v >= r.lo && v <= r.hi) return true;
      if (r.family === altFamily && alt >= r.lo && alt <= r.hi) return true;
    }
    return false;
  }

  get rules() {
    return this[kState].map((r) => r.rule);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (!(depth >= 0)) return this;
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

void ERR_OUT_OF_RANGE;

module.exports = { BlockList, SocketAddress };
