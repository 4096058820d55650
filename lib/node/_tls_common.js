'use strict';
// node:_tls_common — legacy internal module; TLS is not implemented yet.

const stub = require('node/internal/stub');

module.exports = {
  SecureContext: stub.cls('tls.SecureContext', 'SecureContext'),
  createSecureContext: stub.fn('tls.createSecureContext', 'createSecureContext'),
  translatePeerCertificate: stub.fn('tls.translatePeerCertificate', 'translatePeerCertificate'),
};
