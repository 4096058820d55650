'use strict';
// node:console: the global console, writing to process.stdout and process.stderr.

const { createGlobalConsole } = require('node/internal/console');

module.exports = createGlobalConsole();
