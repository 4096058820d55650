'use strict';
// Formats an uncaught exception the way Node prints it: the source line with a caret, the
// error (inspected, so extra properties show), and the runtime version.

const sys = require('sys/core');

function sourceLine(file, line) {
  if (!file || file.startsWith('unode:')) return undefined;
  const path = file.startsWith('file://') ? decodeURIComponent(file.slice(7)) : file;
  const fd = sys.openat(sys.C.AT_FDCWD, path, sys.C.open.O_RDONLY);
  if (fd < 0) return undefined;
  const chunks = [];
  const buf = new Uint8Array(65536);
  let total = 0;
  for (;;) {
    const n = sys.read(fd, buf);
    if (n <= 0 || total > 4 << 20) break;
    chunks.push(buf.slice(0, n));
    total += n;
  }
  sys.close(fd);
  const all = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) { all.set(c, off); off += c.length; }
  return binding.utf8Decode(all).split('\n')[line - 1];
}

function locate(err) {
  if (err === null || typeof err !== 'object') return undefined;
  let stack;
  try { stack = err.stack; } catch { return undefined; }
  if (typeof stack !== 'string') return undefined;
  for (const line of stack.split('\n')) {
    const m = /\((.*):(\d+):(\d+)\)$/.exec(line) || /at (.*):(\d+):(\d+)$/.exec(line);
    if (m && !m[1].startsWith('unode:')) return { file: m[1], line: Number(m[2]), col: Number(m[3]) };
  }
  return undefined;
}

function formatUncaught(err, fromPromise) {
  let out = '';
  const where = locate(err);
  if (where) {
    const src = sourceLine(where.file, where.line);
    if (src !== undefined) {
      out += `${where.file}:${where.line}\n${src}\n${' '.repeat(Math.max(0, where.col - 1))}^\n\n`;
    }
  }
  let shown;
  try {
    shown = require('util').inspect(err);
  } catch {
    shown = String(err && err.stack || err);
  }
  if (err instanceof Error || (err && typeof err.stack === 'string')) {
    out += `${shown}\n`;
  } else {
    out += `${fromPromise ? '' : 'Uncaught '}${shown}\n`;
    if (!fromPromise) out += '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
  }
  out += `\nNode.js ${require('process').version}\n`;
  return out;
}

module.exports = { formatUncaught };
