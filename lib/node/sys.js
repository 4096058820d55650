'use strict';
// node:sys — the deprecated alias of node:util.

require('process').emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
module.exports = require('util');
