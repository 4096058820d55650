'use strict';
// node:inspector — see node/internal/inspector_common.

module.exports = require('node/internal/inspector_common').build('inspector');
