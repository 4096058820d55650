'use strict';
// node:_stream_transform — the legacy alias of stream.Transform.

module.exports = require('stream').Transform;
