'use strict';
// Terminal input decoding: turns the characters a terminal sends (plain text, control bytes,
// ESC-prefixed "meta" keys and CSI/SS3 escape sequences) into readline's key objects
// { sequence, name, ctrl, meta, shift[, code] }, and emitKeypressEvents(), which feeds a
// stream's 'data' through that decoder and emits 'keypress' (char, key).

const ESC = '\x1b';

// Escape-sequence codes (the part after ESC, modifiers removed) and the keys they name.
const CODE_NAMES = {
  OP: 'f1', OQ: 'f2', OR: 'f3', OS: 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10',
  '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  OA: 'up', OB: 'down', OC: 'right', OD: 'left', OE: 'clear', OF: 'end', OH: 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
  // rxvt: lower-case finals carry shift, '$' shift, '^' ctrl, O + lower case ctrl.
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
  Oa: 'up', Ob: 'down', Oc: 'right', Od: 'left', Oe: 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  '[Z': 'tab', '[200~': 'paste-start', '[201~': 'paste-end',
};
const SHIFT_CODES = new Set(['[a', '[b', '[c', '[d', '[e', '[2$', '[3$', '[5$', '[6$', '[7$', '[8$', '[Z']);
const CTRL_CODES = new Set(['Oa', 'Ob', 'Oc', 'Od', 'Oe', '[2^', '[3^', '[5^', '[6^', '[7^', '[8^']);

// Single characters with names; after ESC they are the meta variants.
const SIMPLE_NAMES = {
  '\r': 'return', '\n': 'enter', '\t': 'tab', '\b': 'backspace', '\x7f': 'backspace',
  '\x1b': 'escape', ' ': 'space',
};

function isDigit(c) { return c >= '0' && c <= '9'; }

// Parses an escape sequence whose ESC (and optional second ESC) ends at `i` (the index of the
// 'O' or '['). Returns [nextIndex, code, modifier] or null when the input stops too early.
function parseCsi(str, i) {
  const n = str.length;
  const intro = str[i++];
  if (i >= n) return null;
  let code = intro;
  let modifier = 0;
  if (intro === 'O') {
    if (isDigit(str[i])) {
      modifier = (str.charCodeAt(i) - 48) - 1;
      i++;
      if (i >= n) return null;
    }
    code += str[i++];
    return [i, code, modifier];
  }
  // intro === '['
  if (str[i] === '[') {
    code += '[';
    i++;
    if (i >= n) return null;
  }
  const start = i;
  while (i < n && (isDigit(str[i]) || str[i] === ';') && i - start < 6) i++;
  if (i >= n) return null;
  const params = str.slice(start, i);
  const final = str[i++];
  const parts = params.split(';');
  const letter = final !== '~' && final !== '$' && final !== '^';
  if (parts.length >= 2) {
    // "1;5C" (a letter key with a modifier) or "5;3~" (a numbered key with one).
    modifier = (Number(parts[parts.length - 1]) || 1) - 1;
    code += letter ? final : parts[0] + final;
  } else if (letter && /^\d$/.test(params)) {
    // "2A": a single digit before a letter is the modifier.
    modifier = Number(params) - 1;
    code += final;
  } else {
    code += params + final;
  }
  return [i, code, modifier];
}

// Decodes the key starting at str[i]. Returns [nextIndex, char-or-undefined, key] or null
// when str ends inside an escape sequence.
function decodeKey(str, i, flush) {
  const n = str.length;
  const start = i;
  let escaped = false;
  let cp = str.codePointAt(i);
  let ch = String.fromCodePoint(cp);
  i += ch.length;
  const key = { sequence: '', name: undefined, ctrl: false, meta: false, shift: false };
  if (ch === ESC) {
    escaped = true;
    if (i >= n) {
      if (!flush) return null;
      key.sequence = ESC;
      key.name = 'escape';
      key.meta = true;
      return [i, undefined, key];
    }
    ch = str[i++];
    if (ch === ESC) {
      if (i >= n) {
        if (!flush) return null;
        key.sequence = str.slice(start, i);
        key.name = 'escape';
        key.meta = true;
        return [i, undefined, key];
      }
      ch = str[i++];
    }
  }
  if (escaped === true && (ch === '[' || ch === 'O')) {
    const r = parseCsi(str, i - 1);
    if (r === null) {
      if (!flush) return null;
      key.sequence = str.slice(start);
      key.meta = true;
      key.name = ch === 'O' ? 'O' : '[';
      return [n, undefined, key];
    }
    const [next, code, modifier] = r;
    key.sequence = str.slice(start, next);
    key.ctrl = Boolean(modifier & 4) || CTRL_CODES.has(code);
    key.meta = Boolean(modifier & 10);
    key.shift = Boolean(modifier & 1) || SHIFT_CODES.has(code);
    key.code = code;
    const name = CODE_NAMES[code];
    key.name = name === undefined ? 'undefined' : name;
    return [next, undefined, key];
  }
  key.sequence = str.slice(start, i);
  const named = SIMPLE_NAMES[ch];
  if (named !== undefined) {
    key.name = named;
    key.meta = escaped;
  } else if (escaped === false && ch.charCodeAt(0) <= 26) {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
    key.ctrl = true;
  } else if (/^[0-9A-Za-z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = ch >= 'A' && ch <= 'Z';
    key.meta = escaped;
  } else if (escaped) {
    // ESC followed by some other character; an empty one stands for a lone ESC.
    key.name = ch === '' ? 'escape' : undefined;
    key.meta = true;
  }
  return [i, escaped ? undefined : key.sequence, key];
}

const kDecoder = Symbol('keypress-decoder');

// Emits 'keypress' on stream for each key in its 'data'. With iface (a readline Interface),
// a sequence cut by a chunk boundary waits iface.escapeCodeTimeout ms before being flushed.
function emitKeypressEvents(stream, iface = {}) {
  if (stream[kDecoder]) return;
  const decoder = new (require('string_decoder').StringDecoder)('utf8');
  stream[kDecoder] = decoder;
  let pending = '';
  let timer = null;

  function emitAll(flush) {
    let i = 0;
    while (i < pending.length) {
      const r = decodeKey(pending, i, flush);
      if (r === null) break;
      i = r[0];
      stream.emit('keypress', r[1], r[2]);
    }
    pending = pending.slice(i);
    if (pending.length > 0) {
      timer = require('timers').setTimeout(() => {
        timer = null;
        emitAll(true);
      }, iface.escapeCodeTimeout === undefined ? 500 : iface.escapeCodeTimeout);
    }
  }

  // 'data' is listened to only while someone listens to 'keypress'.
  const onData = (input) => {
    if (stream.listenerCount('keypress') === 0) {
      stream.off('data', onData);
      stream.on('newListener', watchFor);
      return;
    }
    const text = typeof input === 'string' ? input : decoder.write(input);
    if (text.length === 0) return;
    if (timer !== null) {
      require('timers').clearTimeout(timer);
      timer = null;
    }
    iface._sawKeyPress = text.length === 1;
    pending += text;
    emitAll(false);
  };
  const watchFor = (name) => {
    if (name !== 'keypress') return;
    stream.off('newListener', watchFor);
    stream.on('data', onData);
  };
  if (stream.listenerCount('keypress') === 0) stream.on('newListener', watchFor);
  else stream.on('data', onData);
}

module.exports = { emitKeypressEvents, decodeKey, kDecoder };
