'use strict';
// Helpers shared by the POSIX (node:path) and Windows (internal/path_win32) path code.

const { validateString, validateObject } = require('node/internal/validators');

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\'
const COLON = 58; // ':'
const DOT = 46; // '.'

function isPosixSep(c) { return c === SLASH; }
function isWinSep(c) { return c === SLASH || c === BACKSLASH; }
function isDriveLetter(c) { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122); }

function currentDir() {
  return require('process').cwd();
}

// Resolves '.' and '..' segments and drops empty ones; the result never has leading or
// trailing separators. Above-root '..' segments are kept only when allowAboveRoot.
function collapseSegments(path, allowAboveRoot, isSep, sep) {
  const kept = [];
  const len = path.length;
  let segStart = 0;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(path.charCodeAt(i))) continue;
    const n = i - segStart;
    if (n === 0 || (n === 1 && path.charCodeAt(segStart) === DOT)) {
      segStart = i + 1;
      continue;
    }
    if (n === 2 && path.charCodeAt(segStart) === DOT && path.charCodeAt(segStart + 1) === DOT) {
      if (kept.length > 0 && kept[kept.length - 1] !== '..') kept.pop();
      else if (allowAboveRoot) kept.push('..');
    } else {
      kept.push(path.slice(segStart, i));
    }
    segStart = i + 1;
  }
  return kept.join(sep);
}

// Shared by posix and win32: the last path component's boundaries, skipping trailing
// separators, plus the position of its last dot. `from` is the first index to consider.
// Returns { start, end, dot, preDot } in the style Node's parse/extname use:
// end === -1 when there is no component; dot === -1 when none; preDot describes whether the
// component is only dots before its last dot (0), '..' (1) or has other chars (-1).
function scanLastComponent(path, from, isSep, initialStart = from) {
  let dot = -1;
  let start = initialStart;
  let end = -1;
  let sawSlashRun = true;
  let preDot = 0;
  for (let i = path.length - 1; i >= from; --i) {
    const c = path.charCodeAt(i);
    if (isSep(c)) {
      if (!sawSlashRun) {
        start = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      sawSlashRun = false;
      end = i + 1;
    }
    if (c === DOT) {
      if (dot === -1) dot = i;
      else if (preDot !== 1) preDot = 1;
    } else if (dot !== -1) {
      preDot = -1;
    }
  }
  return { start, end, dot, preDot };
}

function noExtension(s) {
  return s.dot === -1 || s.end === -1 || s.preDot === 0 ||
    (s.preDot === 1 && s.dot === s.end - 1 && s.dot === s.start + 1);
}

// basename's state machine, shared: strips `suffix` from the last component as Node does,
// including its edge cases for partially matching suffixes.
function lastComponent(path, from, suffix, isSep) {
  let start = from;
  let end = -1;
  let sawSlashRun = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    let k = suffix.length - 1;
    let compEnd = -1;
    for (let i = path.length - 1; i >= from; --i) {
      const c = path.charCodeAt(i);
      if (isSep(c)) {
        if (!sawSlashRun) {
          start = i + 1;
          break;
        }
        continue;
      }
      if (compEnd === -1) {
        sawSlashRun = false;
        compEnd = i + 1;
      }
      if (k >= 0) {
        if (c === suffix.charCodeAt(k)) {
          if (--k === -1) end = i;
        } else {
          k = -1;
          end = compEnd;
        }
      }
    }
    if (start === end) end = compEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }
  for (let i = path.length - 1; i >= from; --i) {
    if (isSep(path.charCodeAt(i))) {
      if (!sawSlashRun) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      sawSlashRun = false;
      end = i + 1;
    }
  }
  if (end === -1) return '';
  return path.slice(start, end);
}

// Named and bound like Node's, so path.format.name is 'bound _format'.
function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    base = `${pathObject.name || ''}${ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : ''}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

function matchesGlob(path, pattern) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  throw require('node/internal/errors').notImplemented('path.matchesGlob');
}

// ---------------------------------------------------------------------------------------
// POSIX


module.exports = { BACKSLASH, COLON, DOT, SLASH, _format, collapseSegments, currentDir, isDriveLetter, isPosixSep, isWinSep, lastComponent, matchesGlob, noExtension, scanLastComponent, validateString, validateObject };
