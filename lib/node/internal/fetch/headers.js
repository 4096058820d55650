'use strict';
// Fetch's Headers: a case-insensitive multimap with a guard, iterated sorted by lowercase
// name, where set-cookie values stay separate.

const { codes: { ERR_INVALID_THIS } } = require('node/internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kList = Symbol('kList');
const kGuard = Symbol('kGuard');

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const badValueRe = /[\0\r\n]/;
const badValueAny = /[^\x00-\xff]/;
const edgeWhitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;

const nonLatin1 = /[^\x00-\xff]/;

function toByteString(value) {
  const s = typeof value === 'string' ? value : `${value}`;
  const bad = nonLatin1.exec(s);
  if (bad !== null) {
    throw new TypeError('Cannot convert argument to a ByteString because the character at index ' +
      `${bad.index} has a value of ${s.charCodeAt(bad.index)} which is greater than 255.`);
  }
  return s;
}

// Missing arguments are detected with a sentinel default (reading `arguments` is slow here).
const kMissing = Symbol('kMissing');

function missing(what, need, got) {
  return new TypeError(`${what}: ${need} argument${need > 1 ? 's' : ''} required, but ${need > 1 ? 'only ' : ''}${got} found.`);
}

function checkThis(self) {
  if (self === null || typeof self !== 'object' || !(kList in self)) throw illegal();
}

function illegal() {
  const err = new ERR_INVALID_THIS('Headers');
  err.message = 'Illegal invocation';
  return err;
}

// Names already found valid (bounded): most programs use a handful of header names.
const knownNames = new Set();

function validName(name, what) {
  if (knownNames.has(name)) return;
  if (!tokenRe.test(name)) throw new TypeError(`${what}: "${name}" is an invalid header name.`);
  if (knownNames.size < 512) knownNames.add(name);
}

// A header name argument: ByteString conversion and token check, cached for known names.
function headerName(name, what) {
  if (typeof name === 'string' && knownNames.has(name)) return name;
  name = toByteString(name);
  validName(name, what);
  return name;
}

function isEdgeSpace(c) {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function normalizeValue(value, what) {
  const n = value.length;
  const v = n > 0 && (isEdgeSpace(value.charCodeAt(0)) || isEdgeSpace(value.charCodeAt(n - 1))) ?
    value.replace(edgeWhitespace, '') : value;
  if (badValueRe.test(v)) throw new TypeError(`${what}: "${v}" is an invalid header value.`);
  return v;
}

// A header value argument: ByteString conversion, trimming and the NUL/CR/LF check.
function headerValue(value, what) {
  if (typeof value !== 'string') value = `${value}`;
  if (badValueAny.test(value)) toByteString(value);
  return normalizeValue(value, what);
}

// The list: Map of lowercase name -> { name (first spelling), value, cookies? }.
class HeaderList {
  constructor() {
    this.map = new Map();
    this.sorted = null;
  }

  append(name, value) {
    const key = name.toLowerCase();
    const entry = this.map.get(key);
    if (entry) {
      entry.value = `${entry.value}, ${value}`;
      if (key === 'set-cookie') entry.cookies.push(value);
    } else {
      this.map.set(key, { name, value, cookies: key === 'set-cookie' ? [value] : undefined });
    }
    this.sorted = null;
  }

  set(name, value) {
    const key = name.toLowerCase();
    this.map.set(key, { name, value, cookies: key === 'set-cookie' ? [value] : undefined });
    this.sorted = null;
  }

  delete(name) {
    if (this.map.delete(name.toLowerCase())) this.sorted = null;
  }

  get(name) {
    const entry = this.map.get(name.toLowerCase());
    return entry === undefined ? null : entry.value;
  }

  has(name) {
    return this.map.has(name.toLowerCase());
  }

  // [name, value] pairs in iteration order (sorted, set-cookie split).
  entries() {
    if (this.sorted !== null) return this.sorted;
    const keys = [...this.map.keys()].sort();
    const out = [];
    for (const key of keys) {
      const entry = this.map.get(key);
      if (key === 'set-cookie') {
        for (const c of entry.cookies) out.push([key, c]);
      } else {
        out.push([key, entry.value]);
      }
    }
    this.sorted = out;
    return out;
  }

  clone() {
    const copy = new HeaderList();
    for (const [key, entry] of this.map) {
      copy.map.set(key, { name: entry.name, value: entry.value, cookies: entry.cookies?.slice() });
    }
    return copy;
  }
}

class Headers {
  constructor(init = undefined) {
    this[kList] = new HeaderList();
    this[kGuard] = 'none';
    if (init !== undefined) fillHeaders(this, init);
  }

  append(name = kMissing, value = kMissing) {
    checkThis(this);
    if (value === kMissing) throw missing('Headers.append', 2, name === kMissing ? 0 : 1);
    appendHeader(this, name, value);
  }

  delete(name = kMissing) {
    checkThis(this);
    if (name === kMissing) throw missing('Headers.delete', 1, 0);
    name = headerName(name, 'Headers.delete');
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    this[kList].delete(name);
  }

  get(name = kMissing) {
    checkThis(this);
    if (name === kMissing) throw missing('Headers.get', 1, 0);
    name = headerName(name, 'Headers.get');
    return this[kList].get(name);
  }

  has(name = kMissing) {
    checkThis(this);
    if (name === kMissing) throw missing('Headers.has', 1, 0);
    name = headerName(name, 'Headers.has');
    return this[kList].has(name);
  }

  set(name = kMissing, value = kMissing) {
    checkThis(this);
    if (value === kMissing) throw missing('Headers.set', 2, name === kMissing ? 0 : 1);
    value = headerValue(value, 'Headers.set');
    name = headerName(name, 'Headers.set');
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    this[kList].set(name, value);
  }

  getSetCookie() {
    checkThis(this);
    const entry = this[kList].map.get('set-cookie');
    return entry === undefined ? [] : entry.cookies.slice();
  }

  keys() {
    checkThis(this);
    return makeIterator(this, 'key');
  }

  values() {
    checkThis(this);
    return makeIterator(this, 'value');
  }

  entries() {
    checkThis(this);
    return makeIterator(this, 'key+value');
  }

  forEach(callback = kMissing, thisArg = undefined) {
    checkThis(this);
    if (callback === kMissing) throw missing("Failed to execute 'forEach' on 'Headers'", 1, 0);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [key, value] of this[kList].entries()) Reflect.apply(callback, thisArg, [value, key, this]);
  }

  [customInspect](depth, options, inspect) {
    if (typeof inspect !== 'function') inspect = require('util').inspect;
    const obj = {};
    for (const entry of this[kList].map.values()) obj[entry.name] = entry.value;
    const opts = { ...options, depth: options?.depth == null ? options?.depth : options.depth - 1 };
    return `Headers ${inspect(obj, opts)}`;
  }
}
Object.defineProperty(Headers.prototype, Symbol.iterator, {
  value: Headers.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });
for (const name of ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'keys', 'values', 'entries', 'forEach']) {
  const d = Object.getOwnPropertyDescriptor(Headers.prototype, name);
  d.enumerable = true;
  Object.defineProperty(Headers.prototype, name, d);
}
for (const [name, length] of [['append', 2], ['set', 2], ['delete', 1], ['get', 1], ['has', 1], ['forEach', 1]]) {
  Object.defineProperty(Headers.prototype[name], 'length', { value: length });
}

const makeIterator = require('node/internal/fetch/pairiter').pairIterator('Headers', (h) => h[kList].entries(),
  illegal);

function appendHeader(headers, name, value) {
  const n = headerName(name, 'Headers.append');
  value = headerValue(value, 'Headers.append');
  name = n;
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
  headers[kList].append(name, value);
}

function fillHeaders(headers, init) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
      'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (init instanceof Headers) {
    for (const [k, v] of init[kList].entries()) headers[kList].append(k, v);
    return;
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: expected name/value pair to be length 2, found 1.');
      }
      const arr = [...pair];
      if (arr.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${arr.length}.`);
      }
      appendHeader(headers, arr[0], arr[1]);
    }
    return;
  }
  for (const key of Object.keys(init)) appendHeader(headers, key, init[key]);
}

function headerList(headers) {
  return headers[kList];
}

function setGuard(headers, guard) {
  headers[kGuard] = guard;
}

function headersFromList(list, guard) {
  const h = new Headers();
  h[kList] = list;
  h[kGuard] = guard;
  return h;
}

module.exports = { Headers, HeaderList, headerList, setGuard, getGuard: (h) => h[kGuard], fillHeaders, headersFromList, tokenRe };
