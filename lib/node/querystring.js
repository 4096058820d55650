'use strict';
// node:querystring — URL query string parsing and formatting (legacy API, Node semantics).

const { codes: { ERR_INVALID_URI } } = require('node/internal/errors');

// Characters left as-is by escape(): A-Z a-z 0-9 - . _ ~ ! ' ( ) *
function isUnreserved(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    c === 45 || c === 46 || c === 95 || c === 126 || c === 33 || c === 39 ||
    c === 40 || c === 41 || c === 42;
}

const HEX = '0123456789ABCDEF';
function pct(b) {
  return `%${HEX[b >> 4]}${HEX[b & 15]}`;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// UTF-8 percent-encoding. Like Node, any UTF-16 surrogate unit is paired with the unit that
// follows it (whatever it is); one at the very end is a URIError.
function percentEncode(str) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let copied = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 && isUnreserved(c)) continue;
    if (copied < i) out += str.slice(copied, i);
    if (c < 0x80) {
      out += pct(c);
    } else if (c < 0x800) {
      out += pct(0xC0 | (c >> 6)) + pct(0x80 | (c & 0x3F));
    } else if (c < 0xD800 || c >= 0xE000) {
      out += pct(0xE0 | (c >> 12)) + pct(0x80 | ((c >> 6) & 0x3F)) + pct(0x80 | (c & 0x3F));
    } else {
      if (++i >= len) throw new ERR_INVALID_URI();
      c = 0x10000 + (((c & 0x3FF) << 10) | (str.charCodeAt(i) & 0x3FF));
      out += pct(0xF0 | (c >> 18)) + pct(0x80 | ((c >> 12) & 0x3F)) +
        pct(0x80 | ((c >> 6) & 0x3F)) + pct(0x80 | (c & 0x3F));
    }
    copied = i + 1;
  }
  if (copied === 0) return str;
  return copied < len ? out + str.slice(copied) : out;
}

function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  const len = s.length;
  const out = Buffer.allocUnsafe(len);
  let n = 0;
  let sawHex = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      out[n++] = 32;
      continue;
    }
    if (c === 37 && i < len - 2) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi < 0 ? -1 : hexValue(s.charCodeAt(i + 2));
      if (lo >= 0) {
        out[n++] = hi * 16 + lo;
        sawHex = true;
        i += 2;
        continue;
      }
    }
    out[n++] = c & 0xFF;
  }
  return sawHex ? out.slice(0, n) : out;
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return module.exports.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return percentEncode(str);
}

function primitiveText(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeDefault(v, encode) {
  if (typeof v === 'string') return v.length > 0 ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) {
    // Numbers below 1e21 have no characters that need escaping.
    return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  }
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeCustom(v, encode) {
  return encode(primitiveText(v));
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? encodeDefault : encodeCustom;
  if (obj === null || typeof obj !== 'object') return '';
  const keys = Object.keys(obj);
  let out = '';
  for (let i = 0; i < keys.length; ++i) {
    const k = keys[i];
    const v = obj[k];
    const prefix = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (out) out += sep;
      for (let j = 0; j < v.length; ++j) {
        if (j) out += sep;
        out += prefix + convert(v[j], encode);
      }
    } else {
      if (out) out += sep;
      out += prefix + convert(v, encode);
    }
  }
  return out;
}

function codesOf(str) {
  const codes = [];
  for (let i = 0; i < str.length; i++) codes.push(str.charCodeAt(i));
  return codes;
}

function decodeWith(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function addPair(obj, key, value, keyEncoded, valueEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeWith(key, decode);
  if (value.length > 0 && valueEncoded) value = decodeWith(value, decode);
  const prev = obj[key];
  if (prev === undefined) obj[key] = value;
  else if (Array.isArray(prev)) prev.push(value);
  else obj[key] = [prev, value];
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepCodes = sep ? codesOf(String(sep)) : [38];
  const eqCodes = eq ? codesOf(String(eq)) : [61];
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;

  let budget = 1000;
  if (options && typeof options.maxKeys === 'number') budget = options.maxKeys > 0 ? options.maxKeys : 0;
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== qsUnescape;
  const plus = custom ? '%20' : ' ';

  let key = '';
  let value = '';
  let keyEncoded = custom;
  let valueEncoded = custom;
  let from = 0; // start of the text not yet copied into key/value
  let sepMatched = 0;
  let eqMatched = 0; // eqLen once the key is complete
  let pctState = 0; // 0: none, 1: saw '%', 2: saw '%' and one hex digit

  for (let i = 0; i < qs.length; ++i) {
    const c = qs.charCodeAt(i);

    if (c === sepCodes[sepMatched]) {
      if (++sepMatched === sepLen) {
        const end = i - sepLen + 1;
        if (eqMatched < eqLen) {
          if (from < end) {
            key += qs.slice(from, end);
          } else if (key.length === 0) {
            // Nothing between two separators; it still counts against maxKeys.
            if (--budget === 0) return obj;
            from = i + 1;
            sepMatched = eqMatched = 0;
            continue;
          }
        } else if (from < end) {
          value += qs.slice(from, end);
        }
        addPair(obj, key, value, keyEncoded, valueEncoded, decode);
        if (--budget === 0) return obj;
        keyEncoded = valueEncoded = custom;
        key = value = '';
        pctState = 0;
        from = i + 1;
        sepMatched = eqMatched = 0;
      }
      continue;
    }
    sepMatched = 0;

    const inKey = eqMatched < eqLen;
    if (inKey) {
      if (c === eqCodes[eqMatched]) {
        if (++eqMatched === eqLen) {
          const end = i - eqLen + 1;
          if (from < end) key += qs.slice(from, end);
          pctState = 0;
          from = i + 1;
        }
        continue;
      }
      eqMatched = 0;
      if (!keyEncoded) {
        // Look for one valid %XX so that plain keys skip decoding.
        if (c === 37) {
          pctState = 1;
          continue;
        }
        if (pctState > 0) {
          if (hexValue(c) >= 0) {
            if (++pctState === 3) keyEncoded = true;
            continue;
          }
          pctState = 0;
        }
      }
    }

    if (c === 43) {
      if (from < i) {
        if (inKey) key += qs.slice(from, i);
        else value += qs.slice(from, i);
      }
      if (inKey) key += plus;
      else value += plus;
      from = i + 1;
    } else if (!valueEncoded) {
      // Note: like Node, this also runs on the rest of a key once the key is known to be
      // encoded, so a second %XX there marks the value as encoded too.
      if (c === 37) {
        pctState = 1;
      } else if (pctState > 0) {
        if (hexValue(c) >= 0) {
          if (++pctState === 3) valueEncoded = true;
        } else {
          pctState = 0;
        }
      }
    }
  }

  if (from < qs.length) {
    if (eqMatched < eqLen) key += qs.slice(from);
    else if (sepMatched < sepLen) value += qs.slice(from);
  } else if (eqMatched === 0 && key.length === 0) {
    return obj;
  }
  addPair(obj, key, value, keyEncoded, valueEncoded, decode);
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
