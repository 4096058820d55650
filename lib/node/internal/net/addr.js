'use strict';
// Socket addresses as bytes: IPv4/IPv6 text <-> 4/16 bytes, and sockaddr_in/in6/un buffers
// built for bind/connect and read back from getsockname/getpeername/accept.

const { isIPv4, isIPv6 } = require('node/internal/net_ip');
const sys = require('sys/core');

const N = sys.C.net;
const L = sys.layouts;

// '1.2.3.4' -> [1, 2, 3, 4]; the caller has checked the syntax.
function v4Bytes(s, out = new Uint8Array(4), at = 0) {
  const parts = s.split('.');
  for (let i = 0; i < 4; i++) out[at + i] = +parts[i];
  return out;
}

// IPv6 text (maybe with an IPv4 tail and a %zone) -> 16 bytes.
function v6Bytes(s) {
  const out = new Uint8Array(16);
  const pct = s.indexOf('%');
  if (pct !== -1) s = s.slice(0, pct);
  const lastColon = s.lastIndexOf(':');
  if (s.indexOf('.', lastColon) !== -1) {
    // Rewrite an IPv4 tail as two hex groups.
    const q = v4Bytes(s.slice(lastColon + 1));
    s = `${s.slice(0, lastColon + 1)}${((q[0] << 8) | q[1]).toString(16)}:${((q[2] << 8) | q[3]).toString(16)}`;
  }
  const total = 8;
  const dbl = s.indexOf('::');
  const split = (x) => (x === '' ? [] : x.split(':').map((g) => parseInt(g, 16)));
  let words;
  if (dbl === -1) {
    words = split(s);
  } else {
    const head = split(s.slice(0, dbl));
    const tail = split(s.slice(dbl + 2));
    words = head.concat(new Array(total - head.length - tail.length).fill(0), tail);
  }
  for (let i = 0; i < total; i++) {
    out[2 * i] = words[i] >> 8;
    out[2 * i + 1] = words[i] & 0xff;
  }
  return out;
}

function v4Text(b, at = 0) {
  return `${b[at]}.${b[at + 1]}.${b[at + 2]}.${b[at + 3]}`;
}

// 16 bytes -> canonical text (RFC 5952: longest run of two or more zero words becomes '::',
// lower-case hex, IPv4-mapped and IPv4-compatible addresses end in dotted quads).
function v6Text(b, at = 0) {
  const w = new Array(8);
  for (let i = 0; i < 8; i++) w[i] = (b[at + 2 * i] << 8) | b[at + 2 * i + 1];
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
    return `::${bestLen === 5 ? 'ffff:' : ''}${v4Text(b, at + 12)}`;
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
  if (family === 4) {
    if (!isIPv4(address)) return null;
    const buf = new Uint8Array(L.sockaddr_in.size);
    buf[0] = N.AF_INET;
    buf[2] = port >> 8;
    buf[3] = port & 0xff;
    v4Bytes(address, buf, 4);
    return buf;
  }
  if (!isIPv6(address)) return null;
  const buf = new Uint8Array(L.sockaddr_in6.size);
  const dv = new DataView(buf.buffer);
  dv.setUint16(0, N.AF_INET6, true);
  dv.setUint16(2, port, false);
  buf.set(v6Bytes(address), 8);
  dv.setUint32(24, scopeOf(address), true);
  return buf;
}

// Reads a sockaddr back as { address, family, port } (or { path } for AF_UNIX), or null.
function decode(buf, len) {
  const fam = buf[0] | (buf[1] << 8);
  if (fam === N.AF_INET) {
    return { address: v4Text(buf, 4), family: 'IPv4', port: (buf[2] << 8) | buf[3] };
  }
  if (fam === N.AF_INET6) {
    return { address: v6Text(buf, 8), family: 'IPv6', port: (buf[2] << 8) | buf[3] };
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

module.exports = { v4Bytes, v6Bytes, v4Text, v6Text, encode, decode, sockName };
