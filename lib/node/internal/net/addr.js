'use strict';
// Socket addresses as bytes: IPv4/IPv6 text <-> 4/16 bytes, and sockaddr_in/in6/un buffers
// built for bind/connect and read back from getsockname/getpeername/accept.

const sys = require('sys/core');

const N = sys.C.net;
const L = sys.layouts;

// '1.2.3.4' -> [1,2,3,4], or null.
function parse4(s) {
  const out = new Uint8Array(4);
  let part = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || part === 3) return null;
      out[part++] = value;
      value = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57 && digits < 3) {
      if (digits > 0 && value === 0) return null; // no zero padding
      value = value * 10 + (c - 48);
      digits++;
      if (value > 255) return null;
    } else {
      return null;
    }
  }
  if (digits === 0 || part !== 3) return null;
  out[3] = value;
  return out;
}

// IPv6 text (optionally with %zone) -> { bytes: Uint8Array(16), zone } or null.
function parse6(s) {
  let zone = '';
  const pct = s.indexOf('%');
  if (pct !== -1) {
    zone = s.slice(pct + 1);
    s = s.slice(0, pct);
  }
  const words = [];
  let tail4 = null;
  const lastColon = s.lastIndexOf(':');
  if (lastColon !== -1 && s.indexOf('.', lastColon) !== -1) {
    tail4 = parse4(s.slice(lastColon + 1));
    if (tail4 === null) return null;
    s = `${s.slice(0, lastColon + 1)}0:0`;
  }
  const dbl = s.indexOf('::');
  if (dbl !== -1 && s.indexOf('::', dbl + 1) !== -1) return null;
  const want = 8;
  const groups = (t) => (t === '' ? [] : t.split(':'));
  let head;
  let rest = [];
  if (dbl === -1) head = groups(s);
  else {
    head = groups(s.slice(0, dbl));
    rest = groups(s.slice(dbl + 2));
  }
  for (const g of head.concat(rest)) if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
  if (dbl === -1 ? head.length !== want : head.length + rest.length >= want) return null;
  for (const g of head) words.push(parseInt(g, 16));
  if (dbl !== -1) for (let i = head.length + rest.length; i < want; i++) words.push(0);
  for (const g of rest) words.push(parseInt(g, 16));
  const bytes = new Uint8Array(16);
  for (let i = 0; i < want; i++) {
    bytes[2 * i] = words[i] >> 8;
    bytes[2 * i + 1] = words[i] & 0xff;
  }
  if (tail4) bytes.set(tail4, 12);
  return { bytes, zone };
}

function format4(b, off = 0) {
  return `${b[off]}.${b[off + 1]}.${b[off + 2]}.${b[off + 3]}`;
}

// RFC 5952 text, with the IPv4 tail for mapped and compatible addresses as inet_ntop does.
function format6(b, off = 0) {
  const w = [];
  for (let i = 0; i < 8; i++) w.push((b[off + 2 * i] << 8) | b[off + 2 * i + 1]);
  let bestAt = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (w[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) { bestAt = i; bestLen = j - i; }
    i = j;
  }
  if (bestLen < 2) bestAt = -1;
  if (bestAt === 0 && (bestLen === 6 || (bestLen === 5 && w[5] === 0xffff))) {
    return `::${bestLen === 5 ? 'ffff:' : ''}${format4(b, off + 12)}`;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestAt) {
      out += '::';
      i += bestLen - 1;
      continue;
    }
    if (out !== '' && !out.endsWith(':')) out += ':';
    out += w[i].toString(16);
  }
  return out;
}

// Bytes for text the caller has checked (net_ip's isIPv4/isIPv6 accept no more than these parse).
function v4Bytes(s, out = new Uint8Array(4), at = 0) {
  const b = parse4(s);
  if (b !== null) out.set(b, at);
  return out;
}

function v6Bytes(s) {
  const p = parse6(s);
  return p === null ? new Uint8Array(16) : p.bytes;
}

const v4Text = format4;
const v6Text = format6;

// Writes a sockaddr_in (family 4) or sockaddr_in6 for address bytes into a zeroed buf; returns
// its length.
function writeInet(buf, family, bytes, port, scope) {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  dv.setUint16(0, family === 4 ? N.AF_INET : N.AF_INET6, true);
  dv.setUint16(2, port, false);
  if (family === 4) {
    buf.set(bytes, 4);
    return 16;
  }
  buf.set(bytes, 8);
  dv.setUint32(24, scope, true);
  return 28;
}

function scopeOf(s) {
  const pct = s.indexOf('%');
  if (pct === -1) return 0;
  const zone = s.slice(pct + 1);
  return /^[0-9]+$/.test(zone) ? +zone : 0;
}

// A sockaddr buffer for (ip, port), or for a Unix socket path. Returns null for a bad address.
function encode(family, address, port) {
  if (family === 'unix') {
    const bytes = sys.utf8(address);
    if (bytes.length >= 108) return null;
    const buf = new Uint8Array(L.sockaddr_un.size);
    buf[0] = N.AF_UNIX;
    buf.set(bytes, 2);
    return buf.subarray(0, 2 + bytes.length + 1);
  }
  const ip = require('node/internal/net_ip');
  if (family === 4) {
    if (!ip.isIPv4(address)) return null;
    const buf = new Uint8Array(L.sockaddr_in.size);
    writeInet(buf, 4, parse4(address), port, 0);
    return buf;
  }
  if (!ip.isIPv6(address)) return null;
  const buf = new Uint8Array(L.sockaddr_in6.size);
  writeInet(buf, 6, parse6(address).bytes, port, scopeOf(address));
  return buf;
}

// Reads a sockaddr back as { address, family, port } (or { path } for AF_UNIX), or null.
function decode(buf, len) {
  const fam = buf[0] | (buf[1] << 8);
  if (fam === N.AF_INET) {
    return { address: format4(buf, 4), family: 'IPv4', port: (buf[2] << 8) | buf[3] };
  }
  if (fam === N.AF_INET6) {
    return { address: format6(buf, 8), family: 'IPv6', port: (buf[2] << 8) | buf[3] };
  }
  if (fam === N.AF_UNIX) {
    let end = 2;
    while (end < len && buf[end] !== 0) end++;
    return { path: binding.utf8Decode(buf, 2, end) };
  }
  return null;
}

const nameBuf = new Uint8Array(L.sockaddr_un.size + 2);
const nameLen = new Uint32Array(1);
// getsockname/getpeername as a decoded address, or null when the call fails.
function sockName(fd, peer) {
  nameLen[0] = nameBuf.length;
  nameBuf.fill(0, 0, 4);
  const r = sys.call(peer ? 'getpeername' : 'getsockname', fd, nameBuf, nameLen);
  if (r < 0) return null;
  return decode(nameBuf, nameLen[0]);
}

module.exports = {
  parse4, parse6, format4, format6, v4Bytes, v6Bytes, v4Text, v6Text, writeInet, encode, decode, sockName,
};
