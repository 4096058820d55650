'use strict';
// node:vm — scripts run in the one existing context (runInThisContext, Script, compileFunction).
// Separate contexts (createContext, runInContext, runInNewContext) arrive with isolates; until
// then they throw ERR_NOT_IMPLEMENTED, and no object is a context.

const errors = require('node/internal/errors');
const { validateObject, validateString, validateArray, validateInt32, validateBoolean } = require('node/internal/validators');

const kSource = Symbol('kSource');
const kFilename = Symbol('kFilename');
const kLineOffset = Symbol('kLineOffset');

function readOptions(options) {
  if (typeof options === 'string') return { filename: options };
  if (options === undefined) return {};
  validateObject(options, 'options');
  return options;
}

function checkScriptOptions(options) {
  const {
    filename = 'evalmachine.<anonymous>', lineOffset = 0, columnOffset = 0, cachedData,
    produceCachedData = false, importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(lineOffset, 'options.lineOffset');
  validateInt32(columnOffset, 'options.columnOffset');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (cachedData !== undefined) throw errors.notImplemented('vm.Script (options.cachedData)');
  if (produceCachedData) throw errors.notImplemented('vm.Script (options.produceCachedData)');
  if (importModuleDynamically !== undefined) {
    throw errors.notImplemented('vm.Script (options.importModuleDynamically)');
  }
  return { filename, lineOffset };
}

function checkRunOptions(options) {
  if (options === undefined) return;
  validateObject(options, 'options');
  if (options.timeout !== undefined) throw errors.notImplemented('vm (options.timeout)');
  if (options.breakOnSigint) throw errors.notImplemented('vm (options.breakOnSigint)');
}

// Positive line offsets are kept by prefixing newlines; the engine has no offset parameter.
function withOffset(source, lineOffset) {
  return lineOffset > 0 ? '\n'.repeat(lineOffset) + source : source;
}

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    const opts = checkScriptOptions(readOptions(options));
    this[kSource] = code;
    this[kFilename] = opts.filename;
    this[kLineOffset] = opts.lineOffset;
    // Compile once now, as a function body, so that syntax errors surface at construction.
    binding.compileFunction(withOffset(code, opts.lineOffset), opts.filename, '');
  }

  runInThisContext(options) {
    checkRunOptions(options);
    return binding.evalScript(withOffset(this[kSource], this[kLineOffset]), this[kFilename]);
  }

  runInContext(contextifiedObject, options) {
    throw errors.notImplemented('vm.Script.runInContext');
  }

  runInNewContext(contextObject, options) {
    throw errors.notImplemented('vm.Script.runInNewContext');
  }

  createCachedData() {
    throw errors.notImplemented('vm.Script.createCachedData');
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return false;
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  params.forEach((p, i) => validateString(p, `params[${i}]`));
  validateObject(options, 'options');
  const { filename = '', contextExtensions = [], parsingContext } = options;
  validateString(filename, 'options.filename');
  validateArray(contextExtensions, 'options.contextExtensions');
  if (contextExtensions.length > 0) throw errors.notImplemented('vm.compileFunction (options.contextExtensions)');
  if (parsingContext !== undefined) throw errors.notImplemented('vm.compileFunction (options.parsingContext)');
  if (options.cachedData !== undefined || options.produceCachedData) {
    throw errors.notImplemented('vm.compileFunction (cached data)');
  }
  const fn = binding.compileFunction(code, filename, params.join(', '));
  Object.defineProperty(fn, 'name', { value: '', configurable: true });
  return fn;
}

const notImpl = (name) => function() { throw errors.notImplemented(`vm.${name}`); };

const constants = Object.create(null);
constants.USE_MAIN_CONTEXT_DEFAULT_LOADER = Symbol('vm_dynamic_import_main_context_default');
constants.DONT_CONTEXTIFY = Symbol('vm_context_no_contextify');
Object.freeze(constants);

module.exports = {
  Script,
  createContext: notImpl('createContext'),
  createScript,
  runInContext: notImpl('runInContext'),
  runInNewContext: notImpl('runInNewContext'),
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory: notImpl('measureMemory'),
  constants,
};
