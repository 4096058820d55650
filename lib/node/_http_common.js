'use strict';
// node:_http_common — legacy internal module: the token/header checks and constants are real,
// the parser is not implemented yet.

const stub = require('node/internal/stub');
const { METHODS } = require('node/internal/http_data');

const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const headerCharRe = /[^\t\x20-\x7e\x80-\xff]/;

module.exports = {
  _checkInvalidHeaderChar(val) { return headerCharRe.test(val); },
  _checkIsHttpToken(val) { return tokenRe.test(val); },
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
// The parser pool (a FreeList in Node); parsers themselves are not implemented yet.
module.exports.parsers = {
  name: 'parsers',
  ctor: module.exports.HTTPParser,
  max: 1000,
  list: [],
  alloc: stub.fn('http.parsers.alloc', 'alloc'),
  free: stub.fn('http.parsers.free', 'free'),
};
