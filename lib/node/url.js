'use strict';
// node:url: the WHATWG URL API (from node/internal/url) plus the legacy url.parse/format/
// resolve API with its historical quirks (Url objects with Node's exact fields).

const {
  URL, URLSearchParams, isURL, domainToASCII, domainToUnicode, fileURLToPath, pathToFileURL,
  urlToHttpOptions, domainToASCIIInternal, invalidURL, decodeURIComponentV8,
} = require('node/internal/url');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URI } } = require('node/internal/errors');
const { validateString, validateObject } = require('node/internal/validators');

let qs;
function querystring() {
  if (qs === undefined) qs = require('querystring');
  return qs;
}

// Legacy Url objects: every field starts as null, in this order.
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// Schemes that never have a host part, and whose rest is never auto-escaped.
const hostless = new Set(['javascript', 'javascript:']);
// Schemes that always carry '//' after the colon.
const slashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

const SCHEME_RE = /^[a-z0-9.+-]+:/i;
const PORT_SUFFIX_RE = /:[0-9]*$/;
const AUTH_HOST_RE = /^\/\/[^@/]+@[^@/]+/;
const SIMPLE_PATH_RE = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const MAX_HOSTNAME = 255;
// Characters the legacy parser escapes anywhere in the part after the host.
const AUTO_ESCAPE = {
  __proto__: null,
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const AUTO_ESCAPE_RE = /[\t\n\r "'<>\\^`{|}]/g;
// A host this hostname contains a character that could be used to spoof another part.
const BAD_HOST_RE = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const BAD_HOST_V6_RE = /[\0\t\n\r #%/<>?@\\^|]/;

function isBracketed(h) {
  return h[0] === '[' && h[h.length - 1] === ']';
}

// Characters that end the host (after the last '@'): these never belong to a hostname.
function isNonHostChar(c) {
  switch (c) {
    case 9: case 10: case 13: case 32: case 34: case 37: case 39: case 59: case 60: case 62:
    case 92: case 94: case 96: case 123: case 124: case 125:
      return true;
    default:
      return false;
  }
}

let warnedInvalid = false;
function warnInvalidURL(input) {
  if (warnedInvalid) return;
  warnedInvalid = true;
  try {
    require('process').emitWarning(
      `The URL ${input} is invalid. Future versions of Node.js will throw an error.`,
      'DeprecationWarning', 'DEP0170');
  } catch {
    // no process available: the warning is advisory only
  }
}

// Lenient IDNA for legacy hostnames: like the native converter, stops at a NUL.
function legacyToASCII(hostname) {
  const nul = hostname.indexOf('\0');
  if (nul !== -1) hostname = hostname.slice(0, nul);
  if (hostname === '') return '';
  const r = domainToASCIIInternal(hostname);
  return r === null ? '' : r;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

// Trims whitespace at both ends and turns backslashes before the first '?' or '#' into '/'.
// Returns [rest, hasHash, hasAt].
function preprocess(url) {
  const isWs = (c) => c < 33 || c === 0xa0 || c === 0xfeff;
  let start = 0;
  let end = url.length;
  while (start < end && isWs(url.charCodeAt(start))) start++;
  while (end > start && isWs(url.charCodeAt(end - 1))) end--;
  let hasHash = false;
  let hasAt = false;
  let split = false;
  let out = '';
  let last = start;
  for (let i = start; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (!split) {
      if (c === 0x40) {
        hasAt = true;
      } else if (c === 0x23 || c === 0x3f) {
        if (c === 0x23) hasHash = true;
        split = true;
      } else if (c === 0x5c && i < end) {
        out += `${url.slice(last, i)}/`;
        last = i + 1;
      }
    } else if (c === 0x23) {
      hasHash = true;
    }
  }
  out += url.slice(last, end);
  return [out, hasHash, hasAt];
}

function parseQuery(str) {
  return querystring().parse(str);
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let [rest, hasHash, hasAt] = preprocess(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const m = SIMPLE_PATH_RE.exec(rest);
    if (m) {
      this.path = rest;
      this.href = rest;
      this.pathname = m[1];
      if (m[2]) {
        this.search = m[2];
        this.query = parseQueryString ? parseQuery(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = SCHEME_RE.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // "user@server" always means a host; "//host/path" only with a scheme or slashesDenoteHost.
  let slashes;
  if (slashesDenoteHost || proto || AUTH_HOST_RE.test(rest)) {
    slashes = rest.charCodeAt(0) === 0x2f && rest.charCodeAt(1) === 0x2f;
    if (slashes && !(proto && hostless.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostless.has(lowerProto) && (slashes || (proto && !slashed.has(proto)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!hostless.has(lowerProto)) rest = rest.replace(AUTO_ESCAPE_RE, (ch) => AUTO_ESCAPE[ch]);

  let qIdx = -1;
  let hIdx = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 0x23) {
      this.hash = rest.slice(i);
      hIdx = i;
      break;
    }
    if (c === 0x3f && qIdx === -1) qIdx = i;
  }

  if (qIdx !== -1) {
    const qEnd = hIdx === -1 ? rest.length : hIdx;
    this.search = rest.slice(qIdx, qEnd);
    this.query = rest.slice(qIdx + 1, qEnd);
    if (parseQueryString) this.query = parseQuery(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const pathEnd = qIdx !== -1 && (hIdx === -1 || qIdx < hIdx) ? qIdx : hIdx;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashed.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');

  this.href = this.format();
  return this;
};

// Splits "auth@host:port" off the front of `rest`; returns what follows the host.
function parseAuthority(self, rest, url) {
  // Tabs and newlines inside the authority (before the first '/', '?' or '#') are dropped.
  const authEnd = rest.search(/[/?#]/);
  const authority = authEnd === -1 ? rest : rest.slice(0, authEnd);
  if (/[\t\n\r]/.test(authority)) {
    rest = authority.replace(/[\t\n\r]/g, '') + (authEnd === -1 ? '' : rest.slice(authEnd));
  }
  // The host ends at the first '/', '?' or '#'. Characters that cannot be in a host end it
  // too, unless an '@' follows them (then they were part of the auth).
  let hostEnd = -1;
  let at = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    const c = rest.charCodeAt(i);
    if (c === 0x23 || c === 0x2f || c === 0x3f) {
      if (nonHost === -1) nonHost = i;
      hostEnd = i;
    } else if (c === 0x40) {
      at = i;
      nonHost = -1;
    } else if (isNonHostChar(c) && nonHost === -1) {
      nonHost = i;
    }
  }
  let hostStart = 0;
  if (at !== -1) {
    self.auth = decodeURIComponentV8(rest.slice(0, at));
    hostStart = at + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(hostStart);
    rest = '';
  } else {
    self.host = rest.slice(hostStart, nonHost);
    rest = rest.slice(nonHost);
  }

  self.parseHost();
  if (typeof self.hostname !== 'string') self.hostname = '';

  const v6 = isBracketed(self.hostname);
  if (!v6) {
    // A ':' left in the hostname (e.g. "a:b:c") moves the remainder into the path.
    const colon = self.hostname.indexOf(':');
    if (colon !== -1) {
      warnInvalidURL(url);
      rest = `/${self.hostname.slice(colon)}${rest}`;
      self.hostname = self.hostname.slice(0, colon);
    }
  }

  if (self.hostname.length > MAX_HOSTNAME) self.hostname = '';
  else self.hostname = self.hostname.toLowerCase();

  if (self.hostname !== '') {
    if (v6) {
      if (BAD_HOST_V6_RE.test(self.hostname)) throw invalidURL(url);
    } else {
      self.hostname = legacyToASCII(self.hostname);
      if (self.hostname === '' || BAD_HOST_RE.test(self.hostname)) throw invalidURL(url);
    }
  }

  self.host = (self.hostname || '') + (self.port ? `:${self.port}` : '');

  if (v6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}


// Auth characters left as they are by format(); everything else is percent-encoded.
function isAuthSafe(c) {
  return (c >= 0x30 && c <= 0x3a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    c === 0x21 || (c >= 0x27 && c <= 0x2a) || c === 0x2d || c === 0x2e || c === 0x5f || c === 0x7e;
}

function escapeAuth(str) {
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) {
      out += isAuthSafe(c) ? str[i] : `%${c < 16 ? '0' : ''}${c.toString(16).toUpperCase()}`;
      continue;
    }
    let ch = str[i];
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = str.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) throw new ERR_INVALID_URI();
      ch += str[++i];
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      throw new ERR_INVALID_URI();
    }
    out += encodeURIComponent(ch);
  }
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${escapeAuth(auth)}@`;

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hn = this.hostname;
    host = auth + (hn.includes(':') && !isBracketed(hn) ? `[${hn}]` : hn);
    if (this.port) host += `:${this.port}`;
  }

  if (this.query !== null && typeof this.query === 'object') {
    query = querystring().stringify(this.query);
  }

  let search = this.search || (query && `?${query}`) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a) protocol += ':';

  if (pathname.includes('#') || pathname.includes('?')) {
    pathname = pathname.replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
  }

  if (this.slashes || slashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2f) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');

  if (hash && hash.charCodeAt(0) !== 0x23) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 0x3f) search = `?${search}`;

  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatWhatwg(urlObject, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

function formatWhatwg(u, fragment, unicode, search, auth) {
  const copy = new URL(u.href);
  if (!auth) {
    copy.username = '';
    copy.password = '';
  }
  if (!fragment) copy.hash = '';
  if (!search) copy.search = '';
  let href = copy.href;
  if (unicode && copy.hostname) {
    // Replace the serialized host by its Unicode form.
    const hostname = copy.hostname;
    const uni = domainToUnicode(hostname);
    const prefix = `${copy.protocol}//`;
    const creds = copy.username || copy.password ?
      `${copy.username}${copy.password ? `:${copy.password}` : ''}@` : '';
    const start = prefix.length + creds.length;
    if (href.startsWith(hostname, start)) href = href.slice(0, start) + uni + href.slice(start + hostname.length);
  }
  return href;
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// Splits auth out of a host of the form "user@host" (e.g. after resolving mailto: URLs).
function liftAuthFromHost(result) {
  if (result.host && result.host.indexOf('@') > 0) {
    const parts = result.host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

function updatePath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  const result = new Url();
  for (const k of Object.keys(this)) result[k] = this[k];

  // The fragment always comes from the relative URL, even when it is empty.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // "//host/path": everything but the protocol comes from the relative URL.
  if (relative.slashes && !relative.protocol) {
    for (const k of Object.keys(relative)) {
      if (k !== 'protocol') result[k] = relative[k];
    }
    if (slashed.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Unknown schemes are taken as absolute URLs.
    if (!slashed.has(relative.protocol)) {
      for (const k of Object.keys(relative)) result[k] = relative[k];
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostless.has(relative.protocol)) {
      // "http:foo/bar" takes its host from the first non-empty path segment.
      const segs = (relative.pathname || '').split('/');
      while (segs.length && !(relative.host = segs.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (segs[0] !== '') segs.unshift('');
      if (segs.length < 2) segs.unshift('');
      result.pathname = segs.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
      result.path = (result.pathname || '') + (result.search || '');
    }
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const srcAbsolute = result.pathname && result.pathname.charAt(0) === '/';
  const relAbsolute = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = relAbsolute || srcAbsolute || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashed.has(result.protocol);

  // For schemes without '//', the host behaves as the first path segment, so that '..'
  // can climb into it; it is put back at the end.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (relAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: keep the path.
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      liftAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    updatePath(result);
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // A path ending in '.' or '..' (or '') keeps a trailing slash.
  let last = srcPath[srcPath.length - 1];
  const trailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // Drop '.', and let each '..' remove the segment before it; `up` counts the excess.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }

  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }

  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }

  if (trailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : (srcPath.length ? srcPath.shift() : '');
    liftAuthFromHost(result);
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }

  updatePath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

// Splits a trailing ":port" off this.host into this.port and this.hostname.
Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const m = PORT_SUFFIX_RE.exec(host);
  if (m) {
    if (m[0] !== ':') this.port = m[0].slice(1);
    host = host.slice(0, host.length - m[0].length);
  }
  if (host) this.hostname = host;
};

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
