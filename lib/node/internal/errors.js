'use strict';
// Node's error codes and message formats (ERR_*), shared by every module in lib/node.
// An error made here is an instance of its base class (TypeError, RangeError...), carries
// an enumerable `code`, and its stack header reads "TypeError [ERR_X]: message" like Node's.

const messages = new Map();
const codes = {};

// Lazily required to avoid a cycle: util/inspect uses errors.
let inspectFn;
function lazyInspect(value, opts) {
  if (inspectFn === undefined) inspectFn = require('node/internal/util/inspect').inspect;
  return inspectFn(value, opts);
}

// Sets the V8-style stack header with the code, then leaves `name` as the base class's.
function setCodedStack(err, key) {
  const base = err.name;
  // Descriptors have null prototypes: a program may have set Object.prototype.get.
  Object.defineProperty(err, 'name', {
    __proto__: null, value: `${base} [${key}]`, enumerable: false, writable: true, configurable: true,
  });
  void err.stack;
  delete err.name;
}

function makeNodeError(Base, key) {
  function NodeError(...args) {
    const error = new Base();
    const msg = messages.get(key);
    const message = typeof msg === 'function' ? msg.apply(error, args) : formatSimple(msg, args);
    Object.defineProperty(error, 'message', {
      __proto__: null, value: message, enumerable: false, writable: true, configurable: true,
    });
    Object.defineProperty(error, 'toString', {
      __proto__: null,
      value() { return `${this.name} [${key}]: ${this.message}`; },
      enumerable: false, writable: true, configurable: true,
    });
    setCodedStack(error, key);
    error.code = key;
    return error;
  }
  Object.setPrototypeOf(NodeError.prototype, Base.prototype);
  Object.setPrototypeOf(NodeError, Base);
  // `new codes.ERR_X() instanceof codes.ERR_X` is false in Node too; instances are the Base.
  return NodeError;
}

// "%s"-style substitution for message templates given as strings.
function formatSimple(template, args) {
  let i = 0;
  return template.replace(/%[sdi%]/g, (m) => {
    if (m === '%%') return '%';
    const v = args[i++];
    if (m === '%s') return typeof v === 'string' ? v : lazyInspect(v, { depth: 0, colors: false, compact: 3 });
    return String(Math.trunc(Number(v)));
  });
}

// Each class is made on first use: most programs touch a handful of the codes.
function E(key, msg, Base, ...otherBases) {
  messages.set(key, msg);
  Object.defineProperty(codes, key, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const ctor = makeNodeError(Base, key);
      for (const other of otherBases) ctor[other.name] = makeNodeError(other, key);
      Object.defineProperty(codes, key, { __proto__: null, value: ctor, writable: true, configurable: true, enumerable: true });
      return ctor;
    },
  });
}

// ---- describing arguments in messages ----

// Names that are JavaScript types ("of type string") rather than classes ("an instance of
// Buffer"); any other lower-case word is shown as written ("an integer").
const typeWords = new Set(['string', 'function', 'number', 'object', 'boolean', 'bigint', 'symbol']);
const capitalizedTypeWords = new Set(['Function', 'Object']);
const looksLikeClass = /^([A-Z][a-z0-9]*)+$/;

// 1234567 -> "1_234_567", as Node prints large numbers in range errors.
function withUnderscores(digits) {
  const sign = digits[0] === '-' ? '-' : '';
  let rest = sign ? digits.slice(1) : digits;
  const groups = [];
  while (rest.length > 3) {
    groups.unshift(rest.slice(-3));
    rest = rest.slice(0, -3);
  }
  groups.unshift(rest);
  return sign + groups.join('_');
}

// "Received ..." in argument errors: null/undefined by name, functions by name, objects by
// their constructor, primitives by type and a short inspection.
function describeReceived(value) {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'function') return value.name ? `function ${value.name}` : 'function ';
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && ctor.name) return `an instance of ${ctor.name}`;
    return lazyInspect(value, { depth: -1 });
  }
  let shown = lazyInspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

// "a, b, or c" / "a or b" / "a".
function orList(words) {
  if (words.length <= 2) return words.join(' or ');
  return `${words.slice(0, -1).join(', ')}, or ${words[words.length - 1]}`;
}

// The ERR_INVALID_ARG_TYPE sentence: types first, then classes, then other descriptions.
function invalidArgTypeMessage(name, expected, actual) {
  const wanted = Array.isArray(expected) ? expected : [expected];
  const types = [];
  const classes = [];
  const others = [];
  for (const word of wanted) {
    if (typeWords.has(word) || capitalizedTypeWords.has(word)) types.push(word.toLowerCase());
    else if (looksLikeClass.test(word)) classes.push(word);
    else others.push(word);
  }
  // "object" among classes reads better as the class Object.
  if (classes.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    classes.push('Object');
  }
  const clauses = [];
  if (types.length === 1) clauses.push(`of type ${types[0]}`);
  else if (types.length > 1) clauses.push(`one of type ${orList(types)}`);
  if (classes.length > 0) clauses.push(`an instance of ${orList(classes)}`);
  if (others.length === 1) clauses.push(others[0].toLowerCase() === others[0] ? others[0] : `an ${others[0]}`);
  else if (others.length > 1) clauses.push(`one of ${orList(others)}`);
  let subject;
  if (name.endsWith(' argument')) subject = name;
  else subject = `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
  return `The ${subject} must be ${clauses.join(' or ')}. Received ${describeReceived(actual)}`;
}

E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = lazyInspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) => {
  return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`;
}, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) => {
  return `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`;
}, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
  const relError = typeof target === 'string' && !isImport && target.length && !target.startsWith('./');
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined ` +
      `in the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}` +
      `${relError ? '; targets must start with "./"' : ''}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' ` +
    `in the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}` +
    `${relError ? '; targets must start with "./"' : ''}`;
}, Error);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  return `Expected ${input} to be returned from the "${name}" function but got ${describeReceived(value)}.`;
}, TypeError, RangeError);
E('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', 'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header', Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  const res = expected.length === 2 ? `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => {
  let msg = 'The ';
  const len = args.length;
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (len) {
    case 1: msg += `${args[0]} argument`; break;
    case 2: msg += `${args[0]} and ${args[1]} arguments`; break;
    default:
      msg += args.slice(0, len - 1).join(', ');
      msg += `, and ${args[len - 1]} arguments`;
      break;
  }
  return `${msg} must be specified`;
}, TypeError);
E('ERR_MODULE_NOT_FOUND', (path, base, exactUrl) => {
  if (exactUrl) return `Cannot find ${exactUrl} '${path}' imported from ${base}`;
  return `Cannot find package '${path}' imported from ${base}`;
}, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NOT_IMPLEMENTED', '%s is not implemented yet in unode', Error);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = withUnderscores(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = withUnderscores(received);
    received += 'n';
  } else {
    received = lazyInspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) => {
  return `Package import specifier "${specifier}" is not defined${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`;
}, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
}, Error);
E('ERR_REQUIRE_ASYNC_MODULE', 'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.', Error);
E('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath) => {
  let msg = `require() of ES Module ${filename}`;
  if (parentPath) msg += ` from ${parentPath}`;
  msg += ' not supported.';
  return msg;
}, Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x1fffffe8 characters', Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', Error);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', (ext, path) => `Unknown file extension "${ext}" for ${path}`, TypeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNSUPPORTED_DIR_IMPORT', "Directory import '%s' is not supported resolving ES modules imported from %s", Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  let msg = `Only URLs with a scheme in: ${supported.join(', ')} are supported by the default ESM loader`;
  msg += `. Received protocol '${url.protocol}'`;
  return msg;
}, Error);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_DLOPEN_FAILED', '%s', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
E('ERR_INVALID_ADDRESS_FAMILY', 'Invalid address family: %s', RangeError);
// Modules add their codes below with E(); keep one code per line.
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => `Unknown option '${option}'${allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : ''}`, TypeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => `The MIME syntax for a ${production} in "${str}" is invalid${invalidIndex !== -1 ? ` at ${invalidIndex}` : ''}`, TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_FS_INVALID_SYMLINK_TYPE', 'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INSPECTOR_NOT_ACTIVE', 'Inspector is not active', Error);
E('ERR_TEST_FAILURE', function(error, failureType) { this.failureType = failureType; this.cause = error; return typeof error?.message === 'string' ? error.message : typeof error === 'string' ? error : lazyInspect(error); }, Error);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${describeReceived(port)}.`, RangeError);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);

E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError);

E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
// An AbortError as Node's abort helpers create it.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Thrown by every API that exists in Node but not yet here; never a silent no-op.
function notImplemented(what) {
  return new codes.ERR_NOT_IMPLEMENTED(what);
}

module.exports = {
  codes,
  E,
  AbortError,
  notImplemented,
  describeReceived,
  setCodedStack,
};
