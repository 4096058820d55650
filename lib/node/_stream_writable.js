'use strict';
// node:_stream_writable — the legacy alias of stream.Writable.

module.exports = require('stream').Writable;
