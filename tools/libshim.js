'use strict';
// Runs a script under real node with builtin requires mapped to unode's lib/, so pure-JS
// library modules can be developed and compared before build/unode exists.
const fs = require('fs');
const path = require('path');
const nodeUtil = require('util');
const libDir = path.join(__dirname, '..', 'lib');
const cache = new Map();

const binding = {
  utf8Decode: (v, s, e) => Buffer.from(v.buffer || v, v.byteOffset || 0, v.byteLength).toString('utf8', s, e),
  utf8Encode: (s) => new Uint8Array(Buffer.from(String(s), 'utf8')),
  utf8Write(str, u8, off, max) {
    const b = Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
    const written = b.write(str, off, max, 'utf8');
    const read = Buffer.from(b.subarray(off, off + written)).toString('utf8').length;
    return [read, written];
  },
  utf8ByteLength: (s) => Buffer.byteLength(s, 'utf8'),
  latin1Decode: (v, s, e) => Buffer.from(v.buffer || v, v.byteOffset || 0, v.byteLength).toString('latin1', s, e),
  classOf(v) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return '';
    if (nodeUtil.types.isProxy(v)) return 'Proxy';
    const tag = Object.prototype.toString.call(v).slice(8, -1);
    return tag;
  },
  promiseState(p) {
    const s = nodeUtil.inspect(p);
    if (s.includes('<pending>')) return [0, undefined];
    return [s.includes('<rejected>') ? 2 : 1, undefined];
  },
  proxyDetails(v) { return nodeUtil.types.isProxy(v) ? [{}, {}] : undefined; },
  syscall() { throw new Error('libshim: no syscall under node'); },
};

function resolveLib(id) {
  for (const cand of [id, `node/${id}`]) {
    const file = path.join(libDir, `${cand}.js`);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

// The runtime's own process and timers only work inside unode; under node use node's.
const hostOnly = new Set(['process', 'timers', 'node/internal/process', 'node/internal/timers']);

function loadLib(id) {
  if (hostOnly.has(id.replace(/^node:/, ''))) return require(id.replace(/^node\//, ''));
  const file = resolveLib(id.replace(/^node:/, ''));
  if (!file) return require(id);
  if (cache.has(file)) return cache.get(file).exports;
  const module = { exports: {} };
  cache.set(file, module);
  const fn = new Function('exports', 'require', 'module', 'binding', fs.readFileSync(file, 'utf8'));
  fn.call(module.exports, module.exports, loadLib, module, binding);
  return module.exports;
}

const script = path.resolve(process.argv[2]);
const userRequire = (id) => (id.startsWith('.') ? require(path.resolve(path.dirname(script), id)) : loadLib(id));
const fn = new Function('exports', 'require', 'module', '__filename', '__dirname', fs.readFileSync(script, 'utf8'));
fn({}, userRequire, { exports: {} }, script, path.dirname(script));
