'use strict';
// node:tls — the default settings are real values; TLS itself arrives with OpenSSL.

const stub = require('node/internal/stub');
const common = require('node/_tls_common');
const wrap = require('node/_tls_wrap');
const { defaultCoreCipherList } = require('node/internal/crypto_constants');

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: defaultCoreCipherList,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers: stub.fn('tls.getCiphers'),
  rootCertificates: undefined,
  convertALPNProtocols: stub.fn('tls.convertALPNProtocols'),
  checkServerIdentity: stub.fn('tls.checkServerIdentity'),
  createSecureContext: common.createSecureContext,
  SecureContext: common.SecureContext,
  TLSSocket: wrap.TLSSocket,
  Server: wrap.Server,
  createServer: wrap.createServer,
  connect: wrap.connect,
  createSecurePair: stub.fn('tls.createSecurePair'),
};
Object.defineProperty(module.exports, 'rootCertificates', {
  get() { throw require('node/internal/errors').notImplemented('tls.rootCertificates'); },
  enumerable: true, configurable: false,
});
