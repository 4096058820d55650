'use strict';
// The JS face of the C HTTP/1.1 parser (src/http_parser.c): feeds socket chunks, keeps the
// bytes of an incomplete head between chunks, and turns the parser's flat event array into
// calls on a handler object: onHead(info), onBody(buffer), onDone(rawTrailers),
// onUpgrade(rest), onParseError(err).

const { Buffer } = require('buffer');

const REQUEST = 0;
const RESPONSE = 1;
const F_HEAD = 1;
const F_CONNECT = 2;
const F_ONE = 4;

const EV_HEAD = 1;
const EV_BODY = 2;
const EV_DONE = 3;
const EV_ERR = 4;
const EV_UPGRADE = 5;

// What a parse error looks like to 'clientError' listeners and request 'error' handlers.
function parseError(code, reason, bytesParsed, rawPacket) {
  const err = new Error(`Parse Error: ${reason}`);
  err.bytesParsed = bytesParsed;
  err.code = code;
  err.reason = reason;
  err.rawPacket = rawPacket;
  return err;
}

class HttpParser {
  constructor(mode, maxHeaderSize, lenient, handler) {
    this.state = binding.httpParserNew(mode, maxHeaderSize, !!lenient);
    this.mode = mode;
    this.handler = handler;
    this.pending = null; // bytes of an unfinished head, chunk-size line or CRLF
    this.flags = 0;      // F_HEAD / F_CONNECT for the response being read, F_ONE to pause
    this.paused = false; // F_ONE stopped after a message; pending holds the rest
    this.stopped = false; // an error or an upgrade ended HTTP on this stream
    this.inMessage = false; // between the first byte of a message and its end
  }

  reset(mode) {
    binding.httpParserReset(this.state, mode);
    this.mode = mode;
    this.pending = null;
    this.paused = false;
    this.stopped = false;
    this.inMessage = false;
  }

  // Parses one chunk (a Buffer); returns false once parsing has stopped.
  execute(chunk) {
    if (this.stopped) return false;
    let buf = chunk;
    if (this.pending !== null) {
      buf = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
      this.pending = null;
    }
    if (this.paused) {
      this.pending = buf;
      return true;
    }
    return this._run(buf);
  }

  _run(buf) {
    const h = this.handler;
    const end = buf.length;
    let start = 0;
    for (;;) {
      if (start < end) this.inMessage = true;
      const ev = binding.httpParserExecute(this.state, buf, start, end, this.flags);
      const n = ev.length;
      let i = 1;
      let done = false;
      while (i < n) {
        switch (ev[i]) {
          case EV_HEAD:
            h.onHead(ev[i + 1], ev[i + 2], ev[i + 3], ev[i + 4], ev[i + 5], ev[i + 6]);
            i += 7;
            break;
          case EV_BODY: {
            const from = ev[i + 1];
            const to = ev[i + 2];
            if (to > from) h.onBody(from === 0 && to === end ? buf : buf.subarray(from, to));
            i += 3;
            break;
          }
          case EV_DONE:
            this.inMessage = false;
            done = true;
            h.onDone(ev[i + 1]);
            i += 2;
            break;
          case EV_ERR:
            this.stopped = true;
            h.onParseError(parseError(ev[i + 1], ev[i + 2], ev[i + 3], buf));
            return false;
          case EV_UPGRADE:
            this.stopped = true;
            h.onUpgrade(buf.subarray(ev[i + 1]));
            return false;
          default:
            i = n;
        }
        if (this.stopped) return false;
      }
      start = ev[0];
      if (done && (this.flags & F_ONE) && h.pauseAfterMessage()) {
        // Stopped after one message: hold the rest until resume().
        this.pending = start < end ? buf.subarray(start) : null;
        this.paused = true;
        return true;
      }
      if (start >= end) return true;
      if (done && (this.flags & F_ONE)) continue;
      // The parser needs more bytes than this chunk has.
      this.pending = Buffer.from(buf.subarray(start));
      return true;
    }
  }

  // Continues after a pause (F_ONE) with the bytes held back.
  resume() {
    if (!this.paused) return;
    this.paused = false;
    const buf = this.pending;
    this.pending = null;
    if (buf !== null && buf.length > 0 && !this.stopped) this._run(buf);
  }

  // The stream ended: a body delimited by EOF completes; a partial message is an error.
  finish() {
    if (this.stopped) return;
    const pending = this.pending === null ? 0 : this.pending.length;
    const ev = binding.httpParserFinish(this.state, this.paused ? 0 : pending);
    if (ev[1] === EV_DONE) {
      this.inMessage = false;
      this.handler.onDone(ev[2]);
    } else if (ev[1] === EV_ERR) {
      this.stopped = true;
      this.handler.onParseError(parseError(ev[2], ev[3], 0, this.pending || Buffer.alloc(0)));
    }
  }
}

module.exports = { HttpParser, parseError, REQUEST, RESPONSE, F_HEAD, F_CONNECT, F_ONE };
