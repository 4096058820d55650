'use strict';
// node:wasi — WebAssembly is not available in unode; WASI throws ERR_NOT_IMPLEMENTED.

require('process').emitWarning('WASI is an experimental feature and might change at any time', 'ExperimentalWarning');

module.exports = { WASI: require('node/internal/stub').cls('wasi.WASI', 'WASI') };
