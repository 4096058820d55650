'use strict';
// node:repl — the read-eval-print loop: a readline Interface whose lines are evaluated as
// global scripts, results printed with util.inspect, incomplete input continued on '... '
// lines, dot-commands, history in a file, completion of globals and properties, and
// top-level await.

const { Interface } = require('node/internal/readline/interface');
const source = require('node/internal/repl/source');
const {
  notImplemented,
} = require('node/internal/errors');
const { validateFunction } = require('node/internal/validators');

function writer(obj) {
  return require('util').inspect(obj, writer.options);
}
writer.options = undefined;
Object.defineProperty(writer, 'options', {
  get() {
    const value = { ...require('util').inspect.defaultOptions, showProxy: true };
    Object.defineProperty(writer, 'options', { value, writable: true, enumerable: true, configurable: true });
    return value;
  },
  set(value) {
    Object.defineProperty(writer, 'options', { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true, configurable: true,
});

// util.inspect.replDefaults: the options of the REPL's default writer.
Object.defineProperty(require('util').inspect, 'replDefaults', {
  configurable: true,
  enumerable: true,
  get() { return writer.options; },
  set(options) {
    require('node/internal/validators').validateObject(options, 'options');
    Object.assign(writer.options, options);
  },
});

class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');

const warned = new Set();
function deprecate(code, message) {
  if (warned.has(code)) return;
  warned.add(code);
  require('process').emitWarning(message, 'DeprecationWarning', code);
}
function deprecatedStreams() {
  deprecate('DEP0141', 'repl.inputStream and repl.outputStream are deprecated. Use repl.input and repl.output instead');
}

function builtinModules() {
  return require('node/internal/modules/builtins').list().filter((name) => !name.startsWith('_'));
}

const KEYWORDS = ['async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue',
  'debugger', 'default', 'delete', 'do', 'else', 'export', 'extends', 'false', 'finally', 'for',
  'function', 'if', 'import', 'in', 'instanceof', 'let', 'new', 'null', 'return', 'super',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'undefined', 'var', 'void', 'while',
  'with', 'yield'];

let evalCounter = 0;

// The default evaluator: runs code as a global script of this isolate.
function defaultEval(code, context, file, cb) {
  if (code.trim() === '') {
    cb(null);
    return;
  }
  let src = code;
  if (/^\s*\{/.test(src) && !/;\s*$/.test(src)) {
    // A leading brace reads as an object literal when that parses.
    try {
      binding.checkSyntax(`(${src})`, file);
      src = `(${src})`;
    } catch {
      // a block
    }
  }
  let isAsync = false;
  try {
    binding.checkSyntax(src, file);
  } catch (err) {
    if (/\bawait\b/.test(src)) {
      try {
        src = source.wrapAwait(src, (s) => binding.checkSyntax(s, file));
        isAsync = true;
      } catch {
        // report the original error
      }
    }
    if (!isAsync) {
      if (source.isRecoverable(err, code)) cb(new Recoverable(err));
      else cb(err);
      return;
    }
  }
  let result;
  try {
    result = binding.evalScript(src, file);
  } catch (err) {
    cb(err);
    return;
  }
  if (isAsync) {
    Promise.resolve(result).then((v) => cb(null, v), (e) => cb(e));
    return;
  }
  cb(null, result);
}

// Drops the stack frames of an inspected error, keeping the ' {' that opens its properties.
function stripStack(text) {
  const out = [];
  for (const line of text.split('\n')) {
    if (!/^\s+at /.test(line)) out.push(line);
    else if (line.endsWith(' {') && out.length > 0) out[out.length - 1] += ' {';
  }
  return out.join('\n');
}

class REPLServer extends Interface {
  constructor(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode) {
    let options;
    if (prompt !== null && typeof prompt === 'object') {
      options = { ...prompt };
    } else {
      options = { prompt, input: stream, output: stream, eval: evalFn, useGlobal, ignoreUndefined, replMode };
    }
    const process = require('process');
    if (options.input === undefined) options.input = process.stdin;
    if (options.output === undefined) options.output = process.stdout;
    if (options.prompt === undefined) options.prompt = '> ';
    if (options.breakEvalOnSigint) throw notImplemented('repl.start({ breakEvalOnSigint })');
    if (options.eval != null) validateFunction(options.eval, 'options.eval');
    const terminal = options.terminal === undefined ? Boolean(options.output && options.output.isTTY) : Boolean(options.terminal);
    const self = {};
    super({
      input: options.input,
      output: options.output,
      completer: options.completer || ((line, cb) => self.server.complete(line, cb)),
      terminal,
      historySize: options.historySize === undefined ? 30 : options.historySize,
      prompt: options.prompt,
    });
    self.server = this;
    const out = options.output;
    this.useColors = options.useColors === undefined ?
      Boolean(out && out.isTTY) && (typeof out.hasColors !== 'function' || out.hasColors()) :
      Boolean(options.useColors);
    this.useGlobal = Boolean(options.useGlobal);
    this.ignoreUndefined = Boolean(options.ignoreUndefined);
    this.replMode = options.replMode || REPL_MODE_SLOPPY;
    this.eval = options.eval || defaultEval;
    this.context = globalThis;
    // Node runs evaluations in a domain; unode has none, but tests and tools listen on it.
    this._domain = new (require('events'))();
    this.lines = [];
    this.editorMode = false;
    this.underscoreAssigned = false;
    this.underscoreErrAssigned = false;
    this.last = undefined;
    this.lastError = undefined;
    this.breakEvalOnSigint = false;
    this.commands = Object.create(null);
    this._buffered = '';
    this._sawSigint = false;
    this._initialPrompt = options.prompt;
    if (options.writer) {
      this.writer = options.writer;
    } else if (this.useColors) {
      // A colouring REPL's writer has its own options, so colours do not leak.
      const own = (obj) => require('util').inspect(obj, own.options);
      own.options = { ...writer.options, colors: true };
      this.writer = own;
    } else {
      this.writer = writer;
    }
    this._defineDefaultCommands();
    this._installGlobals();

    this.on('line', (line) => this._onReplLine(line));
    this.on('SIGINT', () => {
      const hadInput = this.line.length > 0 || this._buffered.length > 0;
      if (this.editorMode) {
        this.editorMode = false;
        this._buffered = '';
        this.clearLine();
        this.displayPrompt();
        return;
      }
      this.clearLine();
      this._buffered = '';
      this.lines.level = [];
      if (!hadInput) {
        if (this._sawSigint) {
          this.close();
          this._sawSigint = false;
          return;
        }
        this.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
        this._sawSigint = true;
      } else {
        this._sawSigint = false;
      }
      this.displayPrompt();
    });
    this.on('close', () => require('process').nextTick(() => this.emit('exit')));
    // Errors thrown later by code the REPL ran are reported, not fatal (Node uses a domain).
    const proc = require('process');
    const onUncaught = (err) => {
      this._printError(err);
      if (!this.closed) this.displayPrompt();
    };
    proc.on('uncaughtException', onUncaught);
    this.once('exit', () => proc.removeListener('uncaughtException', onUncaught));
    this.displayPrompt();
  }

  get inputStream() { deprecatedStreams(); return this.input; }
  set inputStream(v) { deprecatedStreams(); this.input = v; }
  get outputStream() { deprecatedStreams(); return this.output; }
  set outputStream(v) { deprecatedStreams(); this.output = v; }

  // The end of input waits for a pending evaluation to print its result.
  close() {
    if (this._evalPending && !this.closed) {
      this._closeAfterEval = true;
      return;
    }
    super.close();
  }

  // Emits 'reset'; the context itself is the global one and is kept.
  resetContext() {
    this.lines = [];
    this.emit('reset', this.context);
  }

  _installGlobals() {
    const ctx = this.context;
    const server = this;
    // require and module as for a file in the current directory, builtins loaded on use.
    if (!Object.prototype.hasOwnProperty.call(ctx, 'require')) {
      // The module is named '<repl>' and resolves from the current directory.
      const { Module, makeRequire } = require('node/internal/modules/cjs');
      const cwd = require('process').cwd();
      const mod = new Module('<repl>', null);
      mod.filename = null;
      mod.paths = Module._nodeModulePaths(cwd);
      Object.defineProperty(ctx, 'module', { value: mod, writable: true, configurable: true });
      Object.defineProperty(ctx, 'require', { value: makeRequire(mod), writable: true, configurable: true });
      for (const name of builtinModules()) {
        if (name.includes('/') || name in ctx) continue;
        Object.defineProperty(ctx, name, {
          configurable: true,
          enumerable: false,
          get() {
            const value = ctx.require(name);
            Object.defineProperty(ctx, name, { value, writable: true, configurable: true, enumerable: false });
            return value;
          },
          set(value) {
            Object.defineProperty(ctx, name, { value, writable: true, configurable: true, enumerable: true });
          },
        });
      }
    }
    const desc = Object.getOwnPropertyDescriptor(ctx, '_');
    if (desc === undefined || desc.configurable) {
      Object.defineProperty(ctx, '_', {
        configurable: true,
        get: () => server.last,
        set: (v) => {
          if (!server.underscoreAssigned) {
            server.underscoreAssigned = true;
            server.output.write('Expression assignment to _ now disabled.\n');
          }
          Object.defineProperty(ctx, '_', { value: v, writable: true, enumerable: true, configurable: true });
        },
      });
      Object.defineProperty(ctx, '_error', {
        configurable: true,
        get: () => server.lastError,
        set: (v) => {
          if (!server.underscoreErrAssigned) {
            server.underscoreErrAssigned = true;
            server.output.write('Expression assignment to _error now disabled.\n');
          }
          Object.defineProperty(ctx, '_error', { value: v, writable: true, enumerable: true, configurable: true });
        },
      });
    }
  }

  displayPrompt(preserveCursor) {
    const prompt = this._buffered.length > 0 && !this.editorMode ? '... ' : this._initialPrompt;
    Interface.prototype.setPrompt.call(this, prompt);
    this.prompt(preserveCursor);
  }

  setPrompt(prompt) {
    this._initialPrompt = prompt;
    Interface.prototype.setPrompt.call(this, prompt);
  }

  clearBufferedCommand() {
    this._buffered = '';
  }

  defineCommand(keyword, cmd) {
    if (typeof cmd === 'function') cmd = { action: cmd };
    else validateFunction(cmd.action, 'cmd.action');
    this.commands[keyword] = cmd;
  }

  setupHistory(historyPath, cb) {
    validateFunction(cb, 'callback');
    try {
      this._useHistoryFile(historyPath);
    } catch (err) {
      cb(err);
      return;
    }
    cb(null, this);
  }

  _useHistoryFile(file) {
    const fs = require('fs');
    if (!file) return;
    try {
      const text = fs.readFileSync(file, 'utf8');
      const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
      this.history.length = 0;
      for (const l of lines.slice(0, this.historySize)) this.history.push(l);
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
    this.on('history', (history) => {
      try {
        fs.writeFileSync(file, history.join('\n') + '\n', { mode: 0o600 });
      } catch {
        // history is best effort
      }
    });
  }

  _defineDefaultCommands() {
    const fs = require('fs');
    this.defineCommand('break', {
      help: 'Sometimes you get stuck, this gets you out',
      action() {
        this.clearBufferedCommand();
        this.displayPrompt();
      },
    });
    this.defineCommand('clear', {
      help: this.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
      action() {
        this.clearBufferedCommand();
        if (!this.useGlobal) {
          this.output.write('Clearing context...\n');
          this.emit('reset', this.context);
        }
        this.displayPrompt();
      },
    });
    if (this.terminal) {
      this.defineCommand('editor', {
        help: 'Enter editor mode',
        action() {
          this.editorMode = true;
          this.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
          this.setPrompt('');
          this.prompt();
        },
      });
    }
    this.defineCommand('exit', {
      help: 'Exit the REPL',
      action() { this.close(); },
    });
    this.defineCommand('help', {
      help: 'Print this help message',
      action() {
        const names = Object.keys(this.commands).sort();
        const width = Math.max(...names.map((n) => n.length)) + 3;
        for (const name of names) {
          const help = this.commands[name].help;
          this.output.write(help ? `.${name}${' '.repeat(width - name.length)}${help}\n` : `.${name}\n`);
        }
        this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
        this.displayPrompt();
      },
    });
    this.defineCommand('load', {
      help: 'Load JS from a file into the REPL session',
      action(file) {
        try {
          const stat = fs.statSync(file);
          if (!stat.isFile()) {
            this.output.write(`Failed to load: ${file} is not a valid file\n`);
          } else {
            // The file runs as one script; Node shows the prompt twice afterwards.
            const text = fs.readFileSync(file, 'utf8');
            this._runSource(text, false);
            this.displayPrompt();
          }
        } catch {
          this.output.write(`Failed to load: ${file}\n`);
        }
        this.displayPrompt();
      },
    });
    this.defineCommand('save', {
      help: 'Save all evaluated commands in this REPL session to a file',
      action(file) {
        try {
          fs.writeFileSync(file, this.lines.join('\n'));
          this.output.write(`Session saved to: ${file}\n`);
        } catch {
          this.output.write(`Failed to save: ${file}\n`);
        }
        this.displayPrompt();
      },
    });
  }

  _onReplLine(line) {
    this._sawSigint = false;
    line = line == null ? '' : String(line);
    if (this.editorMode) {
      this._buffered += line + '\n';
      return;
    }
    const trimmed = line.trim();
    if (/^\.[^.\d]/.test(trimmed)) {
      const m = /^\.([^\s]+)\s*(.*)$/.exec(trimmed);
      const cmd = this.commands[m[1]];
      if (cmd) {
        cmd.action.call(this, m[2]);
        return;
      }
      this.lines.push(line);
      this.output.write('Invalid REPL keyword\n');
      this.displayPrompt();
      return;
    }
    this.lines.push(line);
    this._runSource(this._buffered + line + '\n', true);
  }

  // Evaluates code and prints the result; with continuation, incomplete input waits.
  _runSource(code, continuation) {
    const file = `REPL${++evalCounter}`;
    let sync = true;
    let finished = false;
    const finish = (err, ...rest) => {
      const result = rest[0];
      if (finished) return;
      finished = true;
      if (err instanceof Recoverable && continuation) {
        this._buffered = code;
        if (sync) return;
        this.displayPrompt();
        return;
      }
      this._buffered = '';
      if (err) {
        this._printError(err instanceof Recoverable ? err.err : err);
      } else {
        if (rest.length > 0 && !this.underscoreAssigned) this.last = result;
        if (rest.length > 0 && !(this.ignoreUndefined && result === undefined)) {
          this.output.write(this.writer(result) + '\n');
        }
      }
      if (!sync) {
        this._evalPending = false;
        this.displayPrompt();
        if (this._closeAfterEval) this.close();
        else if (this.paused && !this.closed) this.resume();
      }
    };
    try {
      this.eval(code, this.context, file, finish);
    } catch (err) {
      finish(err);
    }
    sync = false;
    if (finished) {
      if (continuation) this.displayPrompt();
    } else {
      // Input waits while an evaluation (top-level await) is pending.
      this._evalPending = true;
      this.pause();
    }
  }

  _printError(err) {
    if (!this.underscoreErrAssigned) this.lastError = err;
    let text;
    if (err instanceof Error) {
      text = stripStack(require('util').inspect(err, { colors: this.useColors }));
    } else {
      text = require('util').inspect(err, { colors: this.useColors });
    }
    this.output.write(`Uncaught ${text}\n`);
  }

  // Completion: dot-commands, properties of a dotted expression, or globals and keywords.
  complete(line, cb) {
    const cmd = /^\s*\.(\w*)$/.exec(line);
    if (cmd) {
      const names = Object.keys(this.commands).filter((n) => n.startsWith(cmd[1])).sort();
      cb(null, [names, cmd[1]]);
      return;
    }
    const m = /(?:([\w$]+(?:\.[\w$]+)*)\.)?([\w$]*)$/.exec(line);
    const base = m[1];
    const partial = m[2];
    let names = [];
    if (base !== undefined) {
      let obj;
      try {
        obj = binding.evalScript(base, 'REPL-complete');
      } catch {
        cb(null, [[], line]);
        return;
      }
      if (obj !== null && obj !== undefined) {
        const seen = new Set();
        let o = typeof obj === 'object' || typeof obj === 'function' ? obj : Object(obj);
        while (o !== null && o !== undefined) {
          for (const k of Object.getOwnPropertyNames(o)) {
            if (/^[A-Za-z_$][\w$]*$/.test(k)) seen.add(k);
          }
          o = Object.getPrototypeOf(o);
        }
        names = [...seen].filter((k) => k.startsWith(partial)).sort().map((k) => `${base}.${k}`);
      }
      cb(null, [names, `${base}.${partial}`]);
      return;
    }
    const seen = new Set(KEYWORDS);
    let o = this.context;
    while (o !== null && o !== undefined) {
      for (const k of Object.getOwnPropertyNames(o)) {
        if (/^[A-Za-z_$][\w$]*$/.test(k)) seen.add(k);
      }
      o = Object.getPrototypeOf(o);
    }
    for (const k of builtinModules()) if (/^[\w$]+$/.test(k)) seen.add(k);
    names = [...seen].filter((k) => k.startsWith(partial)).sort();
    cb(null, [names, partial]);
  }

}

// Ends editor mode on Ctrl+D: the buffered text is evaluated.
const baseTtyWrite = Interface.prototype._ttyWrite;
REPLServer.prototype._ttyWrite = function _ttyWrite(s, key) {
  if (this.editorMode && key && key.ctrl && key.name === 'd') {
    this.editorMode = false;
    this.output.write('\n');
    const code = this._buffered + this.line;
    this.line = '';
    this.cursor = 0;
    this._buffered = '';
    if (code.trim()) this._runSource(code, false);
    this.displayPrompt();
    return;
  }
  baseTtyWrite.call(this, s, key);
};

function start(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode);
}

function isValidSyntax(input) {
  try {
    binding.checkSyntax(input, 'REPL');
    return true;
  } catch {
    return false;
  }
}

// The REPL the command line opens: history in ~/.node_repl_history (NODE_REPL_HISTORY, empty
// to disable), the process exits when it closes.
function startCli(options = {}) {
  const process = require('process');
  process.stdout.write(`Welcome to Node.js ${process.version}.\nType ".help" for more information.\n`);
  const server = start({ useGlobal: true, ...options });
  const env = process.env;
  let file = env.NODE_REPL_HISTORY;
  if (file === undefined) file = require('path').join(require('os').homedir(), '.node_repl_history');
  const size = Number(env.NODE_REPL_HISTORY_SIZE);
  if (Number.isInteger(size) && size >= 0) server.historySize = size;
  else if (server.terminal) server.historySize = 1000;
  if (file.trim() !== '' && server.terminal) {
    try { server._useHistoryFile(file); } catch { /* no history */ }
  }
  server.on('exit', () => {
    if (server.terminal) server.output.write('\n');
    process.exit();
  });
  return server;
}

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  isValidSyntax,
};
Object.defineProperties(module.exports, {
  builtinModules: { get: builtinModules, enumerable: true, configurable: true },
  _builtinLibs: {
    get() {
      deprecate('DEP0142', 'repl._builtinLibs is deprecated. Check module.builtinModules instead');
      return builtinModules();
    },
    enumerable: false,
    configurable: true,
  },
  _startCli: { value: startCli, enumerable: false, configurable: true },
});
