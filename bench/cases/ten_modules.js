// Requires ten core modules and touches each, as a small CLI would at start-up.
const path = require('path');
const util = require('util');
const events = require('events');
const stream = require('stream');
const { Buffer } = require('buffer');
const url = require('url');
const qs = require('querystring');
const { StringDecoder } = require('string_decoder');
const assert = require('assert');
const timers = require('timers');
assert.ok(path.join('a', 'b') && util.format('%s', 'x') && new events.EventEmitter() && stream.Readable &&
  Buffer.from('x') && new url.URL('http://a/') && qs.parse('a=1') && new StringDecoder('utf8') && timers.setTimeout);
console.log('ok');
