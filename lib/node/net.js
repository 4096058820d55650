'use strict';
// node:net — TCP and Unix-domain sockets and servers (lib/node/internal/net/*), the address
// helpers isIP/isIPv4/isIPv6, BlockList, SocketAddress and the autoSelectFamily defaults.

const ip = require('node/internal/net_ip');
const { validateBoolean, validateInt32 } = require('node/internal/validators');
const { codes: { ERR_MISSING_ARGS } } = require('node/internal/errors');
const { Socket } = require('node/internal/net/socket');
const { Server } = require('node/internal/net/server');

let autoSelectFamily = true;
let warnedSimultaneous = false;
let autoSelectFamilyAttemptTimeout = 250;

function isPipeName(s) {
  return typeof s === 'string' && !/^[0-9]+$/.test(s);
}

// (options | port [, host] | path)[, cb] -> [options, cb]
function splitArgs(args) {
  if (args.length === 0) return [{}, null];
  const first = args[0];
  let options = {};
  if (first !== null && typeof first === 'object') {
    options = first;
  } else if (isPipeName(first)) {
    options.path = first;
  } else {
    options.port = first;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const last = args[args.length - 1];
  return [options, typeof last === 'function' ? last : null];
}

function connect(...input) {
  const pair = splitArgs(input);
  const options = pair[0];
  if (options.port === undefined && options.path === undefined) {
    const names = ['options', 'port', 'path'];
    throw new ERR_MISSING_ARGS(names);
  }
  const sock = new Socket(options);
  if (options.timeout) sock.setTimeout(options.timeout);
  return sock.connect(pair);
}

function createServer(opts, onConnection) {
  return new Server(opts, onConnection);
}

module.exports = {
  _createServerHandle: require('node/internal/stub').fn('net._createServerHandle'),
  _normalizeArgs: splitArgs,
  _setSimultaneousAccepts() {
    // A no-op on Linux in Node too; only the deprecation warning is observable.
    if (warnedSimultaneous) return;
    warnedSimultaneous = true;
    require('process').emitWarning('net._setSimultaneousAccepts() is deprecated and will be removed.', 'DeprecationWarning', 'DEP0121');
  },
  BlockList: undefined,
  SocketAddress: undefined,
  connect, createConnection: connect,
  createServer,
  isIP: ip.isIP,
  isIPv4: ip.isIPv4,
  isIPv6: ip.isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily() { return autoSelectFamily; },
  setDefaultAutoSelectFamily(value) {
    autoSelectFamily = validateBoolean(value, 'value') ?? value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateInt32(value, 'value', 1); autoSelectFamilyAttemptTimeout = Math.max(10, value);
  },
};

Object.defineProperties(module.exports, {
  BlockList: {
    get() { return require('node/internal/net/blocklist').BlockList; },
    enumerable: true, configurable: true,
  },
  SocketAddress: {
    get() { return require('node/internal/net/blocklist').SocketAddress; },
    enumerable: true, configurable: true,
  },
});
