'use strict';
// The CommonJS loader: Module, require, resolution (relative, absolute, node_modules,
// package.json main/exports/imports with conditions, '#' imports), the cache, JSON
// modules, and the refusal of native addons.

const fsu = require('node/internal/modules/fsutil');
// Package resolution and the builtin list load only when a program needs them.
const lazy = (id) => { let m; return () => (m === undefined ? (m = require(id)) : m); };
const pkgrLazy = lazy('node/internal/modules/package_resolve');
const builtinsLazy = lazy('node/internal/modules/builtins');
const { codes, setCodedStack } = require('node/internal/errors');
const { validateString } = require('node/internal/validators');
const path = require('path');

const CJS_CONDITIONS = ['require', 'node', 'node-addons'];
const wrapperParams = 'exports, require, module, __filename, __dirname';

const moduleCache = Object.create(null);
const statCache = new Map();
function stat(p) {
  let k = statCache.get(p);
  if (k === undefined) {
    k = fsu.statKind(p);
    statCache.set(p, k);
  }
  return k;
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = undefined;
  Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = moduleCache;
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Object.defineProperty(Module, 'builtinModules', {
  get() { return builtinsLazy().list(); }, enumerable: true, configurable: true,
});
Module.isBuiltin = (id) => builtinsLazy().canBeRequiredByUsers(String(id));
Module.wrapper = [`(function (${wrapperParams}) { `, '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const parts = from.split('/');
  const paths = [];
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push(`${dir}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
};

// ---- resolution ----

function tryFile(p) {
  return stat(p) === 1 ? fsu.realpath(p) : undefined;
}

function tryExtensions(p) {
  for (const ext of Object.keys(Module._extensions)) {
    const f = tryFile(p + ext);
    if (f !== undefined) return f;
  }
  return undefined;
}

function tryPackageMain(dir, request) {
  const pkg = fsu.readPackage(dir);
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (!main) return tryExtensions(path.resolve(dir, 'index'));
  const file = path.resolve(dir, main);
  const found = tryFile(file) || tryExtensions(file) || tryExtensions(path.resolve(file, 'index'));
  if (found !== undefined) return found;
  const index = tryExtensions(path.resolve(dir, 'index'));
  if (index !== undefined) {
    require('process').emitWarning(`Invalid 'main' field in '${dir}/package.json' of '${main}'. ` +
      'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
    return index;
  }
  const err = new Error(`Cannot find module '${file}'. Please verify that the package.json has a valid "main" entry`);
  err.code = 'MODULE_NOT_FOUND';
  err.path = `${dir}/package.json`;
  err.requestPath = request;
  throw err;
}

function loadAsFileOrDir(p, request, trailingSlash) {
  if (!trailingSlash) {
    const f = tryFile(p) || tryExtensions(p);
    if (f !== undefined) return f;
  }
  if (stat(p) === 2) return tryPackageMain(p, request);
  return undefined;
}

// Resolves `request` inside one package directory that has package.json "exports".
function resolveExportsIn(dir, name, subpath, request, base) {
  const pkg = fsu.readPackage(dir);
  if (pkg === null || pkg.exports === undefined || pkg.exports === null) return undefined;
  const resolved = pkgrLazy().resolveExports(dir, subpath, pkg.exports, CJS_CONDITIONS, undefined, bareForImports);
  return finishExportsResolution(resolved, request);
}

function finishExportsResolution(resolved, request) {
  const f = tryFile(resolved);
  if (f !== undefined) return f;
  const err = new Error(`Cannot find module '${resolved}'`);
  err.code = 'MODULE_NOT_FOUND';
  void request;
  throw err;
}

// Used by "imports" targets that name another package.
function bareForImports(spec, fromDir) {
  return Module._resolveFilename(spec, { paths: Module._nodeModulePaths(fromDir), filename: `${fromDir}x`, id: fromDir });
}

function resolveSelf(request, parentDir, base) {
  const scope = fsu.packageScope(parentDir);
  if (!scope || !scope.pkg.exports || !scope.pkg.name) return undefined;
  if (request !== scope.pkg.name && !request.startsWith(`${scope.pkg.name}/`)) return undefined;
  const subpath = `.${request.slice(scope.pkg.name.length)}`;
  const resolved = pkgrLazy().resolveExports(scope.dir, subpath, scope.pkg.exports, CJS_CONDITIONS, undefined, bareForImports);
  return finishExportsResolution(resolved, request);
}

function notFound(request, parent) {
  const stack = [];
  for (let m = parent; m; m = m.parent) {
    if (m.filename || m.id) stack.push(m.filename || m.id);
  }
  let message = `Cannot find module '${request}'`;
  if (stack.length > 0) message += `\nRequire stack:\n- ${stack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  return err;
}

Module._findPath = function _findPath(request, paths, isMain) {
  void isMain;
  const absolute = request.startsWith('/');
  const trailingSlash = request.endsWith('/') || /(?:^|\/)\.?\.$/.test(request);
  for (const dir of absolute ? [''] : paths) {
    const p = absolute ? path.resolve(request) : path.resolve(dir, request);
    const f = loadAsFileOrDir(p, request, trailingSlash);
    if (f !== undefined) return f;
  }
  return false;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (request[0] !== '.' && request[0] !== '/' && builtinsLazy().canBeRequiredByUsers(request)) return null;
  if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    let paths = parent && parent.paths && parent.paths.length ? parent.paths.slice() : Module._nodeModulePaths(require('process').cwd());
    paths = paths.concat(Module.globalPaths);
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  validateString(request, 'request');
  const isPathLike = request[0] === '/' || request[0] === '.';
  if (!isPathLike && (request.startsWith('node:') || builtinsLazy().canBeRequiredByUsers(request))) {
    if (builtinsLazy().canBeRequiredByUsers(request)) return request;
    throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
  }
  const parentDir = parent && parent.filename ? path.dirname(parent.filename) : require('process').cwd();
  const base = parent && parent.filename ? parent.filename : undefined;

  if (request[0] === '#') {
    const scope = fsu.packageScope(parentDir);
    const resolved = pkgrLazy().resolveImports(request, scope, CJS_CONDITIONS, base, bareForImports);
    return finishExportsResolution(resolved, request);
  }

  let paths;
  if (options && Array.isArray(options.paths)) {
    const isRelative = request.startsWith('./') || request.startsWith('../');
    if (isRelative) {
      paths = options.paths;
    } else {
      paths = [];
      for (const p of options.paths) {
        for (const d of Module._nodeModulePaths(path.resolve(p))) if (!paths.includes(d)) paths.push(d);
      }
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent) || [];
  }

  const isPath = request.startsWith('/') || request.startsWith('./') || request.startsWith('../') ||
    request === '.' || request === '..';
  if (!isPath) {
    const self = resolveSelf(request, parentDir, base);
    if (self !== undefined) return self;
    const { name, subpath } = pkgrLazy().parsePackageName(request, base);
    for (const dir of paths) {
      const pkgDir = `${dir}/${name}`;
      if (stat(pkgDir) === 2) {
        const viaExports = resolveExportsIn(pkgDir, name, subpath, request, base);
        if (viaExports !== undefined) return viaExports;
      }
      const f = loadAsFileOrDir(path.resolve(dir, request), request, request.endsWith('/'));
      if (f !== undefined) return f;
    }
    throw notFound(request, parent);
  }
  const f = Module._findPath(request, paths, isMain);
  if (f) return f;
  throw notFound(request, parent);
};

// ---- loading ----

Module._load = function _load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!builtinsLazy().canBeRequiredByUsers(request)) throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    return builtinsLazy().load(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (filename[0] !== '/' && builtinsLazy().canBeRequiredByUsers(filename)) return builtinsLazy().load(filename);
  const cached = moduleCache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    mainModule.current = module;
    require('process').mainModule = module;
  }
  moduleCache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete moduleCache[filename];
      if (parent && parent.children) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

const mainModule = { current: undefined };

function findExtension(filename) {
  const base = path.basename(filename);
  let i = 0;
  for (;;) {
    i = base.indexOf('.', i + 1);
    if (i === -1) return '.js';
    const ext = base.slice(i);
    if (Module._extensions[ext]) return ext;
  }
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const ext = findExtension(filename);
  Module._extensions[ext](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

function stripShebang(content) {
  if (content.startsWith('#!')) {
    const nl = content.indexOf('\n');
    return nl === -1 ? '' : `//${content.slice(2)}`;
  }
  return content;
}

Module.prototype._compile = function _compile(content, filename) {
  content = stripShebang(content);
  if (content.includes('import(')) content = require('node/internal/modules/esm').stripImportAttributes(content);
  const fn = binding.compileFunction(content, filename, wrapperParams);
  const userRequire = makeRequire(this);
  const dirname = path.dirname(filename);
  return fn.call(this.exports, this.exports, userRequire, this, filename, dirname);
};

function isEsmFile(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  if (!filename.endsWith('.js')) return false;
  const scope = fsu.packageScope(path.dirname(filename));
  return scope !== null && scope.pkg.type === 'module';
}

Module._extensions['.js'] = function loadJs(module, filename) {
  if (isEsmFile(filename)) {
    loadEsmSync(module, filename);
    return;
  }
  module._compile(fsu.readFileUtf8(filename), filename);
};

let warnedRequireEsm = false;
// require() of an ES module, as Node 20.19+ allows: evaluated synchronously, the result
// is its namespace; a module that uses top-level await cannot be required.
function loadEsmSync(module, filename) {
  if (!warnedRequireEsm) {
    warnedRequireEsm = true;
    require('process').emitWarning('Support for loading ES Module in require() is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  const url = require('node/internal/modules/esm').pathToUrl(filename);
  const [state, ns, error] = binding.importSync(url);
  if (state === 2) throw error;
  if (state === 0) {
    throw new codes.ERR_REQUIRE_ASYNC_MODULE();
  }
  // A module may name what require() returns with the export name 'module.exports'.
  module.exports = Object.hasOwn(ns, 'module.exports') ? ns['module.exports'] : ns;
}

Module._extensions['.json'] = function loadJson(module, filename) {
  const content = fsu.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function loadAddon(module, filename) {
  void module;
  const err = new Error(`Cannot load native addon '${filename}': unode runs JavaScript only and does not support native addons (.node files)`);
  err.code = 'ERR_DLOPEN_FAILED';
  setCodedStack(err, 'ERR_DLOPEN_FAILED');
  throw err;
};

Module._extensions['.cjs'] = function loadCjs(module, filename) {
  module._compile(fsu.readFileUtf8(filename), filename);
};

Module._extensions['.mjs'] = function loadMjs(module, filename) {
  loadEsmSync(module, filename);
};

// Node lists only .js, .json and .node as resolution extensions.
Object.defineProperty(Module._extensions, '.cjs', { enumerable: false });
Object.defineProperty(Module._extensions, '.mjs', { enumerable: false });

function makeRequire(module) {
  function require(id) {
    return module.require(id);
  }
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, module, false, options);
  }
  resolve.paths = function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, module);
  };
  require.resolve = resolve;
  require.main = mainModule.current;
  require.extensions = Module._extensions;
  require.cache = moduleCache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  let p = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    p = require('url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    p = require('url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = p.endsWith('/');
  const proxyPath = trailingSlash ? path.join(p, 'noop.js') : p;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequire(m);
};

// Module.globalPaths from NODE_PATH, $HOME/.node_modules, $HOME/.node_libraries and the
// prefix's lib/node, as Node computes them at start-up.
Module._initPaths = function _initPaths() {
  const process = require('process');
  const home = process.env.HOME;
  const prefix = path.resolve(process.execPath, '..', '..');
  const prefixLib = path.resolve(prefix, 'lib', 'node');
  // In a unode source checkout (build/unode), <prefix>/lib/node is unode's own library
  // source, not a folder of global modules: user code must not resolve into it.
  const isOwnSource = fsu.statKind(path.join(prefixLib, 'internal', 'modules', 'cjs.js')) === 1;
  let paths = isOwnSource ? [] : [prefixLib];
  if (home) paths.unshift(path.resolve(home, '.node_modules'), path.resolve(home, '.node_libraries'));
  if (process.env.NODE_PATH) {
    paths = process.env.NODE_PATH.split(':').filter((p) => !!p).concat(paths);
  }
  Module.globalPaths = paths;
};
Module._initPaths();

// 0 for a file, 1 for a directory, a negative errno otherwise (Node's internal _stat).
Module._stat = function _stat(filename) {
  const kind = fsu.statKind(path.toNamespacedPath(filename));
  return kind === 1 ? 0 : kind === 2 ? 1 : -2;
};

Module.runMain = function runMain(main = require('process').argv[1]) {
  Module._load(main, null, true);
};

Module.Module = Module;
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  throw require('node/internal/errors').notImplemented('module.syncBuiltinESMExports');
};
Module.findSourceMap = function findSourceMap() { return undefined; };
Module.register = function register() {
  throw require('node/internal/errors').notImplemented('module.register (loader hooks)');
};
Module.SourceMap = class SourceMap {
  constructor() { throw require('node/internal/errors').notImplemented('module.SourceMap'); }
};

module.exports = { Module, makeRequire, isEsmFile, mainModule };
