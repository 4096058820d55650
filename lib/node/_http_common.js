'use strict';
// node:_http_common — legacy internal module: the token/header checks and constants. Node's
// HTTPParser binding class has no equivalent here (unode's parser is the C intrinsic behind
// internal/http_parser), so HTTPParser and the parser pool throw ERR_NOT_IMPLEMENTED.

const stub = require('node/internal/stub');
const { METHODS } = require('node/internal/http_data');
const { tokenOk, valueBad } = require('node/internal/http_util');

module.exports = {
  _checkInvalidHeaderChar(val) { return valueBad(val); },
  _checkIsHttpToken(val) { return tokenOk(val); },
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser: stub.fn('http.freeParser', 'freeParser'),
  methods: METHODS.slice(),
  parsers: undefined,
  kIncomingMessage: Symbol('IncomingMessage'),
  HTTPParser: stub.cls('http.HTTPParser', 'HTTPParser'),
  isLenient: stub.fn('http.isLenient', 'isLenient'),
  prepareError: stub.fn('http.prepareError', 'prepareError'),
};
module.exports.parsers = {
  name: 'parsers',
  ctor: module.exports.HTTPParser,
  max: 1000,
  list: [],
  alloc: stub.fn('http.parsers.alloc', 'alloc'),
  free: stub.fn('http.parsers.free', 'free'),
};
