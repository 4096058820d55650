'use strict';
// Fetch's Request: URL, method, headers, body and the request options, built from a URL or
// another Request plus a RequestInit; clone().

const { Headers, fillHeaders, setGuard, headerList, tokenRe } = require('node/internal/fetch/headers');
const { kBody, kHeaders, extractBody, installBodyMixin, cloneBody, unusable, bodyUsed, getStream } =
  require('node/internal/fetch/body');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kState = Symbol('kRequestState');
const kSignal = Symbol('kSignal');

const normalizable = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
const forbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];
let patchWarned = false;

function illegal() {
  const { codes: { ERR_INVALID_THIS } } = require('node/internal/errors');
  const err = new ERR_INVALID_THIS('Request');
  err.message = 'Illegal invocation';
  return err;
}

function check(self) {
  if (self === null || typeof self !== 'object' || self[kState] === undefined) throw illegal();
  return self[kState];
}

function oneOf(value, name, allowed) {
  if (value === undefined) return undefined;
  value = `${value}`;
  if (!allowed.includes(value)) {
    throw new TypeError(`Request constructor: ${value} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return value;
}

class Request {
  constructor(input, init = {}) {
    if (arguments.length < 1) throw new TypeError('Request constructor: 1 argument required, but only 0 found.');
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError("Request constructor: Expected init to be a dictionary.");
    }
    init ??= {};
    const { URL } = require('node/internal/url');
    const { AbortController, isAbortSignal } = require('node/internal/abort_controller');
    let base;
    if (input !== null && typeof input === 'object' && input[kState] !== undefined) {
      base = input[kState];
    } else {
      let url;
      try {
        url = new URL(`${input}`);
      } catch (err) {
        throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
      }
      if (url.username || url.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      base = {
        url, method: 'GET', mode: 'cors', credentials: 'same-origin', cache: 'default', redirect: 'follow',
        referrer: 'about:client', referrerPolicy: '', integrity: '', keepalive: false, duplex: 'half',
        signal: null,
      };
    }
    const st = { ...base };
    if (base.url instanceof URL) st.url = new URL(base.url.href);
    if (init.window != null) throw new TypeError("'window' option must be null");
    if (init.referrer !== undefined) {
      const r = `${init.referrer}`;
      if (r === '') {
        st.referrer = 'no-referrer';
      } else {
        try {
          st.referrer = new URL(r).href;
        } catch (err) {
          throw new TypeError(`Referrer "${r}" is not a valid URL.`, { cause: err });
        }
      }
    }
    if (init.referrerPolicy !== undefined) st.referrerPolicy = `${init.referrerPolicy}`;
    const mode = oneOf(init.mode, 'mode', ['same-origin', 'no-cors', 'cors', 'navigate', 'websocket']);
    if (mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
    if (mode !== undefined) st.mode = mode;
    st.credentials = oneOf(init.credentials, 'credentials', ['omit', 'same-origin', 'include']) ?? st.credentials;
    st.cache = oneOf(init.cache, 'cache', ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached']) ?? st.cache;
    st.redirect = oneOf(init.redirect, 'redirect', ['follow', 'manual', 'error']) ?? st.redirect;
    if (init.integrity != null) st.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) st.keepalive = !!init.keepalive;
    if (init.method !== undefined) {
      let m = `${init.method}`;
      if (!tokenRe.test(m)) throw new TypeError(`'${m}' is not a valid HTTP method.`);
      const upper = m.toUpperCase();
      if (forbiddenMethods.includes(upper)) throw new TypeError(`'${m}' HTTP method is unsupported.`);
      if (normalizable.includes(upper)) m = upper;
      if (m === 'patch' && !patchWarned) {
        patchWarned = true;
        require('process').emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
          '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
      }
      st.method = m;
    }
    let signal = init.signal !== undefined ? init.signal : base.signal;
    if (signal != null && !isAbortSignal(signal)) {
      throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
    }
    const ac = new AbortController();
    if (signal != null) {
      if (signal.aborted) {
        ac.abort(signal.reason);
      } else {
        const follow = () => ac.abort(signal.reason);
        signal.addEventListener('abort', follow, { once: true });
      }
    }
    st.signal = ac.signal;
    this[kSignal] = ac.signal;
    this[kState] = st;

    const headers = new Headers();
    setGuard(headers, 'request');
    this[kHeaders] = headers;
    if (init.headers !== undefined) {
      fillHeaders(headers, init.headers);
    } else if (base !== st && input?.[kHeaders] !== undefined) {
      for (const [k, v] of headerList(input[kHeaders]).entries()) headerList(headers).append(k, v);
    }

    const inputBody = input?.[kState] !== undefined ? input[kBody] : null;
    if ((init.body != null || inputBody !== null) && (st.method === 'GET' || st.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let body = null;
    if (init.body != null) {
      const extracted = extractBody(init.body);
      body = extracted.body;
      if (extracted.type !== null && !headers.has('content-type')) headerList(headers).append('content-type', extracted.type);
    }
    const finalBody = body ?? inputBody;
    if (finalBody !== null && finalBody.stream !== null && body !== null) {
      if (init.duplex === undefined) throw new TypeError('RequestInit: duplex option is required when sending a body.');
    }
    if (init.duplex !== undefined && `${init.duplex}` !== 'half') {
      throw new TypeError(`Request constructor: ${init.duplex} is not an accepted type. Expected one of half.`);
    }
    if (body === null && inputBody !== null) {
      if (unusable(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      body = cloneBody(inputBody);
      inputBody.used = true;
      if (inputBody.stream !== null) inputBody.stream.cancel();
    }
    this[kBody] = body;
  }

  get method() { return check(this).method; }

  get url() { return check(this).url.href; }

  get headers() {
    check(this);
    return this[kHeaders];
  }

  get destination() {
    check(this);
    return '';
  }

  get referrer() {
    const { referrer } = check(this);
    if (referrer === 'no-referrer') return '';
    return referrer;
  }

  get referrerPolicy() { return check(this).referrerPolicy; }

  get mode() { return check(this).mode; }

  get credentials() { return check(this).credentials; }

  get cache() { return check(this).cache; }

  get redirect() { return check(this).redirect; }

  get integrity() { return check(this).integrity; }

  get keepalive() { return check(this).keepalive; }

  get isReloadNavigation() {
    check(this);
    return false;
  }

  get isHistoryNavigation() {
    check(this);
    return false;
  }

  get signal() {
    check(this);
    return this[kSignal];
  }

  get duplex() {
    check(this);
    return 'half';
  }

  clone() {
    check(this);
    if (unusable(this[kBody])) throw new TypeError('Request.clone: Body has already been consumed.');
    const copy = Object.create(Request.prototype);
    copy[kState] = { ...this[kState] };
    const { AbortController } = require('node/internal/abort_controller');
    const ac = new AbortController();
    const signal = this[kSignal];
    if (signal.aborted) ac.abort(signal.reason);
    else signal.addEventListener('abort', () => ac.abort(signal.reason), { once: true });
    copy[kSignal] = ac.signal;
    copy[kState].signal = ac.signal;
    copy[kHeaders] = new Headers(this[kHeaders]);
    setGuard(copy[kHeaders], 'request');
    copy[kBody] = cloneBody(this[kBody]);
    return copy;
  }

  [customInspect](depth, options, inspect) {
    if (typeof inspect !== 'function') inspect = require('util').inspect;
    const opts = { ...options, depth: options?.depth == null ? options?.depth : options.depth - 1 };
    return `Request ${inspect({
      method: this.method, url: this.url, headers: this.headers, destination: this.destination,
      referrer: this.referrer, referrerPolicy: this.referrerPolicy, mode: this.mode,
      credentials: this.credentials, cache: this.cache, redirect: this.redirect,
      integrity: this.integrity, keepalive: this.keepalive, isReloadNavigation: false,
      isHistoryNavigation: false, signal: this.signal,
    }, opts)}`;
  }
}

installBodyMixin(Request, 'Request');
require('node/internal/webstreams/util').exposeMembers(Request, ['method', 'url', 'headers', 'destination',
  'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache', 'redirect', 'integrity', 'keepalive',
  'isReloadNavigation', 'isHistoryNavigation', 'signal', 'body', 'bodyUsed', 'duplex', 'clone', 'blob',
  'arrayBuffer', 'text', 'json', 'formData', 'bytes']);
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

// What fetch() needs from a Request.
function requestParts(request) {
  return {
    state: request[kState], headers: request[kHeaders], body: request[kBody], signal: request[kSignal],
  };
}

module.exports = { Request, requestParts, bodyUsed, getStream };
