'use strict';
// The system errors node:net reports: "read ECONNRESET", "connect ECONNREFUSED 127.0.0.1:1"
// and "listen EADDRINUSE: address already in use :::8080", each with Node's own properties.

const { errnoNames } = require('sys/errno');

function nameOf(neg) {
  const e = errnoNames().get(neg);
  return e ? e : ['UNKNOWN', 'unknown error'];
}

// "<syscall> <CODE>" with errno, code and syscall.
function sysError(neg, syscall) {
  const code = nameOf(neg)[0];
  const err = new Error(`${syscall} ${code}`);
  err.errno = neg;
  err.code = code;
  err.syscall = syscall;
  return err;
}

// "<syscall> <CODE> <address>:<port>" (or " <path>"), then address and port.
function hostPortError(neg, syscall, address, port) {
  const code = nameOf(neg)[0];
  let where = '';
  if (port > 0) where = ` ${address}:${port}`;
  else if (address) where = ` ${address}`;
  const err = new Error(`${syscall} ${code}${where}`);
  err.errno = neg;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

// The libuv-flavoured variant with the description: "listen EADDRINUSE: address already in use ::: 80".
function uvHostPortError(neg, syscall, address, port) {
  const [code, desc] = nameOf(neg);
  let where = '';
  if (port > 0) where = ` ${address}:${port}`;
  else if (address) where = ` ${address}`;
  const err = new Error(`${syscall} ${code}: ${desc}${where}`);
  err.code = code;
  err.errno = neg;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

module.exports = { sysError, hostPortError, uvHostPortError };
