'use strict';
// node:_stream_passthrough — the legacy alias of stream.PassThrough.

module.exports = require('stream').PassThrough;
