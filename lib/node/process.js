'use strict';
// node:process: the process object (built in node/internal/process).

module.exports = require('node/internal/process').process;
