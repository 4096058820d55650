'use strict';
// node:inspector/promises — see node/internal/inspector_common.

module.exports = require('node/internal/inspector_common').build('inspector');
