'use strict';
// Byte <-> string codecs behind Buffer and TextDecoder: utf8 (native), latin1, ascii, utf16le,
// hex, base64 and base64url. Each codec has byteLength(str), write(buf, str, off, max) -> bytes
// written, and slice(buf, start, end) -> string.

const CHUNK = 8192;
const fromCharCode = String.fromCharCode;
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// A string from char codes held in a Uint8Array or Uint16Array, built in bounded chunks.
function codesToString(codes, start = 0, end = codes.length) {
  if (end - start <= CHUNK) {
    if (start === 0 && end === codes.length) return fromCharCode.apply(null, codes);
    return fromCharCode.apply(null, codes.subarray(start, end));
  }
  const parts = [];
  for (let i = start; i < end; i += CHUNK) {
    parts.push(fromCharCode.apply(null, codes.subarray(i, Math.min(i + CHUNK, end))));
  }
  return parts.join('');
}

// ---- utf8 (native intrinsics) ----
const utf8 = {
  byteLength(str) { return binding.utf8ByteLength(str); },
  write(buf, str, off, max) {
    if (max <= 0 || str.length === 0) return 0;
    return binding.utf8Write(str, buf, off, max)[1];
  },
  slice(buf, start, end) {
    if (end <= start) return '';
    return binding.utf8Decode(buf, start, end);
  },
};

// ---- latin1 ----
function latin1Write(buf, str, off, max) {
  let n = str.length;
  if (n > max) n = max;
  for (let i = 0; i < n; i++) buf[off + i] = str.charCodeAt(i);
  return n;
}
const latin1 = {
  byteLength(str) { return str.length; },
  write: latin1Write,
  slice(buf, start, end) {
    if (end <= start) return '';
    return binding.latin1Decode(buf, start, end);
  },
};

// ---- ascii: written like latin1, read with the high bit cleared ----
const highBytes = /[\x80-\xff]/;
const highBytesAll = /[\x80-\xff]/g;
function clearHigh(c) { return fromCharCode(c.charCodeAt(0) & 0x7f); }
const ascii = {
  byteLength(str) { return str.length; },
  write: latin1Write,
  slice(buf, start, end) {
    if (end <= start) return '';
    const s = binding.latin1Decode(buf, start, end);
    return highBytes.test(s) ? s.replace(highBytesAll, clearHigh) : s;
  },
};

// ---- utf16le ----
const utf16le = {
  byteLength(str) { return str.length * 2; },
  write(buf, str, off, max) {
    let n = str.length;
    if (n > (max >>> 1)) n = max >>> 1;
    for (let i = 0; i < n; i++) {
      const c = str.charCodeAt(i);
      buf[off++] = c;
      buf[off++] = c >>> 8;
    }
    return n * 2;
  },
  slice(buf, start, end) {
    const units = (end - start) >>> 1;
    if (units <= 0) return '';
    const abs = buf.byteOffset + start;
    let view;
    if (littleEndian && (abs & 1) === 0) {
      view = new Uint16Array(buf.buffer, abs, units);
    } else {
      view = new Uint16Array(units);
      for (let i = 0, j = start; i < units; i++, j += 2) view[i] = buf[j] | (buf[j + 1] << 8);
    }
    return codesToString(view);
  },
};

// ---- hex ----
let hexCodes; // 512 char codes: two per byte value
function hexTable() {
  if (hexCodes === undefined) {
    const digits = '0123456789abcdef';
    hexCodes = new Uint8Array(512);
    for (let i = 0; i < 256; i++) {
      hexCodes[i * 2] = digits.charCodeAt(i >> 4);
      hexCodes[i * 2 + 1] = digits.charCodeAt(i & 15);
    }
  }
  return hexCodes;
}
let hexValues; // char code -> nibble, -1 when not a hex digit
function hexValueTable() {
  if (hexValues === undefined) {
    hexValues = new Int8Array(256).fill(-1);
    for (let i = 0; i < 10; i++) hexValues[48 + i] = i;
    for (let i = 0; i < 6; i++) {
      hexValues[65 + i] = 10 + i;
      hexValues[97 + i] = 10 + i;
    }
  }
  return hexValues;
}
const hex = {
  byteLength(str) { return str.length >>> 1; },
  write(buf, str, off, max) {
    let n = str.length >>> 1;
    if (n > max) n = max;
    const table = hexValueTable();
    let i = 0;
    for (; i < n; i++) {
      const a = str.charCodeAt(i * 2);
      const b = str.charCodeAt(i * 2 + 1);
      const hi = a < 256 ? table[a] : -1;
      const lo = b < 256 ? table[b] : -1;
      if (hi < 0 || lo < 0) break;
      buf[off + i] = (hi << 4) | lo;
    }
    return i;
  },
  slice(buf, start, end) {
    const n = end - start;
    if (n <= 0) return '';
    const table = hexTable();
    const out = new Uint8Array(n * 2);
    for (let i = 0, j = 0; i < n; i++, j += 2) {
      const b = buf[start + i] * 2;
      out[j] = table[b];
      out[j + 1] = table[b + 1];
    }
    return codesToString(out);
  },
};

// ---- base64 / base64url ----
let b64Decode; // char code -> sextet, -1 invalid (skipped), -2 for '='
let b64Std;
let b64Url;
function b64Tables() {
  if (b64Decode === undefined) {
    const std = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    b64Std = new Uint8Array(64);
    b64Url = new Uint8Array(64);
    b64Decode = new Int8Array(256).fill(-1);
    for (let i = 0; i < 64; i++) {
      b64Std[i] = std.charCodeAt(i);
      b64Url[i] = i === 62 ? 45 : i === 63 ? 95 : b64Std[i];
      b64Decode[b64Std[i]] = i;
    }
    b64Decode[45] = 62; // '-'
    b64Decode[95] = 63; // '_'
    b64Decode[61] = -2; // '='
  }
}

function base64ByteLength(str) {
  let n = str.length;
  if (n > 0 && str.charCodeAt(n - 1) === 0x3d) n--;
  if (n > 1 && str.charCodeAt(n - 1) === 0x3d) n--;
  return (n * 3) >>> 2;
}

// Lenient decode like Node: characters outside both alphabets are skipped, '=' ends the data.
function base64Write(buf, str, off, max) {
  b64Tables();
  const table = b64Decode;
  const len = str.length;
  const start = off;
  const limit = off + max;
  let acc = 0;
  let have = 0;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    const v = c < 256 ? table[c] : -1;
    if (v < 0) {
      if (v === -2) break;
      continue;
    }
    acc = (acc << 6) | v;
    if (++have === 4) {
      if (off < limit) buf[off++] = acc >>> 16;
      if (off < limit) buf[off++] = acc >>> 8;
      if (off < limit) buf[off++] = acc;
      if (off >= limit) return off - start;
      acc = 0;
      have = 0;
    }
  }
  if (have === 2) {
    if (off < limit) buf[off++] = acc >>> 4;
  } else if (have === 3) {
    if (off < limit) buf[off++] = acc >>> 10;
    if (off < limit) buf[off++] = acc >>> 2;
  }
  return off - start;
}

function base64Encode(buf, start, end, url) {
  b64Tables();
  const alpha = url ? b64Url : b64Std;
  const n = end - start;
  if (n <= 0) return '';
  const full = n - (n % 3);
  const outLen = url ? Math.ceil((n * 4) / 3) : Math.ceil(n / 3) * 4;
  const out = new Uint8Array(outLen);
  let j = 0;
  let i = start;
  const stop = start + full;
  for (; i < stop; i += 3) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
    out[j++] = alpha[v >>> 18];
    out[j++] = alpha[(v >>> 12) & 63];
    out[j++] = alpha[(v >>> 6) & 63];
    out[j++] = alpha[v & 63];
  }
  const rest = end - i;
  if (rest === 1) {
    const v = buf[i];
    out[j++] = alpha[v >>> 2];
    out[j++] = alpha[(v & 3) << 4];
    if (!url) { out[j++] = 61; out[j++] = 61; }
  } else if (rest === 2) {
    const v = (buf[i] << 8) | buf[i + 1];
    out[j++] = alpha[v >>> 10];
    out[j++] = alpha[(v >>> 4) & 63];
    out[j++] = alpha[(v & 15) << 2];
    if (!url) out[j++] = 61;
  }
  return codesToString(out, 0, j);
}

const base64 = {
  byteLength: base64ByteLength,
  write: base64Write,
  slice(buf, start, end) { return base64Encode(buf, start, end, false); },
};
const base64url = {
  byteLength: base64ByteLength,
  write: base64Write,
  slice(buf, start, end) { return base64Encode(buf, start, end, true); },
};

const codecs = { utf8, latin1, ascii, utf16le, hex, base64, base64url };

// Canonical Buffer encoding name for a label, or undefined.
function normalizeEncoding(enc) {
  switch (enc) {
    case undefined: case null: case '': case 'utf8': case 'utf-8': return 'utf8';
    case 'hex': return 'hex';
    case 'base64': return 'base64';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'base64url': return 'base64url';
    default: break;
  }
  if (typeof enc !== 'string') enc = `${enc}`;
  switch (enc.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'hex': return 'hex';
    case 'base64': return 'base64';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'base64url': return 'base64url';
    default: return undefined;
  }
}

// Codec for an explicit encoding argument (no defaulting for ''), or undefined.
function getCodec(enc) {
  if (enc === 'utf8' || enc === 'utf-8') return utf8;
  if (typeof enc !== 'string') enc = `${enc}`;
  if (enc.length === 0) return undefined;
  const name = normalizeEncoding(enc);
  return name === undefined ? undefined : codecs[name];
}

// UTF-8 validity (WHATWG rules: no overlongs, surrogates or values above U+10FFFF), and the
// length of a sequence cut short at the end of a range: both from the C codec's rules.
function isValidUtf8(u8, start = 0, end = u8.length) {
  return binding.utf8Valid(u8, start, end);
}

function utf8IncompleteTail(u8, start, end) {
  return binding.utf8Tail(u8, start, end);
}

module.exports = {
  codecs, normalizeEncoding, getCodec, codesToString, isValidUtf8, utf8IncompleteTail,
  littleEndian, base64Encode,
};
