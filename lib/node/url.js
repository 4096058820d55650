'use strict';
// node:url — the WHATWG URL API (from node/internal/url) plus the legacy Url object:
// url.parse(), url.format(), url.resolve() and url.resolveObject() with Node's quirks.

const whatwg = require('node/internal/url');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL, ERR_INVALID_URI },
} = require('node/internal/errors');
const { validateString, validateObject } = require('node/internal/validators');

// ---------------------------------------------------------------------------------------
// Scheme classes of the legacy parser.

// Schemes whose URLs never have an authority part ("javascript://x" is a path).
const NO_HOST_SCHEMES = new Set(['javascript', 'javascript:']);
// Schemes whose URLs always carry "//" and whose empty path is "/".
const SLASHED_SCHEMES = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:',
  'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

const SCHEME_RE = /^[a-z0-9.+-]+:/i;
const PORT_SUFFIX_RE = /:[0-9]*$/;
// A bare path ("/a/b?c") needs none of the authority logic and is kept verbatim.
const BARE_PATH_RE = /^(\/\/?(?!\/)[^?\s@]*)(\?\S*)?$/;
// "//user@host" counts as an authority even without a scheme.
const AUTH_LOOKING_RE = /^\/\/[^@/]+@[^@/]+/;

// Characters escaped in the part after the host (space, quotes, angle brackets, ...).
const ESCAPED_IN_PATH = {
  __proto__: null,
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const ESCAPED_IN_PATH_RE = /[\t\n\r "'<>\\^`{|}]/g;

// How each character ends or taints the host while scanning an authority.
const ENDS_HOST = '#/?';
const NOT_HOST = ' "%\';<>^`{|}';

function isTrimmed(code) {
  return code <= 0x20 || code === 0xa0 || code === 0xfeff;
}

let querystring;
function qs() {
  if (querystring === undefined) querystring = require('querystring');
  return querystring;
}

function decodeAuth(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new URIError('URI malformed');
  }
}

function encodeAuth(text) {
  let out;
  try {
    out = encodeURIComponent(text);
  } catch {
    throw new ERR_INVALID_URI();
  }
  return out.replace(/%3A/gi, ':');
}

// Hostname to its ASCII (punycode) form as url.parse does it; null when IDNA rejects it.
const MAPPED_FORBIDDEN_RE = /[\x00\t\n\r #/:<>?@[\\\]^|]/;
function legacyToASCII(hostname) {
  const nul = hostname.indexOf('\0');
  if (nul !== -1) hostname = hostname.slice(0, nul);
  if (hostname === '') return '';
  const ascii = whatwg.domainToASCIIInternal(hostname);
  if (ascii === null) return null;
  // Mapping may turn a non-ASCII character into one no host can hold (U+00A0 into a space).
  if (/[^\x00-\x7f]/.test(hostname) && MAPPED_FORBIDDEN_RE.test(ascii)) return null;
  return ascii;
}

let warnedPortInHost = false;
function warnInvalidHost(input) {
  if (warnedPortInHost) return;
  warnedPortInHost = true;
  require('process').emitWarning(
    `The URL ${input} is invalid. Future versions of Node.js will throw an error.`,
    'DeprecationWarning', 'DEP0170');
}

let warnedParse = false;
function warnLegacyParse() {
  if (warnedParse) return;
  warnedParse = true;
  const process = require('process');
  const env = process.env || {};
  const pending = (process.execArgv || []).includes('--pending-deprecation') ||
    env.NODE_PENDING_DEPRECATION === '1' ||
    /(?:^|\s)--pending-deprecation(?:\s|$)/.test(env.NODE_OPTIONS || '');
  if (!pending) return;
  process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have ' +
    'security implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` ' +
    'vulnerabilities.', 'DeprecationWarning', 'DEP0169');
}

// ---------------------------------------------------------------------------------------
// The Url object.

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

// Leading/trailing controls and spaces go; backslashes before the query or fragment become
// slashes. Returns the cleaned text.
function tidyInput(input) {
  let start = 0;
  let end = input.length;
  while (start < end && isTrimmed(input.charCodeAt(start))) start++;
  while (end > start && isTrimmed(input.charCodeAt(end - 1))) end--;
  const text = input.slice(start, end);
  let cut = text.length;
  const q = text.indexOf('?');
  const h = text.indexOf('#');
  if (q !== -1) cut = q;
  if (h !== -1 && h < cut) cut = h;
  const head = text.slice(0, cut);
  return head.includes('\\') ? head.replace(/\\/g, '/') + text.slice(cut) : text;
}

// Splits query and fragment off `rest` into the Url, leaving `pathname` (or nothing).
function takeQueryAndPath(self, rest, parseQuery) {
  const hashAt = rest.indexOf('#');
  if (hashAt !== -1) {
    self.hash = rest.slice(hashAt);
    rest = rest.slice(0, hashAt);
  }
  const queryAt = rest.indexOf('?');
  if (queryAt !== -1) {
    self.search = rest.slice(queryAt);
    const raw = rest.slice(queryAt + 1);
    self.query = parseQuery ? qs().parse(raw) : raw;
    rest = rest.slice(0, queryAt);
  } else if (parseQuery) {
    self.query = emptyQuery();
  }
  if (rest !== '') self.pathname = rest;
}

function emptyQuery() {
  return { __proto__: null };
}

function setPath(self) {
  if (self.pathname || self.search) self.path = (self.pathname || '') + (self.search || '');
}

Url.prototype.parse = function parse(input, parseQuery, slashesDenoteHost) {
  validateString(input, 'url');
  let rest = tidyInput(input);

  if (!slashesDenoteHost && !rest.includes('#')) {
    const bare = BARE_PATH_RE.exec(rest);
    if (bare !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = bare[1];
      if (bare[2]) {
        this.search = bare[2];
        const raw = bare[2].slice(1);
        this.query = parseQuery ? qs().parse(raw) : raw;
      } else if (parseQuery) {
        this.query = emptyQuery();
      }
      return this;
    }
  }

  let scheme = SCHEME_RE.exec(rest);
  let lowerScheme;
  if (scheme !== null) {
    scheme = scheme[0];
    lowerScheme = scheme.toLowerCase();
    this.protocol = lowerScheme;
    rest = rest.slice(scheme.length);
  }

  let hasSlashes = false;
  if (slashesDenoteHost || scheme !== null || AUTH_LOOKING_RE.test(rest)) {
    hasSlashes = rest.startsWith('//');
    if (hasSlashes && !(scheme !== null && NO_HOST_SCHEMES.has(lowerScheme))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  const wantsHost = !NO_HOST_SCHEMES.has(lowerScheme) &&
    (hasSlashes || (scheme !== null && !SLASHED_SCHEMES.has(scheme)));
  if (wantsHost) rest = readAuthority(this, rest, input);

  if (lowerScheme !== 'javascript:') rest = rest.replace(ESCAPED_IN_PATH_RE, (c) => ESCAPED_IN_PATH[c]);
  takeQueryAndPath(this, rest, parseQuery);

  if (SLASHED_SCHEMES.has(lowerScheme) && this.hostname && !this.pathname) this.pathname = '/';
  setPath(this);
  this.href = formatLegacy(this);
  return this;
};

// Reads "[auth@]host[:port]" from the front of `rest` into the Url; returns what follows.
function readAuthority(self, rest, input) {
  // Tabs and newlines vanish from everything before the path, query or fragment.
  const stop = rest.search(/[#/?]/);
  const head = stop === -1 ? rest : rest.slice(0, stop);
  if (/[\t\n\r]/.test(head)) rest = head.replace(/[\t\n\r]/g, '') + (stop === -1 ? '' : rest.slice(stop));
  let at = -1;
  let hostStop = -1;
  let i = 0;
  for (; i < rest.length; i++) {
    const c = rest[i];
    if (ENDS_HOST.includes(c)) {
      if (hostStop === -1) hostStop = i;
      break;
    }
    if (c === '@') {
      at = i;
      hostStop = -1;
    } else if (hostStop === -1 && NOT_HOST.includes(c)) {
      hostStop = i;
    }
  }
  if (at !== -1) {
    self.auth = decodeAuth(rest.slice(0, at));
    rest = rest.slice(at + 1);
    if (hostStop !== -1) hostStop -= at + 1;
  }
  if (hostStop === -1) hostStop = rest.length;
  self.host = rest.slice(0, hostStop);
  rest = rest.slice(hostStop);

  self.parseHost();
  let hostname = self.hostname || '';
  const bracketed = hostname.length >= 2 && hostname[0] === '[' && hostname[hostname.length - 1] === ']';

  if (!bracketed) {
    // A colon that is not a port separator ends the host (the rest joins the path); brackets
    // outside an IPv6 literal make the whole URL invalid.
    const colon = hostname.indexOf(':');
    if (colon !== -1) {
      warnInvalidHost(input);
      rest = `/${hostname.slice(colon)}${rest}`;
      hostname = hostname.slice(0, colon);
    }
    if (hostname.includes('[') || hostname.includes(']')) throw new ERR_INVALID_URL(input);
  } else if (hostname.includes('\0')) {
    throw new ERR_INVALID_URL(input);
  }

  hostname = hostname.length > 255 ? '' : hostname.toLowerCase();
  if (!bracketed && hostname !== '') {
    const ascii = legacyToASCII(hostname);
    if (ascii === null) throw new ERR_INVALID_URL(input);
    hostname = ascii;
  }

  self.host = hostname + (self.port ? `:${self.port}` : '');
  if (bracketed) {
    hostname = hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  self.hostname = hostname;
  return rest;
}

// Serialises any Url-shaped object the legacy way.
function formatLegacy(obj) {
  const scheme = obj.protocol ? (obj.protocol.endsWith(':') ? obj.protocol : `${obj.protocol}:`) : '';
  const userinfo = obj.auth ? `${encodeAuth(obj.auth)}@` : '';

  let authority = '';
  if (obj.host) {
    authority = userinfo + obj.host;
  } else if (obj.hostname) {
    const name = obj.hostname;
    const bare = name.includes(':') && !(name.startsWith('[') && name.endsWith(']'));
    authority = `${userinfo}${bare ? `[${name}]` : name}${obj.port ? `:${obj.port}` : ''}`;
  }

  let query = obj.search;
  if (!query && obj.query !== null && typeof obj.query === 'object') {
    const encoded = qs().stringify(obj.query);
    query = encoded ? `?${encoded}` : '';
  }
  query = query ? `${query}`.replace(/#/g, '%23') : '';
  if (query !== '' && !query.startsWith('?')) query = `?${query}`;

  let path = obj.pathname ? obj.pathname.replace(/[?#]/g, (c) => (c === '#' ? '%23' : '%3F')) : '';
  let prefix = authority;
  if (obj.slashes || SLASHED_SCHEMES.has(scheme)) {
    if (obj.slashes || authority !== '') {
      prefix = `//${authority}`;
      if (path !== '' && !path.startsWith('/')) path = `/${path}`;
    } else if (scheme === 'file:') {
      prefix = '//';
    }
  }

  const fragment = obj.hash ? (obj.hash.startsWith('#') ? obj.hash : `#${obj.hash}`) : '';
  return `${scheme}${prefix}${path}${query}${fragment}`;
}

Url.prototype.format = function format() {
  return formatLegacy(this);
};

Url.prototype.resolve = function resolve(target) {
  return formatLegacy(this.resolveObject(legacyParse(target, false, true)));
};

// Copies every own enumerable field of `from` onto `to`, except the one named `skip`.
function copyFields(to, from, skip) {
  for (const key of Object.keys(from)) {
    if (key !== skip) to[key] = from[key];
  }
}

function take(to, from, ...keys) {
  for (const key of keys) to[key] = from[key];
}

function pathOf(u) {
  return (u.pathname ? u.pathname : '') + (u.search ? u.search : '');
}

function finish(u) {
  u.href = formatLegacy(u);
  return u;
}

// Host and auth of a scheme without "//" live at the front of its path; split them back out.
function hostFromSegments(u, segments, isAbsolute, queryOnly) {
  let first;
  if (queryOnly) first = segments.shift();
  else first = isAbsolute ? '' : (segments.length ? segments.shift() : '');
  u.hostname = first;
  u.host = first;
  if (first && first.indexOf('@') > 0) {
    const [user, hostPart] = first.split('@');
    u.auth = user;
    u.host = hostPart;
    u.hostname = hostPart;
  }
}

// Collapses "." and ".." segments. Leftover ".." stay in front unless the path is absolute.
function collapseDots(segments, keepLeadingUps) {
  const kept = [];
  let ups = 0;
  for (const seg of segments) {
    if (seg === '.') continue;
    if (seg === '..') {
      if (kept.length) kept.pop();
      else ups++;
    } else {
      kept.push(seg);
    }
  }
  if (keepLeadingUps) for (; ups > 0; ups--) kept.unshift('..');
  return kept;
}

Url.prototype.resolveObject = function resolveObject(target) {
  const rel = typeof target === 'string' ? new Url().parse(target, false, true) : target;
  const out = new Url();
  copyFields(out, this);
  out.hash = rel.hash;

  if (rel.href === '') return finish(out);

  // "//host/path": everything but the scheme comes from the relative URL.
  if (rel.slashes && !rel.protocol) {
    copyFields(out, rel, 'protocol');
    if (SLASHED_SCHEMES.has(out.protocol) && out.hostname && !out.pathname) {
      out.pathname = '/';
      out.path = '/';
    }
    return finish(out);
  }

  if (rel.protocol && rel.protocol !== out.protocol) return finish(switchScheme(out, rel));
  return finish(mergeInto(out, rel));
};

// Resolution within one scheme: RFC 3986-style path merging plus Node's quirks for schemes
// without "//" (whose host is kept as the first path segment while merging).
function mergeInto(out, rel) {
  const relPath = rel.pathname;
  const relRooted = Boolean(rel.host) || (Boolean(relPath) && relPath.startsWith('/'));
  const baseRooted = Boolean(out.pathname) && out.pathname.startsWith('/');
  let rooted = relRooted || baseRooted || Boolean(out.host && relPath);
  const upsVanish = rooted;
  let segs = out.pathname ? out.pathname.split('/') : [];
  const relSegs = relPath ? relPath.split('/') : [];
  const opaque = Boolean(out.protocol) && !SLASHED_SCHEMES.has(out.protocol);

  if (opaque) {
    const pushHost = (list, host) => {
      if (list[0] === '') list[0] = host;
      else list.unshift(host);
    };
    out.hostname = '';
    out.port = null;
    if (out.host) pushHost(segs, out.host);
    out.host = '';
    if (rel.protocol) {
      // A relative URL with its own scheme brings its own (possibly absent) credentials.
      out.auth = null;
      rel.hostname = null;
      rel.port = null;
      if (rel.host) pushHost(relSegs, rel.host);
      rel.host = null;
    }
    rooted = rooted && (relSegs[0] === '' || segs[0] === '');
  }

  if (relRooted) {
    for (const key of ['host', 'hostname']) {
      const value = rel[key];
      if (!value && value !== '') continue;
      if (out[key] !== value) out.auth = null;
      out[key] = value;
      if (key === 'host') out.port = rel.port;
    }
    take(out, rel, 'search', 'query');
    segs = relSegs;
  } else if (relSegs.length > 0) {
    segs.pop();
    segs.push(...relSegs);
    take(out, rel, 'search', 'query');
  } else if (rel.search != null) {
    // Only the query changes.
    if (opaque) hostFromSegments(out, segs, false, true);
    take(out, rel, 'search', 'query');
    if (out.pathname !== null || out.search !== null) out.path = pathOf(out);
    return out;
  }

  if (segs.length === 0) {
    out.pathname = null;
    out.path = out.search ? `/${out.search}` : null;
    return out;
  }

  const tail = segs[segs.length - 1];
  const dirLike = tail === '' ||
    ((tail === '.' || tail === '..') && Boolean(out.host || rel.host || segs.length > 1));

  segs = collapseDots(segs, !rooted && !upsVanish);
  const startsRooted = (list) => list[0] === '' || Boolean(list[0] && list[0].startsWith('/'));
  if (rooted && !startsRooted(segs)) segs.unshift('');
  if (dirLike && !segs.join('/').endsWith('/')) segs.push('');

  const isAbsolute = startsRooted(segs);
  if (opaque) hostFromSegments(out, segs, isAbsolute, false);

  if ((rooted || (out.host && segs.length)) && !isAbsolute) segs.unshift('');

  if (segs.length > 0) {
    out.pathname = segs.join('/');
  } else {
    out.pathname = null;
    out.path = null;
  }
  if (out.pathname !== null || out.search !== null) out.path = pathOf(out);
  out.auth = rel.auth || out.auth;
  out.slashes = out.slashes || rel.slashes;
  return out;
}

// The relative URL names another scheme. An opaque one replaces everything; a "//" one keeps
// nothing but the hash, and "http:host/path" takes its host from the first path segment.
function switchScheme(out, rel) {
  if (!SLASHED_SCHEMES.has(rel.protocol)) {
    copyFields(out, rel);
    return out;
  }
  out.protocol = rel.protocol;
  const hostInPath = !rel.host && !/^file:?$/.test(rel.protocol) && !NO_HOST_SCHEMES.has(rel.protocol);
  if (hostInPath) {
    const parts = (rel.pathname || '').split('/');
    let first = '';
    while (parts.length > 0 && first === '') first = parts.shift() || '';
    rel.host = first;
    if (!rel.hostname) rel.hostname = '';
    if (parts[0] !== '') parts.unshift('');
    if (parts.length < 2) parts.unshift('');
    out.pathname = parts.join('/');
  } else {
    out.pathname = rel.pathname;
  }
  take(out, rel, 'search', 'query', 'auth', 'port');
  out.host = rel.host || '';
  out.hostname = rel.hostname || rel.host;
  if (out.pathname || out.search) out.path = pathOf(out);
  out.slashes = out.slashes || rel.slashes;
  return out;
}

// Splits `host` into hostname and a trailing ":digits" port.
Url.prototype.parseHost = function parseHost() {
  const found = PORT_SUFFIX_RE.exec(this.host);
  let name = this.host;
  if (found !== null) {
    if (found[0].length > 1) this.port = found[0].slice(1);
    name = name.slice(0, -found[0].length);
  }
  if (name) this.hostname = name;
};

// ---------------------------------------------------------------------------------------
// Module functions.

function legacyParse(input, parseQuery, slashesDenoteHost) {
  warnLegacyParse();
  return input instanceof Url ? input : new Url().parse(input, parseQuery, slashesDenoteHost);
}

// The legacy serialisation of a WHATWG URL, with parts optionally left out.
function formatWhatwg(u, opts) {
  const pick = (key, fallback) => (opts === undefined || opts[key] == null ? fallback : Boolean(opts[key]));
  if (opts !== undefined) validateObject(opts, 'options');
  const withAuth = pick('auth', true);
  const withFragment = pick('fragment', true);
  const withSearch = pick('search', true);
  const unicode = pick('unicode', false);

  // Cut the serialisation itself so that empty "?" / "#" and a "/." path prefix survive.
  const href = u.href;
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const beforeQuery = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const scheme = u.protocol;
  const afterScheme = beforeQuery.slice(scheme.length);
  let text = scheme;
  if (afterScheme.startsWith('//')) {
    text += '//';
    if (withAuth && (u.username || u.password)) {
      text += u.password ? `${u.username}:${u.password}@` : `${u.username}@`;
    }
    text += unicode ? whatwg.domainToUnicode(u.hostname) : u.hostname;
    if (u.port) text += `:${u.port}`;
    const pathAt = afterScheme.indexOf('/', 2);
    if (pathAt !== -1) text += afterScheme.slice(pathAt);
  } else {
    text += afterScheme;
  }
  if (withSearch && queryAt !== -1) text += beforeHash.slice(queryAt);
  if (withFragment && hashAt !== -1) text += href.slice(hashAt);
  return text;
}

function legacyFormat(urlObject, options) {
  if (typeof urlObject === 'string') return formatLegacy(legacyParse(urlObject));
  if (urlObject === null || typeof urlObject !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  }
  return whatwg.isURL(urlObject) ? formatWhatwg(urlObject, options) : formatLegacy(urlObject);
}

function legacyResolve(from, to) {
  return legacyParse(from, false, true).resolve(to);
}

function legacyResolveObject(from, to) {
  return from ? legacyParse(from, false, true).resolveObject(to) : to;
}

module.exports = {
  Url,
  parse: legacyParse,
  resolve: legacyResolve,
  resolveObject: legacyResolveObject,
  format: legacyFormat,
  URL: whatwg.URL,
  URLSearchParams: whatwg.URLSearchParams,
  domainToASCII: whatwg.domainToASCII,
  domainToUnicode: whatwg.domainToUnicode,
  pathToFileURL: whatwg.pathToFileURL,
  fileURLToPath: whatwg.fileURLToPath,
  urlToHttpOptions: whatwg.urlToHttpOptions,
};
