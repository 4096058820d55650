// flags: --allow-syscall
// Start-up loads only what a program touches: printing does not load streams or inspect.
const assert = require('assert');
console.log('hello');
const loaded = unodeInternals.require.loaded();
for (const id of ['node/stream', 'node/internal/util/inspect', 'node/buffer', 'node/internal/url', 'node/internal/path_win32']) {
  assert.ok(!loaded.includes(id), `${id} was loaded`);
}
assert.ok(loaded.length < 30, `${loaded.length} modules loaded`);
