'use strict';
// The WHATWG URL Standard in JavaScript: the basic URL parser, host parsing (IPv4, IPv6,
// opaque hosts, domain-to-ASCII), the URL and URLSearchParams classes, and the file-path
// helpers (fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII/Unicode).
//
// Domain-to-ASCII note: the full UTS #46 mapping and validity tables are NOT included (they
// are large). Non-ASCII domains are mapped with NFKC normalisation plus lower-casing, a few
// well-known "ignored" characters (soft hyphen, zero-width space/joiners, variation selectors)
// are dropped and the ideographic full stops become '.', then each non-ASCII label is
// punycode-encoded. This matches Node for the common cases (accented Latin, CJK, Cyrillic,
// full-width letters...) but characters that UTS #46 disallows are accepted here instead of
// being rejected, and the rare case mappings that differ from NFKC+toLowerCase may differ.

const {
  ERR_INVALID_URL, ERR_INVALID_THIS, ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE,
  ERR_ARG_NOT_ITERABLE, ERR_INVALID_TUPLE, ERR_INVALID_FILE_URL_PATH,
  ERR_INVALID_FILE_URL_HOST, ERR_INVALID_URL_SCHEME,
} = require('node/internal/errors').codes;
const { notImplemented } = require('node/internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------------------
// Character classes and percent-encoding

const SPECIAL_PORTS = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };
function isSpecialScheme(s) { return SPECIAL_PORTS[s] !== undefined; }

// Each encode set is a 128-entry table of ASCII code units to escape; everything above
// U+007E is always escaped.
function makeSet(base, extra) {
  const t = base ? base.slice() : new Uint8Array(128);
  if (!base) { for (let i = 0; i < 0x20; i++) t[i] = 1; t[0x7f] = 1; }
  for (let i = 0; i < extra.length; i++) t[extra.charCodeAt(i)] = 1;
  return t;
}
const C0_SET = makeSet(null, '');
const FRAGMENT_SET = makeSet(C0_SET, ' "<>`');
const QUERY_SET = makeSet(C0_SET, ' "#<>');
const SPECIAL_QUERY_SET = makeSet(QUERY_SET, "'");
const PATH_SET = makeSet(QUERY_SET, '?`{}');
const USERINFO_SET = makeSet(PATH_SET, '/:;=@[\\]^|');
const COMPONENT_SET = makeSet(USERINFO_SET, '$%&+,');
const FORM_SET = makeSet(COMPONENT_SET, "!'()~");

const HEX = '0123456789ABCDEF';
function pctByte(b) { return `%${HEX[b >> 4]}${HEX[b & 15]}`; }

// UTF-8 percent-encodes every code point of `str` in `set` (lone surrogates become U+FFFD).
// With spaceAsPlus, U+0020 becomes '+' (application/x-www-form-urlencoded).
function percentEncode(str, set, spaceAsPlus = false) {
  let out = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (set[c] === 0 && !(spaceAsPlus && c === 0x20)) continue;
      if (i > last) out += str.slice(last, i);
      out += (spaceAsPlus && c === 0x20) ? '+' : pctByte(c);
      last = i + 1;
      continue;
    }
    if (i > last) out += str.slice(last, i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = str.charCodeAt(i + 1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else {
        c = 0xfffd;
      }
    }
    if (c < 0x800) {
      out += pctByte(0xc0 | (c >> 6)) + pctByte(0x80 | (c & 63));
    } else if (c < 0x10000) {
      out += pctByte(0xe0 | (c >> 12)) + pctByte(0x80 | ((c >> 6) & 63)) + pctByte(0x80 | (c & 63));
    } else {
      out += pctByte(0xf0 | (c >> 18)) + pctByte(0x80 | ((c >> 12) & 63)) +
        pctByte(0x80 | ((c >> 6) & 63)) + pctByte(0x80 | (c & 63));
    }
    last = i + 1;
  }
  if (last === 0) return str;
  if (last < len) out += str.slice(last);
  return out;
}

function hexVal(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  c |= 0x20;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

function utf8Bytes(str) {
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) { bytes.push(c); continue; }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = str.charCodeAt(i + 1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else {
        c = 0xfffd;
      }
    }
    if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return bytes;
}

// WHATWG UTF-8 decode (invalid sequences become U+FFFD, maximal subpart rule).
function utf8DecodeBytes(bytes) {
  let out = '';
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i];
    if (b < 0x80) { out += String.fromCharCode(b); i++; continue; }
    let need; let cp; let lo = 0x80; let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0xf;
      if (b === 0xe0) lo = 0xa0; else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x7;
      if (b === 0xf0) lo = 0x90; else if (b === 0xf4) hi = 0x8f;
    } else { out += '\ufffd'; i++; continue; }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const x = bytes[j];
      if (j >= n || x < lo || x > hi) { ok = false; break; }
      lo = 0x80; hi = 0xbf;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (!ok) { out += '\ufffd'; i = j; continue; }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

// Percent-decodes to bytes; strings without '%' and non-ASCII are fast-pathed by callers.
function percentDecodeBytes(str, plusAsSpace = false) {
  const bytes = utf8Bytes(str);
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && hexVal(bytes[i + 1]) >= 0 && hexVal(bytes[i + 2]) >= 0) {
      out.push((hexVal(bytes[i + 1]) << 4) | hexVal(bytes[i + 2]));
      i += 2;
    } else if (plusAsSpace && b === 0x2b) {
      out.push(0x20);
    } else {
      out.push(b);
    }
  }
  return out;
}

function percentDecodeString(str, plusAsSpace = false) {
  if (str.indexOf('%') === -1) {
    if (!plusAsSpace || str.indexOf('+') === -1) return toUSVString(str);
    return toUSVString(str.replace(/\+/g, ' '));
  }
  return utf8DecodeBytes(percentDecodeBytes(str, plusAsSpace));
}

function toUSVString(str) {
  str = `${str}`;
  if (!/[\ud800-\udfff]/.test(str)) return str;
  return str.replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g,
    (m) => (m.length === 2 ? m : '\ufffd'));
}

// ---------------------------------------------------------------------------------------
// Punycode (RFC 3492), used for IDNA labels.

const PC_BASE = 36; const PC_TMIN = 1; const PC_TMAX = 26; const PC_SKEW = 38; const PC_DAMP = 700;
function pcAdapt(delta, numPoints, first) {
  delta = first ? Math.floor(delta / PC_DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((PC_BASE - PC_TMIN) * PC_TMAX) >> 1) { delta = Math.floor(delta / (PC_BASE - PC_TMIN)); k += PC_BASE; }
  return k + Math.floor(((PC_BASE - PC_TMIN + 1) * delta) / (delta + PC_SKEW));
}
function pcDigit(d) { return String.fromCharCode(d < 26 ? d + 97 : d + 22); }

function punycodeEncode(input) {
  const cps = Array.from(input, (ch) => ch.codePointAt(0));
  let out = '';
  for (const c of cps) if (c < 0x80) out += String.fromCharCode(c);
  const basic = out.length;
  let h = basic;
  if (basic > 0) out += '-';
  let n = 128; let delta = 0; let bias = 72;
  while (h < cps.length) {
    let m = 0x7fffffff;
    for (const c of cps) if (c >= n && c < m) m = c;
    delta += (m - n) * (h + 1);
    n = m;
    for (const c of cps) {
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = PC_BASE; ; k += PC_BASE) {
          const t = k <= bias ? PC_TMIN : (k >= bias + PC_TMAX ? PC_TMAX : k - bias);
          if (q < t) break;
          out += pcDigit(t + ((q - t) % (PC_BASE - t)));
          q = Math.floor((q - t) / (PC_BASE - t));
        }
        out += pcDigit(q);
        bias = pcAdapt(delta, h + 1, h === basic);
        delta = 0;
        h++;
      }
    }
    delta++; n++;
  }
  return out;
}

// Returns the decoded string, or null when `input` is not valid punycode.
function punycodeDecode(input) {
  const out = [];
  let b = input.lastIndexOf('-');
  if (b < 0) b = 0;
  for (let j = 0; j < b; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    out.push(c);
  }
  let n = 128; let i = 0; let bias = 72;
  for (let idx = input.lastIndexOf('-') >= 0 ? b + 1 : 0; idx < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = PC_BASE; ; k += PC_BASE) {
      if (idx >= input.length) return null;
      const c = input.charCodeAt(idx++);
      let digit;
      if (c >= 0x30 && c <= 0x39) digit = c - 22;
      else if (c >= 0x41 && c <= 0x5a) digit = c - 65;
      else if (c >= 0x61 && c <= 0x7a) digit = c - 97;
      else return null;
      i += digit * w;
      if (i > 0x7fffffff) return null;
      const t = k <= bias ? PC_TMIN : (k >= bias + PC_TMAX ? PC_TMAX : k - bias);
      if (digit < t) break;
      w *= PC_BASE - t;
    }
    bias = pcAdapt(i - oldi, out.length + 1, oldi === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    out.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...out);
}

// ---------------------------------------------------------------------------------------
// IDNA (approximation of UTS #46 ToASCII / ToUnicode, see the note at the top).

const IGNORED_RE = /[\u00ad\u034f\u180b-\u180d\u200b\u2060\ufe00-\ufe0f\ufeff]/g;
const DOTS_RE = /[\u3002\uff0e\uff61]/g;
// Code points UTS #46 disallows that can be told without its tables: controls, unassigned,
// private-use and surrogate code points, the replacement character and noncharacters; a
// label may not start with a combining mark either.
let disallowedRe;
function hasDisallowed(label) {
  if (disallowedRe === undefined) {
    try {
      disallowedRe = new RegExp('[\\u0080-\\u009f\\p{Cn}\\p{Co}\\p{Cs}\\ufffc\\ufffd]|^\\p{M}', 'u');
    } catch {
      disallowedRe = /[\u0080-\u009f\ue000-\uf8ff\ufffc-\uffff]/;
    }
  }
  return disallowedRe.test(label);
}

function mapDomain(domain) {
  // ASCII fast path: only lower-casing applies.
  if (!/[^\x00-\x7f]/.test(domain)) return domain.toLowerCase();
  let s = domain.replace(IGNORED_RE, '');
  s = s.normalize('NFKC').toLowerCase().normalize('NFKC');
  return s.replace(DOTS_RE, '.');
}

// A punycode label must decode to a non-empty label that is already in mapped, NFC form and
// holds no C1 controls (an approximation of the UTS #46 validity criteria).
function validXnLabel(label) {
  const dec = punycodeDecode(label.slice(4));
  if (dec === null || dec === '') return false;
  if (hasDisallowed(dec)) return false;
  return dec.normalize('NFC') === dec && mapDomain(dec) === dec;
}

// Returns the ASCII form of `domain`, or null on failure.
function domainToASCIIInternal(domain) {
  const mapped = mapDomain(domain);
  const labels = mapped.split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (/[^\x00-\x7f]/.test(label)) {
      if (label.startsWith('xn--') || label.normalize('NFC') !== label || hasDisallowed(label)) return null;
      labels[i] = `xn--${punycodeEncode(label)}`;
    } else if (label.startsWith('xn--')) {
      if (!validXnLabel(label)) return null;
    }
  }
  const result = labels.join('.');
  if (result === '') return null;
  return result;
}

function domainToUnicodeInternal(domain) {
  const labels = mapDomain(domain).split('.');
  for (let i = 0; i < labels.length; i++) {
    if (labels[i].startsWith('xn--')) {
      const dec = punycodeDecode(labels[i].slice(4));
      if (dec !== null) labels[i] = dec;
    }
  }
  return labels.join('.');
}

// ---------------------------------------------------------------------------------------
// Host parsing

// Forbidden host code points: NUL TAB LF CR SP # / : < > ? @ [ \ ] ^ |
function isForbiddenHost(c) {
  return c === 0 || c === 9 || c === 10 || c === 13 || c === 32 || c === 0x23 || c === 0x2f ||
    c === 0x3a || c === 0x3c || c === 0x3e || c === 0x3f || c === 0x40 || c === 0x5b ||
    c === 0x5c || c === 0x5d || c === 0x5e || c === 0x7c;
}
function isForbiddenDomain(c) {
  return isForbiddenHost(c) || c <= 0x1f || c === 0x25 || c === 0x7f;
}

// Parses an IPv4 number; returns a Number (possibly huge) or -1 on failure.
function parseIPv4Number(s) {
  if (s === '') return -1;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) { s = s.slice(2); radix = 16; }
  else if (s.length >= 2 && s[0] === '0') { s = s.slice(1); radix = 8; }
  if (s === '') return 0;
  const re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!re.test(s)) return -1;
  if (radix === 10) return Number(s);
  let v = 0;
  for (let i = 0; i < s.length; i++) v = v * radix + hexVal(s.charCodeAt(i));
  return v;
}

function endsInNumber(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return /^0[xX][0-9a-fA-F]*$/.test(last);
}

// Returns the serialized IPv4 address, or null.
function parseIPv4(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const nums = [];
  for (const p of parts) {
    const n = parseIPv4Number(p);
    if (n < 0) return null;
    nums.push(n);
  }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
  const last = nums[nums.length - 1];
  if (last >= 256 ** (5 - nums.length)) return null;
  let addr = last;
  for (let i = 0; i < nums.length - 1; i++) addr += nums[i] * 256 ** (3 - i);
  return serializeIPv4(addr);
}

function serializeIPv4(n) {
  return `${Math.floor(n / 16777216) % 256}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}

// Returns an array of 8 pieces, or null.
function parseIPv6(input) {
  const addr = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const len = input.length;
  const at = (i) => (i < len ? input.charCodeAt(i) : -1);
  if (at(p) === 0x3a) {
    if (at(p + 1) !== 0x3a) return null;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (at(p) !== -1) {
    if (pieceIndex === 8) return null;
    if (at(p) === 0x3a) {
      if (compress !== null) return null;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0; let length = 0;
    while (length < 4 && at(p) !== -1 && hexVal(at(p)) >= 0) {
      value = value * 16 + hexVal(at(p));
      p++; length++;
    }
    if (at(p) === 0x2e) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (at(p) !== -1) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(p) === 0x2e && numbersSeen < 4) p++;
          else return null;
        }
        const d0 = at(p);
        if (!(d0 >= 0x30 && d0 <= 0x39)) return null;
        while (at(p) >= 0x30 && at(p) <= 0x39) {
          const n = at(p) - 0x30;
          if (ipv4Piece === null) ipv4Piece = n;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + n;
          if (ipv4Piece > 255) return null;
          p++;
        }
        addr[pieceIndex] = addr[pieceIndex] * 256 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(p) === 0x3a) {
      p++;
      if (at(p) === -1) return null;
    } else if (at(p) !== -1) {
      return null;
    }
    addr[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = addr[pieceIndex];
      addr[pieceIndex] = addr[compress + swaps - 1];
      addr[compress + swaps - 1] = t;
      pieceIndex--; swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return addr;
}

function serializeIPv6(addr) {
  // Find the first longest run (length > 1) of zero pieces.
  let best = -1; let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (addr[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && addr[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && addr[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += addr[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// The host parser; returns the serialized host or null on failure.
function parseHost(input, isOpaque) {
  if (input.charCodeAt(0) === 0x5b) {
    if (input.charCodeAt(input.length - 1) !== 0x5d) return null;
    const a = parseIPv6(input.slice(1, -1));
    return a === null ? null : `[${serializeIPv6(a)}]`;
  }
  if (isOpaque) {
    for (let i = 0; i < input.length; i++) if (isForbiddenHost(input.charCodeAt(i))) return null;
    return percentEncode(input, C0_SET);
  }
  const domain = percentDecodeString(input);
  const ascii = domainToASCIIInternal(domain);
  if (ascii === null) return null;
  for (let i = 0; i < ascii.length; i++) if (isForbiddenDomain(ascii.charCodeAt(i))) return null;
  if (endsInNumber(ascii)) return parseIPv4(ascii);
  return ascii;
}

// ---------------------------------------------------------------------------------------
// The basic URL parser

// States
const SCHEME_START = 1; const SCHEME = 2; const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4; const PATH_OR_AUTHORITY = 5; const RELATIVE = 6;
const RELATIVE_SLASH = 7; const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9; const AUTHORITY = 10; const HOST = 11;
const HOSTNAME = 12; const PORT = 13; const FILE = 14; const FILE_SLASH = 15;
const FILE_HOST = 16; const PATH_START = 17; const PATH = 18; const OPAQUE_PATH = 19;
const QUERY = 20; const FRAGMENT = 21;

const FAILURE = null;

function newRecord() {
  return {
    scheme: '', username: '', password: '', host: null, port: null,
    path: [], opaque: false, query: null, fragment: null,
  };
}

function isAlpha(c) { return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a); }
function isDigit(c) { return c >= 0x30 && c <= 0x39; }

// "C:" or "C|" (normalized: only "C:"), as a whole string.
function isWinDriveLetter(s, normalizedOnly = false) {
  return s.length === 2 && isAlpha(s.charCodeAt(0)) &&
    (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}
// Whether `s` from index i starts with a Windows drive letter.
function startsWithWinDriveLetter(s, i) {
  if (s.length - i < 2) return false;
  if (!isAlpha(s.charCodeAt(i))) return false;
  const c1 = s[i + 1];
  if (c1 !== ':' && c1 !== '|') return false;
  if (s.length - i === 2) return true;
  const c2 = s[i + 2];
  return c2 === '/' || c2 === '\\' || c2 === '?' || c2 === '#';
}

function isSingleDot(s) { return s === '.' || s.toLowerCase() === '%2e'; }
function isDoubleDot(s) {
  switch (s.length) {
    case 2: return s === '..';
    case 4: { const l = s.toLowerCase(); return l === '.%2e' || l === '%2e.'; }
    case 6: return s.toLowerCase() === '%2e%2e';
    default: return false;
  }
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWinDriveLetter(path[0], true)) return;
  path.pop();
}

function hasCredentials(url) { return url.username !== '' || url.password !== ''; }

const TRIM_RE = /^[\x00-\x20]+|[\x00-\x20]+$/g;
const TAB_NL_RE = /[\t\n\r]/g;

// Parses `input`; with `url` and `stateOverride` it modifies `url` in place (setters).
// Returns the URL record, or FAILURE (null). With a state override, returns `url` even when
// the spec says "return" (no failure).
function basicParse(input, base, url, stateOverride) {
  if (!url) {
    url = newRecord();
    input = input.replace(TRIM_RE, '');
  }
  input = input.replace(TAB_NL_RE, '');
  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const len = input.length;
  let special = isSpecialScheme(url.scheme);

  for (let pointer = 0; ; pointer++) {
    const c = pointer < len ? input.charCodeAt(pointer) : -1; // -1 is EOF
    switch (state) {
      case SCHEME_START:
        if (isAlpha(c)) {
          buffer += String.fromCharCode(c | 0x20);
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case SCHEME:
        if (isAlpha(c) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) {
          buffer += String.fromCharCode(isAlpha(c) ? c | 0x20 : c);
        } else if (c === 0x3a) {
          if (stateOverride) {
            const bufSpecial = isSpecialScheme(buffer);
            if (special !== bufSpecial) return url;
            if ((hasCredentials(url) || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          special = isSpecialScheme(buffer);
          if (stateOverride) {
            if (url.port === SPECIAL_PORTS[url.scheme]) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (special && base && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (input.charCodeAt(pointer + 1) === 0x2f) {
            state = PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.path = '';
            url.opaque = true;
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          pointer = -1;
        } else {
          return FAILURE;
        }
        break;

      case NO_SCHEME:
        if (!base || (base.opaque && c !== 0x23)) return FAILURE;
        if (base.opaque && c === 0x23) {
          url.scheme = base.scheme;
          special = isSpecialScheme(url.scheme);
          url.path = base.path;
          url.opaque = true;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          pointer--;
        } else {
          state = FILE;
          pointer--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2f && input.charCodeAt(pointer + 1) === 0x2f) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = RELATIVE;
          pointer--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 0x2f) {
          state = AUTHORITY;
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        special = isSpecialScheme(url.scheme);
        if (c === 0x2f || (special && c === 0x5c)) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== -1) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            pointer--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (special && (c === 0x2f || c === 0x5c)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2f) {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          pointer--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c === 0x2f && input.charCodeAt(pointer + 1) === 0x2f) pointer++;
        else pointer--;
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2f && c !== 0x5c) {
          state = AUTHORITY;
          pointer--;
        }
        break;

      case AUTHORITY:
        if (c === 0x40) {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          if (!passwordTokenSeen) {
            const colon = buffer.indexOf(':');
            if (colon !== -1) {
              passwordTokenSeen = true;
              url.username += percentEncode(buffer.slice(0, colon), USERINFO_SET);
              url.password += percentEncode(buffer.slice(colon + 1), USERINFO_SET);
            } else {
              url.username += percentEncode(buffer, USERINFO_SET);
            }
          } else {
            url.password += percentEncode(buffer, USERINFO_SET);
          }
          buffer = '';
        } else if (c === -1 || c === 0x2f || c === 0x3f || c === 0x23 || (special && c === 0x5c)) {
          if (atSignSeen && buffer === '') return FAILURE;
          pointer -= buffer.length + 1;
          buffer = '';
          state = HOST;
        } else {
          buffer += input[pointer];
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = FILE_HOST;
        } else if (c === 0x3a && !insideBrackets) {
          if (buffer === '') return FAILURE;
          if (stateOverride === HOSTNAME) return FAILURE;
          const host = parseHost(buffer, !special);
          if (host === null) return FAILURE;
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === -1 || c === 0x2f || c === 0x3f || c === 0x23 || (special && c === 0x5c)) {
          pointer--;
          if (special && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (hasCredentials(url) || url.port !== null)) return FAILURE;
          const host = parseHost(buffer, !special);
          if (host === null) return FAILURE;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return url;
        } else {
          if (c === 0x5b) insideBrackets = true;
          else if (c === 0x5d) insideBrackets = false;
          buffer += input[pointer];
        }
        break;

      case PORT:
        if (isDigit(c)) {
          buffer += input[pointer];
        } else if (c === -1 || c === 0x2f || c === 0x3f || c === 0x23 || (special && c === 0x5c) ||
                   stateOverride) {
          if (buffer !== '') {
            const port = buffer.length > 5 ? 65536 : Number(buffer);
            if (port > 65535) return FAILURE;
            url.port = port === SPECIAL_PORTS[url.scheme] ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = PATH_START;
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case FILE:
        url.scheme = 'file';
        special = true;
        url.host = '';
        if (c === 0x2f || c === 0x5c) {
          state = FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== -1) {
            url.query = null;
            if (!startsWithWinDriveLetter(input, pointer)) shortenPath(url);
            else url.path = [];
            state = PATH;
            pointer--;
          }
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case FILE_SLASH:
        if (c === 0x2f || c === 0x5c) {
          state = FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWinDriveLetter(input, pointer) && base.path.length > 0 &&
                isWinDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          pointer--;
        }
        break;

      case FILE_HOST:
        if (c === -1 || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
          pointer--;
          if (!stateOverride && isWinDriveLetter(buffer)) {
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !special);
            if (host === null) return FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += input[pointer];
        }
        break;

      case PATH_START:
        if (special) {
          state = PATH;
          if (c !== 0x2f && c !== 0x5c) pointer--;
        } else if (!stateOverride && c === 0x3f) {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== -1) {
          state = PATH;
          if (c !== 0x2f) pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH:
        if (c === -1 || c === 0x2f || (special && c === 0x5c) ||
            (!stateOverride && (c === 0x3f || c === 0x23))) {
          const slash = c === 0x2f || (special && c === 0x5c);
          if (isDoubleDot(buffer)) {
            // Node (ada) leaves a non-special path empty when '..' has nothing to remove.
            const hadSegments = url.path.length > 0;
            shortenPath(url);
            if (!slash && (special || hadSegments)) url.path.push('');
          } else if (isSingleDot(buffer)) {
            if (!slash) url.path.push('');
          } else {
            if (url.scheme === 'file' && url.path.length === 0 && isWinDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(percentEncode(buffer, PATH_SET));
          }
          buffer = '';
          if (c === 0x3f) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += input[pointer];
        }
        break;

      case OPAQUE_PATH:
        if (c === 0x3f) {
          url.path += percentEncode(buffer, C0_SET);
          buffer = '';
          url.query = '';
          state = QUERY;
        } else if (c === 0x23) {
          url.path += percentEncode(buffer, C0_SET);
          buffer = '';
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== -1) {
          buffer += input[pointer];
        } else {
          url.path += percentEncode(buffer, C0_SET);
          buffer = '';
        }
        break;

      case QUERY:
        if ((!stateOverride && c === 0x23) || c === -1) {
          url.query += percentEncode(buffer, special ? SPECIAL_QUERY_SET : QUERY_SET);
          buffer = '';
          if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += input[pointer];
        }
        break;

      case FRAGMENT:
        if (c !== -1) {
          buffer += input[pointer];
        } else {
          url.fragment += percentEncode(buffer, FRAGMENT_SET);
          buffer = '';
        }
        break;

      default:
        return FAILURE;
    }
    if (pointer >= len) break;
  }
  // Node (ada) cannot tell an empty path without a host from an opaque one ("foo:/.." is
  // "foo:"), so treats it as opaque from then on (path setters are ignored).
  if (!url.opaque && url.host === null && url.path.length === 0) {
    url.opaque = true;
    url.path = '';
  }
  return url;
}

function serializePath(url) {
  if (url.opaque) return url.path;
  let out = '';
  for (const seg of url.path) out += `/${seg}`;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (!url.opaque && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = basicParse(serializePath(url), null);
      if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${url.host}${url.port !== null ? `:${url.port}` : ''}`;
    default:
      return 'null';
  }
}

// "Potentially strip trailing spaces from an opaque path".
function stripOpaqueTrailingSpaces(url) {
  if (!url.opaque || url.fragment !== null || url.query !== null) return;
  url.path = url.path.replace(/ +$/, '');
}

function cannotHaveCredentialsOrPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

// ---------------------------------------------------------------------------------------
// application/x-www-form-urlencoded

function parseUrlencoded(input) {
  const list = [];
  if (input === '') return list;
  for (const seq of input.split('&')) {
    if (seq === '') continue;
    const eq = seq.indexOf('=');
    const name = eq === -1 ? seq : seq.slice(0, eq);
    const value = eq === -1 ? '' : seq.slice(eq + 1);
    list.push(percentDecodeString(name, true), percentDecodeString(value, true));
  }
  return list;
}

function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i) out += '&';
    out += `${percentEncode(list[i], FORM_SET, true)}=${percentEncode(list[i + 1], FORM_SET, true)}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Inspection helpers

function getInspect(fn) {
  if (typeof fn === 'function') return fn;
  return require('util').inspect;
}

function stylize(opts, str, style) {
  return opts && typeof opts.stylize === 'function' ? opts.stylize(str, style) : str;
}

function stripColors(s) {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[\d\d?m/g, '');
}

// ---------------------------------------------------------------------------------------
// URLSearchParams

const kList = Symbol('query');
const kURL = Symbol('context');

function isURLSearchParams(v) {
  return v !== null && typeof v === 'object' && Object.hasOwn(v, kList) && Array.isArray(v[kList]);
}

function updateURL(params) {
  const owner = params[kURL];
  if (!owner) return;
  const rec = owner.record;
  const s = serializeUrlencoded(params[kList]);
  rec.query = s === '' ? null : s;
  if (s === '') stripOpaqueTrailingSpaces(rec);
  owner.href = null;
}

class URLSearchParams {
  constructor(init = undefined) {
    Object.defineProperty(this, kList, { value: [], writable: true });
    Object.defineProperty(this, kURL, { value: null, writable: true });
    if (init === undefined || init === null) return;
    const list = this[kList];
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isURLSearchParams(init)) {
        this[kList] = init[kList].slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [];
          for (const v of pair) items.push(v);
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          list.push(toUSVString(items[0]), toUSVString(items[1]));
        }
      } else {
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
          const k = toUSVString(key);
          const v = toUSVString(init[key]);
          if (seen.has(k)) {
            list[seen.get(k) + 1] = v;
          } else {
            seen.set(k, list.length);
            list.push(k, v);
          }
        }
      }
    } else {
      let s = toUSVString(init);
      if (s[0] === '?') s = s.slice(1);
      this[kList] = parseUrlencoded(s);
    }
  }

  get size() {
    checkParams(this);
    return this[kList].length / 2;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this[kList].push(toUSVString(name), toUSVString(value));
    updateURL(this);
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    updateURL(this);
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    const out = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this[kList];
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    updateURL(this);
  }

  sort() {
    checkParams(this);
    const list = this[kList];
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Array.prototype.sort is stable; compare by UTF-16 code units.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    updateURL(this);
  }

  entries() {
    checkParams(this);
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    let list = this[kList];
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this[kList];
    }
  }

  keys() {
    checkParams(this);
    return createIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return createIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return serializeUrlencoded(this[kList]);
  }

  [kInspect](depth, opts, inspectFn) {
    checkParams(this);
    if (typeof depth === 'number' && depth < 0) return stylize(opts, '[Object]', 'special');
    const inspect = getInspect(inspectFn);
    const inner = { ...opts };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const list = this[kList];
    const parts = [];
    for (let i = 0; i < list.length; i += 2) {
      parts.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    }
    const name = (this.constructor && this.constructor.name) || 'URLSearchParams';
    if (parts.length === 0) return `${name} {}`;
    let total = -2;
    for (const p of parts) total += stripColors(p).length + 2;
    const breakLength = opts && opts.breakLength !== undefined ? opts.breakLength : 80;
    if (total > breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
    return `${name} { ${parts.join(', ')} }`;
  }
}

function checkParams(self) {
  if (!isURLSearchParams(self)) throw new ERR_INVALID_THIS('URLSearchParams');
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true, enumerable: false,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString']) {
  const d = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name);
  d.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, name, d);
}

// The iterator keeps a reference to the params and reads the live list by index.
const kIterTarget = Symbol('target');
const kIterKind = Symbol('kind');
const kIterIndex = Symbol('index');

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype);

function createIterator(params, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  Object.defineProperty(it, kIterTarget, { value: params });
  Object.defineProperty(it, kIterKind, { value: kind });
  Object.defineProperty(it, kIterIndex, { value: 0, writable: true });
  return it;
}

function checkIterator(self) {
  if (self === null || typeof self !== 'object' || !Object.hasOwn(self, kIterTarget)) {
    throw new ERR_INVALID_THIS('URLSearchParamsIterator');
  }
}

function iterItem(kind, list, i) {
  if (kind === 'key') return list[i];
  if (kind === 'value') return list[i + 1];
  return [list[i], list[i + 1]];
}

Object.defineProperties(URLSearchParamsIteratorPrototype, {
  next: {
    value: function next() {
      checkIterator(this);
      const list = this[kIterTarget][kList];
      const i = this[kIterIndex];
      if (i >= list.length) return { value: undefined, done: true };
      this[kIterIndex] = i + 2;
      return { value: iterItem(this[kIterKind], list, i), done: false };
    },
    writable: true, configurable: true, enumerable: true,
  },
  [kInspect]: {
    value: function inspect(depth, opts, inspectFn) {
      checkIterator(this);
      const fmt = getInspect(inspectFn);
      const inner = { ...opts };
      if (typeof depth === 'number') inner.depth = depth;
      const list = this[kIterTarget][kList];
      const items = [];
      for (let i = this[kIterIndex]; i < list.length; i += 2) items.push(iterItem(this[kIterKind], list, i));
      const parts = items.map((v) => fmt(v, inner));
      const name = 'URLSearchParams Iterator';
      if (parts.length === 0) return `${name} {  }`;
      let total = -2;
      for (const p of parts) total += stripColors(p).length + 2;
      const breakLength = opts && opts.breakLength !== undefined ? opts.breakLength : 80;
      if (total > breakLength || parts.some((p) => p.includes('\n'))) return `${name} {\n  ${parts.join(',\n  ')} }`;
      return `${name} { ${parts.join(', ')} }`;
    },
    writable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
});

// ---------------------------------------------------------------------------------------
// URL

const kCtx = Symbol('url-context');

function isURL(v) {
  return v !== null && typeof v === 'object' && Object.hasOwn(v, kCtx);
}

function ctxOf(self) {
  if (!isURL(self)) throw new TypeError('Receiver must be an instance of class URL');
  return self[kCtx];
}

// ERR_INVALID_URL with Node's property order: code, input, base.
function invalidURL(input, base = undefined) {
  const err = base === undefined ? new ERR_INVALID_URL(input) : new ERR_INVALID_URL(input, base);
  for (const k of ['input', 'base']) {
    if (Object.hasOwn(err, k)) {
      const v = err[k];
      delete err[k];
      err[k] = v;
    }
  }
  return err;
}

function parseOrThrow(input, base) {
  let baseRec = null;
  if (base !== undefined) {
    baseRec = basicParse(`${base}`, null);
    if (baseRec === null) throw invalidURL(input, `${base}`);
  }
  const rec = basicParse(input, baseRec);
  if (rec === null) {
    if (base !== undefined) throw invalidURL(input, `${base}`);
    throw invalidURL(input);
  }
  return rec;
}

// The mutable state behind a URL object.
class URLContext {
  constructor(record) {
    this.record = record;
    this.href = null; // cached serialization
    this.params = null;
  }
  getHref() {
    if (this.href === null) this.href = serializeURL(this.record);
    return this.href;
  }
  // Runs a state-override parse on the record in place: as in the spec, a failure part way
  // keeps what was already set (a host setter with a bad port still changes the host).
  override(input, state) {
    basicParse(input, null, this.record, state);
    this.href = null;
  }
  syncParams() {
    if (this.params) {
      const q = this.record.query;
      this.params[kList] = q ? parseUrlencoded(q) : [];
    }
  }
}

// The host/hostname setters on non-special URLs follow Node's (ada's) behaviour, which
// differs from the spec text: ":port" empties the host and then sets the port only when it
// is all digits, a URL without a host gets no empty host, and a port is dropped when there
// was no host before.
function nonSpecialHostSet(ctx, value, state) {
  const rec = ctx.record;
  const origHost = rec.host;
  const origPort = rec.port;
  const input = value.replace(TAB_NL_RE, '');
  if (state === HOST && input[0] === ':') {
    if (origHost === null || origHost === '') return;
    rec.host = '';
    ctx.href = null;
    const m = /^:([0-9]+)/.exec(input);
    if (m !== null) {
      const port = m[1].length > 5 && /[1-9]/.test(m[1].slice(0, -5)) ? 65536 : Number(m[1]);
      if (port <= 65535) rec.port = port;
    }
    return;
  }
  basicParse(value, null, rec, state);
  ctx.href = null;
  if (origHost === null && rec.host === '') rec.host = null;
  if (origHost === null || origHost === '') rec.port = origPort;
}

// The host and hostname setters: state is HOST or HOSTNAME.
function setHostPart(ctx, value, state) {
  if (ctx.record.opaque) return;
  if (!isSpecialScheme(ctx.record.scheme)) {
    nonSpecialHostSet(ctx, value, state);
    return;
  }
  ctx.override(value, state);
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const rec = parseOrThrow(input, base);
    Object.defineProperty(this, kCtx, { value: new URLContext(rec) });
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    let baseRec = null;
    if (base !== undefined) {
      baseRec = basicParse(`${base}`, null);
      if (baseRec === null) return false;
    }
    return basicParse(input, baseRec) !== null;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static createObjectURL(obj) {
    throw notImplemented('URL.createObjectURL');
  }

  static revokeObjectURL(url) {
    throw notImplemented('URL.revokeObjectURL');
  }

  toString() { return ctxOf(this).getHref(); }

  get href() { return ctxOf(this).getHref(); }
  set href(value) {
    const ctx = ctxOf(this);
    value = `${value}`;
    const rec = basicParse(value, null);
    if (rec === null) throw invalidURL(value);
    ctx.record = rec;
    ctx.href = null;
    ctx.syncParams();
  }

  get origin() { return serializeOrigin(ctxOf(this).record); }

  get protocol() { return `${ctxOf(this).record.scheme}:`; }
  set protocol(value) {
    ctxOf(this).override(`${value}:`, SCHEME_START);
  }

  get username() { return ctxOf(this).record.username; }
  set username(value) {
    const ctx = ctxOf(this);
    value = `${value}`;
    if (cannotHaveCredentialsOrPort(ctx.record)) return;
    ctx.record.username = percentEncode(value, USERINFO_SET);
    ctx.href = null;
  }

  get password() { return ctxOf(this).record.password; }
  set password(value) {
    const ctx = ctxOf(this);
    value = `${value}`;
    if (cannotHaveCredentialsOrPort(ctx.record)) return;
    ctx.record.password = percentEncode(value, USERINFO_SET);
    ctx.href = null;
  }

  get host() {
    const r = ctxOf(this).record;
    if (r.host === null || r.host === '') return '';
    return r.port === null ? r.host : `${r.host}:${r.port}`;
  }
  set host(value) {
    setHostPart(ctxOf(this), `${value}`, HOST);
  }

  get hostname() {
    const r = ctxOf(this).record;
    return r.host === null ? '' : r.host;
  }
  set hostname(value) {
    setHostPart(ctxOf(this), `${value}`, HOSTNAME);
  }

  get port() {
    const r = ctxOf(this).record;
    return r.port === null ? '' : `${r.port}`;
  }
  set port(value) {
    const ctx = ctxOf(this);
    value = `${value}`;
    if (cannotHaveCredentialsOrPort(ctx.record)) return;
    // Node (ada) semantics: leading digits set the port; a value with digits that does not
    // start with one clears it; no digits, a leading '-', control or space change nothing.
    const v = value.replace(TAB_NL_RE, '');
    if (v === '') {
      ctx.record.port = null;
      ctx.href = null;
      return;
    }
    if (v.charCodeAt(0) <= 0x20 || !/[0-9]/.test(v) || v[0] === '-') return;
    const m = /^[0-9]+/.exec(v);
    if (m === null) {
      ctx.record.port = null;
      ctx.href = null;
      return;
    }
    const port = m[0].length > 5 && /[1-9]/.test(m[0].slice(0, -5)) ? 65536 : Number(m[0]);
    if (port > 65535) return;
    ctx.record.port = port === SPECIAL_PORTS[ctx.record.scheme] ? null : port;
    ctx.href = null;
  }

  get pathname() { return serializePath(ctxOf(this).record); }
  set pathname(value) {
    const ctx = ctxOf(this);
    value = `${value}`;
    if (ctx.record.opaque) return;
    ctx.record.path = [];
    ctx.override(value, PATH_START);
    // Node (ada) drops the query and fragment when the new path needs the "/." prefix.
    const r = ctx.record;
    if (r.host === null && r.path.length > 1 && r.path[0] === '') {
      r.query = null;
      r.fragment = null;
      ctx.syncParams();
    }
  }

  get search() {
    const q = ctxOf(this).record.query;
    return q === null || q === '' ? '' : `?${q}`;
  }
  set search(value) {
    const ctx = ctxOf(this);
    value = `${value}`;
    if (value === '') {
      ctx.record.query = null;
      stripOpaqueTrailingSpaces(ctx.record);
      ctx.href = null;
      ctx.syncParams();
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    ctx.record.query = '';
    ctx.override(input, QUERY);
    ctx.syncParams();
  }

  get searchParams() {
    const ctx = ctxOf(this);
    if (ctx.params === null) {
      const p = new URLSearchParams();
      p[kURL] = ctx;
      ctx.params = p;
      ctx.syncParams();
    }
    return ctx.params;
  }

  get hash() {
    const f = ctxOf(this).record.fragment;
    return f === null || f === '' ? '' : `#${f}`;
  }
  set hash(value) {
    const ctx = ctxOf(this);
    value = `${value}`;
    if (value === '') {
      ctx.record.fragment = null;
      stripOpaqueTrailingSpaces(ctx.record);
      ctx.href = null;
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    ctx.record.fragment = '';
    ctx.override(input, FRAGMENT);
  }

  toJSON() { return ctxOf(this).getHref(); }

  [kInspect](depth, opts, inspectFn) {
    ctxOf(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const inspect = getInspect(inspectFn);
    const ctor = (this.constructor && typeof this.constructor === 'function') ? this.constructor : URL;
    const obj = {};
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${ctor.name} ${inspect(obj, opts)}`;
  }
}

Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, name);
  d.enumerable = true;
  Object.defineProperty(URL.prototype, name, d);
}
for (const name of ['canParse', 'parse', 'createObjectURL', 'revokeObjectURL']) {
  const d = Object.getOwnPropertyDescriptor(URL, name);
  d.enumerable = true;
  Object.defineProperty(URL, name, d);
}

// ---------------------------------------------------------------------------------------
// Helpers exported by node:url

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  domain = `${domain}`;
  const rec = basicParse(`ws://${domain}`, null);
  if (rec === null) return '';
  return rec.host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  domain = `${domain}`;
  const rec = basicParse(`ws://${domain}`, null);
  if (rec === null) return '';
  return domainToUnicodeInternal(rec.host);
}

// decodeURIComponent with V8's error message ('URI malformed') on bad input.
function decodeURIComponentV8(s) {
  try {
    return decodeURIComponent(s);
  } catch (err) {
    if (err instanceof URIError) throw new URIError('URI malformed');
    throw err;
  }
}

// Node accepts any object that looks like a WHATWG URL here.
function isURLLike(v) {
  return v != null && Boolean(v.href) && Boolean(v.protocol) && v.auth === undefined && v.path === undefined;
}

function isWindowsOption(options) {
  return options !== null && typeof options === 'object' && options.windows;
}

function platformName() {
  try { return require('process').platform || 'linux'; } catch { return 'linux'; }
}

function fileURLToPath(path, options = undefined) {
  const windows = isWindowsOption(options);
  let url = path;
  if (typeof path === 'string') url = new URL(path);
  else if (!isURLLike(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (windows) {
    for (let i = 0; i < pathname.length; i++) {
      if (pathname[i] === '%') {
        const t = pathname.slice(i + 1, i + 3).toLowerCase();
        if (t === '2f' || t === '5c') {
          throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
        }
      }
    }
    pathname = decodeURIComponentV8(pathname.replace(/\//g, '\\'));
    if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
    const letter = pathname.charCodeAt(1) | 0x20;
    if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
      throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
    }
    return pathname.slice(1);
  }
  if (hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(platformName());
  for (let i = 0; i < pathname.length; i++) {
    if (pathname[i] === '%' && pathname.slice(i + 1, i + 3).toLowerCase() === '2f') {
      throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
    }
  }
  return decodeURIComponentV8(pathname);
}

// pathToFileURL escapes these (plus controls and non-ASCII) and never reinterprets the path.
let FILE_PATH_SET;

function fileURLFromPath(host, pathname) {
  if (FILE_PATH_SET === undefined) FILE_PATH_SET = makeSet(C0_SET, ' "#%<>?[\\]^`{|}~');
  const url = new URL('file:///');
  const ctx = url[kCtx];
  if (host !== '') ctx.record.host = host;
  ctx.record.path = percentEncode(pathname, FILE_PATH_SET).split('/').slice(1);
  ctx.href = null;
  return url;
}

function pathToFileURL(filepath, options = undefined) {
  const windows = isWindowsOption(options);
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  if (windows && filepath.startsWith('\\\\')) {
    // UNC path: \\server\share\path
    const { ERR_INVALID_ARG_VALUE } = require('node/internal/errors').codes;
    const hostEnd = filepath.indexOf('\\', 2);
    if (hostEnd === -1) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    if (hostEnd === 2) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    const host = domainToASCII(filepath.slice(2, hostEnd));
    return fileURLFromPath(host, filepath.slice(hostEnd).replace(/\\/g, '/'));
  }
  let resolved;
  if (windows) {
    resolved = require('path').win32.resolve(filepath).replace(/\\/g, '/');
    const last = filepath[filepath.length - 1];
    if ((last === '\\' || last === '/') && !resolved.endsWith('/')) resolved += '/';
    if (resolved[0] !== '/') resolved = `/${resolved}`;
    return fileURLFromPath('', resolved);
  }
  resolved = resolvePosix(filepath);
  if (filepath.length > 1 && filepath.charCodeAt(filepath.length - 1) === 0x2f &&
      resolved[resolved.length - 1] !== '/') {
    resolved += '/';
  }
  return fileURLFromPath('', resolved);
}

// POSIX path.resolve against the current working directory.
function resolvePosix(p) {
  let full = p;
  if (p.charCodeAt(0) !== 0x2f) {
    const cwd = require('process').cwd();
    full = p === '' ? cwd : `${cwd}/${p}`;
  }
  const out = [];
  for (const seg of full.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.join('/')}`;
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponentV8(username)}:${decodeURIComponentV8(password)}`;
  }
  return options;
}

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  toUSVString,
  invalidURL,
  decodeURIComponentV8,
  // Shared with the legacy url module.
  domainToASCIIInternal,
  punycodeEncode,
  punycodeDecode,
  percentEncode,
};
