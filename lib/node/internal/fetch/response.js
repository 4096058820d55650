'use strict';
// Fetch's Response: status, statusText, headers (guarded), body; Response.error/json/redirect
// and clone().

const { Headers, fillHeaders, setGuard, getGuard, headerList } = require('node/internal/fetch/headers');
const { kBody, kHeaders, extractBody, installBodyMixin, cloneBody, unusable } = require('node/internal/fetch/body');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kState = Symbol('kResponseState');
const kInternal = Symbol('kInternal');
const nullBodyStatus = [101, 103, 204, 205, 304];
const redirectStatus = [301, 302, 303, 307, 308];
const reasonPhrase = /^[\t\x20-\x7e\x80-\xff]*$/;

function illegal() {
  const { codes: { ERR_INVALID_THIS } } = require('node/internal/errors');
  const err = new ERR_INVALID_THIS('Response');
  err.message = 'Illegal invocation';
  return err;
}

function check(self) {
  if (self === null || typeof self !== 'object' || self[kState] === undefined) throw illegal();
  return self[kState];
}

function initResponse(response, init, body) {
  if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError("Response constructor: Expected init to be a dictionary.");
  }
  const status = init?.status === undefined ? 200 : Number(init.status);
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  const statusText = init?.statusText === undefined ? '' : `${init.statusText}`;
  if (!reasonPhrase.test(statusText)) throw new TypeError('Invalid statusText');
  const st = response[kState];
  st.status = status;
  st.statusText = statusText;
  if (init?.headers !== undefined) fillHeaders(response[kHeaders], init.headers);
  if (body !== null) {
    if (nullBodyStatus.includes(status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${status}`);
    }
    response[kBody] = body.body;
    if (body.type !== null && !response[kHeaders].has('content-type')) {
      headerList(response[kHeaders]).append('content-type', body.type);
    }
  }
}

class Response {
  constructor(body = null, init = undefined) {
    this[kState] = { type: 'default', status: 200, statusText: '', urlList: [], redirected: false };
    this[kHeaders] = new Headers();
    this[kBody] = null;
    if (body === kInternal) return;
    setGuard(this[kHeaders], 'response');
    initResponse(this, init, body === null || body === undefined ? null : extractBody(body));
  }

  static error() {
    const r = new Response(kInternal);
    r[kState].type = 'error';
    r[kState].status = 0;
    setGuard(r[kHeaders], 'immutable');
    return r;
  }

  static json(data, init = undefined) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = new Response(kInternal);
    setGuard(r[kHeaders], 'response');
    const body = extractBody(text);
    body.type = 'application/json';
    initResponse(r, init, body);
    return r;
  }

  static redirect(url, status = 302) {
    const { URL } = require('node/internal/url');
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (err) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: err });
    }
    status = Number(status);
    if (!redirectStatus.includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = new Response(kInternal);
    r[kState].status = status;
    headerList(r[kHeaders]).set('location', parsed.href);
    setGuard(r[kHeaders], 'immutable');
    return r;
  }

  get type() { return check(this).type; }

  get url() {
    const list = check(this).urlList;
    if (list.length === 0) return '';
    const last = list[list.length - 1];
    const href = typeof last === 'string' ? last : last.href;
    const hash = href.indexOf('#');
    return hash === -1 ? href : href.slice(0, hash);
  }

  get redirected() { return check(this).urlList.length > 1; }

  get status() { return check(this).status; }

  get ok() {
    const { status } = check(this);
    return status >= 200 && status <= 299;
  }

  get statusText() { return check(this).statusText; }

  get headers() {
    check(this);
    return this[kHeaders];
  }

  clone() {
    const st = check(this);
    if (unusable(this[kBody])) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = new Response(kInternal);
    Object.assign(r[kState], st, { urlList: st.urlList.slice() });
    r[kHeaders] = new Headers(this[kHeaders]);
    setGuard(r[kHeaders], getGuard(this[kHeaders]));
    r[kBody] = cloneBody(this[kBody]);
    return r;
  }

  [customInspect](depth, options, inspect) {
    if (typeof inspect !== 'function') inspect = require('util').inspect;
    const opts = { ...options, depth: options?.depth == null ? options?.depth : options.depth - 1 };
    return `Response ${inspect({
      status: this.status, statusText: this.statusText, headers: this.headers, body: this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    }, opts)}`;
  }
}

installBodyMixin(Response, 'Response');
require('node/internal/webstreams/util').exposeMembers(Response, ['type', 'url', 'redirected', 'status', 'ok',
  'statusText', 'headers', 'body', 'bodyUsed', 'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

// A response fetch() builds: headers from the wire, a body record, the URL list.
function makeNetworkResponse({ status, statusText, headers, body, urlList, type = 'basic' }) {
  const r = new Response(kInternal);
  const st = r[kState];
  st.type = type;
  st.status = status;
  st.statusText = statusText;
  st.urlList = urlList;
  r[kHeaders] = headers;
  setGuard(headers, 'immutable');
  r[kBody] = body;
  return r;
}

module.exports = { Response, makeNetworkResponse, nullBodyStatus, redirectStatus };
