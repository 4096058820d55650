'use strict';
// Small shared HTTP helpers: token and field-value checks, the cached Date header value, and
// the rules that fold repeated incoming header lines into `headers`.

const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const badValueRe = /[^\t\x20-\x7e\x80-\xff]/;

function tokenOk(s) { return tokenRe.test(s); }
function valueBad(v) { return badValueRe.test(typeof v === 'string' ? v : String(v)); }

// The Date header changes once a second; build it at most that often.
let dateText = '';
let dateSecond = -1;
function utcDate() {
  const now = Date.now();
  const sec = Math.floor(now / 1000);
  if (sec !== dateSecond) {
    dateSecond = sec;
    dateText = new Date(now).toUTCString();
  }
  return dateText;
}

// Duplicates of these are dropped (the first line wins).
const firstWins = new Set(['content-type', 'content-length', 'user-agent', 'referer', 'host',
  'authorization', 'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from',
  'location', 'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires']);

// Folds a raw [name, value, ...] list into Node's `headers` object.
function foldHeaders(raw, joinDuplicates) {
  const out = {};
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i].toLowerCase();
    const value = raw[i + 1];
    const prev = Object.hasOwn(out, key) ? out[key] : undefined;
    if (prev === undefined) {
      out[key] = key === 'set-cookie' ? [value] : value;
    } else if (key === 'set-cookie') {
      prev.push(value);
    } else if (key === 'cookie') {
      out[key] = `${prev}; ${value}`;
    } else if (joinDuplicates) {
      out[key] = `${prev}, ${value}`;
    } else if (firstWins.has(key)) {
      // keep the first
    } else {
      out[key] = `${prev}, ${value}`;
    }
  }
  return out;
}

function foldDistinct(raw) {
  const out = {};
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i].toLowerCase();
    (out[key] ??= []).push(raw[i + 1]);
  }
  return out;
}

module.exports = { tokenOk, valueBad, utcDate, foldHeaders, foldDistinct };
