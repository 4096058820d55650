'use strict';
// fetch() over node:http (and node:https when it exists): request headers and body, redirects,
// abort signals, content-encoding decoding, data: URLs; errors as TypeError('fetch failed').

const { Headers, headerList, HeaderList, headersFromList } = require('node/internal/fetch/headers');
const { Request, requestParts } = require('node/internal/fetch/request');
const { Response, makeNetworkResponse, nullBodyStatus, redirectStatus } = require('node/internal/fetch/response');
const { FormData } = require('node/internal/fetch/formdata');
const { bytesBody, streamBody } = require('node/internal/fetch/body');

const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87,
  95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427,
  465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995,
  1719, 1720, 1723, 2049, 3659, 4045, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080]);

function networkError(cause) {
  return new TypeError('fetch failed', { cause });
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init);
  } catch (err) {
    return Promise.reject(err);
  }
  const parts = requestParts(request);
  if (parts.signal.aborted) return Promise.reject(parts.signal.reason);
  const url = parts.state.url;
  switch (url.protocol) {
    case 'data:':
      return dataFetch(url);
    case 'http:':
    case 'https:':
      return httpFetch(parts);
    case 'about:':
    case 'blob:':
    case 'file:':
    default:
      return Promise.reject(networkError(new Error('unknown scheme')));
  }
}

// ---------------------------------------------------------------- data: URLs

const httpWhitespace = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

function percentDecode(s) {
  const bytes = binding.utf8Encode(s);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  const hex = (c) => (c >= 48 && c <= 57 ? c - 48 : (c | 32) >= 97 && (c | 32) <= 102 ? (c | 32) - 87 : -1);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
      out[n++] = hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]);
      i += 2;
    } else {
      out[n++] = b;
    }
  }
  return out.subarray(0, n);
}

function parseDataURL(url) {
  const input = url.href.slice(5).replace(/#.*$/, '');
  const comma = input.indexOf(',');
  if (comma === -1) return null;
  let mime = input.slice(0, comma).replace(httpWhitespace, '');
  let bytes = percentDecode(input.slice(comma + 1));
  const b64 = /;[\x20]*base64$/i;
  if (b64.test(mime)) {
    const text = binding.latin1Decode(bytes, 0, bytes.length).replace(/[\t\n\f\r ]/g, '');
    let s = text;
    if (s.length % 4 === 0) s = s.replace(/==?$/, '');
    if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) return null;
    const { Buffer } = require('buffer');
    const buf = Buffer.from(s, 'base64');
    bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    mime = mime.replace(b64, '');
  }
  if (mime.startsWith(';')) mime = `text/plain${mime}`;
  mime = serializeMime(mime) ?? 'text/plain;charset=US-ASCII';
  return { mime, bytes };
}

// A MIME type normalizer (WHATWG mimesniff parse + serialize): lowercase type/subtype and
// parameter names, unquote then re-quote values that need it, drop invalid parameters.
const mimeToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const quotedChars = /^[\t\x20-\x7e\x80-\xff]*$/;

function serializeMime(input) {
  const s = input.replace(httpWhitespace, '');
  const slash = s.indexOf('/');
  if (slash === -1) return null;
  const type = s.slice(0, slash);
  let end = s.indexOf(';', slash);
  if (end === -1) end = s.length;
  const subtype = s.slice(slash + 1, end).replace(httpWhitespace, '');
  if (!mimeToken.test(type) || !mimeToken.test(subtype)) return null;
  let out = `${type.toLowerCase()}/${subtype.toLowerCase()}`;
  const seen = new Set();
  let i = end;
  while (i < s.length) {
    i++; // past ';'
    while (i < s.length && /[\t\n\r ]/.test(s[i])) i++;
    let j = i;
    while (j < s.length && s[j] !== ';' && s[j] !== '=') j++;
    const name = s.slice(i, j).toLowerCase();
    i = j;
    if (i >= s.length || s[i] === ';') continue;
    i++; // past '='
    let value;
    if (s[i] === '"') {
      value = '';
      i++;
      while (i < s.length && s[i] !== '"') {
        if (s[i] === '\\' && i + 1 < s.length) i++;
        value += s[i++];
      }
      while (i < s.length && s[i] !== ';') i++;
    } else {
      j = i;
      while (j < s.length && s[j] !== ';') j++;
      value = s.slice(i, j).replace(/[\t\n\r ]+$/, '');
      i = j;
      if (value === '') continue;
    }
    if (name === '' || !mimeToken.test(name) || !quotedChars.test(value) || seen.has(name)) continue;
    seen.add(name);
    const shown = value !== '' && mimeToken.test(value) ? value : `"${value.replace(/(["\\])/g, '\\$1')}"`;
    out += `;${name}=${shown}`;
  }
  return out;
}

function dataFetch(url) {
  const parsed = parseDataURL(url);
  if (parsed === null) return Promise.reject(networkError(new Error('failed to fetch the data URL')));
  const list = new HeaderList();
  list.append('content-type', parsed.mime);
  return Promise.resolve(makeNetworkResponse({
    status: 200, statusText: 'OK', headers: headersFromList(list, 'immutable'),
    body: bytesBody(parsed.bytes.slice()), urlList: [url.href],
  }));
}

// ---------------------------------------------------------------- http(s)

let zlibState;
function zlibReady() {
  if (zlibState === undefined) {
    try {
      require('zlib').createInflate().destroy();
      zlibState = true;
    } catch {
      zlibState = false;
    }
  }
  return zlibState;
}

const defaultHeaders = [
  ['accept', '*/*'],
  ['accept-language', '*'],
  ['sec-fetch-mode', 'cors'],
  ['user-agent', 'node'],
];

function buildHeaders(list, bodyRecord, method) {
  const out = {};
  for (const entry of list.map.values()) {
    out[entry.name] = entry.cookies ? entry.cookies.slice() : entry.value;
  }
  for (const [k, v] of defaultHeaders) if (!list.has(k)) out[k] = v;
  if (!list.has('accept-encoding')) out['accept-encoding'] = zlibReady() ? 'gzip, deflate' : 'identity';
  if (bodyRecord !== null && bodyRecord.source !== null) {
    out['content-length'] = String(bodyRecord.length);
  } else if (bodyRecord === null && (method === 'POST' || method === 'PUT')) {
    out['content-length'] = '0';
  }
  return out;
}

function httpFetch(parts) {
  const { state, signal } = parts;
  const ctx = {
    url: state.url,
    method: state.method,
    list: headerList(parts.headers).clone(),
    body: parts.body,
    redirect: state.redirect,
    urlList: [state.url.href],
    signal,
    redirects: 0,
  };
  return new Promise((resolve, reject) => {
    let settled = false;
    let current;
    const onAbort = () => {
      if (current) current.destroy();
      if (!settled) {
        settled = true;
        reject(signal.reason);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const fail = (err) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      reject(err);
    };
    const step = () => {
      const port = ctx.url.port === '' ? (ctx.url.protocol === 'https:' ? 443 : 80) : Number(ctx.url.port);
      if (badPorts.has(port)) {
        fail(networkError(new Error('bad port')));
        return;
      }
      let req;
      try {
        req = sendRequest(ctx, port);
      } catch (err) {
        fail(networkError(err));
        return;
      }
      current = req;
      req.on('error', (err) => {
        if (signal.aborted) return;
        fail(networkError(err));
      });
      req.on('response', (res) => {
        if (settled) {
          res.destroy();
          return;
        }
        const status = res.statusCode;
        const location = res.headers.location;
        if (redirectStatus.includes(status) && location !== undefined && ctx.redirect !== 'manual') {
          res.resume();
          if (ctx.redirect === 'error') {
            fail(networkError(new Error('unexpected redirect')));
            return;
          }
          const next = redirectTarget(ctx, status, location);
          if (next instanceof Error) {
            fail(networkError(next));
            return;
          }
          step();
          return;
        }
        settled = true;
        const response = buildResponse(ctx, res, signal, onAbort);
        resolve(response);
      });
    };
    step();
  });
}

function sendRequest(ctx, port) {
  const isHttps = ctx.url.protocol === 'https:';
  const mod = require(isHttps ? 'https' : 'http');
  const host = ctx.url.hostname.startsWith('[') ? ctx.url.hostname.slice(1, -1) : ctx.url.hostname;
  const headers = buildHeaders(ctx.list, ctx.body, ctx.method);
  const req = mod.request({
    host, port, method: ctx.method, path: `${ctx.url.pathname}${ctx.url.search}`, headers,
  });
  const body = ctx.body;
  if (body === null) {
    req.end();
  } else if (body.source !== null) {
    req.end(body.source);
  } else {
    pumpStream(body.stream, req);
  }
  return req;
}

// Writes a ReadableStream's chunks into an http request, respecting 'drain'.
function pumpStream(stream, req) {
  const reader = stream.getReader();
  const next = () => {
    reader.read().then(({ value, done }) => {
      if (done) {
        req.end();
        return;
      }
      if (!(value instanceof Uint8Array)) {
        req.destroy(new TypeError('Received non-Uint8Array chunk'));
        return;
      }
      if (req.write(value)) next(); else req.once('drain', next);
    }, (err) => req.destroy(err));
  };
  next();
}

function redirectTarget(ctx, status, location) {
  const { URL } = require('node/internal/url');
  let next;
  try {
    next = new URL(location, ctx.url);
  } catch (err) {
    return err;
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') return new Error('URL scheme must be a HTTP(S) scheme');
  if (++ctx.redirects > 20) return new Error('redirect count exceeded');
  if (ctx.body !== null && ctx.body.source === null && status !== 303) {
    return new Error('Cannot follow redirect with a streamed body');
  }
  if (((status === 301 || status === 302) && ctx.method === 'POST') ||
      (status === 303 && ctx.method !== 'GET' && ctx.method !== 'HEAD')) {
    ctx.method = 'GET';
    ctx.body = null;
    for (const name of ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length']) {
      ctx.list.delete(name);
    }
  }
  if (next.origin !== ctx.url.origin) {
    for (const name of ['authorization', 'proxy-authorization', 'cookie', 'host']) ctx.list.delete(name);
  }
  ctx.url = next;
  ctx.urlList.push(next.href);
  return next;
}

function buildResponse(ctx, res, signal, onAbort) {
  const list = new HeaderList();
  const raw = res.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) list.append(raw[i].toLowerCase(), raw[i + 1]);
  const headers = headersFromList(list, 'immutable');
  const status = res.statusCode;
  let body = null;
  if (ctx.method === 'HEAD' || nullBodyStatus.includes(status)) {
    res.resume();
    signal.removeEventListener('abort', onAbort);
  } else {
    body = streamBody(responseStream(res, list, signal, onAbort));
  }
  return makeNetworkResponse({
    status, statusText: res.statusMessage ?? '', headers, body, urlList: ctx.urlList.slice(),
  });
}

function decoderFor(list) {
  const coding = (list.get('content-encoding') ?? '').trim().toLowerCase();
  if (coding === '' || coding === 'identity' || !zlibReady()) return null;
  const zlib = require('zlib');
  if (coding === 'gzip' || coding === 'x-gzip') {
    return zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  }
  if (coding === 'deflate') return zlib.createInflate({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  if (coding === 'br' && typeof zlib.createBrotliDecompress === 'function') return zlib.createBrotliDecompress();
  return null;
}

// The response body as a ReadableStream fed by the IncomingMessage (through a decoder if the
// body is content-encoded); reading pauses the socket when the stream's queue is full.
function responseStream(res, list, signal, onAbort) {
  let source = res;
  let decoder = null;
  try {
    decoder = decoderFor(list);
  } catch {
    decoder = null;
  }
  if (decoder !== null) {
    source = decoder;
    res.on('error', (err) => decoder.destroy(err));
    res.pipe(decoder);
  }
  let controller;
  let done = false;
  const finish = (err) => {
    if (done) return;
    done = true;
    signal.removeEventListener('abort', onBodyAbort);
    signal.removeEventListener('abort', onAbort);
    if (err !== undefined) {
      controller.error(err);
    } else {
      controller.close();
      if (controller.byobRequest) controller.byobRequest.respond(0);
    }
  };
  const onBodyAbort = () => {
    finish(signal.reason);
    res.destroy();
    if (decoder !== null) decoder.destroy();
  };
  signal.addEventListener('abort', onBodyAbort, { once: true });
  const { ReadableStream } = require('node/internal/webstreams/readable');
  const stream = new ReadableStream({
    type: 'bytes',
    start(c) { controller = c; },
    pull() { source.resume(); },
    cancel() {
      done = true;
      signal.removeEventListener('abort', onBodyAbort);
      signal.removeEventListener('abort', onAbort);
      res.destroy();
      if (decoder !== null) decoder.destroy();
    },
  }, { highWaterMark: 65536 });
  source.on('data', (chunk) => {
    if (done || chunk.byteLength === 0) return;
    // A byte stream takes ownership of the chunk's buffer: give it a copy (the socket's
    // buffers may be shared).
    controller.enqueue(new Uint8Array(chunk));
    if (controller.desiredSize <= 0) source.pause();
  });
  source.on('end', () => finish());
  source.on('error', (err) => finish(new TypeError('terminated', { cause: err })));
  res.on('aborted', () => finish(new TypeError('terminated', { cause: new Error('other side closed') })));
  res.on('close', () => {
    if (!res.complete) finish(new TypeError('terminated', { cause: new Error('other side closed') }));
  });
  source.pause();
  return stream;
}

module.exports = { fetch, Headers, Request, Response, FormData };
