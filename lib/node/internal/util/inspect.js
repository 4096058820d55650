'use strict';
// util.inspect and util.format: render any JavaScript value as text, laid out like Node v20.
// A render pass carries a `Pass` object (options + bookkeeping); `show()` dispatches on the
// kind of value, the kind-specific writers return a head, brackets and a list of parts, and
// `wrap()` decides whether the parts fit on one line or go one (or a grid of several) per line.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('node/internal/errors');

const hasOwn = Object.hasOwn;
const getProto = Object.getPrototypeOf;
const ownDesc = Object.getOwnPropertyDescriptor;
const fnToString = Function.prototype.toString;
const objToString = Object.prototype.toString;
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);

const customSymbol = Symbol.for('nodejs.util.inspect.custom');

const baseOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

// ---------------------------------------------------------------------------
// colours and styles

const palette = { __proto__: null };
const colorTable = [
  ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23], ['underline', 4, 24],
  ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28], ['strikethrough', 9, 29],
  ['doubleunderline', 21, 24], ['black', 30, 39], ['red', 31, 39], ['green', 32, 39],
  ['yellow', 33, 39], ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39],
  ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49], ['bgYellow', 43, 49],
  ['bgBlue', 44, 49], ['bgMagenta', 45, 49], ['bgCyan', 46, 49], ['bgWhite', 47, 49],
  ['framed', 51, 54], ['overlined', 53, 55], ['gray', 90, 39], ['redBright', 91, 39],
  ['greenBright', 92, 39], ['yellowBright', 93, 39], ['blueBright', 94, 39],
  ['magentaBright', 95, 39], ['cyanBright', 96, 39], ['whiteBright', 97, 39],
  ['bgGray', 100, 49], ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49],
  ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49], ['bgMagentaBright', 105, 49],
  ['bgCyanBright', 106, 49], ['bgWhiteBright', 107, 49],
];
for (const [name, on, off] of colorTable) palette[name] = [on, off];
// Alternative spellings: accessors onto the canonical entry, hidden from enumeration.
const colorAliases = {
  grey: 'gray', blackBright: 'gray', bgGrey: 'bgGray', bgBlackBright: 'bgGray', faint: 'dim',
  crossedout: 'strikethrough', strikeThrough: 'strikethrough', crossedOut: 'strikethrough',
  conceal: 'hidden', swapColors: 'inverse', swapcolors: 'inverse', doubleUnderline: 'doubleunderline',
};
for (const alias of Object.keys(colorAliases)) {
  const target = colorAliases[alias];
  Object.defineProperty(palette, alias, {
    get() { return this[target]; },
    set(v) { Object.defineProperty(this, alias, { value: v, writable: true, enumerable: true, configurable: true }); },
    enumerable: false, configurable: true,
  });
}

const styleMap = Object.assign(Object.create(null), {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
});

function stylizeWithColor(text, kind) {
  const styleName = inspect.styles[kind];
  if (styleName !== undefined) {
    const codesPair = inspect.colors[styleName];
    if (codesPair !== undefined) return `\u001b[${codesPair[0]}m${text}\u001b[${codesPair[1]}m`;
  }
  return text;
}
function stylizeNoColor(text) { return text; }

// ---------------------------------------------------------------------------
// terminal escapes and display width

let vtPattern;
function vtRegExp() {
  if (vtPattern === undefined) {
    // CSI / OSC sequences (ESC [ ... final, ESC ] ... BEL) and the one-byte CSI introducer.
    const osc = '(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?(?:\\u0007|\\u001B\\u005C|\\u009C))';
    const csi = '(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~])';
    vtPattern = new RegExp(`[\\u001B\\u009B][[\\]()#;?]*(?:${osc}|${csi})`, 'g');
  }
  vtPattern.lastIndex = 0;
  return vtPattern;
}

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw new ERR_INVALID_ARG_TYPE('str', 'string', str);
  return str.replace(vtRegExp(), '');
}

function plainLength(pass, s) {
  return pass.colors ? s.replace(vtRegExp(), '').length : s.length;
}

function isWideCodePoint(c) {
  if (c < 0x1100) return false;
  return c <= 0x115f || c === 0x2329 || c === 0x232a ||
    (c >= 0x2e80 && c <= 0x3247 && c !== 0x303f) ||
    (c >= 0x3250 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0xa4c6) ||
    (c >= 0xa960 && c <= 0xa97c) || (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe10 && c <= 0xfe19) ||
    (c >= 0xfe30 && c <= 0xfe6b) || (c >= 0xff01 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1b000 && c <= 0x1b001) ||
    (c >= 0x1f200 && c <= 0x1f251) || (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x20000 && c <= 0x3fffd);
}

function isZeroWidthCodePoint(c) {
  return c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xfe20 && c <= 0xfe2f) ||
    (c >= 0xe0100 && c <= 0xe01ef);
}

function getStringWidth(str, removeControlChars = true) {
  let s = String(str);
  if (removeControlChars) s = s.replace(vtRegExp(), '');
  s = s.normalize('NFC');
  let width = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (isWideCodePoint(c)) width += 2;
    else if (!isZeroWidthCodePoint(c)) width += 1;
  }
  return width;
}

// ---------------------------------------------------------------------------
// primitives

const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function escapeChar(ch, quote) {
  const c = ch.charCodeAt(0);
  if (ch === quote) return `\\${ch}`;
  switch (ch) {
    case '\\': return '\\\\';
    case '\b': return '\\b';
    case '\t': return '\\t';
    case '\n': return '\\n';
    case '\f': return '\\f';
    case '\r': return '\\r';
    default: break;
  }
  if (ch.length === 2) return ch; // a valid surrogate pair
  if (c >= 0xd800 && c <= 0xdfff) return `\\u${c.toString(16)}`;
  return `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
}

// Characters that need escaping: C0/C1 controls, DEL, backslash, lone surrogates.
const needsEscape = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAll = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|'/g;

function quoteString(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  if (quote !== "'" || !needsEscape.test(str) && !str.includes("'")) {
    if (quote !== "'" && needsEscape.test(str)) {
      return quote + str.replace(escapeAll, (ch) => (ch === "'" ? ch : escapeChar(ch, quote))) + quote;
    }
    if (quote !== "'") return quote + str + quote;
    return `'${str}'`;
  }
  return `'${str.replace(escapeAll, (ch) => escapeChar(ch, "'"))}'`;
}

function groupDigits(digits, fromLeft) {
  let out = '';
  if (fromLeft) {
    let i = 0;
    for (; i + 3 < digits.length; i += 3) out += `${digits.slice(i, i + 3)}_`;
    return out + digits.slice(i);
  }
  let i = digits.length;
  for (; i > 3; i -= 3) out = `_${digits.slice(i - 3, i)}${out}`;
  return digits.slice(0, i) + out;
}

function groupSigned(text) {
  return text[0] === '-' ? `-${groupDigits(text.slice(1), false)}` : groupDigits(text, false);
}

// With separators, the text left of the first '.' is grouped from the right and the text
// after it from the left; exponent forms of integers stay as they are.
function numberText(n, separators) {
  if (Object.is(n, -0)) return '-0';
  const text = `${n}`;
  if (!separators || Number.isNaN(n)) return text;
  if (Math.trunc(n) === n) {
    return !Number.isFinite(n) || text.includes('e') ? text : groupSigned(text);
  }
  const dot = text.indexOf('.');
  return `${groupSigned(text.slice(0, dot))}.${groupDigits(text.slice(dot + 1), true)}`;
}

function bigintText(n, separators) {
  const text = `${n}`;
  if (!separators) return `${text}n`;
  if (text[0] === '-') return `-${groupDigits(text.slice(1), false)}n`;
  return `${groupDigits(text, false)}n`;
}

function showPrimitive(pass, v) {
  const st = pass.stylize;
  switch (typeof v) {
    case 'string': {
      let tail = '';
      if (v.length > pass.maxStringLength) {
        const cut = v.length - pass.maxStringLength;
        v = v.slice(0, pass.maxStringLength);
        tail = `... ${cut} more character${cut > 1 ? 's' : ''}`;
      }
      if (pass.compact !== true && v.length > 16 &&
          v.length > pass.breakLength - pass.indent - 4) {
        const lines = v.split(/(?<=\n)/);
        if (lines.length > 1) {
          const joiner = ` +\n${' '.repeat(pass.indent + 2)}`;
          return lines.map((l) => st(quoteString(l), 'string')).join(joiner) + tail;
        }
      }
      return st(quoteString(v), 'string') + tail;
    }
    case 'number': return st(numberText(v, pass.numericSeparator), 'number');
    case 'bigint': return st(bigintText(v, pass.numericSeparator), 'bigint');
    case 'boolean': return st(`${v}`, 'boolean');
    case 'undefined': return st('undefined', 'undefined');
    default: return st(v.toString(), 'symbol');
  }
}

function symbolKeyText(sym) {
  const d = sym.description;
  if (d === undefined) return 'Symbol()';
  return `Symbol(${needsEscape.test(d) ? d.replace(escapeAll, (ch) => (ch === "'" ? ch : escapeChar(ch, "'"))) : d})`;
}

// ---------------------------------------------------------------------------
// naming helpers

let globalCtorNames;
function isBuiltinName(name) {
  if (globalCtorNames === undefined) {
    // The ECMAScript globals (not the ones the runtime adds, such as Buffer or URL).
    globalCtorNames = new Set(('Object Function Array Number Boolean String Symbol BigInt Date ' +
      'RegExp Error EvalError RangeError ReferenceError SyntaxError TypeError URIError ' +
      'AggregateError Promise Map Set WeakMap WeakSet WeakRef FinalizationRegistry Proxy Reflect ' +
      'JSON Math Atomics Intl WebAssembly ArrayBuffer SharedArrayBuffer DataView Int8Array ' +
      'Uint8Array Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array Float32Array ' +
      'Float64Array BigInt64Array BigUint64Array').split(' '));
  }
  return globalCtorNames.has(name);
}

function safeInstanceOf(obj, ctor) {
  try { return obj instanceof ctor; } catch { return false; }
}

// The name of the nearest constructor on the prototype chain that `value` is an instance
// of; `null` for a chain ending without one. Prototype-less oddities get a description.
function ctorName(pass, value, level) {
  let obj = value;
  let first;
  while (obj !== null && obj !== undefined) {
    const d = ownDesc(obj, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '' &&
        safeInstanceOf(value, d.value)) {
      return String(d.value.name);
    }
    obj = getProto(obj);
    if (first === undefined) first = obj;
  }
  if (first === null) return null;
  const engineName = builtinTag(value);
  if (pass.depth !== null && level > pass.depth) return `${engineName} <Complex prototype>`;
  const inner = ctorName(pass, first, level + 1);
  if (inner === null) {
    const sub = inspect(first, { ...pass.opts(), customInspect: false, depth: -1 });
    return `${engineName} <${sub}>`;
  }
  return `${engineName} <${inner}>`;
}

// What the engine would call a prototype-less object: a string toStringTag data property
// (own or inherited) if there is one, else 'Object'.
function nullProtoName(value) {
  for (let o = value; o !== null; o = getProto(o)) {
    const d = ownDesc(o, Symbol.toStringTag);
    if (d !== undefined) return typeof d.value === 'string' && d.value !== '' ? d.value : 'Object';
  }
  return 'Object';
}

function builtinTag(value) {
  return objToString.call(value).slice(8, -1);
}

function prefixFor(ctor, tag, fallback, size = '') {
  if (ctor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && ctor !== tag) return `${ctor}${size} [${tag}] `;
  return `${ctor}${size} `;
}

function classOf(v) {
  return binding.classOf(v);
}

const typedArrayKinds = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
  'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
  'BigUint64Array', 'Float16Array']);

function isErrorLike(v, cls) {
  return cls === 'Error' || v instanceof Error;
}

// ---------------------------------------------------------------------------
// the render pass

class Pass {
  constructor(opts) {
    Object.assign(this, baseOptions, defaultOptionsHolder.value);
    this.stylize = undefined;
    this.user = undefined;
    if (opts !== undefined) {
      for (const k of Object.keys(opts)) {
        if (hasOwn(baseOptions, k) || k === 'stylize') this[k] = opts[k];
        else if (this.user === undefined) this.user = opts;
      }
    }
    if (this.colors) this.stylize = stylizeWithColor;
    else if (typeof this.stylize !== 'function') this.stylize = stylizeNoColor;
    if (this.maxArrayLength === null) this.maxArrayLength = Infinity;
    if (this.maxStringLength === null) this.maxStringLength = Infinity;
    this.stack = [];
    this.refs = undefined;
    this.indent = 0;
    this.lastLevel = 0;
    this.spent = [];
  }

  // The options object handed to custom inspectors.
  opts() {
    const o = { stylize: this.stylize };
    for (const k of Object.keys(baseOptions)) o[k] = this[k];
    if (this.user !== undefined) {
      for (const k of Object.keys(this.user)) if (!hasOwn(baseOptions, k)) o[k] = this.user[k];
    }
    return o;
  }

  refIndex(v) {
    if (this.refs === undefined) this.refs = new Map();
    let n = this.refs.get(v);
    if (n === undefined) {
      n = this.refs.size + 1;
      this.refs.set(v, n);
    }
    return n;
  }
}

const defaultOptionsHolder = { value: undefined };

function show(pass, value, level, fromTyped) {
  if (typeof value !== 'object' && typeof value !== 'function') return showPrimitive(pass, value);
  if (value === null) return pass.stylize('null', 'null');

  const original = value;
  const proxy = binding.proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy[0] === null) return pass.stylize('<Revoked Proxy>', 'special');
    if (pass.showProxy) return showProxy(pass, proxy, level);
    let target = proxy[0];
    for (;;) {
      const deeper = (typeof target === 'object' || typeof target === 'function') && target !== null ?
        binding.proxyDetails(target) : undefined;
      if (deeper === undefined) break;
      if (deeper[0] === null) return pass.stylize('<Revoked Proxy>', 'special');
      target = deeper[0];
    }
    value = target;
  }

  if (pass.customInspect) {
    let hook;
    try { hook = value[customSymbol]; } catch { hook = undefined; }
    if (typeof hook === 'function' && hook !== inspect) {
      const ctorDesc = ownDesc(value, 'constructor');
      const isProtoObject = ctorDesc !== undefined && typeof ctorDesc.value === 'function' &&
        ctorDesc.value.prototype === value;
      if (!isProtoObject) {
        const remaining = pass.depth === null ? null : pass.depth - level;
        const result = hook.call(original, remaining, pass.opts(), inspect);
        if (result !== original) {
          if (typeof result !== 'string') return show(pass, result, level);
          return result.replaceAll('\n', `\n${' '.repeat(pass.indent)}`);
        }
      }
    }
  }

  if (pass.stack.includes(value)) {
    return pass.stylize(`[Circular *${pass.refIndex(value)}]`, 'special');
  }
  return showObject(pass, value, level, fromTyped);
}

function showProxy(pass, details, level) {
  if (pass.depth !== null && level > pass.depth) return pass.stylize('Proxy [Array]', 'special');
  pass.indent += 2;
  const parts = [show(pass, details[0], level + 1), show(pass, details[1], level + 1)];
  pass.indent -= 2;
  return wrap(pass, parts, '', ['Proxy [', ']'], 'array', level + 1);
}

function ownKeys(pass, value, skipIndices) {
  let keys;
  if (pass.showHidden) {
    keys = Object.getOwnPropertyNames(value);
    const syms = Object.getOwnPropertySymbols(value);
    if (syms.length) keys.push(...syms);
  } else {
    try { keys = Object.keys(value); } catch { keys = []; }
    const syms = Object.getOwnPropertySymbols(value);
    for (const s of syms) if (isEnumerable(value, s)) keys.push(s);
  }
  if (skipIndices) keys = keys.filter((k) => typeof k !== 'string' || !isIndexKey(k));
  return keys;
}

function isIndexKey(k) {
  if (k.length === 0 || k.length > 10) return false;
  const c = k.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  if (k.length > 1 && c === 48) return false;
  for (let i = 1; i < k.length; i++) {
    const d = k.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return Number(k) < 4294967295;
}

function readTag(pass, value, ctor) {
  let tag;
  try { tag = value[Symbol.toStringTag]; } catch { tag = ''; }
  if (typeof tag !== 'string') return '';
  if (tag !== '' && (pass.showHidden ? hasOwn(value, Symbol.toStringTag) : isEnumerable(value, Symbol.toStringTag))) {
    return '';
  }
  return tag;
}

function showObject(pass, value, level, fromTyped) {
  const cls = classOf(value);
  const ctor = ctorName(pass, value, level);
  let tag = readTag(pass, value, ctor);
  if (tag !== '' && tag === ctor) tag = '';

  let keys;
  let head = '';
  let open;
  let close = '}';
  let kind = 'object'; // 'object' | 'array' (array extras: keys listed after the items)
  let items = null; // writer producing the item parts
  let noKeysShortcut = false;
  const st = pass.stylize;
  const extraProps = [];
  let protoDone = false;

  if (Array.isArray(value) && cls !== 'Proxy') {
    keys = ownKeys(pass, value, true);
    const pre = ctor !== 'Array' || tag !== '' ? prefixFor(ctor, tag, 'Array', `(${value.length})`) : '';
    if (value.length === 0 && keys.length === 0) return `${pre}[]`;
    open = `${pre}[`; close = ']'; kind = 'array';
    items = arrayItems;
  } else if (cls === 'Set' && isRealSet(value)) {
    const size = sizeOf(value, Set);
    keys = ownKeys(pass, value, false);
    const pre = prefixFor(ctor, tag, 'Set', `(${size})`);
    if (size === 0 && keys.length === 0) return `${pre}{}`;
    open = `${pre}{`;
    items = setItems;
  } else if (cls === 'Map' && isRealMap(value)) {
    const size = sizeOf(value, Map);
    keys = ownKeys(pass, value, false);
    const pre = prefixFor(ctor, tag, 'Map', `(${size})`);
    if (size === 0 && keys.length === 0) return `${pre}{}`;
    open = `${pre}{`;
    items = mapItems;
  } else if (typedArrayKinds.has(cls) && ArrayBuffer.isView(value)) {
    keys = ownKeys(pass, value, true);
    const len = typedLength(value);
    const pre = prefixFor(ctor, tag, cls, `(${len})`);
    if (len === 0 && keys.length === 0 && !pass.showHidden) return `${pre}[]`;
    open = `${pre}[`; close = ']'; kind = 'array';
    items = typedItems;
  } else if (cls === 'Map Iterator' || cls === 'Set Iterator') {
    keys = ownKeys(pass, value, false);
    open = `${prefixFor(ctor, tag, 'Object')}{`;
    if (keys.length === 0 && !pass.showHidden) return `${open}}`;
  } else {
    noKeysShortcut = true;
    keys = ownKeys(pass, value, false);
    if (cls === 'Module') {
      keys = [];
      items = namespaceItems;
      open = `${prefixFor(ctor, tag, 'Module')}{`;
      noKeysShortcut = false;
      if (Object.getOwnPropertyNames(value).length === 0 && Object.getOwnPropertySymbols(value).length === 0) {
        return `${open}}`;
      }
    } else if (cls === 'Arguments') {
      open = '[Arguments] {';
    } else if (typeof value === 'function') {
      head = functionHead(pass, value, ctor, tag);
      if (keys.length === 0) return st(head, 'special');
      open = '{';
    } else if (cls === 'RegExp' && isRealRegExp(value)) {
      let text = RegExp.prototype.toString.call(value);
      const pre = prefixFor(ctor, tag, 'RegExp');
      if (pre !== 'RegExp ') text = `${pre}${text}`;
      head = st(text, 'regexp');
      if (keys.length === 0 || (pass.depth !== null && level > pass.depth)) return head;
      open = '{';
    } else if (cls === 'Date' && isRealDate(value)) {
      const t = Date.prototype.getTime.call(value);
      let text = Number.isNaN(t) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
      const pre = prefixFor(ctor, tag, 'Date');
      if (pre !== 'Date ') text = `${pre}${text}`;
      head = st(text, 'date');
      if (keys.length === 0) return head;
      open = '{';
    } else if (isErrorLike(value, cls)) {
      head = errorHead(pass, value, ctor, tag, keys, level);
      if (keys.length === 0) return head;
      open = '{';
    } else if (cls === 'ArrayBuffer' || cls === 'SharedArrayBuffer') {
      if (!isRealBuffer(value, cls)) {
        open = `${prefixFor(ctor, tag, 'Object')}{`;
      } else {
        const pre = prefixFor(ctor, tag, cls);
        if (pass.depth !== null && level > pass.depth) return st(`[${pre.slice(0, -1)}]`, 'special');
        open = `${pre}{`;
        keys.unshift('byteLength');
        if (!fromTyped) items = bufferItems;
        noKeysShortcut = false;
      }
    } else if (cls === 'DataView' && isRealDataView(value)) {
      open = `${prefixFor(ctor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (cls === 'Promise') {
      open = `${prefixFor(ctor, tag, 'Promise')}{`;
      items = promiseItems;
      noKeysShortcut = false;
    } else if (cls === 'WeakSet' || cls === 'WeakMap') {
      open = `${prefixFor(ctor, tag, cls)}{`;
      items = weakItems;
      noKeysShortcut = false;
    } else if (cls === 'Number' || cls === 'String' || cls === 'Boolean' || cls === 'Symbol' ||
               cls === 'BigInt') {
      const boxed = boxedHead(pass, value, cls, ctor, tag);
      if (boxed !== undefined) {
        if (cls === 'String') keys = keys.filter((k) => typeof k !== 'string' || !isIndexKey(k) || +k >= boxedStringLength(value));
        if (cls === 'String' && !pass.showHidden) keys = keys.filter((k) => k !== 'length');
        head = boxed;
        if (keys.length === 0) return head;
        open = '{';
      } else {
        open = ctor === 'Object' && tag === '' ? '{' : `${prefixFor(ctor, tag, 'Object')}{`;
      }
    } else if (ctor === 'Object' && tag === '') {
      open = '{';
    } else {
      open = `${prefixFor(ctor, tag, ctor === null ? nullProtoName(value) : 'Object')}{`;
    }
    if (pass.showHidden) {
      protoProperties(value, keys, extraProps);
      protoDone = true;
    }
    if (noKeysShortcut && keys.length === 0 && items === null && head === '' && extraProps.length === 0) {
      return `${open}}`;
    }
  }

  if (pass.depth !== null && level > pass.depth) {
    const name = prefixFor(ctor, tag, 'Object').slice(0, -1);
    return st(ctor !== null ? `[${name}]` : name, 'special');
  }

  if (pass.showHidden && !protoDone) {
    protoProperties(value, keys, extraProps);
  }

  level += 1;
  pass.stack.push(value);
  pass.lastLevel = level;
  let parts;
  let itemCount = 0;
  try {
    parts = items !== null ? items(pass, value, level) : [];
    itemCount = parts.length;
    for (const k of keys) parts.push(showProperty(pass, value, k, level, kind === 'array' ? 'extra' : 'object'));
    for (const [holder, k, d] of extraProps) {
      parts.push(showPropertyDesc(pass, holder, k, d, level, 'object', value));
    }
  } catch (err) {
    pass.stack.pop();
    if (err instanceof RangeError && /call stack|stack overflow/i.test(err.message)) {
      return st(`[${(open || '').slice(0, -1).trim() || 'Object'}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
    }
    throw err;
  }
  pass.stack.pop();

  if (pass.sorted) {
    const cmp = pass.sorted === true ? undefined : pass.sorted;
    if (kind === 'object') parts.sort(cmp);
    else if (keys.length > 1) {
      const extra = parts.slice(parts.length - keys.length).sort(cmp);
      parts.splice(parts.length - keys.length, keys.length, ...extra);
    }
  }

  if (pass.refs !== undefined) {
    const n = pass.refs.get(value);
    if (n !== undefined) {
      const mark = st(`<ref *${n}>`, 'special');
      if (pass.compact !== true) head = head === '' ? mark : `${mark} ${head}`;
      else open = `${mark} ${open}`;
    }
  }
  const out = wrap(pass, parts, head, [open, close], kind, level, value, itemCount);
  // Output budget per indentation level: past 2 ** 27 characters everything still to come
  // collapses to its bracketed name, so huge graphs finish instead of exhausting memory.
  const spent = (pass.spent[pass.indent] || 0) + out.length;
  pass.spent[pass.indent] = spent;
  if (spent > 2 ** 27) pass.depth = -1;
  return out;
}

// With showHidden: accessors and data (non-method) properties inherited from user-defined
// prototypes, up to the first prototype whose constructor is a global built-in.
function protoProperties(value, keys, out) {
  const seen = new Set(keys);
  let p = getProto(value);
  let guard = 0;
  while (p !== null && p !== undefined && guard++ < 1000) {
    const d = ownDesc(p, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && isBuiltinName(d.value.name)) break;
    for (const k of Reflect.ownKeys(p)) {
      if (k === 'constructor' || seen.has(k)) continue;
      seen.add(k);
      const pd = ownDesc(p, k);
      if (typeof pd.value === 'function') continue;
      out.push([p, k, pd]);
    }
    p = getProto(p);
  }
}

function isRealSet(v) { try { Set.prototype.has.call(v, 0); return true; } catch { return false; } }
function isRealMap(v) { try { Map.prototype.has.call(v, 0); return true; } catch { return false; } }
function isRealRegExp(v) { try { ownDesc(RegExp.prototype, 'source').get.call(v); return true; } catch { return false; } }
function isRealDate(v) { try { Date.prototype.getTime.call(v); return true; } catch { return false; } }
function isRealDataView(v) { try { ownDesc(DataView.prototype, 'byteLength').get.call(v); return true; } catch { return false; } }
function isRealBuffer(v, cls) {
  const proto = cls === 'ArrayBuffer' ? ArrayBuffer.prototype : SharedArrayBuffer.prototype;
  try { ownDesc(proto, 'byteLength').get.call(v); return true; } catch { return false; }
}
function sizeOf(v, C) { return ownDesc(C.prototype, 'size').get.call(v); }
function typedLength(v) {
  return ownDesc(getProto(Uint8Array.prototype), 'length').get.call(v);
}
function boxedStringLength(v) { return String.prototype.valueOf.call(v).length; }

// ---------------------------------------------------------------------------
// heads of function, error and boxed values

function functionHead(pass, fn, ctor, tag) {
  let src = '';
  try { src = fnToString.call(fn); } catch { /* native or revoked */ }
  if (src.startsWith('class') && /^class[\s{/]/.test(src.slice(0, 6) + ' ')) {
    const nameDesc = ownDesc(fn, 'name');
    const nm = (nameDesc !== undefined && typeof nameDesc.value === 'string' && nameDesc.value) ||
      (hasOwn(fn, 'name') && fn.name) || '(anonymous)';
    let text = `class ${nm}`;
    if (ctor !== 'Function' && ctor !== null) text += ` [${ctor}]`;
    if (tag !== '' && ctor !== tag) text += ` [${tag}]`;
    if (ctor !== null) {
      const parent = getProto(fn);
      const parentName = parent !== null && parent !== undefined ? parent.name : undefined;
      if (parentName) text += ` extends ${parentName}`;
    } else {
      text += ' extends [null prototype]';
    }
    return `[${text}]`;
  }
  const cls = classOf(fn);
  let type = 'Function';
  if (cls === 'GeneratorFunction') type = 'GeneratorFunction';
  else if (cls === 'AsyncFunction') type = 'AsyncFunction';
  else if (cls === 'AsyncGeneratorFunction') type = 'AsyncGeneratorFunction';
  let text = `[${type}`;
  if (ctor === null) text += ' (null prototype)';
  const nm = fn.name;
  if (nm === '') text += ' (anonymous)';
  else text += `: ${typeof nm === 'string' ? nm : String(nm)}`;
  text += ']';
  if (ctor !== type && ctor !== null) text += ` ${ctor}`;
  if (tag !== '' && ctor !== tag) text += ` [${tag}]`;
  return text;
}

function boxedHead(pass, value, cls, ctor, tag) {
  let prim;
  let kind;
  try {
    switch (cls) {
      case 'Number': prim = Number.prototype.valueOf.call(value); kind = 'number'; break;
      case 'String': prim = String.prototype.valueOf.call(value); kind = 'string'; break;
      case 'Boolean': prim = Boolean.prototype.valueOf.call(value); kind = 'boolean'; break;
      case 'Symbol': prim = Symbol.prototype.valueOf.call(value); kind = 'symbol'; break;
      default: prim = BigInt.prototype.valueOf.call(value); kind = 'bigint'; break;
    }
  } catch {
    return undefined;
  }
  let label = cls;
  if (ctor === null) label += ' (null prototype)';
  else if (ctor !== cls) label += ` (${ctor})`;
  const plain = { __proto__: pass, stylize: stylizeNoColor, compact: true };
  let text = `[${label}: ${showPrimitive(plain, prim)}]`;
  if (tag !== '' && tag !== ctor) text += ` [${tag}]`;
  return pass.stylize(text, kind);
}

function errorHead(pass, err, ctor, tag, keys, level) {
  let name;
  let message;
  let stack;
  try { name = err.name != null ? String(err.name) : 'Error'; } catch { name = 'Error'; }
  try { message = err.message; } catch { message = undefined; }
  try { stack = err.stack; } catch { stack = undefined; }
  if (stack) stack = String(stack);
  else {
    try { stack = Error.prototype.toString.call(err); } catch { stack = `${name}`; }
  }

  // V8 lists an error's own stack before its message.
  const mi = keys.indexOf('message');
  const si = keys.indexOf('stack');
  if (mi !== -1 && si > mi) { keys.splice(si, 1); keys.splice(mi, 0, 'stack'); }
  // Drop name/message/stack from the listed keys when the text already shows them.
  if (!pass.showHidden && keys.length !== 0) {
    for (const k of ['name', 'message', 'stack']) {
      const at = keys.indexOf(k);
      if (at !== -1) {
        let v;
        try { v = err[k]; } catch { v = undefined; }
        if (typeof v === 'string' && stack.includes(v)) keys.splice(at, 1);
      }
    }
  }
  if ('cause' in err && hasOwn(err, 'cause') && (keys.length === 0 || !keys.includes('cause'))) {
    keys.push('cause');
  }
  const errs = ownDesc(err, 'errors');
  if (errs !== undefined && Array.isArray(errs.value) && !keys.includes('errors')) keys.push('errors');

  stack = fixErrorName(err, name, ctor, stack);

  // The first "    at" line; without one the whole text is put in brackets.
  let at = message !== undefined && typeof message === 'string' ? stack.indexOf(message) : -1;
  if (at !== -1) at += message.length;
  let frames = stack.indexOf('\n    at', at === -1 ? 0 : at);
  if (frames === -1) {
    stack = `[${stack}]`;
  } else {
    const causeErr = errCause(err);
    if (causeErr !== undefined) stack = foldSharedFrames(pass, stack, frames, causeErr);
    if (pass.colors) stack = colorFrames(pass, stack, frames);
  }
  if (pass.indent !== 0) stack = stack.replaceAll('\n', `\n${' '.repeat(pass.indent)}`);
  return stack;
}

function errCause(err) {
  if (!hasOwn(err, 'cause')) return undefined;
  let c;
  try { c = err.cause; } catch { return undefined; }
  if (c === null || typeof c !== 'object' || !(c instanceof Error)) return undefined;
  let s;
  try { s = c.stack; } catch { return undefined; }
  return typeof s === 'string' ? s : undefined;
}

function foldSharedFrames(pass, stack, frameStart, causeStack) {
  const own = stack.slice(frameStart + 1).split('\n');
  const theirs = causeStack.split('\n').filter((l) => /^\s+at /.test(l));
  // The first own frame that starts a run of more than three frames also found in the cause.
  for (let i = 0; i < own.length - 3; i++) {
    const j = theirs.indexOf(own[i]);
    if (j === -1 || theirs.length - j <= 3) continue;
    let n = 1;
    const most = Math.min(own.length - i, theirs.length - j);
    while (n < most && own[i + n] === theirs[j + n]) n++;
    if (n > 3) {
      const hidden = n - 2;
      own.splice(i + 1, hidden, pass.stylize(`    ... ${hidden} lines matching cause stack trace ...`, 'undefined'));
      return `${stack.slice(0, frameStart)}\n${own.join('\n')}`;
    }
  }
  return stack;
}

function isCoreModule(id) {
  try {
    return require('module').isBuiltin(id);
  } catch {
    return false;
  }
}

function colorFrames(pass, stack, frameStart) {
  const lines = stack.slice(frameStart + 1).split('\n');
  const out = lines.map((line) => {
    const core = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/.exec(line);
    if (core !== null && isCoreModule(core[1])) return pass.stylize(line, 'undefined');
    return line.replace(/([/\\]node_modules[/\\])([^/\\]+)/g, (m, sep, pkg) => `${sep}${pass.stylize(pkg, 'module')}`);
  });
  return `${stack.slice(0, frameStart)}\n${out.join('\n')}`;
}

function fixErrorName(err, name, ctor, stack) {
  if (ctor === null) {
    // "[Error: null prototype]"-style header for prototype-less errors.
    const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)|^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    const base = (m && (m[1] || m[2])) || '';
    const fallback = 'Error';
    if (base === '') return `[${fallback}: null prototype] ${stack}`;
    return `[${base}: null prototype]${stack.slice(base.length)}`;
  }
  const len = name.length;
  if (ctor === name) return stack;
  if (!(name.endsWith('Error') && stack.startsWith(name) &&
        (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    return stack;
  }
  if (ctor.includes(name)) {
    if (len === 0) return `${ctor}: ${stack}`;
    return `${ctor}${stack.slice(len)}`;
  }
  return `${ctor} [${name}]${stack.slice(len)}`;
}

// ---------------------------------------------------------------------------
// item writers

function arrayItems(pass, arr, level) {
  const total = arr.length;
  const limit = Math.min(Math.max(0, pass.maxArrayLength), total);
  const parts = [];
  let i = 0;
  let indexList;
  while (i < total && parts.length < limit) {
    if (hasOwn(arr, i)) {
      parts.push(showProperty(pass, arr, i, level, 'item'));
      i++;
      continue;
    }
    // A run of holes: find the next own index.
    if (indexList === undefined) {
      indexList = Object.keys(arr).filter(isIndexKey).map(Number);
    }
    let next = total;
    for (const k of indexList) if (k > i) { next = k; break; }
    const gap = next - i;
    parts.push(pass.stylize(`<${gap} empty item${gap > 1 ? 's' : ''}>`, 'undefined'));
    i = next;
  }
  const rest = total - i;
  if (rest > 0) parts.push(`... ${rest} more item${rest > 1 ? 's' : ''}`);
  return parts;
}

function typedItems(pass, ta, level) {
  const len = typedLength(ta);
  const limit = Math.min(Math.max(0, pass.maxArrayLength), len);
  const parts = new Array(limit);
  const big = typeof ta[0] === 'bigint';
  for (let i = 0; i < limit; i++) {
    parts[i] = big ? pass.stylize(bigintText(ta[i], pass.numericSeparator), 'bigint') :
      pass.stylize(numberText(ta[i], pass.numericSeparator), 'number');
  }
  if (len > limit) parts.push(`... ${len - limit} more item${len - limit > 1 ? 's' : ''}`);
  if (pass.showHidden) {
    pass.indent += 2;
    for (const k of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      parts.push(`[${k}]: ${show(pass, ta[k], level, true)}`);
    }
    pass.indent -= 2;
  }
  return parts;
}

function setItems(pass, set, level) {
  const limit = Math.max(0, pass.maxArrayLength);
  const parts = [];
  pass.indent += 2;
  let n = 0;
  const size = sizeOf(set, Set);
  for (const v of Set.prototype.values.call(set)) {
    if (n >= limit) break;
    parts.push(show(pass, v, level));
    n++;
  }
  pass.indent -= 2;
  if (size > n) parts.push(`... ${size - n} more item${size - n > 1 ? 's' : ''}`);
  return parts;
}

function mapItems(pass, map, level) {
  const limit = Math.max(0, pass.maxArrayLength);
  const parts = [];
  pass.indent += 2;
  let n = 0;
  const size = sizeOf(map, Map);
  for (const [k, v] of Map.prototype.entries.call(map)) {
    if (n >= limit) break;
    parts.push(`${show(pass, k, level)} => ${show(pass, v, level)}`);
    n++;
  }
  pass.indent -= 2;
  if (size > n) parts.push(`... ${size - n} more item${size - n > 1 ? 's' : ''}`);
  return parts;
}

function bufferItems(pass, buf, level) {
  let bytes;
  try { bytes = new Uint8Array(buf); } catch {
    return [pass.stylize('(detached)', 'special')];
  }
  const shown = Math.min(Math.max(0, pass.maxArrayLength), bytes.length);
  let hex = '';
  for (let i = 0; i < shown; i++) {
    if (i !== 0) hex += ' ';
    hex += bytes[i].toString(16).padStart(2, '0');
  }
  const rest = bytes.length - shown;
  if (rest > 0) hex += ` ... ${rest} more byte${rest > 1 ? 's' : ''}`;
  return [`${pass.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
}

function promiseItems(pass, p, level) {
  const [state, result] = binding.promiseState(p);
  if (state === 0) return [pass.stylize('<pending>', 'special')];
  pass.indent += 2;
  const text = show(pass, result, level);
  pass.indent -= 2;
  return [state === 2 ? `${pass.stylize('<rejected>', 'special')} ${text}` : text];
}

function weakItems(pass) {
  return [pass.stylize('<items unknown>', 'special')];
}

function namespaceItems(pass, ns, level) {
  const names = Object.getOwnPropertyNames(ns);
  const parts = [];
  for (const k of names) {
    let d;
    try {
      d = ownDesc(ns, k);
    } catch {
      const label = keyLabel(pass, k, true);
      parts.push(`${label}: ${pass.stylize('<uninitialized>', 'special')}`);
      continue;
    }
    parts.push(showPropertyDesc(pass, ns, k, d, level, 'object'));
  }
  for (const s of Object.getOwnPropertySymbols(ns)) {
    if (pass.showHidden || isEnumerable(ns, s)) parts.push(showProperty(pass, ns, s, level, 'object'));
  }
  return parts;
}

// ---------------------------------------------------------------------------
// properties

function keyLabel(pass, key, enumerable) {
  if (typeof key === 'symbol') return `[${pass.stylize(symbolKeyText(key), 'symbol')}]`;
  if (key === '__proto__') return "['__proto__']";
  if (!enumerable) return `[${key}]`;
  if (identifierKey.test(key)) return pass.stylize(key, 'name');
  return pass.stylize(quoteString(key), 'string');
}

function showProperty(pass, obj, key, level, mode) {
  let d = ownDesc(obj, key);
  if (d === undefined) d = { value: obj[key], enumerable: true };
  return showPropertyDesc(pass, obj, key, d, level, mode);
}

function showPropertyDesc(pass, obj, key, d, level, mode, receiver = obj) {
  let text;
  let gap = ' ';
  const st = pass.stylize;
  if (d.value !== undefined || (d.get === undefined && d.set === undefined)) {
    const step = pass.compact !== true ? 2 : 3;
    pass.indent += step;
    text = show(pass, d.value, level);
    if (step === 3 && pass.breakLength < getStringWidth(text, pass.colors)) {
      gap = `\n${' '.repeat(pass.indent)}`;
    }
    pass.indent -= step;
  } else if (d.get !== undefined) {
    const label = d.set !== undefined ? 'Getter/Setter' : 'Getter';
    const g = pass.getters;
    if (g && (g === true || (g === 'get' && d.set === undefined) || (g === 'set' && d.set !== undefined))) {
      try {
        const v = d.get.call(receiver);
        pass.indent += 2;
        if (v === null) text = `${st(`[${label}:`, 'special')} ${st('null', 'null')}${st(']', 'special')}`;
        else if (typeof v === 'object') text = `${st(`[${label}]`, 'special')} ${show(pass, v, level)}`;
        else text = `${st(`[${label}:`, 'special')} ${showPrimitive(pass, v)}${st(']', 'special')}`;
        pass.indent -= 2;
      } catch (err) {
        text = st(`[${label}: <Inspection threw (${err.message})>]`, 'special');
      }
    } else {
      text = st(`[${label}]`, 'special');
    }
  } else {
    text = st('[Setter]', 'special');
  }
  if (mode === 'item') return text;
  return `${keyLabel(pass, key, d.enumerable !== false)}:${gap}${text}`;
}

// ---------------------------------------------------------------------------
// layout

function fitsOnLine(pass, parts, start, head) {
  let total = parts.length + start;
  if (total + parts.length > pass.breakLength) return false;
  for (const p of parts) {
    total += plainLength(pass, p);
    if (total > pass.breakLength) return false;
  }
  return head === '' || !head.includes('\n');
}

// Lays many short array items out in aligned columns.
function toColumns(pass, parts, value, itemCount) {
  let count = itemCount;
  if (count > parts.length) count = parts.length;
  // the "... more items" trailer is not part of the grid
  if (count > 0 && parts[count - 1].startsWith('... ') && /more item/.test(parts[count - 1])) count--;
  const gapWidth = 2;
  const widths = new Array(count);
  let sum = 0;
  let widest = 0;
  for (let i = 0; i < count; i++) {
    const w = getStringWidth(parts[i], pass.colors);
    widths[i] = w;
    sum += w + gapWidth;
    if (w > widest) widest = w;
  }
  const cell = widest + gapWidth;
  if (!(cell * 3 + pass.indent < pass.breakLength && (sum / cell > 5 || widest <= 6))) return parts;
  const bias = Math.sqrt(cell - sum / parts.length);
  const eff = Math.max(cell - 3 - bias, 1);
  const cols = Math.min(
    Math.round(Math.sqrt(2.5 * eff * count) / eff),
    Math.floor((pass.breakLength - pass.indent) / cell),
    pass.compact * 4,
    15,
  );
  if (cols <= 1) return parts;
  const colWidth = [];
  for (let c = 0; c < cols; c++) {
    let w = 0;
    for (let j = c; j < parts.length; j += cols) if (widths[j] > w) w = widths[j];
    colWidth.push(w + gapWidth);
  }
  let rightAlign = value !== undefined;
  if (rightAlign) {
    for (let i = 0; i < parts.length; i++) {
      const t = typeof value[i];
      if (t !== 'number' && t !== 'bigint') { rightAlign = false; break; }
    }
  }
  const rows = [];
  for (let i = 0; i < count; i += cols) {
    const end = Math.min(i + cols, count);
    let row = '';
    let j = i;
    for (; j < end - 1; j++) {
      const width = colWidth[j - i] + parts[j].length - widths[j];
      const cellText = `${parts[j]}, `;
      row += rightAlign ? cellText.padStart(width, ' ') : cellText.padEnd(width, ' ');
    }
    if (rightAlign) {
      const width = colWidth[j - i] + parts[j].length - widths[j] - gapWidth;
      row += parts[j].padStart(width, ' ');
    } else {
      row += parts[j];
    }
    rows.push(row);
  }
  for (let i = count; i < parts.length; i++) rows.push(parts[i]);
  return rows;
}

function wrap(pass, parts, head, [open, close], kind, level, value, itemCount = 0) {
  if (pass.compact !== true) {
    if (typeof pass.compact === 'number' && pass.compact >= 1) {
      const before = parts.length;
      if (kind === 'array' && before > 6) parts = toColumns(pass, parts, value, itemCount);
      if (pass.lastLevel - level < pass.compact && before === parts.length) {
        const start = parts.length + pass.indent + open.length + head.length + 10;
        if (fitsOnLine(pass, parts, start, head)) {
          const joined = parts.join(', ');
          if (!joined.includes('\n')) {
            return `${head ? `${head} ` : ''}${open} ${joined} ${close}`;
          }
        }
      }
    }
    const nl = `\n${' '.repeat(pass.indent)}`;
    return `${head ? `${head} ` : ''}${open}${nl}  ${parts.join(`,${nl}  `)}${nl}${close}`;
  }
  if (fitsOnLine(pass, parts, 0, head)) {
    return `${open}${head ? ` ${head}` : ''} ${parts.join(', ')} ${close}`;
  }
  const pad = ' '.repeat(pass.indent);
  const lead = head === '' && open.length === 1 ? ' ' : `${head ? ` ${head}` : ''}\n${pad}  `;
  return `${open}${lead}${parts.join(`,\n${pad}  `)} ${close}`;
}

// ---------------------------------------------------------------------------
// public entry points

function inspect(value, opts) {
  let options = opts;
  if (arguments.length > 1 && (typeof opts !== 'object' || opts === null)) {
    options = {};
    if (typeof opts === 'boolean') options.showHidden = opts;
    if (arguments.length > 2 && arguments[2] !== undefined) options.depth = arguments[2];
    if (arguments.length > 3 && arguments[3] !== undefined) options.colors = arguments[3];
  } else if (typeof opts === 'boolean') {
    options = { showHidden: opts };
  }
  if (options !== undefined && (typeof options !== 'object' || options === null)) options = undefined;
  const pass = new Pass(options);
  return show(pass, value, 0);
}

inspect.custom = customSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get() { return defaultOptionsHolder.value; },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    Object.assign(defaultOptionsHolder.value, options);
  },
  enumerable: false, configurable: false,
});
defaultOptionsHolder.value = { ...baseOptions };
inspect.colors = palette;
inspect.styles = styleMap;

// ---------------------------------------------------------------------------
// format

// %s prints an object with String() only when it brings its own conversion (a toString
// method or Symbol.toPrimitive defined outside the ECMAScript built-ins); otherwise inspects.
function usesBuiltinToString(v) {
  let target = v;
  const proxy = binding.proxyDetails(v);
  if (proxy !== undefined) {
    if (proxy[0] === null) return true;
    target = proxy[0];
  }
  const ownConversion = (o) => {
    const t = ownDesc(o, 'toString');
    if (t !== undefined && (typeof t.value === 'function' || t.get !== undefined)) return true;
    return hasOwn(o, Symbol.toPrimitive);
  };
  if (ownConversion(target)) return false;
  for (let p = getProto(target); p !== null; p = getProto(p)) {
    if (!ownConversion(p)) continue;
    const d = ownDesc(p, 'constructor');
    return d !== undefined && typeof d.value === 'function' && isBuiltinName(d.value.name);
  }
  return true;
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
  }
  return formatImpl(inspectOptions, args);
}

function format(...args) {
  return formatImpl(undefined, args);
}

function formatImpl(opts, args) {
  const first = args[0];
  let out = '';
  let used = 0;
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    used = 1;
    let from = 0;
    const sep = opts !== undefined && opts.numericSeparator !== undefined ?
      !!opts.numericSeparator : !!defaultOptionsHolder.value.numericSeparator;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const code = first[i + 1];
      if (used !== args.length) {
        let piece;
        const arg = args[used];
        switch (code) {
          case 's':
            if (typeof arg === 'number') piece = numberText(arg, sep);
            else if (typeof arg === 'bigint') piece = bigintText(arg, sep);
            else if (typeof arg !== 'object' || arg === null || !usesBuiltinToString(arg)) piece = String(arg);
            else piece = inspect(arg, { ...opts, depth: 0, colors: false, compact: 3 });
            break;
          case 'j':
            piece = jsonText(arg);
            break;
          case 'd':
            if (typeof arg === 'bigint') piece = bigintText(arg, sep);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = numberText(Number(arg), sep);
            break;
          case 'O':
            piece = inspect(arg, opts);
            break;
          case 'o':
            piece = inspect(arg, { ...opts, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 'i':
            if (typeof arg === 'bigint') piece = bigintText(arg, sep);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = numberText(Number.parseInt(arg), sep);
            break;
          case 'f':
            piece = typeof arg === 'symbol' ? 'NaN' : numberText(Number.parseFloat(arg), sep);
            break;
          case 'c':
            piece = '';
            break;
          case '%':
            out += first.slice(from, i + 1);
            from = i + 2;
            i++;
            continue;
          default:
            continue;
        }
        if (from !== i) out += first.slice(from, i);
        out += piece;
        from = i + 2;
        used++;
        i++;
      } else if (code === '%') {
        out += first.slice(from, i + 1);
        from = i + 2;
        i++;
      }
    }
    if (from !== 0) {
      used = used || 1;
      if (from < first.length) out += first.slice(from);
    } else {
      out = first;
    }
  }
  while (used < args.length) {
    const v = args[used];
    if (used > 0) out += ' ';
    out += typeof v === 'string' ? v : inspect(v, opts);
    used++;
  }
  return out;
}

function jsonText(v) {
  try {
    return `${JSON.stringify(v)}`;
  } catch (err) {
    if (err instanceof TypeError && /circular|cyclic/i.test(err.message)) return '[Circular]';
    throw err;
  }
}

module.exports = {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  getStringWidth,
  stylizeWithColor,
  stylizeNoColor,
};
