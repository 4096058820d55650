'use strict';
// WHATWG TextEncoder and TextDecoder (utf-8, utf-16le/be, latin1 family) with streaming decode.

const {
  ERR_ENCODING_NOT_SUPPORTED, ERR_ENCODING_INVALID_ENCODED_DATA, ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
} = require('node/internal/errors').codes;
const { validateString, validateObject } = require('node/internal/validators');
const { codesToString, isValidUtf8, utf8IncompleteTail, littleEndian } = require('node/internal/buffer/codecs');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const EMPTY = new Uint8Array(0);

function isUint8Array(v) {
  return ArrayBuffer.isView(v) && Object.prototype.toString.call(v) === '[object Uint8Array]';
}

class TextEncoder {
  get encoding() {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    return binding.utf8Encode(`${input}`);
  }

  encodeInto(src, dest) {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    if (src.length === 0 || dest.length === 0) return { read: 0, written: 0 };
    const [read, written] = binding.utf8Write(src, dest, 0, dest.length);
    return { read, written };
  }

  [customInspect](depth, opts, inspectFn) {
    if (typeof inspectFn !== 'function') inspectFn = require('util').inspect;
    return inspectFn({ encoding: this.encoding }, opts);
  }
}
for (const name of ['encoding', 'encode', 'encodeInto']) {
  const desc = Object.getOwnPropertyDescriptor(TextEncoder.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(TextEncoder.prototype, name, desc);
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

// WHATWG labels for the encodings we decode.
let labels;
function encodingForLabel(label) {
  if (labels === undefined) {
    labels = new Map();
    const add = (name, list) => { for (const l of list) labels.set(l, name); };
    add('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']);
    add('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']);
    add('utf-16be', ['unicodefffe', 'utf-16be']);
    add('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
      'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1',
      'us-ascii', 'windows-1252', 'x-cp1252']);
  }
  return labels.get(label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase());
}

function toWellFormed(s) {
  if (typeof s.isWellFormed === 'function') return s.isWellFormed() ? s : s.toWellFormed();
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
function isWellFormed(s) {
  if (typeof s.isWellFormed === 'function') return s.isWellFormed();
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

// Node names the argument "input" when decoding in streaming mode and "list" otherwise.
function invalidInput(input, argName) {
  const err = new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
  err.message = `The "${argName}" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.`;
  return err;
}

function toBytes(input, argName = 'list') {
  if (input === undefined) return EMPTY;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
    return new Uint8Array(input);
  }
  throw invalidInput(input, argName);
}

function concatBytes(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = EMPTY; // bytes held back from the previous streaming call
  #bomChecked = false;

  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const name = encodingForLabel(encoding);
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this.#encoding = name;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#encoding in self)) {
      throw new ERR_INVALID_THIS('TextDecoder');
    }
  }

  get encoding() { TextDecoder.#check(this); return this.#encoding; }
  get fatal() { TextDecoder.#check(this); return this.#fatal; }
  get ignoreBOM() { TextDecoder.#check(this); return this.#ignoreBOM; }

  decode(input = undefined, options = {}) {
    TextDecoder.#check(this);
    const streaming = options !== null && typeof options === 'object' && Boolean(options.stream);
    let bytes = toBytes(input, streaming ? 'input' : 'list');
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const stream = Boolean(options?.stream);
    if (this.#pending.length !== 0) {
      bytes = concatBytes(this.#pending, bytes);
      this.#pending = EMPTY;
    }
    let out;
    try {
      switch (this.#encoding) {
        case 'utf-8': out = this.#utf8(bytes, stream); break;
        case 'utf-16le': out = this.#utf16(bytes, stream, false); break;
        case 'utf-16be': out = this.#utf16(bytes, stream, true); break;
        default: out = bytes.length === 0 ? '' : binding.latin1Decode(bytes, 0, bytes.length); break;
      }
    } catch (err) {
      this.#pending = EMPTY;
      this.#bomChecked = false;
      throw err;
    }
    if (!this.#bomChecked && out.length !== 0) {
      this.#bomChecked = true;
      if (!this.#ignoreBOM && out.charCodeAt(0) === 0xfeff && this.#encoding !== 'windows-1252') {
        out = out.slice(1);
      }
    }
    if (!stream) {
      this.#pending = EMPTY;
      this.#bomChecked = false;
    }
    return out;
  }

  #utf8(bytes, stream) {
    let end = bytes.length;
    if (stream) {
      const tail = utf8IncompleteTail(bytes, 0, end);
      if (tail !== 0) {
        end -= tail;
        this.#pending = bytes.slice(end);
      }
    }
    if (this.#fatal && !isValidUtf8(bytes, 0, end)) {
      throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
    }
    return end === 0 ? '' : binding.utf8Decode(bytes, 0, end);
  }

  #utf16(bytes, stream, bigEndian) {
    let units = bytes.length >>> 1;
    const odd = bytes.length & 1;
    let view;
    if (!bigEndian && littleEndian && (bytes.byteOffset & 1) === 0) {
      view = new Uint16Array(bytes.buffer, bytes.byteOffset, units);
    } else {
      view = new Uint16Array(units);
      for (let i = 0, j = 0; i < units; i++, j += 2) {
        view[i] = bigEndian ? (bytes[j] << 8) | bytes[j + 1] : bytes[j] | (bytes[j + 1] << 8);
      }
    }
    let keep = odd;
    if (stream && units > 0) {
      const last = view[units - 1];
      if (last >= 0xd800 && last <= 0xdbff) {
        units--;
        keep += 2;
      }
    }
    if (stream && keep) this.#pending = bytes.slice(bytes.length - keep);
    let s = units === 0 ? '' : codesToString(view, 0, units);
    if (!isWellFormed(s)) {
      if (this.#fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
      s = toWellFormed(s);
    }
    if (!stream && odd) {
      if (this.#fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
      s += '\ufffd';
    }
    return s;
  }

  [customInspect](depth, opts, inspectFn) {
    TextDecoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    if (typeof inspectFn !== 'function') inspectFn = require('util').inspect;
    const obj = { encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM };
    return `TextDecoder ${inspectFn(obj)}`;
  }
}
for (const name of ['encoding', 'fatal', 'ignoreBOM', 'decode']) {
  const desc = Object.getOwnPropertyDescriptor(TextDecoder.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(TextDecoder.prototype, name, desc);
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

module.exports = { TextEncoder, TextDecoder };
