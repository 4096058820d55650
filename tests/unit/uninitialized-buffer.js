// flags: --allow-syscall
// binding.uninitializedArrayBuffer (behind Buffer.allocUnsafe): sizes, bad arguments, and
// that the memory is usable and freed (LeakSanitizer checks the last part on the ASan build).
const assert = require('assert');
const { binding } = unodeInternals;
for (const n of [0, 1, 4096, 5 << 20]) {
  const ab = binding.uninitializedArrayBuffer(n);
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(ab.byteLength, n);
  new Uint8Array(ab).fill(7);
}
for (const bad of [-1, 2 ** 31, 2 ** 53]) assert.throws(() => binding.uninitializedArrayBuffer(bad), RangeError);
for (const bad of [undefined, '5', {}, 5n]) assert.throws(() => binding.uninitializedArrayBuffer(bad), TypeError);
const big = Buffer.allocUnsafe(1 << 20);
assert.strictEqual(big.length, 1 << 20);
assert.strictEqual(big.buffer.byteLength, 1 << 20);
big.fill(1);
assert.strictEqual(Buffer.allocUnsafeSlow(3).buffer.byteLength, 3);
