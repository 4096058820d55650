'use strict';
// Socket-address helpers for the UDP and DNS code over node/internal/net/addr (which owns the
// text <-> bytes and sockaddr_in/in6 encoding): IPv6 zone names, a decode cache, sockopts.

const sys = require('sys/core');
const addr = require('node/internal/net/addr');

const { parse4, parse6, format4, format6 } = addr;
const AF_INET = sys.C.net.AF_INET;
const AF_INET6 = sys.C.net.AF_INET6;
const SOCKADDR_SIZE = 28; // big enough for sockaddr_in6

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
  if (family === 4) {
    const b = parse4(address);
    return b === null ? -1 : addr.writeInet(buf, 4, b, port, 0);
  }
  const p = parse6(address);
  return p === null ? -1 : addr.writeInet(buf, 6, p.bytes, port, zoneIndex(p.zone));
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
  const fam = buf[0] | (buf[1] << 8);
  if (fam !== AF_INET && fam !== AF_INET6) return null;
  const out = addr.decode(buf);
  if (fam === AF_INET6) {
    const scope = new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(24, true);
    if (scope !== 0) out.address = `${out.address}%${indexName(scope)}`;
  }
  return out;
}

let netIp;
function ipSyntax() { return netIp || (netIp = require('node/internal/net_ip')); }
function isIPv4(s) { return typeof s === 'string' && parse4(s) !== null; }
function isIPv6(s) {
  return typeof s === 'string' && s.includes(':') && ipSyntax().isIPv6(s) && parse6(s) !== null;
}
function isIP(s) { return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0; }

// getsockname/getpeername decoded, or the negative errno.
function sockName(fd, call) {
  const buf = new Uint8Array(SOCKADDR_SIZE);
  const len = new Uint32Array([SOCKADDR_SIZE]);
  const r = sys.call(call, fd, buf, len);
  if (r < 0) return r;
  return decode(buf);
}

function getsockname(fd) { return sockName(fd, 'getsockname'); }
function getpeername(fd) { return sockName(fd, 'getpeername'); }

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
