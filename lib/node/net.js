'use strict';
// node:net — the address helpers (isIP, isIPv4, isIPv6) and the autoSelectFamily defaults are
// real; sockets and servers throw ERR_NOT_IMPLEMENTED until TCP arrives.

const stub = require('node/internal/stub');
const ip = require('node/internal/net_ip');
const { validateBoolean, validateInt32 } = require('node/internal/validators');
const { Duplex } = require('stream');
const EventEmitter = require('events');

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

const Socket = stub.cls('net.Socket', 'Socket', Duplex);

module.exports = {
  _createServerHandle: stub.fn('net._createServerHandle'),
  _normalizeArgs: stub.fn('net._normalizeArgs'),
  _setSimultaneousAccepts: stub.fn('net._setSimultaneousAccepts'),
  BlockList: undefined,
  SocketAddress: undefined,
  connect: stub.fn('net.connect'),
  createConnection: stub.fn('net.createConnection'),
  createServer: stub.fn('net.createServer'),
  isIP: ip.isIP,
  isIPv4: ip.isIPv4,
  isIPv6: ip.isIPv6,
  Server: stub.cls('net.Server', 'Server', EventEmitter),
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily() { return autoSelectFamily; },
  setDefaultAutoSelectFamily(value) {
    validateBoolean(value, 'value');
    autoSelectFamily = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateInt32(value, 'value', 1);
    autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
  },
};

let BlockList;
let SocketAddress;
Object.defineProperties(module.exports, {
  BlockList: {
    get() { return BlockList ??= stub.cls('net.BlockList', 'BlockList'); },
    enumerable: true, configurable: true,
  },
  SocketAddress: {
    get() { return SocketAddress ??= stub.cls('net.SocketAddress', 'SocketAddress'); },
    enumerable: true, configurable: true,
  },
});
