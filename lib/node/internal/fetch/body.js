'use strict';
// The body of a Request or Response: extraction from the kinds fetch accepts (string, bytes,
// Blob, URLSearchParams, FormData, ReadableStream, async iterables), the lazily made
// ReadableStream, and the read-once mixin (text, json, arrayBuffer, blob, bytes, formData).

const kBody = Symbol('kBody');
const kHeaders = Symbol('kHeaders');

let web;
function W() {
  if (web === undefined) web = require('node/internal/webstreams/readable');
  return web;
}

function blobBytes(blob) {
  return require('node/internal/buffer/blob').blobBytes(blob);
}

function utf8(s) {
  return binding.utf8Encode(s);
}

// A body record: { stream, source (Uint8Array or null), length, used }.
function bytesBody(bytes) {
  return { stream: null, source: bytes, length: bytes.byteLength, used: false };
}

function streamBody(stream) {
  return { stream, source: null, length: null, used: false };
}

// Returns { body, type } for a value given as a body; type may be null.
function extractBody(object) {
  const { Blob } = require('buffer');
  const { URLSearchParams } = require('node/internal/url');
  const fdLib = require('node/internal/fetch/formdata');
  if (typeof object === 'string') return { body: bytesBody(utf8(object)), type: 'text/plain;charset=UTF-8' };
  if (W().isReadableStream(object)) {
    if (W().isDisturbed(object) || W().isLocked(object)) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    return { body: streamBody(object), type: null };
  }
  if (object instanceof URLSearchParams) {
    return { body: bytesBody(utf8(object.toString())), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (object instanceof Blob) {
    return { body: bytesBody(blobBytes(object)), type: object.type || null };
  }
  if (object instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && object instanceof SharedArrayBuffer)) {
    return { body: bytesBody(new Uint8Array(object.slice(0))), type: null };
  }
  if (ArrayBuffer.isView(object)) {
    return {
      body: bytesBody(new Uint8Array(object.buffer, object.byteOffset, object.byteLength).slice()),
      type: null,
    };
  }
  if (fdLib.isFormData(object)) {
    const { bytes, boundary } = fdLib.serializeFormData(object);
    return { body: bytesBody(bytes), type: `multipart/form-data; boundary=${boundary}` };
  }
  if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    const it = object[Symbol.asyncIterator]();
    const stream = new (W().ReadableStream)({
      type: 'bytes',
      async pull(controller) {
        const { value, done } = await it.next();
        if (done) {
          controller.close();
          if (controller.byobRequest) controller.byobRequest.respond(0);
          return;
        }
        if (typeof value === 'string') {
          controller.enqueue(utf8(value));
        } else if (ArrayBuffer.isView(value)) {
          controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice());
        } else {
          throw new TypeError('Received non-Uint8Array chunk');
        }
      },
      async cancel(reason) {
        if (typeof it.return === 'function') await it.return(reason);
      },
    });
    return { body: streamBody(stream), type: null };
  }
  return { body: bytesBody(utf8(`${object}`)), type: 'text/plain;charset=UTF-8' };
}

function streamFromBytes(bytes) {
  let sent = false;
  return new (W().ReadableStream)({
    type: 'bytes',
    pull(controller) {
      if (!sent && bytes.byteLength > 0) {
        sent = true;
        controller.enqueue(bytes.slice());
      }
      controller.close();
      if (controller.byobRequest) controller.byobRequest.respond(0);
    },
  });
}

function getStream(body) {
  if (body.stream === null) {
    if (body.used) {
      // Already read through the fast path: a locked, drained stream, as after a full read.
      body.stream = new (W().ReadableStream)({ type: 'bytes', start(c) { c.close(); } });
      body.stream.getReader().read();
    } else {
      body.stream = streamFromBytes(body.source);
    }
  }
  return body.stream;
}

function bodyUsed(body) {
  if (body === null) return false;
  if (body.used) return true;
  return body.stream !== null && W().isDisturbed(body.stream);
}

function unusable(body) {
  return bodyUsed(body) || (body !== null && body.stream !== null && W().isLocked(body.stream));
}

async function readAll(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let length = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(value);
    length += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let pos = 0;
  for (const c of chunks) {
    out.set(c, pos);
    pos += c.byteLength;
  }
  return out;
}

// Resolves to all the bytes of obj's body, marking it used.
function consumeBytes(obj) {
  const body = obj[kBody];
  if (unusable(body)) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
  if (body === null) return Promise.resolve(new Uint8Array(0));
  if (body.stream === null) {
    body.used = true;
    return Promise.resolve(body.source);
  }
  return readAll(body.stream);
}

function decodeText(bytes) {
  if (bytes.length === 0) return '';
  let s = binding.utf8Decode(bytes, 0, bytes.length);
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s;
}

function mimeEssence(headers) {
  const type = headers.get('content-type');
  if (type === null) return { essence: '', full: '' };
  return { essence: type.split(';')[0].trim().toLowerCase(), full: type };
}

function brandCheck(self, kind) {
  if (self === null || typeof self !== 'object' || !(kBody in self) || self[kHeaders] === undefined) {
    const { codes: { ERR_INVALID_THIS } } = require('node/internal/errors');
    const err = new ERR_INVALID_THIS(kind);
    err.message = 'Illegal invocation';
    throw err;
  }
}

// Adds the body getters and read methods to a class's prototype.
function installBodyMixin(C, kind) {
  const methods = {
    get body() {
      brandCheck(this, kind);
      const body = this[kBody];
      return body === null ? null : getStream(body);
    },
    get bodyUsed() {
      brandCheck(this, kind);
      return bodyUsed(this[kBody]);
    },
    async arrayBuffer() {
      brandCheck(this, kind);
      const bytes = await consumeBytes(this);
      return bytes.buffer.byteLength === bytes.byteLength && bytes.byteOffset === 0 && bytes !== this[kBody]?.source ?
        bytes.buffer : bytes.slice().buffer;
    },
    async blob() {
      brandCheck(this, kind);
      const bytes = await consumeBytes(this);
      const { Blob } = require('buffer');
      return new Blob([bytes], { type: this[kHeaders].get('content-type') ?? '' });
    },
    async bytes() {
      brandCheck(this, kind);
      const bytes = await consumeBytes(this);
      return bytes === this[kBody]?.source ? bytes.slice() : bytes;
    },
    async formData() {
      brandCheck(this, kind);
      const { essence, full } = mimeEssence(this[kHeaders]);
      const fdLib = require('node/internal/fetch/formdata');
      if (essence === 'multipart/form-data') {
        const bytes = await consumeBytes(this);
        const boundary = fdLib.parseParams(full.slice(full.indexOf(';'))).boundary;
        if (!boundary) throw new TypeError('Failed to parse body as FormData.');
        return fdLib.parseMultipart(bytes, boundary);
      }
      if (essence === 'application/x-www-form-urlencoded') {
        const bytes = await consumeBytes(this);
        return fdLib.parseUrlencoded(decodeText(bytes));
      }
      await consumeBytes(this);
      throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
    },
    async json() {
      brandCheck(this, kind);
      return JSON.parse(decodeText(await consumeBytes(this)));
    },
    async text() {
      brandCheck(this, kind);
      return decodeText(await consumeBytes(this));
    },
  };
  for (const name of Object.getOwnPropertyNames(methods)) {
    const d = Object.getOwnPropertyDescriptor(methods, name);
    d.enumerable = true;
    Object.defineProperty(C.prototype, name, d);
  }
}

// A copy of a body for clone(): byte bodies share their (immutable) bytes, streams tee.
function cloneBody(body) {
  if (body === null) return null;
  if (body.stream === null) return bytesBody(body.source);
  const [a, b] = body.stream.tee();
  body.stream = a;
  return streamBody(b);
}

module.exports = {
  kBody, kHeaders, extractBody, installBodyMixin, cloneBody, bodyUsed, unusable, getStream,
  bytesBody, streamBody, blobBytes, decodeText, readAll,
};
