// flags: --allow-syscall
// Start-up loads only what a program touches: printing does not load streams, inspect or
// the ES module loader.
console.log('hello');
const loaded = unodeInternals.require.loaded(); // before this test loads anything itself
const assert = require('assert');
for (const id of ['node/stream', 'node/internal/util/inspect', 'node/buffer', 'node/internal/url',
  'node/internal/path_win32', 'node/internal/modules/esm', 'node/internal/modules/package_resolve']) {
  assert.ok(!loaded.includes(id), `${id} was loaded`);
}
assert.ok(loaded.length <= 18, `${loaded.length} modules loaded: ${loaded.join(' ')}`);
