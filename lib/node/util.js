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
// util.MIMEType / util.MIMEParams (WHATWG MIME type parsing), built on first use.
let mimeClasses;
function getMimeClasses() {
  if (mimeClasses !== undefined) return mimeClasses;
  const { ERR_INVALID_MIME_SYNTAX } = require('node/internal/errors').codes;
  const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
  const NOT_QUOTED = /[^\t\u0020-\u007E\u0080-\u00FF]/;
  const TRAILING_WS = /[\r\n\t ]*$/;
  const LEADING_WS_END = /[^\r\n\t ]|$/;
  const EQ_SEMI_END = /[;=]|$/;
  const QUOTED_VALUE = /^(?:([\\]$)|[\\][\s\S]|[^"])*(?:(")|$)/u;
  const lower = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const search = (s, re) => {
    const m = re.exec(s);
    return m === null ? -1 : m.index;
  };
  const encodeValue = (value) => {
    if (value.length === 0) return '""';
    if (search(value, NOT_TOKEN) === -1) return value;
    return `"${value.replace(/["\\]/g, '\\$&')}"`;
  };

  class MIMEParams {
    #data = new Map();

    delete(name) { this.#data.delete(name); }
    get(name) {
      const data = this.#data;
      return data.has(name) ? data.get(name) : null;
    }
    has(name) { return this.#data.has(name); }
    set(name, value) {
      name = `${name}`;
      value = `${value}`;
      const invalidName = search(name, NOT_TOKEN);
      if (name.length === 0 || invalidName !== -1) {
        throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, invalidName);
      }
      const invalidValue = search(value, NOT_QUOTED);
      if (invalidValue !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, invalidValue);
      this.#data.set(name, value);
    }
    *entries() { yield* this.#data.entries(); }
    *keys() { yield* this.#data.keys(); }
    *values() { yield* this.#data.values(); }
    toString() {
      let ret = '';
      for (const [key, value] of this.#data) {
        if (ret !== '') ret += ';';
        ret += `${key}=${encodeValue(value)}`;
      }
      return ret;
    }
    toJSON() { return this.toString(); }
    [Symbol.iterator]() { return this.entries(); }

    static parse(params, str, position) {
      const endOfSource = search(str.slice(position), TRAILING_WS) + position;
      while (position < endOfSource) {
        position += search(str.slice(position), LEADING_WS_END);
        const afterName = search(str.slice(position), EQ_SEMI_END) + position;
        const name = lower(str.slice(position, afterName));
        position = afterName;
        if (position < endOfSource) {
          const ch = str[position];
          position += 1;
          if (ch === ';') continue;
        }
        if (position >= endOfSource) break;
        let value;
        if (str[position] === '"') {
          position += 1;
          const m = QUOTED_VALUE.exec(str.slice(position));
          position += m[0].length;
          const inside = m[1] || m[2] ? m[0].slice(0, -1) : m[0];
          value = inside.replace(/\\([\s\S])/g, '$1');
          if (m[1]) value += '\\';
        } else {
          const valueEnd = str.indexOf(';', position);
          const raw = valueEnd === -1 ? str.slice(position) : str.slice(position, valueEnd);
          position += raw.length;
          const trimmed = raw.slice(0, search(raw, TRAILING_WS));
          if (trimmed === '') continue;
          value = trimmed;
        }
        if (name !== '' && search(name, NOT_TOKEN) === -1 && search(value, NOT_QUOTED) === -1 &&
            !params.has(name)) {
          params.#data.set(name, value);
        }
        position++;
      }
      return params;
    }
  }

  class MIMEType {
    #type;
    #subtype;
    #params;

    constructor(string) {
      string = `${string}`;
      let position = search(string, LEADING_WS_END);
      const typeEnd = string.indexOf('/', position);
      const rawType = typeEnd === -1 ? string.slice(position) : string.slice(position, typeEnd);
      const invalidType = search(rawType, NOT_TOKEN);
      if (rawType === '' || invalidType !== -1 || typeEnd === -1) {
        throw new ERR_INVALID_MIME_SYNTAX('type', string, invalidType);
      }
      position = typeEnd + 1;
      const subtypeEnd = string.indexOf(';', position);
      const rawSubtype = subtypeEnd === -1 ? string.slice(position) : string.slice(position, subtypeEnd);
      position += rawSubtype.length;
      if (subtypeEnd !== -1) position += 1;
      const trimmedSubtype = rawSubtype.slice(0, search(rawSubtype, TRAILING_WS));
      const invalidSubtype = search(trimmedSubtype, NOT_TOKEN);
      if (trimmedSubtype === '' || invalidSubtype !== -1) {
        throw new ERR_INVALID_MIME_SYNTAX('subtype', string, invalidSubtype);
      }
      this.#type = lower(rawType);
      this.#subtype = lower(trimmedSubtype);
      this.#params = MIMEParams.parse(new MIMEParams(), string, position);
    }

    get type() { return this.#type; }
    set type(v) {
      v = `${v}`;
      const invalid = search(v, NOT_TOKEN);
      if (v.length === 0 || invalid !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', v, invalid);
      this.#type = lower(v);
    }
    get subtype() { return this.#subtype; }
    set subtype(v) {
      v = `${v}`;
      const invalid = search(v, NOT_TOKEN);
      if (v.length === 0 || invalid !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', v, invalid);
      this.#subtype = lower(v);
    }
    get essence() { return `${this.#type}/${this.#subtype}`; }
    get params() { return this.#params; }
    toString() {
      const params = this.#params.toString();
      return `${this.#type}/${this.#subtype}${params ? `;${params}` : ''}`;
    }
    toJSON() { return this.toString(); }
  }
  mimeClasses = { MIMEType, MIMEParams };
  return mimeClasses;
}

for (const name of ['MIMEType', 'MIMEParams']) {
  Object.defineProperty(module.exports, name, {
    enumerable: true,
    configurable: true,
    get() {
      const value = getMimeClasses()[name];
      Object.defineProperty(module.exports, name, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}
