'use strict';
// The command line: `unode [options] [script.js | -e code | -p code | -] [args...]`.
// Parses Node's options (and unode's own), runs the program, then the event loop.

const USAGE = `Usage: unode [options] [ script.js ] [arguments]
       unode [options] -e "script" [arguments]
       unode [options] -p "script" [arguments]
       unode [options] - [arguments]

unode runs Node.js programs on QuickJS.

Options:
  -e, --eval script          evaluate script
  -p, --print script         evaluate script and print the result
  -r, --require module       preload module at startup (repeatable)
  -i, --interactive          always enter the REPL
  --input-type=type          how to read -e or stdin source: commonjs (default) or module
  --unhandled-rejections=m   throw (default), strict, warn, warn-with-error-code, none
  --no-warnings              silence process warnings
  --no-deprecation           silence deprecation warnings
  --throw-deprecation        throw on deprecations
  --trace-warnings           print stacks for warnings
  --expose-gc                expose gc() as a global
  --stack-trace-limit=n      Error.stackTraceLimit (default 10)
  --max-old-space-size=mb    heap limit of the isolate, in MB; past it, allocation
                             throws an out-of-memory error
  --allow-syscall            expose the raw syscall primitive to user code as
                             globalThis.syscall, and the library internals as
                             globalThis.unodeInternals (unode only; for tests
                             and experiments: it gives full native access)
  -v, --version              print the Node.js API version unode follows
  --unode-version            print unode's own version
  -h, --help                 print this help

Options Node accepts that unode ignores: --expose-internals, --harmony*,
--experimental-*, --enable-source-maps, --no-experimental-*.

Environment variables:
  NODE_DEBUG                 ','-separated core modules that print debug information
  UV_THREADPOOL_SIZE         worker pool size (when the pool exists)
`;

// Options that take a value in the next argument.
const withValue = new Set(['-e', '--eval', '-p', '--print', '-r', '--require', '--import',
  '--input-type', '--unhandled-rejections', '--title', '--stack-trace-limit', '--loader', '--max-old-space-size',
  '--experimental-loader', '--conditions', '-C']);

function parse(argv) {
  const opts = {
    eval: undefined, print: false, requires: [], imports: [], inputType: 'commonjs', script: undefined,
    args: [], execArgv: [], interactive: false, stdin: false,
    unhandledRejections: 'throw', version: false, unodeVersion: false, help: false,
    allowSyscall: false, exposeGc: false, stackTraceLimit: undefined, maxHeapMB: 0, bad: undefined,
  };
  let i = 1;
  for (; i < argv.length; i++) {
    let arg = argv[i];
    if (arg === '--') { i++; break; }
    if (arg === '-') { opts.stdin = true; i++; break; }
    if (arg[0] !== '-') break;
    let value;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq !== -1) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const start = i;
    if (value === undefined && withValue.has(arg)) {
      if (i + 1 >= argv.length) {
        opts.bad = `${argv[0]}: ${arg} requires an argument`;
        return opts;
      }
      value = argv[++i];
    }
    opts.execArgv.push(...argv.slice(start, i + 1));
    switch (arg) {
      case '-e': case '--eval': opts.eval = value; break;
      case '-p': case '--print': opts.eval = value; opts.print = true; break;
      case '-pe': opts.eval = argv[++i]; opts.print = true; opts.execArgv.push(opts.eval); break;
      case '-r': case '--require': opts.requires.push(value); break;
      case '--import': opts.imports.push(value); break;
      case '-i': case '--interactive': opts.interactive = true; break;
      case '--input-type': opts.inputType = value; break;
      case '--unhandled-rejections': opts.unhandledRejections = value; break;
      case '-v': case '--version': opts.version = true; break;
      case '--unode-version': opts.unodeVersion = true; break;
      case '-h': case '--help': opts.help = true; break;
      case '--allow-syscall': opts.allowSyscall = true; break;
      case '--expose-gc': case '--expose_gc': opts.exposeGc = true; break;
      case '--stack-trace-limit': opts.stackTraceLimit = Number(value); break;
      case '--max-old-space-size': opts.maxHeapMB = Number(value); break;
      case '--no-warnings': case '--no-deprecation': case '--throw-deprecation':
      case '--trace-warnings': case '--trace-deprecation': case '--pending-deprecation':
      case '--trace-uncaught': case '--expose-internals': case '--enable-source-maps':
      case '--preserve-symlinks': case '--no-addons': case '--title': case '--conditions': case '-C':
      case '--loader': case '--experimental-loader':
        break;
      default:
        if (/^--(experimental|no-experimental|harmony|max-semi-space-size|stack-size|no-force-async-hooks-checks|abort-on-uncaught-exception|v8-|zero-fill-buffers|security-revert|openssl|use-)/.test(arg)) break;
        opts.bad = `${argv[0]}: bad option: ${argv[i]}`;
        return opts;
    }
  }
  if (opts.eval === undefined && !opts.stdin && i < argv.length) {
    opts.script = argv[i++];
  }
  opts.args = argv.slice(i);
  return opts;
}

function main(libRequire) {
  const argv = binding.argv;
  const opts = parse(argv);
  const { process, emitExit, setUnhandledRejectionsMode, writeStderr } = libRequire('node/internal/process');
  const loop = libRequire('aio/loop');

  if (opts.bad) {
    writeStderr(`${opts.bad}\n`);
    return 9;
  }
  if (opts.help) {
    writeOut(libRequire, USAGE);
    return 0;
  }
  if (opts.version) {
    writeOut(libRequire, `${process.version}\n`);
    return 0;
  }
  if (opts.unodeVersion) {
    writeOut(libRequire, `unode ${binding.version} (QuickJS ${binding.quickjsVersion})\n`);
    return 0;
  }
  process.execArgv = opts.execArgv;
  if (opts.execArgv.includes('--no-deprecation')) process.noDeprecation = true;
  if (opts.execArgv.includes('--throw-deprecation')) process.throwDeprecation = true;
  if (opts.execArgv.includes('--trace-deprecation')) process.traceDeprecation = true;
  const modes = ['throw', 'strict', 'warn', 'warn-with-error-code', 'none'];
  if (!modes.includes(opts.unhandledRejections)) {
    writeStderr(`${argv[0]}: invalid value for --unhandled-rejections\n`);
    return 9;
  }
  setUnhandledRejectionsMode(opts.unhandledRejections);
  if (opts.stackTraceLimit !== undefined && !Number.isNaN(opts.stackTraceLimit)) {
    Error.stackTraceLimit = opts.stackTraceLimit;
  }
  if (opts.maxHeapMB > 0) {
    // Node's heap limit flag bounds the isolate's whole heap here.
    binding.setMemoryLimit(Math.floor(opts.maxHeapMB * 1024 * 1024));
  }
  if (opts.allowSyscall) {
    // Deliberately privileged: the primitive, plus the library's own require for tests.
    Object.defineProperty(globalThis, 'syscall', { value: binding.syscall, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(globalThis, 'unodeInternals', {
      value: { require: libRequire, binding }, writable: true, configurable: true, enumerable: false,
    });
  }
  if (opts.exposeGc) {
    Object.defineProperty(globalThis, 'gc', { value: function gc() { binding.gc(); }, writable: true, configurable: true, enumerable: false });
  }

  const { Module, isEsmFile } = libRequire('node/internal/modules/cjs');
  const path = libRequire('path');
  let entryIsModule = false;
  let entryPath;
  if (opts.script !== undefined) {
    entryPath = path.resolve(opts.script);
    process.argv = [process.execPath, entryPath, ...opts.args];
  } else if (opts.stdin) {
    process.argv = [process.execPath, '-', ...opts.args];
  } else {
    process.argv = [process.execPath, ...opts.args];
  }

  let exitWith;
  const runProgram = () => {
    for (const r of opts.requires) {
      const req = Module.createRequire(path.join(process.cwd(), '[preload]'));
      req(r);
    }
    if (opts.eval !== undefined) {
      runEval(libRequire, opts.eval, opts.print, opts.inputType === 'module', '[eval]');
    } else if (opts.script !== undefined) {
      let resolved;
      try {
        resolved = Module._resolveFilename(entryPath, null, true);
      } catch (err) {
        if (err.code === 'MODULE_NOT_FOUND' && !entryPath.endsWith('.mjs')) throw err;
        resolved = undefined;
      }
      if (resolved === undefined) throw notFoundEntry(entryPath);
      // The ES module loader loads only for an ES module entry.
      entryIsModule = isEsmFile(resolved);
      if (entryIsModule) {
        process.argv[1] = resolved;
        runModuleEntry(libRequire, libRequire('node/internal/modules/esm').pathToUrl(resolved));
      } else {
        Module._load(resolved, null, true);
      }
    } else if (opts.stdin || (!opts.interactive && !isTTY(0))) {
      const source = readAllStdin(libRequire);
      runEval(libRequire, source, false, opts.inputType === 'module', '[stdin]');
    } else {
      startRepl(libRequire);
    }
  };

  try {
    runProgram();
  } catch (err) {
    loop.hooks.fatal(err);
  }
  if (exitWith !== undefined) return exitWith;
  loop.run(() => {
    if (process._exiting) return;
    try {
      process.emit('beforeExit', process.exitCode === undefined || process.exitCode === null ? 0 : process.exitCode | 0);
    } catch (err) {
      loop.hooks.fatal(err);
    }
  });
  if (pendingEntry !== undefined && pendingEntry.state === 'pending') {
    // The entry module's top-level await never settled.
    writeStderr('Warning: Detected unsettled top-level await at ' + pendingEntry.url + '\n');
    process.exitCode = 13;
  }
  return emitExit();
}

function notFoundEntry(p) {
  const err = new Error(`Cannot find module '${p}'`);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = [];
  return err;
}

let pendingEntry;
function runModuleEntry(libRequire, url) {
  pendingEntry = { url, state: 'pending' };
  const entry = pendingEntry;
  import(url).then(() => {
    entry.state = 'done';
  }, (err) => {
    entry.state = 'failed';
    libRequire('aio/loop').hooks.fatal(err);
  });
}

function runEval(libRequire, source, print, asModule, name) {
  const process = libRequire('process');
  const { Module, makeRequire } = libRequire('node/internal/modules/cjs');
  const path = libRequire('path');
  if (asModule) throw libRequire('node/internal/errors').notImplemented('--input-type=module');
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const require = makeRequire(module);
  // Node exposes these as globals for -e and stdin scripts.
  const g = globalThis;
  g.__filename = name;
  g.module = module;
  g.exports = module.exports;
  g.__dirname = '.';
  g.require = require;
  // As in Node, -e, -p and stdin scripts see the builtin modules as globals, loaded on use.
  const { list } = libRequire('node/internal/modules/builtins');
  for (const name of list()) {
    if (name.includes('/') || name.startsWith('_') || name in g) continue;
    Object.defineProperty(g, name, {
      configurable: true,
      enumerable: false,
      get() {
        const value = require(name);
        Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
        return value;
      },
      set(value) {
        Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: true });
      },
    });
  }
  const result = binding.evalScript(source, name);
  if (print) {
    const { inspect } = libRequire('util');
    writeOut(libRequire, `${typeof result === 'string' ? result : inspect(result)}\n`);
  }
}

function isTTY(fd) {
  const sys = require('sys/core');
  const buf = new Uint8Array(64);
  return sys.call('ioctl', fd, sys.C.TCGETS, buf) === 0;
}

function readAllStdin(libRequire) {
  const sys = libRequire('sys/core');
  const chunks = [];
  let total = 0;
  const buf = new Uint8Array(65536);
  for (;;) {
    const n = sys.read(0, buf);
    if (n === -sys.C.EAGAIN) {
      sys.call('ppoll', new Int32Array([0, 1]), 1, null, null, 8);
      continue;
    }
    if (n <= 0) break;
    chunks.push(buf.slice(0, n));
    total += n;
  }
  const all = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) { all.set(c, off); off += c.length; }
  return binding.utf8Decode(all);
}

// The REPL on stdin/stdout (node/repl); the process exits when it closes.
function startRepl(libRequire) {
  libRequire('repl')._startCli();
}

function writeOut(libRequire, text) {
  libRequire('sys/core').writeAll(1, text);
}

module.exports = { main, parse };
