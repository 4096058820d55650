// flags: --allow-syscall
// With --allow-syscall the primitive is a non-enumerable global and behaves as documented.
const assert = require('assert');
const { nr } = unodeInternals.require('sys/core');
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'syscall').enumerable, false);
assert.strictEqual(syscall(nr.getpid), process.pid);
assert.strictEqual(typeof unodeInternals.binding.syscall64(nr.getpid), 'bigint');
assert.strictEqual(syscall(nr.close, 987654), -9); // -EBADF, not an exception
assert.throws(() => syscall(nr.getpid, {}), TypeError);
assert.throws(() => syscall(), TypeError);
assert.throws(() => syscall(nr.write, 1, 'x', 1, 1, 1, 1, 1), TypeError);
const buf = Buffer.from('hello\n');
const fds = new Int32Array(2);
assert.strictEqual(syscall(nr.pipe2, fds, 0), 0);
assert.strictEqual(syscall(nr.write, fds[1], buf.subarray(1), 5), 5);
const out = new Uint8Array(8);
assert.strictEqual(syscall(nr.read, fds[0], out, 8), 5);
assert.strictEqual(Buffer.from(out.subarray(0, 5)).toString(), 'ello\n');
syscall(nr.close, fds[0]); syscall(nr.close, fds[1]);
assert.strictEqual(typeof unodeInternals.binding.addressOf(buf), 'bigint');
