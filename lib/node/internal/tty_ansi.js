'use strict';
// ANSI/VT100 cursor and erase sequences written to a stream: the helpers behind
// readline.cursorTo/moveCursor/clearLine/clearScreenDown and tty.WriteStream's methods.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS },
} = require('node/internal/errors');

const ESC = '\u001b[';

function checkCallback(cb) {
  if (cb !== undefined && typeof cb !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', cb);
  }
}

// Nothing to write (no stream, or no movement): still report completion asynchronously.
function skipWrite(cb) {
  if (typeof cb === 'function') require('process').nextTick(cb, null);
  return true;
}

// Absolute position: column x alone ("<x+1>G") or row and column ("<y+1>;<x+1>H"), 0-based.
function cursorTo(out, x, y, done) {
  checkCallback(done);
  if (typeof y === 'function') [done, y] = [y, undefined];
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  const hasX = typeof x === 'number';
  const hasY = typeof y === 'number';
  if (out == null || (!hasX && !hasY)) return skipWrite(done);
  if (!hasX) throw new ERR_INVALID_CURSOR_POS();
  const seq = hasY ? `${ESC}${y + 1};${x + 1}H` : `${ESC}${x + 1}G`;
  return out.write(seq, done);
}

// Relative move: C/D for right/left, B/A for down/up; a zero (or NaN) component is skipped.
function moveCursor(out, dx, dy, done) {
  checkCallback(done);
  if (out == null || !(dx || dy)) return skipWrite(done);
  let seq = '';
  if (dx > 0) seq += `${ESC}${dx}C`;
  else if (dx < 0) seq += `${ESC}${-dx}D`;
  if (dy > 0) seq += `${ESC}${dy}B`;
  else if (dy < 0) seq += `${ESC}${-dy}A`;
  return out.write(seq, done);
}

// Erase in line: dir < 0 start to cursor (1K), dir > 0 cursor to end (0K), else whole line (2K).
function clearLine(out, dir, done) {
  checkCallback(done);
  if (out == null) return skipWrite(done);
  let mode = 2;
  if (dir < 0) mode = 1;
  else if (dir > 0) mode = 0;
  return out.write(`${ESC}${mode}K`, done);
}

// Erase from the cursor to the end of the screen.
function clearScreenDown(out, done) {
  checkCallback(done);
  if (out == null) return skipWrite(done);
  return out.write(`${ESC}0J`, done);
}

module.exports = { cursorTo, moveCursor, clearLine, clearScreenDown };
