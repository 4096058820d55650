#!/bin/sh
# The HTTP parser intrinsic through its JS wrapper: requests and responses split at every
# byte, chunked bodies with extensions and trailers, and the error codes Node reports.
exec "$1" --allow-syscall - <<'JS'
'use strict';
const { HttpParser, REQUEST, RESPONSE, F_HEAD } = unodeInternals.require('node/internal/http_parser');
const { Buffer } = require('buffer');
const assert = require('assert');

function run(mode, text, split, flags = 0) {
  const log = [];
  const p = new HttpParser(mode, 200, false, {
    onHead(maj, min, m, u, raw, info) { log.push(`head ${maj}.${min} ${m} ${u} ${JSON.stringify(raw)} ${info}`); },
    onBody(b) { if (log.length && log[log.length - 1].startsWith('body ')) log[log.length - 1] += b.toString('latin1'); else log.push(`body ${b.toString('latin1')}`); },
    onDone(t) { log.push(`done ${JSON.stringify(t)}`); },
    onUpgrade(rest) { log.push(`upgrade ${rest.toString('latin1')}`); },
    onParseError(e) { log.push(`error ${e.code} ${e.reason}`); },
  });
  p.flags = flags;
  const buf = Buffer.from(text, 'latin1');
  if (split) for (let i = 0; i < buf.length; i++) p.execute(buf.subarray(i, i + 1));
  else p.execute(buf);
  p.finish();
  return log.join('\n');
}

function both(mode, text, want, flags) {
  assert.strictEqual(run(mode, text, false, flags), want, text);
  assert.strictEqual(run(mode, text, true, flags), want, `${text} (byte by byte)`);
}

both(REQUEST, 'GET /a?b HTTP/1.1\r\nHost: x\r\nX-A:  v v \r\n\r\n',
  'head 1.1 GET /a?b ["Host","x","X-A","v v"] 1\ndone null');
both(REQUEST, 'POST / HTTP/1.0\r\nContent-Length: 3\r\n\r\nabcGET / HTTP/1.1\r\nConnection: close\r\n\r\n',
  'head 1.0 POST / ["Content-Length","3"] 8\nbody abc\ndone null\nhead 1.1 GET / ["Connection","close"] 0\ndone null');
both(REQUEST, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n1\r\nd\r\n0\r\nT: v\r\n\r\n',
  'head 1.1 POST / ["Transfer-Encoding","chunked"] 5\nbody abcd\ndone ["T","v"]');
assert.strictEqual(run(REQUEST, 'GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\nraw'),
  'head 1.1 GET /ws ["Connection","Upgrade","Upgrade","websocket"] 3\nupgrade raw');
both(RESPONSE, 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi',
  'head 1.1 200 OK ["Content-Length","2"] 9\nbody hi\ndone null');
both(RESPONSE, 'HTTP/1.1 200 OK\r\n\r\nuntil eof',
  'head 1.1 200 OK [] 0\nbody until eof\ndone null');
both(RESPONSE, 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n',
  'head 1.1 100 Continue [] 1\ndone null\nhead 1.1 204 No Content [] 1\ndone null');
both(RESPONSE, 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n', 'head 1.1 200 OK ["Content-Length","5"] 9\ndone null', F_HEAD);
both(REQUEST, 'GARBAGE\r\n\r\n', 'error HPE_INVALID_METHOD Invalid method encountered');
both(REQUEST, 'GET / HTTP/1.1\r\nBad Header: x\r\n\r\n', 'head 1.1 GET / [] 1\ndone null'.slice(0, 0) + 'error HPE_INVALID_HEADER_TOKEN Invalid header token');
both(REQUEST, 'POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n', 'error HPE_UNEXPECTED_CONTENT_LENGTH Duplicate Content-Length');
both(REQUEST, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 'head 1.1 POST / ["Transfer-Encoding","chunked"] 5\nerror HPE_INVALID_CHUNK_SIZE Invalid character in chunk size');
both(REQUEST, `GET / HTTP/1.1\r\nX: ${'a'.repeat(300)}\r\n\r\n`, 'error HPE_HEADER_OVERFLOW Header overflow');
both(REQUEST, 'POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab', 'head 1.1 POST / ["Content-Length","5"] 9\nbody ab\nerror HPE_INVALID_EOF_STATE Invalid EOF state');
both(REQUEST, 'GET / HTTP/1.1\r\nA: \xe9\r\n\r\n', 'head 1.1 GET / ["A","\u00e9"] 1\ndone null');
console.log('ok');
JS
