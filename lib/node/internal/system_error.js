'use strict';
// Node's SystemError (code ERR_SYSTEM_ERROR), raised for failed libuv-level calls such as
// uv_os_getpriority: "A system error occurred: <syscall> returned <CODE> (<text>)".

const { setCodedStack } = require('node/internal/errors');
const { errnoNames } = require('sys/errno');

// ctx: { errno (negative), code, message, syscall, path?, dest? }; key and prefix for the
// SystemError-based codes (ERR_TTY_INIT_FAILED: 'TTY initialization failed').
function systemError(ctx, key = 'ERR_SYSTEM_ERROR', prefix = 'A system error occurred') {
  let message = `${prefix}: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`;
  if (ctx.path !== undefined) message += ` ${ctx.path}`;
  if (ctx.dest !== undefined) message += ` => ${ctx.dest}`;
  const err = new Error(message);
  Object.defineProperty(err, 'name', { value: 'SystemError', writable: true, configurable: true });
  setCodedStack(err, key);
  Object.defineProperty(err, 'name', { value: 'SystemError', writable: true, configurable: true });
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${this.code}]: ${this.message}`; },
    writable: true, configurable: true,
  });
  err.code = key;
  Object.defineProperty(err, 'info', { value: ctx, enumerable: true, configurable: true });
  for (const key of ['errno', 'syscall', 'path', 'dest']) {
    if (key !== 'errno' && key !== 'syscall' && ctx[key] === undefined) continue;
    Object.defineProperty(err, key, {
      get() { return ctx[key]; },
      set(v) { ctx[key] = v; },
      enumerable: true, configurable: true,
    });
  }
  return err;
}

// The SystemError for a negative syscall result reported as libuv's `syscall`.
function systemErrorFromErrno(negErrno, syscall, key, prefix) {
  const entry = errnoNames().get(negErrno) || ['UNKNOWN', 'unknown error'];
  return systemError({ errno: negErrno, code: entry[0], message: entry[1], syscall }, key, prefix);
}

module.exports = { systemError, systemErrorFromErrno };
