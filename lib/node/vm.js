'use strict';
// node:vm: compiling and running code in the current global context. unode has a single
// realm, so everything that needs a separate context throws ERR_NOT_IMPLEMENTED.

const {
  codes: { ERR_INVALID_ARG_TYPE },
  notImplemented,
} = require('node/internal/errors');
const {
  validateString, validateInt32, validateUint32, validateBoolean, validateObject,
  validateArray, validateBuffer,
} = require('node/internal/validators');

const DEFAULT_SCRIPT_NAME = 'evalmachine.<anonymous>';

const constants = Object.freeze(Object.setPrototypeOf({
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
}, null));

// Blank lines put in front of the source so that reported line numbers honour lineOffset.
function leadingLines(lineOffset) {
  return lineOffset > 0 ? '\n'.repeat(lineOffset) : '';
}

// [option, default, validator] for the compile options of Script and compileFunction.
const COMPILE_OPTIONS = [
  ['filename', undefined, validateString],
  ['lineOffset', 0, validateInt32],
  ['columnOffset', 0, validateInt32],
  ['cachedData', undefined, (v, label) => v === undefined || validateBuffer(v, label)],
  ['produceCachedData', false, validateBoolean],
];
// Same for the run* methods. A timeout is checked, then refused: unode cannot interrupt code.
const RUN_OPTIONS = [
  ['timeout', undefined, (v, label) => v === undefined || validateUint32(v, label, true)],
  ['displayErrors', true, validateBoolean],
  ['breakOnSigint', false, validateBoolean],
];

function readOptions(table, options, defaults) {
  const out = {};
  for (const [key, fallback, check] of table) {
    let v = options[key];
    if (v === undefined) v = defaults && key in defaults ? defaults[key] : fallback;
    check(v, `options.${key}`);
    out[key] = v;
  }
  return out;
}

function checkRunOptions(opts) {
  if (opts === undefined) return;
  validateObject(opts, 'options');
  if (readOptions(RUN_OPTIONS, opts).timeout !== undefined) throw notImplemented('vm options.timeout');
}

// Parent of Script (Node keeps createCachedData one level up the prototype chain too).
class CompiledCode {
  createCachedData() {
    throw notImplemented('script.createCachedData');
  }
}

class Script extends CompiledCode {
  #source;
  #filename;

  constructor(code, config = {}) {
    super();
    const source = `${code}`;
    if (typeof config === 'string') config = { filename: config };
    else validateObject(config, 'options');
    const opts = readOptions(COMPILE_OPTIONS, config, { filename: DEFAULT_SCRIPT_NAME });
    if (opts.produceCachedData) throw notImplemented('vm.Script options.produceCachedData');
    if (config.importModuleDynamically !== undefined) {
      // Dynamic import() inside the script uses the main loader, as with
      // constants.USE_MAIN_CONTEXT_DEFAULT_LOADER.
      const hook = config.importModuleDynamically;
      if (typeof hook !== 'function' && typeof hook !== 'symbol') {
        throw new ERR_INVALID_ARG_TYPE('options.importModuleDynamically', ['function', 'symbol'], hook);
      }
    }
    this.#source = leadingLines(opts.lineOffset) + source;
    this.#filename = opts.filename;
    // Report syntax errors now, as Node does: the text is parsed as a script, not run.
    binding.checkSyntax(this.#source, this.#filename);
    if (opts.cachedData !== undefined) this.cachedDataRejected = true;
  }

  runInThisContext(opts) {
    checkRunOptions(opts);
    return binding.evalScript(this.#source, this.#filename);
  }

  runInContext(sandbox, opts) {
    throw notImplemented('script.runInContext');
  }

  runInNewContext(sandbox, opts) {
    throw notImplemented('script.runInNewContext');
  }
}

const createScript = (source, opts) => new Script(source, opts);

function runInThisContext(source, opts) {
  return new Script(source, opts).runInThisContext(typeof opts === 'string' ? undefined : opts);
}

function runInContext(source, sandbox, opts) {
  throw notImplemented('vm.runInContext');
}

function runInNewContext(source, sandbox, opts) {
  throw notImplemented('vm.runInNewContext');
}

function createContext() {
  throw notImplemented('vm.createContext');
}

// No object is ever contextified in unode.
function isContext(value) {
  validateObject(value, 'object', { allowArray: true });
  return false;
}

function compileFunction(body, params, config = {}) {
  validateString(body, 'code');
  if (params === undefined) params = [];
  validateArray(params, 'params');
  params.forEach((name, i) => validateString(name, `params[${i}]`));
  validateObject(config, 'options');
  const opts = readOptions(COMPILE_OPTIONS, config, { filename: '' });
  // No value is a context here, so any parsingContext is of the wrong type.
  if (config.parsingContext !== undefined) {
    throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', config.parsingContext);
  }
  const extensions = config.contextExtensions === undefined ? [] : config.contextExtensions;
  validateArray(extensions, 'options.contextExtensions');
  extensions.forEach((ext, i) => {
    validateObject(ext, `options.contextExtensions[${i}]`, { nullable: true });
  });
  if (extensions.length > 0) throw notImplemented('vm.compileFunction options.contextExtensions');
  if (opts.produceCachedData) throw notImplemented('vm.compileFunction options.produceCachedData');

  const fn = binding.compileFunction(leadingLines(opts.lineOffset) + body, opts.filename,
    params.join(', '));
  if (opts.cachedData !== undefined) fn.cachedDataRejected = true;
  return fn;
}

function measureMemory() {
  throw notImplemented('vm.measureMemory');
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
