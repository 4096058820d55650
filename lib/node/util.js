'use strict';
// node:util: inspect/format, promisify/callbackify, deprecate, debuglog, types and the
// legacy helpers.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  notImplemented,
} = require('node/internal/errors');
const {
  inspect, format, formatWithOptions, stripVTControlCharacters,
} = require('node/internal/util/inspect');
const internalUtil = require('node/internal/util');
const types = require('node/internal/util/types');
const {
  validateString, validateNumber, validateObject, validateAbortSignal,
} = require('node/internal/validators');

const { deprecate, promisify, callbackify, isError, toUSVString } = internalUtil;

// ---------------------------------------------------------------------------
// debuglog

let testEnabled;
function initDebugEnv() {
  const env = require('process').env.NODE_DEBUG;
  if (env) {
    const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
      .replaceAll('*', '.*')
      .replaceAll(',', '$|^');
    const re = new RegExp(`^${pattern}$`, 'i');
    testEnabled = (str) => re.exec(str) !== null;
  } else {
    testEnabled = () => false;
  }
}

const debugImpls = { __proto__: null };
function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const process = require('process');
      const pid = process.pid;
      debugImpls[set] = function debug(...args) {
        const stderr = process.stderr;
        const colors = shouldColorize(stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPID = inspect(pid, { colors });
        stderr.write(format('%s %s: %s\n', set, coloredPID, msg));
      };
    } else {
      debugImpls[set] = function debug() {};
    }
  }
  return debugImpls[set];
}

function debuglog(set, cb) {
  let enabled;
  function init() {
    if (testEnabled === undefined) initDebugEnv();
    set = set.toUpperCase();
    enabled = testEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    return debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    get() { return test(); },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// colors

function shouldColorize(stream) {
  const env = require('process').env;
  if (env.FORCE_COLOR !== undefined) {
    return !(env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false');
  }
  return Boolean(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

function isStreamLike(s) {
  return s !== null && typeof s === 'object' &&
    (typeof s.pipe === 'function' || typeof s.getReader === 'function' ||
     typeof s.getWriter === 'function');
}

function styleText(fmt, text, { validateStream = true, stream = require('process').stdout } = {}) {
  validateString(text, 'text');
  const colors = inspect.colors;
  const check = (key) => {
    if (typeof key !== 'string' || colors[key] === undefined) {
      const allowed = Object.keys(colors).map((k) => `'${k}'`).join(', ');
      throw new ERR_INVALID_ARG_VALUE('format', key, `must be one of: ${allowed}`);
    }
  };
  let skipColorize = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  if (Array.isArray(fmt)) {
    let left = '';
    let right = '';
    for (const key of fmt) {
      check(key);
      const code = colors[key];
      left += `\u001b[${code[0]}m`;
      right = `\u001b[${code[1]}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  check(fmt);
  if (skipColorize) return text;
  const code = colors[fmt];
  return `\u001b[${code[0]}m${text}\u001b[${code[1]}m`;
}

// ---------------------------------------------------------------------------
// misc

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  return internalUtil.getSystemErrorName(err);
}

function getSystemErrorMap() {
  return internalUtil.getSystemErrorMap();
}

function errnoException(err, syscall, original) {
  const code = internalUtil.getSystemErrorName(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = internalUtil.getSystemErrorName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function pad(n) {
  return n.toString().padStart(2, '0');
}
function timestamp() {
  const d = new Date();
  const t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
}
function log(...args) {
  require('console').log('%s - %s', timestamp(), format(...args));
}

async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
  if (signal.aborted) return;
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { once: true });
  });
}

function isDeepStrictEqual(a, b) {
  return require('node/internal/util/comparisons').isDeepStrictEqual(a, b);
}

function parseArgs(config) {
  return require('node/internal/util/parse_args').parseArgs(config);
}

// dotenv format: KEY=value lines, optional `export `, quotes, # comments.
function parseEnv(content) {
  validateString(content, 'content');
  const out = {};
  const lines = content.replace(/\r\n?/g, '\n');
  const re = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*('(?:\\'|[^'])*'|"(?:\\"|[^"])*"|`(?:\\`|[^`])*`|[^#\n]*)?\s*(?:#.*)?$/gm;
  let m;
  while ((m = re.exec(lines)) !== null) {
    const key = m[1];
    let value = (m[2] || '').trim();
    const q = value[0];
    if ((q === '"' || q === "'" || q === '`') && value.endsWith(q) && value.length > 1) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\n/g, '\n');
    }
    out[key] = value;
  }
  return out;
}

function notImpl(name) {
  return function() {
    throw notImplemented(name);
  };
}

module.exports = {
  _errnoException: errnoException,
  _exceptionWithHostPort: exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean(arg) { return typeof arg === 'boolean'; },
  isBuffer(arg) { return require('buffer').Buffer.isBuffer(arg); },
  isDeepStrictEqual,
  isNull(arg) { return arg === null; },
  isNullOrUndefined(arg) { return arg === null || arg === undefined; },
  isNumber(arg) { return typeof arg === 'number'; },
  isString(arg) { return typeof arg === 'string'; },
  isSymbol(arg) { return typeof arg === 'symbol'; },
  isUndefined(arg) { return arg === undefined; },
  isRegExp: types.isRegExp,
  isObject(arg) { return arg !== null && typeof arg === 'object'; },
  isDate: types.isDate,
  isError,
  isFunction(arg) { return typeof arg === 'function'; },
  isPrimitive(arg) { return arg === null || (typeof arg !== 'object' && typeof arg !== 'function'); },
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal: notImpl('util.transferableAbortSignal'),
  transferableAbortController: notImpl('util.transferableAbortController'),
  aborted,
  types,
  parseEnv,
  parseArgs,
};

// Loaded on first use: they live in modules written alongside this one.
internalUtil.defineLazyProperties(module.exports, 'node/internal/encoding', ['TextDecoder', 'TextEncoder']);
// Not implemented yet: constructing them throws ERR_NOT_IMPLEMENTED.
module.exports.MIMEType = class MIMEType {
  constructor() {
    throw notImplemented('util.MIMEType');
  }
};
module.exports.MIMEParams = class MIMEParams {
  constructor() {
    throw notImplemented('util.MIMEParams');
  }
};
