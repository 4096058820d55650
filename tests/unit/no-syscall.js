// User code cannot reach the syscall primitive or the library internals without the flag.
const assert = require('assert');
assert.strictEqual(typeof globalThis.syscall, 'undefined');
assert.strictEqual(typeof globalThis.unodeInternals, 'undefined');
assert.strictEqual(typeof globalThis.binding, 'undefined');
for (const id of ['sys/core', 'aio/loop', 'unode/bootstrap', 'internal/errors', 'node/internal/errors', 'node/buffer']) {
  assert.throws(() => require(id), { code: 'MODULE_NOT_FOUND' }, id);
}
assert.throws(() => require('node:internal/errors'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
// Nothing reachable from public objects leads to the binding.
const seen = new Set();
function walk(obj, depth) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function') || seen.has(obj) || depth > 3) return;
  seen.add(obj);
  for (const key of Reflect.ownKeys(obj)) {
    const d = Object.getOwnPropertyDescriptor(obj, key);
    if (!d || !('value' in d)) continue;
    assert.notStrictEqual(typeof d.value === 'function' && d.value.name, 'syscall', `reachable via ${String(key)}`);
    walk(d.value, depth + 1);
  }
}
walk(process, 0);
walk(require('module'), 0);
walk(require('util'), 0);
