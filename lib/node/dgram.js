'use strict';
// node:dgram — UDP sockets are not implemented yet.

const stub = require('node/internal/stub');

module.exports = {
  _createSocketHandle: stub.fn('dgram._createSocketHandle'),
  createSocket: stub.fn('dgram.createSocket'),
  Socket: stub.cls('dgram.Socket', 'Socket', require('events')),
};
