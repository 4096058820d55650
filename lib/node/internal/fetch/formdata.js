'use strict';
// FormData: an ordered list of (name, string | File) entries, its multipart/form-data
// encoding, and the parsers for multipart and urlencoded bodies.

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kEntries = Symbol('kEntries');

function argCount(what, need, args) {
  if (args.length < need) {
    throw new TypeError(`${what}: ${need} argument${need > 1 ? 's' : ''} required, but ${need > 1 ? 'only ' : ''}${args.length} found.`);
  }
}

function checkThis(self) {
  if (self === null || typeof self !== 'object' || !(kEntries in self)) {
    const { codes: { ERR_INVALID_THIS } } = require('node/internal/errors');
    const err = new ERR_INVALID_THIS('FormData');
    err.message = 'Illegal invocation';
    throw err;
  }
}

function toUSV(s) {
  s = `${s}`;
  return typeof s.toWellFormed === 'function' ? s.toWellFormed() :
    s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// Makes an entry: strings stay strings; Blobs become Files named filename (or 'blob').
function makeEntry(name, value, filename, what) {
  const { Blob, File } = require('buffer');
  name = toUSV(name);
  if (value instanceof Blob) {
    if (!(value instanceof File) || filename !== undefined) {
      value = new File([value], filename !== undefined ? toUSV(filename) : (value instanceof File ? value.name : 'blob'),
        { type: value.type, lastModified: value instanceof File ? value.lastModified : undefined });
    }
    return [name, value];
  }
  if (filename !== undefined) {
    throw new TypeError(`${what}: parameter 2 is not of type 'Blob'.`);
  }
  return [name, toUSV(value)];
}

class FormData {
  constructor(form) {
    if (form !== undefined) {
      throw new TypeError("FormData constructor: Argument 1 could not be converted to: undefined.");
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    checkThis(this);
    argCount('FormData.append', 2, arguments);
    this[kEntries].push(makeEntry(name, value, arguments.length > 2 ? filename : undefined, 'FormData.append'));
  }

  delete(name) {
    checkThis(this);
    argCount('FormData.delete', 1, arguments);
    name = toUSV(name);
    this[kEntries] = this[kEntries].filter((e) => e[0] !== name);
  }

  get(name) {
    checkThis(this);
    argCount('FormData.get', 1, arguments);
    name = toUSV(name);
    const entry = this[kEntries].find((e) => e[0] === name);
    return entry === undefined ? null : entry[1];
  }

  getAll(name) {
    checkThis(this);
    argCount('FormData.getAll', 1, arguments);
    name = toUSV(name);
    return this[kEntries].filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    checkThis(this);
    argCount('FormData.has', 1, arguments);
    name = toUSV(name);
    return this[kEntries].some((e) => e[0] === name);
  }

  set(name, value, filename = undefined) {
    checkThis(this);
    argCount('FormData.set', 2, arguments);
    const entry = makeEntry(name, value, arguments.length > 2 ? filename : undefined, 'FormData.set');
    const list = this[kEntries];
    const i = list.findIndex((e) => e[0] === entry[0]);
    if (i === -1) {
      list.push(entry);
    } else {
      list[i] = entry;
      this[kEntries] = list.filter((e, j) => j <= i || e[0] !== entry[0]);
    }
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

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    argCount("Failed to execute 'forEach' on 'FormData'", 1, arguments);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [k, v] of this) Reflect.apply(callback, thisArg, [v, k, this]);
  }

  [customInspect](depth, options, inspect) {
    if (typeof inspect !== 'function') inspect = require('util').inspect;
    const obj = {};
    for (const [k, v] of this[kEntries]) {
      if (Object.prototype.hasOwnProperty.call(obj, k)) {
        obj[k] = Array.isArray(obj[k]) ? [...obj[k], v] : [obj[k], v];
      } else {
        obj[k] = v;
      }
    }
    const opts = { ...options, depth: options?.depth == null ? options?.depth : options.depth - 1 };
    return `FormData ${inspect(obj, opts)}`;
  }
}
Object.defineProperty(FormData.prototype, Symbol.iterator, {
  value: FormData.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });
require('node/internal/webstreams/util').exposeMembers(FormData, ['append', 'delete', 'get', 'getAll', 'has', 'set',
  'keys', 'values', 'entries', 'forEach']);

const makeIterator = require('node/internal/fetch/pairiter').pairIterator('FormData', (fd) => fd[kEntries],
  () => new TypeError('Illegal invocation'));

function escapeName(s) {
  return s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

function normalizeNewlines(s) {
  return s.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n');
}

// Serializes to multipart/form-data; returns { bytes, boundary }.
function serializeFormData(fd) {
  let rand = '';
  for (let i = 0; i < 11; i++) rand += Math.floor(Math.random() * 10);
  const boundary = `----formdata-undici-0${rand.padStart(11, '0')}`;
  const parts = [];
  const enc = (s) => binding.utf8Encode(s);
  for (const [name, value] of fd[kEntries]) {
    if (typeof value === 'string') {
      parts.push(enc(`--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(normalizeNewlines(name))}"` +
        `\r\n\r\n${normalizeNewlines(value)}\r\n`));
    } else {
      parts.push(enc(`--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(normalizeNewlines(name))}"` +
        `; filename="${escapeName(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      parts.push(require('node/internal/fetch/body').blobBytes(value));
      parts.push(enc('\r\n'));
    }
  }
  parts.push(enc(`--${boundary}--\r\n`));
  let length = 0;
  for (const p of parts) length += p.byteLength;
  const bytes = new Uint8Array(length);
  let pos = 0;
  for (const p of parts) {
    bytes.set(p, pos);
    pos += p.byteLength;
  }
  return { bytes, boundary };
}

function indexOf(hay, needle, from) {
  const first = needle[0];
  const end = hay.length - needle.length;
  for (let i = from; i <= end; i++) {
    if (hay[i] !== first) continue;
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

function parseParams(header) {
  const params = {};
  const re = /;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  let m;
  while ((m = re.exec(header)) !== null) {
    params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3].trim();
  }
  return params;
}

function failed() {
  return new TypeError('Failed to parse body as FormData.');
}

// Parses a multipart/form-data body (bytes) with the given boundary into a FormData.
function parseMultipart(bytes, boundary) {
  const { File } = require('buffer');
  const fd = new FormData();
  const dec = (b) => binding.utf8Decode(b, 0, b.length);
  const delim = binding.utf8Encode(`--${boundary}`);
  let pos = indexOf(bytes, delim, 0);
  if (pos === -1) throw failed();
  pos += delim.length;
  for (;;) {
    if (bytes[pos] === 0x2d && bytes[pos + 1] === 0x2d) break;
    if (bytes[pos] === 0x0d && bytes[pos + 1] === 0x0a) pos += 2; else throw failed();
    const headEnd = indexOf(bytes, binding.utf8Encode('\r\n\r\n'), pos);
    if (headEnd === -1) throw failed();
    const head = dec(bytes.subarray(pos, headEnd));
    let name;
    let filename;
    let type = '';
    for (const line of head.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon === -1) continue;
      const key = line.slice(0, colon).trim().toLowerCase();
      const val = line.slice(colon + 1).trim();
      if (key === 'content-disposition') {
        const params = parseParams(val.slice(val.indexOf(';')));
        name = params.name;
        filename = params.filename;
      } else if (key === 'content-type') {
        type = val;
      }
    }
    if (name === undefined) throw failed();
    const bodyStart = headEnd + 4;
    const next = indexOf(bytes, binding.utf8Encode(`\r\n--${boundary}`), bodyStart);
    if (next === -1) throw failed();
    const body = bytes.subarray(bodyStart, next);
    if (filename !== undefined) {
      fd.append(name, new File([body.slice()], filename, { type }));
    } else {
      fd.append(name, dec(body));
    }
    pos = next + 2 + delim.length;
  }
  return fd;
}

function parseUrlencoded(text) {
  const { URLSearchParams } = require('node/internal/url');
  const fd = new FormData();
  for (const [k, v] of new URLSearchParams(text)) fd.append(k, v);
  return fd;
}

function formDataEntries(fd) {
  return fd[kEntries];
}

module.exports = {
  FormData, serializeFormData, parseMultipart, parseUrlencoded, parseParams, formDataEntries,
  isFormData: (v) => v != null && typeof v === 'object' && kEntries in v,
};
