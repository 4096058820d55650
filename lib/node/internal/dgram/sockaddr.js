'use strict';
// Socket addresses for the UDP and DNS code: IPv4/IPv6 text <-> bytes, struct sockaddr_in and
// sockaddr_in6 encoding and decoding, and small socket helpers over lib/sys.

const sys = require('sys/core');

const AF_INET = 2;
const AF_INET6 = 10;
const SOCKADDR_SIZE = 28; // big enough for sockaddr_in6

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
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (w[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
    i = j;
  }
  if (bestLen < 2) bestStart = -1;
  if (bestStart === 0 && (bestLen === 6 || (bestLen === 5 && w[5] === 0xffff))) {
    return `::${bestLen === 5 ? 'ffff:' : ''}${format4(b, off + 12)}`;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += '::';
      i += bestLen - 1;
      continue;
    }
    if (out !== '' && !out.endsWith(':')) out += ':';
    out += w[i].toString(16);
  }
  return out;
}

// The interface index for an IPv6 zone: a number, or a name looked up in /sys.
function zoneIndex(zone) {
  if (zone === '') return 0;
  if (/^\d+$/.test(zone)) return Number(zone);
  try {
    const text = require('node/internal/modules/fsutil').readFileUtf8(`/sys/class/net/${zone}/ifindex`);
    return Number(text.trim()) || 0;
  } catch {
    return 0;
  }
}

// The interface name for an index (from /sys/class/net), or the number as text.
function indexName(index) {
  try {
    const fsutil = require('node/internal/modules/fsutil');
    for (const name of require('fs').readdirSync('/sys/class/net')) {
      if (Number(fsutil.readFileUtf8(`/sys/class/net/${name}/ifindex`).trim()) === index) return name;
    }
  } catch {
    // fall through
  }
  return String(index);
}

// Fills buf (Uint8Array(28)) with a sockaddr for family 4 or 6; returns its length, or -1
// when the address does not parse.
function encode(buf, family, address, port) {
  buf.fill(0);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (family === 4) {
    const b = parse4(address);
    if (b === null) return -1;
    dv.setUint16(0, AF_INET, true);
    dv.setUint16(2, port, false);
    buf.set(b, 4);
    return 16;
  }
  const p = parse6(address);
  if (p === null) return -1;
  dv.setUint16(0, AF_INET6, true);
  dv.setUint16(2, port, false);
  buf.set(p.bytes, 8);
  dv.setUint32(24, zoneIndex(p.zone), true);
  return 28;
}

// The last sockaddr decoded, to skip formatting when the same peer sends again.
const lastRaw = new Uint8Array(SOCKADDR_SIZE);
let lastDecoded = null;

// { address, family: 'IPv4'|'IPv6', port } from a sockaddr in buf, or null.
function decode(buf) {
  if (lastDecoded !== null) {
    let same = true;
    for (let i = 0; i < SOCKADDR_SIZE; i++) {
      if (buf[i] !== lastRaw[i]) {
        same = false;
        break;
      }
    }
    if (same) return { address: lastDecoded.address, family: lastDecoded.family, port: lastDecoded.port };
  }
  const out = decodeRaw(buf);
  if (out !== null && buf.length >= SOCKADDR_SIZE) {
    lastRaw.set(buf.subarray(0, SOCKADDR_SIZE));
    lastDecoded = { address: out.address, family: out.family, port: out.port };
  }
  return out;
}

function decodeRaw(buf) {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const fam = dv.getUint16(0, true);
  const port = dv.getUint16(2, false);
  if (fam === AF_INET) return { address: format4(buf, 4), family: 'IPv4', port };
  if (fam === AF_INET6) {
    const scope = dv.getUint32(24, true);
    const text = format6(buf, 8);
    return { address: scope === 0 ? text : `${text}%${indexName(scope)}`, family: 'IPv6', port };
  }
  return null;
}

let netIp;
function ipSyntax() { return netIp || (netIp = require('node/internal/net_ip')); }
function isIPv4(s) { return typeof s === 'string' && parse4(s) !== null; }
function isIPv6(s) {
  return typeof s === 'string' && s.includes(':') && ipSyntax().isIPv6(s) && parse6(s) !== null;
}
function isIP(s) { return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0; }

function getsockname(fd) {
  const buf = new Uint8Array(SOCKADDR_SIZE);
  const len = new Uint32Array([SOCKADDR_SIZE]);
  const r = sys.call('getsockname', fd, buf, len);
  if (r < 0) return r;
  return decode(buf);
}

function getpeername(fd) {
  const buf = new Uint8Array(SOCKADDR_SIZE);
  const len = new Uint32Array([SOCKADDR_SIZE]);
  const r = sys.call('getpeername', fd, buf, len);
  if (r < 0) return r;
  return decode(buf);
}

function setsockoptInt(fd, level, name, value) {
  return sys.call('setsockopt', fd, level, name, new Int32Array([value]), 4);
}

function getsockoptInt(fd, level, name) {
  const v = new Int32Array(1);
  const len = new Uint32Array([4]);
  const r = sys.call('getsockopt', fd, level, name, v, len);
  return r < 0 ? r : v[0];
}

module.exports = {
  AF_INET, AF_INET6, SOCKADDR_SIZE,
  parse4, parse6, format4, format6, zoneIndex, encode, decode, isIP, isIPv4, isIPv6,
  getsockname, getpeername, setsockoptInt, getsockoptInt,
};

// Node's errnoException for socket calls: message "<syscall> <CODE>[ <extra>]".
function errnoError(negErrno, syscall, extra) {
  const entry = require('sys/errno').errnoNames().get(negErrno) || ['UNKNOWN', 'unknown error'];
  const err = new Error(extra ? `${syscall} ${entry[0]} ${extra}` : `${syscall} ${entry[0]}`);
  err.errno = negErrno;
  err.code = entry[0];
  err.syscall = syscall;
  return err;
}

// Node's exceptionWithHostPort: "<syscall> <CODE> <address>:<port>" plus address and port.
function hostPortError(negErrno, syscall, address, port) {
  const err = errnoError(negErrno, syscall, port > 0 ? `${address}:${port}` : address);
  err.address = address;
  if (port > 0) err.port = port;
  return err;
}

module.exports.errnoError = errnoError;
module.exports.hostPortError = hostPortError;
