'use strict';
// node:_stream_wrap (deprecated) — JSStreamSocket needs net.Socket, which is not implemented yet.

require('process').emitWarning('The _stream_wrap module is deprecated.', 'DeprecationWarning', 'DEP0125');

const JSStreamSocket = require('node/internal/stub').cls('JSStreamSocket', 'JSStreamSocket', require('net').Socket);
module.exports = JSStreamSocket;
Object.defineProperty(module.exports, 'StreamWrap', {
  get() { return JSStreamSocket; }, enumerable: false, configurable: true,
});
