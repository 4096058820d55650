'use strict';
// node:util/types: the util.types predicates.

module.exports = require('node/internal/util/types');
