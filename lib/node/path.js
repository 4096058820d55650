'use strict';
// node:path — POSIX path string manipulation (the default export); path.win32 loads on first use.

const {
  BACKSLASH, COLON, DOT, SLASH, _format, collapseSegments, currentDir, isDriveLetter, isPosixSep, isWinSep, lastComponent, matchesGlob, noExtension, scanLastComponent, validateString, validateObject,
} = require('node/internal/path_common');

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const p = i >= 0 ? args[i] : currentDir();
      validateString(p, `paths[${i}]`);
      if (p.length === 0) continue;
      resolved = resolved.length === 0 ? p : `${p}/${resolved}`;
      absolute = p.charCodeAt(0) === SLASH;
    }
    resolved = collapseSegments(resolved, !absolute, isPosixSep, '/');
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === SLASH;
    const trailing = path.charCodeAt(path.length - 1) === SLASH;
    let out = collapseSegments(path, !absolute, isPosixSep, '/');
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const a = from === '/' ? [] : from.slice(1).split('/');
    const b = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const parts = [];
    for (let i = common; i < a.length; i++) parts.push('..');
    for (let i = common; i < b.length; i++) parts.push(b[i]);
    return parts.join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const rooted = path.charCodeAt(0) === SLASH;
    let end = -1;
    let inTrailingSeps = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === SLASH) {
        if (!inTrailingSeps) {
          end = i;
          break;
        }
      } else {
        inTrailingSeps = false;
      }
    }
    if (end === -1) return rooted ? '/' : '.';
    if (rooted && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return lastComponent(path, 0, suffix, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    const s = scanLastComponent(path, 0, isPosixSep);
    if (noExtension(s)) return '';
    return path.slice(s.dot, s.end);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === SLASH;
    let from = 0;
    if (absolute) {
      ret.root = '/';
      from = 1;
    }
    const s = scanLastComponent(path, from, isPosixSep, 0);
    if (s.end !== -1) {
      const start = s.start === 0 && absolute ? 1 : s.start;
      if (noExtension(s)) {
        ret.base = ret.name = path.slice(start, s.end);
      } else {
        ret.name = path.slice(start, s.dot);
        ret.base = path.slice(start, s.end);
        ret.ext = path.slice(s.dot, s.end);
      }
    }
    if (s.start > 0) ret.dir = path.slice(0, s.start - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  matchesGlob,
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};
posix._makeLong = posix.toNamespacedPath;


// The Windows flavour is most of the code and rarely used on Linux: load it on first access,
// keeping the key order of Node's module.
let win32Module;
function loadWin32() {
  if (win32Module === undefined) {
    win32Module = require('node/internal/path_win32');
    win32Module.win32 = win32Module;
    win32Module.posix = posix;
  }
  return win32Module;
}
Object.defineProperty(posix, 'win32', { get: loadWin32, enumerable: true, configurable: true });
posix.posix = posix;

module.exports = posix;
