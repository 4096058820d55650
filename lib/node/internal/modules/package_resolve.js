'use strict';
// package.json "exports" and "imports" resolution (Node's PACKAGE_*_RESOLVE algorithms),
// over paths, shared by the CommonJS and ES module loaders.

const { codes } = require('node/internal/errors');

const invalidSegmentRe = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseA = aStar === -1 ? a.length : aStar + 1;
  const baseB = bStar === -1 ? b.length : bStar + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

function invalidTarget(pkgDir, key, target, isImports, base) {
  return new codes.ERR_INVALID_PACKAGE_TARGET(`${pkgDir}/`, key, target, isImports, base);
}

// Returns a path, null (explicitly excluded), or undefined (no condition matched).
function resolveTarget(pkgDir, target, patternMatch, isImports, conditions, key, base, bareResolve) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        const spec = patternMatch === null ? target : target.replace(/\*/g, patternMatch);
        return bareResolve(spec, `${pkgDir}/`);
      }
      throw invalidTarget(pkgDir, key, target, isImports, base);
    }
    if (invalidSegmentRe.test(target.slice(2))) throw invalidTarget(pkgDir, key, target, isImports, base);
    const resolved = pkgDir + target.slice(1);
    if (patternMatch === null) return resolved;
    if (invalidSegmentRe.test(patternMatch)) {
      throw new codes.ERR_INVALID_MODULE_SPECIFIER(key.replace('*', patternMatch), `request is not a valid match in pattern "${key}" for the "${isImports ? 'imports' : 'exports'}" resolution of ${pkgDir}/package.json`, base);
    }
    return resolved.replace(/\*/g, patternMatch);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastErr;
    for (const t of target) {
      let resolved;
      try {
        resolved = resolveTarget(pkgDir, t, patternMatch, isImports, conditions, key, base, bareResolve);
      } catch (err) {
        lastErr = err;
        if (err.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw err;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastErr = null;
        continue;
      }
      return resolved;
    }
    if (lastErr) throw lastErr;
    return null;
  }
  if (target !== null && typeof target === 'object') {
    for (const cond of Object.keys(target)) {
      if (/^\d+$/.test(cond)) {
        throw new codes.ERR_INVALID_PACKAGE_CONFIG(`${pkgDir}/package.json`, base, '"exports" cannot contain numeric property keys.');
      }
    }
    for (const cond of Object.keys(target)) {
      if (cond === 'default' || conditions.includes(cond)) {
        const resolved = resolveTarget(pkgDir, target[cond], patternMatch, isImports, conditions, key, base, bareResolve);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(pkgDir, key, target, isImports, base);
}

function resolveInMap(matchKey, map, pkgDir, isImports, conditions, base, bareResolve) {
  if (Object.hasOwn(map, matchKey) && !matchKey.includes('*')) {
    return resolveTarget(pkgDir, map[matchKey], null, isImports, conditions, matchKey, base, bareResolve);
  }
  const keys = Object.keys(map).filter((k) => k.indexOf('*') !== -1 && k.indexOf('*') === k.lastIndexOf('*'))
    .sort(patternKeyCompare);
  for (const key of keys) {
    const star = key.indexOf('*');
    const patternBase = key.slice(0, star);
    if (matchKey.startsWith(patternBase) && matchKey !== patternBase) {
      const trailer = key.slice(star + 1);
      if (trailer.length === 0 || (matchKey.endsWith(trailer) && matchKey.length >= key.length)) {
        const match = matchKey.slice(patternBase.length, matchKey.length - trailer.length);
        return resolveTarget(pkgDir, map[key], match, isImports, conditions, key, base, bareResolve);
      }
    }
  }
  return null;
}

function isConditionalSugar(exports, pkgDir, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (exports === null || typeof exports !== 'object') return false;
  let dotKeys = 0;
  let other = 0;
  for (const k of Object.keys(exports)) {
    if (k === '' || k[0] !== '.') other++;
    else dotKeys++;
  }
  if (dotKeys > 0 && other > 0) {
    throw new codes.ERR_INVALID_PACKAGE_CONFIG(`${pkgDir}/package.json`, base,
      '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.');
  }
  return other > 0;
}

// subpath is '.' or './x'. Returns a path or throws ERR_PACKAGE_PATH_NOT_EXPORTED.
function resolveExports(pkgDir, subpath, exports, conditions, base, bareResolve) {
  let resolved;
  if (isConditionalSugar(exports, pkgDir, base)) exports = { '.': exports };
  if (subpath === '.' && Object.hasOwn(exports, '.')) {
    resolved = resolveTarget(pkgDir, exports['.'], null, false, conditions, '.', base, bareResolve);
  } else {
    resolved = resolveInMap(subpath, exports, pkgDir, false, conditions, base, bareResolve);
  }
  if (resolved === null || resolved === undefined) {
    throw new codes.ERR_PACKAGE_PATH_NOT_EXPORTED(`${pkgDir}/`, subpath, base);
  }
  return resolved;
}

function resolveImports(specifier, scope, conditions, base, bareResolve) {
  if (specifier === '#' || specifier.startsWith('#/')) {
    throw new codes.ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid internal imports specifier name', base);
  }
  if (scope && scope.pkg.imports && typeof scope.pkg.imports === 'object') {
    const resolved = resolveInMap(specifier, scope.pkg.imports, scope.dir === '/' ? '' : scope.dir, true, conditions, base, bareResolve);
    if (resolved !== null && resolved !== undefined) return resolved;
  }
  throw new codes.ERR_PACKAGE_IMPORT_NOT_DEFINED(specifier, scope ? `${scope.dir}/` : undefined, base);
}

// Splits a bare specifier into package name and subpath ('.' or './rest').
function parsePackageName(specifier, base) {
  let sep = specifier.indexOf('/');
  let valid = true;
  if (specifier[0] === '@') {
    if (sep === -1 || specifier.length === 0) valid = false;
    else sep = specifier.indexOf('/', sep + 1);
  }
  const name = sep === -1 ? specifier : specifier.slice(0, sep);
  if (name.startsWith('.') || name.includes('\\') || name.includes('%')) valid = false;
  if (!valid) {
    throw new codes.ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
  }
  return { name, subpath: `.${sep === -1 ? '' : specifier.slice(sep)}` };
}

module.exports = { resolveExports, resolveImports, parsePackageName };
