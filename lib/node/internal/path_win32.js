'use strict';
// node:path's Windows flavour (path.win32), loaded on first use.

const {
  BACKSLASH, COLON, DOT, SLASH, _format, collapseSegments, currentDir, isDriveLetter, isPosixSep, isWinSep, lastComponent, matchesGlob, noExtension, scanLastComponent, validateString, validateObject,
} = require('node/internal/path_common');


// Names Windows treats as devices in any directory ("CON:" etc.); checked case-insensitively.
let reservedNames;
function isReservedDeviceName(name) {
  if (reservedNames === undefined) {
    reservedNames = new Set(['CON', 'PRN', 'AUX', 'NUL']);
    for (const p of ['COM', 'LPT']) {
      for (const d of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '\u00b9', '\u00b2', '\u00b3']) {
        reservedNames.add(p + d);
      }
    }
  }
  return reservedNames.has(name.toUpperCase());
}

// Root of a win32 path as resolve()/normalize() see it: { device, rootEnd, absolute }.
// device is undefined when the path has none. `withReserved` makes names such as "CON:"
// roots, as normalize() treats them; uncOnly is set when the whole path is a UNC root.
function winRoot(path, withReserved) {
  const len = path.length;
  let device;
  let rootEnd = 0;
  let absolute = false;
  const c0 = path.charCodeAt(0);
  if (len === 1) {
    if (isWinSep(c0)) {
      rootEnd = 1;
      absolute = true;
    }
  } else if (isWinSep(c0)) {
    absolute = true;
    if (isWinSep(path.charCodeAt(1))) {
      // \\server\share
      let j = 2;
      while (j < len && !isWinSep(path.charCodeAt(j))) j++;
      if (j < len && j !== 2) {
        const server = path.slice(2, j);
        let last = j;
        while (j < len && isWinSep(path.charCodeAt(j))) j++;
        if (j < len && j !== last) {
          if (server === '.' || server === '?') {
            device = `\\\\${server}`;
            rootEnd = 4;
          } else {
            last = j;
            while (j < len && !isWinSep(path.charCodeAt(j))) j++;
            if (j === len || j !== last) {
              device = `\\\\${server}\\${path.slice(last, j)}`;
              rootEnd = j;
              if (j === len) return { device, rootEnd, absolute, reserved: false, uncOnly: true };
            }
          }
        }
      }
    } else {
      rootEnd = 1;
    }
  } else if (isDriveLetter(c0) && path.charCodeAt(1) === COLON) {
    device = path.slice(0, 2);
    rootEnd = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      absolute = true;
      rootEnd = 3;
    }
  } else if (withReserved) {
    // Like Node, with no colon at all this looks at all but the last character.
    const colon = path.indexOf(':');
    if (isReservedDeviceName(path.slice(0, colon))) {
      device = path.slice(0, colon + 1);
      rootEnd = colon + 1;
      return { device, rootEnd, absolute, reserved: true, uncOnly: false };
    }
  }
  return { device, rootEnd, absolute, reserved: false, uncOnly: false };
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let p;
      if (i >= 0) {
        p = args[i];
        validateString(p, `paths[${i}]`);
        if (p.length === 0) continue;
      } else if (device.length === 0) {
        p = currentDir();
      } else {
        // Per-drive working directory, as Windows keeps it in the environment.
        p = require('process').env[`=${device}`] || currentDir();
        if (p === undefined ||
            (p.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
             p.charCodeAt(2) === BACKSLASH)) {
          p = `${device}\\`;
        }
      }
      const r = winRoot(p, false);
      const pDevice = r.device === undefined ? '' : r.device;
      if (pDevice.length > 0) {
        if (device.length > 0) {
          if (pDevice.toLowerCase() !== device.toLowerCase()) continue; // other drive
        } else {
          device = pDevice;
        }
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${p.slice(r.rootEnd)}\\${tail}`;
        absolute = r.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = collapseSegments(tail, !absolute, isWinSep, '\\');
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const r = winRoot(path, true);
    const device = r.device;
    const absolute = r.absolute;
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? '\\' : path;
    if (r.uncOnly) return `${device}\\`;
    let tail = r.rootEnd < len ? collapseSegments(path.slice(r.rootEnd), !absolute, isWinSep, '\\') : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
    if (r.reserved) return `.\\${device}${tail}`;
    if (!absolute && device === undefined && path.includes(':')) {
      // Keep a relative result from reading as a drive or stream path.
      if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === COLON) {
        return `.\\${tail}`;
      }
      for (let k = path.indexOf(':'); k !== -1; k = path.indexOf(':', k + 1)) {
        if (k === len - 1 || isWinSep(path.charCodeAt(k + 1))) return `.\\${tail}`;
      }
    }
    if (device === undefined) return absolute ? `\\${tail}` : tail;
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const c = path.charCodeAt(0);
    return isWinSep(c) ||
      (len > 2 && isDriveLetter(c) && path.charCodeAt(1) === COLON && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let first;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = first = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // A leading pair of separators is kept only when the first part really starts a UNC
    // path ("\\server"), so that join('\\\\server', 'share') stays UNC while a lone run of
    // separators collapses.
    let keepUnc = true;
    let slashes = 0;
    if (isWinSep(first.charCodeAt(0))) {
      ++slashes;
      const n = first.length;
      if (n > 1 && isWinSep(first.charCodeAt(1))) {
        ++slashes;
        if (n > 2) {
          if (isWinSep(first.charCodeAt(2))) ++slashes;
          else keepUnc = false;
        }
      }
    }
    if (keepUnc) {
      while (slashes < joined.length && isWinSep(joined.charCodeAt(slashes))) slashes++;
      if (slashes >= 2) joined = `\\${joined.slice(slashes)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    const f = fromOrig.toLowerCase();
    const t = toOrig.toLowerCase();
    if (f === t) return '';
    // Ignore leading and trailing separators on both sides.
    let fs = 0;
    while (fs < f.length && f.charCodeAt(fs) === BACKSLASH) fs++;
    let fe = f.length;
    while (fe - 1 > fs && f.charCodeAt(fe - 1) === BACKSLASH) fe--;
    let ts = 0;
    while (ts < t.length && t.charCodeAt(ts) === BACKSLASH) ts++;
    let te = t.length;
    while (te - 1 > ts && t.charCodeAt(te - 1) === BACKSLASH) te--;
    const fLen = fe - fs;
    const tLen = te - ts;
    const n = Math.min(fLen, tLen);
    let sepAt = -1; // offset of the last separator shared by both
    let i = 0;
    while (i < n) {
      const c = f.charCodeAt(fs + i);
      if (c !== t.charCodeAt(ts + i)) break;
      if (c === BACKSLASH) sepAt = i;
      i++;
    }
    if (i !== n) {
      if (sepAt === -1) return toOrig; // different roots
    } else {
      if (tLen > n) {
        if (t.charCodeAt(ts + i) === BACKSLASH) return toOrig.slice(ts + i + 1);
        if (i === 2) return toOrig.slice(ts + i);
      }
      if (fLen > n) {
        if (f.charCodeAt(fs + i) === BACKSLASH) sepAt = i;
        else if (i === 2) sepAt = 3;
      }
      if (sepAt === -1) sepAt = 0;
    }
    let ups = '';
    for (let k = fs + sepAt + 1; k <= fe; ++k) {
      if (k === fe || f.charCodeAt(k) === BACKSLASH) ups += ups.length === 0 ? '..' : '\\..';
    }
    let rest = ts + sepAt;
    if (ups.length > 0) return `${ups}${toOrig.slice(rest, te)}`;
    if (toOrig.charCodeAt(rest) === BACKSLASH) ++rest;
    return toOrig.slice(rest, te);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const c = resolved.charCodeAt(2);
        if (c !== 63 && c !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (isDriveLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === COLON &&
               resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = -1;
    let offset = 0;
    const c0 = path.charCodeAt(0);
    if (len === 1) return isWinSep(c0) ? path : '.';
    if (isWinSep(c0)) {
      rootEnd = offset = 1;
      if (isWinSep(path.charCodeAt(1))) {
        let j = 2;
        while (j < len && !isWinSep(path.charCodeAt(j))) j++;
        if (j < len && j !== 2) {
          let last = j;
          while (j < len && isWinSep(path.charCodeAt(j))) j++;
          if (j < len && j !== last) {
            last = j;
            while (j < len && !isWinSep(path.charCodeAt(j))) j++;
            if (j === len) return path; // only a UNC root
            if (j !== last) rootEnd = offset = j + 1;
          }
        }
      }
    } else if (isDriveLetter(c0) && path.charCodeAt(1) === COLON) {
      rootEnd = len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
      offset = rootEnd;
    }
    let end = -1;
    let inTrailingSeps = true;
    for (let i = len - 1; i >= offset; --i) {
      if (isWinSep(path.charCodeAt(i))) {
        if (!inTrailingSeps) {
          end = i;
          break;
        }
      } else {
        inTrailingSeps = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    let from = 0;
    if (path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON) {
      from = 2;
    }
    return lastComponent(path, from, suffix, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    let from = 0;
    if (path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0))) {
      from = 2;
    }
    const s = scanLastComponent(path, from, isWinSep);
    if (noExtension(s)) return '';
    return path.slice(s.dot, s.end);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    let rootEnd = 0;
    const c0 = path.charCodeAt(0);
    if (len === 1) {
      if (isWinSep(c0)) {
        ret.root = ret.dir = path;
        return ret;
      }
      ret.base = ret.name = path;
      return ret;
    }
    if (isWinSep(c0)) {
      rootEnd = 1;
      if (isWinSep(path.charCodeAt(1))) {
        let j = 2;
        while (j < len && !isWinSep(path.charCodeAt(j))) j++;
        if (j < len && j !== 2) {
          let last = j;
          while (j < len && isWinSep(path.charCodeAt(j))) j++;
          if (j < len && j !== last) {
            last = j;
            while (j < len && !isWinSep(path.charCodeAt(j))) j++;
            if (j === len) rootEnd = j;
            else if (j !== last) rootEnd = j + 1;
          }
        }
      }
    } else if (isDriveLetter(c0) && path.charCodeAt(1) === COLON) {
      if (len <= 2) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 2;
      if (isWinSep(path.charCodeAt(2))) {
        if (len === 3) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    const s = scanLastComponent(path, rootEnd, isWinSep);
    if (s.end !== -1) {
      if (noExtension(s)) {
        ret.base = ret.name = path.slice(s.start, s.end);
      } else {
        ret.name = path.slice(s.start, s.dot);
        ret.base = path.slice(s.start, s.end);
        ret.ext = path.slice(s.dot, s.end);
      }
    }
    if (s.start > 0 && s.start !== rootEnd) ret.dir = path.slice(0, s.start - 1);
    else ret.dir = ret.root;
    return ret;
  },

  matchesGlob,
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};
win32._makeLong = win32.toNamespacedPath;


module.exports = win32;
