'use strict';
// The ES module loader, behind QuickJS's module hooks: resolve(specifier, base) gives a URL
// ('node:x' or 'file:///...'); load(url) gives {source, meta} for an ES module, or
// {names, exports, defaultValue} for a builtin or CommonJS module, which C turns into a
// synthetic module whose default export is module.exports.

const fsu = require('node/internal/modules/fsutil');
const pkgr = require('node/internal/modules/package_resolve');
const builtins = require('node/internal/modules/builtins');
const { codes } = require('node/internal/errors');
const path = require('path');

const ESM_CONDITIONS = ['import', 'node', 'node-addons'];

// file URLs are made and parsed here without the full WHATWG parser: start-up stays small.
function pathToUrl(p) {
  return `file://${encodeURI(p).replace(/[?#]/g, encodeURIComponent)}`;
}
function urlToPath(url) {
  return decodeURIComponent(url.slice(7));
}

function baseDir(base) {
  if (!base) return require('process').cwd();
  if (base.startsWith('file://')) return path.dirname(urlToPath(base));
  if (base.startsWith('/')) return path.dirname(base);
  return require('process').cwd();
}

function baseLabel(base) {
  if (!base) return require('process').cwd();
  return base.startsWith('file://') ? urlToPath(base) : base;
}

function fileResult(p, specifier, base) {
  const kind = fsu.statKind(p);
  if (kind === 2) {
    throw new codes.ERR_UNSUPPORTED_DIR_IMPORT(p, baseLabel(base));
  }
  if (kind !== 1) {
    const err = new codes.ERR_MODULE_NOT_FOUND(p, baseLabel(base), 'module');
    err.url = pathToUrl(p);
    throw err;
  }
  return pathToUrl(fsu.realpath(p));
}

function legacyMain(dir, pkg, base) {
  const tries = [];
  if (pkg && typeof pkg.main === 'string') {
    const main = path.resolve(dir, pkg.main);
    tries.push(main, `${main}.js`, `${main}.json`, `${main}.node`, `${main}/index.js`, `${main}/index.json`, `${main}/index.node`);
  }
  tries.push(`${dir}/index.js`, `${dir}/index.json`, `${dir}/index.node`);
  for (const t of tries) {
    if (fsu.statKind(t) === 1) return pathToUrl(fsu.realpath(t));
  }
  const err = new codes.ERR_MODULE_NOT_FOUND(dir, baseLabel(base));
  throw err;
}

function bareResolve(specifier, base) {
  const from = baseDir(base);
  const { name, subpath } = pkgr.parsePackageName(specifier, baseLabel(base));
  // A package may import itself by name through its own "exports".
  const scope = fsu.packageScope(from);
  if (scope && scope.pkg.name === name && scope.pkg.exports !== undefined && scope.pkg.exports !== null) {
    return fileResult(pkgr.resolveExports(scope.dir, subpath, scope.pkg.exports, ESM_CONDITIONS, baseLabel(base), importsBare), specifier, base);
  }
  let dir = from;
  for (;;) {
    if (!dir.endsWith('/node_modules')) {
      const pkgDir = `${dir === '/' ? '' : dir}/node_modules/${name}`;
      if (fsu.statKind(pkgDir) === 2) {
        const pkg = fsu.readPackage(pkgDir);
        if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
          return fileResult(pkgr.resolveExports(pkgDir, subpath, pkg.exports, ESM_CONDITIONS, baseLabel(base), importsBare), specifier, base);
        }
        if (subpath === '.') return legacyMain(pkgDir, pkg, base);
        return fileResult(pkgDir + subpath.slice(1), specifier, base);
      }
    }
    if (dir === '/') break;
    dir = path.dirname(dir);
  }
  const err = new codes.ERR_MODULE_NOT_FOUND(name, baseLabel(base));
  throw err;
}

function importsBare(spec, fromDir) {
  const url = bareResolve(spec, pathToUrl(`${fromDir}x`));
  return urlToPath(url);
}

function resolve(specifier, base) {
  if (specifier.startsWith('node:')) {
    if (!builtins.canBeRequiredByUsers(specifier)) throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return specifier;
  }
  if (builtins.canBeRequiredByUsers(specifier)) return `node:${specifier}`;
  if (specifier.startsWith('file://')) return fileResult(urlToPath(specifier.replace(/[?#].*$/, '')), specifier, base);
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier)) {
    throw new codes.ERR_UNSUPPORTED_ESM_URL_SCHEME({ protocol: specifier.slice(0, specifier.indexOf(':') + 1) }, ['file', 'data', 'node']);
  }
  if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
      specifier === '.' || specifier === '..') {
    const p = path.resolve(baseDir(base), specifier);
    return fileResult(p, specifier, base);
  }
  if (specifier[0] === '#') {
    const scope = fsu.packageScope(baseDir(base));
    const p = pkgr.resolveImports(specifier, scope, ESM_CONDITIONS, baseLabel(base), importsBare);
    return fileResult(p, specifier, base);
  }
  return bareResolve(specifier, base);
}

// The named exports of a CommonJS or builtin module: its identifier-named own keys, read
// once now (Node's are a snapshot too). A getter that throws, such as crypto.subtle while it
// is not implemented, only leaves that one name out.
const identifierRe = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;
function synthetic(exports) {
  const names = [];
  const values = {};
  if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
    for (const k of Object.keys(exports)) {
      if (k === 'default' || !identifierRe.test(k)) continue;
      try {
        values[k] = exports[k];
      } catch {
        continue;
      }
      names.push(k);
    }
  }
  names.push('default');
  return { names, exports: values, defaultValue: exports };
}

function isModuleFile(p) {
  if (p.endsWith('.mjs')) return true;
  if (p.endsWith('.cjs') || p.endsWith('.json')) return false;
  const scope = fsu.packageScope(path.dirname(p));
  return scope !== null && scope.pkg.type === 'module';
}

const importAttributesRe = /(\bfrom\s*(['"])[^'"\n]*\2)\s*(?:with|assert)\s*\{[^}]*\}/g;
const dynamicAttributesRe = /(\bimport\s*\(\s*(['"])[^'"\n]*\2)\s*,\s*\{\s*(?:with|assert)\s*:\s*\{[^}]*\}\s*\}\s*\)/g;

// QuickJS 2025-04-26 parses neither `import x from 'y' with {...}` nor `import(y, {with})`;
// JSON modules are recognised by their extension, so the attributes can be dropped.
function stripImportAttributes(source) {
  if (!source.includes('with') && !source.includes('assert')) return source;
  return source.replace(importAttributesRe, '$1').replace(dynamicAttributesRe, '$1)');
}

function load(url) {
  if (url.startsWith('node:')) return synthetic(builtins.load(url.slice(5)));
  const p = urlToPath(url);
  if (p.endsWith('.json')) {
    const text = fsu.readFileUtf8(p);
    let value;
    try {
      value = JSON.parse(text);
    } catch (err) {
      err.message = `${p}: ${err.message}`;
      throw err;
    }
    return { names: ['default'], exports: {}, defaultValue: value };
  }
  if (p.endsWith('.node')) {
    const { Module } = require('node/internal/modules/cjs');
    Module._extensions['.node'](null, p);
  }
  if (isModuleFile(p)) {
    let source = fsu.readFileUtf8(p);
    if (source.startsWith('#!')) source = `//${source.slice(2)}`;
    // QuickJS does not parse import attributes yet; JSON imports are recognised by extension.
    source = stripImportAttributes(source);
    const dirname = path.dirname(p);
    return {
      source,
      meta: {
        url,
        filename: p,
        dirname,
        resolve(specifier) {
          specifier = String(specifier);
          // Like Node, a relative or absolute file specifier resolves without touching the disk.
          if (specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/')) {
            return pathToUrl(path.resolve(dirname, specifier));
          }
          return resolve(specifier, url);
        },
      },
    };
  }
  const { Module } = require('node/internal/modules/cjs');
  const exports = Module._load(p, null, false);
  return synthetic(exports);
}

module.exports = { resolve, load, pathToUrl, urlToPath, isModuleFile, stripImportAttributes };
