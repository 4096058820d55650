'use strict';
// Blob and File (node:buffer): immutable byte containers built from strings, buffers and blobs.

const errors = require('node/internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS,
} = errors.codes;

const disallowedType = /[^\u0020-\u007e]/;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function toWellFormed(s) {
  if (typeof s.toWellFormed === 'function') return s.toWellFormed();
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function normalizeType(type) {
  type = `${type}`;
  return disallowedType.test(type) ? '' : type.toLowerCase();
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
}

function inspectWith(inspectFn, label, obj, depth, options) {
  if (typeof inspectFn !== 'function') inspectFn = require('util').inspect;
  const opts = { ...options, depth: options == null || options.depth == null ? null : options.depth - 1 };
  return `${label} ${inspectFn(obj, opts)}`;
}

let createBlobToken;
let bytesOf;

class Blob {
  #bytes;
  #type;

  // The bytes a Blob holds, for fetch's body and FormData code (read-only use).
  static {
    bytesOf = (blob) => blob.#bytes;
  }

  constructor(sources = [], options = undefined) {
    if (sources === createBlobToken) {
      // Internal construction from already-owned bytes (slice).
      this.#bytes = options.bytes;
      this.#type = options.type;
      return;
    }
    if (sources === null || typeof sources !== 'object' ||
        typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let length = 0;
    for (const source of sources) {
      let part;
      if (source !== null && typeof source === 'object' && #bytes in source) {
        part = source.#bytes;
      } else if (isAnyArrayBuffer(source)) {
        part = new Uint8Array(source.slice(0));
      } else if (ArrayBuffer.isView(source)) {
        part = new Uint8Array(source.buffer, source.byteOffset, source.byteLength).slice();
      } else {
        let s = `${source}`;
        if (endings === 'native') s = s.replace(/\r\n/g, '\n');
        part = binding.utf8Encode(s);
      }
      parts.push(part);
      length += part.byteLength;
    }
    let bytes;
    if (parts.length === 1) {
      bytes = parts[0];
    } else {
      bytes = new Uint8Array(length);
      let pos = 0;
      for (const p of parts) {
        bytes.set(p, pos);
        pos += p.byteLength;
      }
    }
    this.#bytes = bytes;
    this.#type = normalizeType(type);
  }

  static #check(blob) {
    if (blob === null || typeof blob !== 'object' || !(#bytes in blob)) throw new ERR_INVALID_THIS('Blob');
  }

  get type() {
    Blob.#check(this);
    return this.#type;
  }

  get size() {
    Blob.#check(this);
    return this.#bytes.byteLength;
  }

  slice(start = 0, end = undefined, contentType = '') {
    Blob.#check(this);
    const size = this.#bytes.byteLength;
    if (end === undefined) end = size;
    start = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
    end = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
    start = Math.trunc(start) || 0;
    end = Math.trunc(end) || 0;
    const span = Math.max(end - start, 0);
    return new Blob(createBlobToken, {
      bytes: this.#bytes.subarray(start, start + span),
      type: normalizeType(contentType),
    });
  }

  arrayBuffer() {
    try {
      Blob.#check(this);
    } catch (err) {
      return Promise.reject(err);
    }
    const b = this.#bytes;
    return Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  }

  text() {
    try {
      Blob.#check(this);
    } catch (err) {
      return Promise.reject(err);
    }
    const b = this.#bytes;
    let s = b.length === 0 ? '' : binding.utf8Decode(b, 0, b.length);
    if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    return Promise.resolve(s);
  }

  bytes() {
    try {
      Blob.#check(this);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve(this.#bytes.slice());
  }

  stream() {
    Blob.#check(this);
    let ReadableStream;
    try {
      ({ ReadableStream } = require('stream/web'));
    } catch {
      ReadableStream = undefined;
    }
    if (typeof ReadableStream !== 'function') throw errors.notImplemented('Blob.prototype.stream');
    const bytes = this.#bytes;
    let pos = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (pos >= bytes.length) {
          controller.close();
          return;
        }
        const end = bytes.length; // one chunk, as Node gives for in-memory blobs
        controller.enqueue(bytes.slice(pos, end));
        pos = end;
      },
    });
  }

  [customInspect](depth, options, inspectFn) {
    if (depth < 0) return this;
    return inspectWith(inspectFn, 'Blob', { size: this.size, type: this.type }, depth, options);
  }
}
createBlobToken = Symbol('createBlob');

for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  const desc = Object.getOwnPropertyDescriptor(Blob.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(Blob.prototype, name, desc);
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = toWellFormed(`${fileName}`);
    this.#lastModified = lastModified;
  }

  get name() {
    if (this === null || typeof this !== 'object' || !(#name in this)) throw new ERR_INVALID_THIS('File');
    return this.#name;
  }

  get lastModified() {
    if (this === null || typeof this !== 'object' || !(#name in this)) throw new ERR_INVALID_THIS('File');
    return this.#lastModified;
  }

  [customInspect](depth, options, inspectFn) {
    if (depth < 0) return this;
    return inspectWith(inspectFn, 'File', {
      size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified,
    }, depth, options);
  }
}
for (const name of ['name', 'lastModified']) {
  const desc = Object.getOwnPropertyDescriptor(File.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(File.prototype, name, desc);
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

module.exports = { Blob, File, blobBytes: (blob) => bytesOf(blob) };
