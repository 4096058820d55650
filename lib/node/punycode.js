'use strict';
// node:punycode — RFC 3492 Punycode and IDNA label mapping (the deprecated module, API of
// punycode.js 2.1.0). Unlike Node, no DEP0040 warning is emitted.

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 2147483647;

const MESSAGES = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

function fail(kind) {
  throw new RangeError(MESSAGES[kind]);
}

// Code point to string, with V8's error text for invalid values.
function fromCodePoints(points) {
  let out = '';
  for (let i = 0; i < points.length; i++) {
    const n = Number(points[i]);
    if (!Number.isInteger(n) || n < 0 || n > 0x10FFFF) throw new RangeError(`Invalid code point ${n}`);
    out += String.fromCodePoint(n);
  }
  return out;
}

// UTF-16 string to code points; unpaired surrogates are kept as they are.
function ucs2decode(string) {
  const points = [];
  const len = string.length;
  let i = 0;
  while (i < len) {
    const unit = string.charCodeAt(i++);
    if (unit >= 0xD800 && unit <= 0xDBFF && i < len) {
      const next = string.charCodeAt(i);
      if ((next & 0xFC00) === 0xDC00) {
        points.push(((unit & 0x3FF) << 10) + (next & 0x3FF) + 0x10000);
        i++;
        continue;
      }
    }
    points.push(unit);
  }
  return points;
}

function ucs2encode(codePoints) {
  return fromCodePoints(codePoints);
}

function digitOf(code) {
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  if (code >= 0x41 && code <= 0x5A) return code - 0x41;
  if (code >= 0x61 && code <= 0x7A) return code - 0x61;
  return BASE;
}

function digitChar(d) {
  // 0..25 -> 'a'..'z', 26..35 -> '0'..'9'
  return String.fromCharCode(d < 26 ? d + 0x61 : d - 26 + 0x30);
}

function threshold(k, bias) {
  if (k <= bias) return T_MIN;
  if (k >= bias + T_MAX) return T_MAX;
  return k - bias;
}

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  const limit = ((BASE - T_MIN) * T_MAX) >> 1;
  while (delta > limit) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return Math.floor(k + ((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

function decode(input) {
  const output = [];
  const len = input.length;
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; ++j) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) fail('not-basic');
    output.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let pos = basic > 0 ? basic + 1 : 0;
  while (pos < len) {
    const before = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= len) fail('invalid-input');
      const digit = digitOf(input.charCodeAt(pos++));
      if (digit >= BASE) fail('invalid-input');
      if (digit > Math.floor((MAX_INT - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) fail('overflow');
      w *= BASE - t;
    }
    const count = output.length + 1;
    bias = adapt(i - before, count, before === 0);
    if (Math.floor(i / count) > MAX_INT - n) fail('overflow');
    n += Math.floor(i / count);
    i %= count;
    output.splice(i++, 0, n);
  }
  return fromCodePoints(output);
}

function encode(input) {
  const points = ucs2decode(input);
  let out = '';
  for (const p of points) {
    if (p < 0x80) out += String.fromCharCode(p);
  }
  const basicCount = out.length;
  let handled = basicCount;
  if (basicCount > 0) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < points.length) {
    // The smallest code point not yet handled.
    let m = MAX_INT;
    for (const p of points) {
      if (p >= n && p < m) m = p;
    }
    const step = handled + 1;
    if (m - n > Math.floor((MAX_INT - delta) / step)) fail('overflow');
    delta += (m - n) * step;
    n = m;
    for (const p of points) {
      if (p < n && ++delta > MAX_INT) fail('overflow');
      if (p === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = threshold(k, bias);
          if (q < t) break;
          out += digitChar(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        out += digitChar(q);
        bias = adapt(delta, step, handled === basicCount);
        delta = 0;
        ++handled;
      }
    }
    ++delta;
    ++n;
  }
  return out;
}

// Applies fn to each label of a domain; an e-mail local part before '@' is kept as is.
function mapDomain(domain, fn) {
  if (domain == null) throw new TypeError(`Cannot read properties of ${domain} (reading 'split')`);
  if (typeof domain.split !== 'function') throw new TypeError('domain.split is not a function');
  const parts = domain.split('@');
  let prefix = '';
  if (parts.length > 1) {
    prefix = `${parts[0]}@`;
    domain = parts[1];
  }
  const labels = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.');
  // Labels are mapped last to first, which decides which error is thrown first.
  const mapped = [];
  for (let i = labels.length - 1; i >= 0; i--) mapped[i] = fn(labels[i]);
  return prefix + mapped.join('.');
}

function toUnicode(input) {
  return mapDomain(input, (label) => (label.startsWith('xn--') ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return mapDomain(input, (label) => (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
