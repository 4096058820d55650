// flags: --allow-syscall
// binding.spawn (src/spawn.c) checks every argument and throws instead of crashing; a failed
// exec comes back as -errno with no child left behind; fd mappings that overlap are applied
// as if all at once.
const assert = require('assert');
const { spawn } = unodeInternals.binding;
const sys = unodeInternals.require('sys/core');
const env = ['PATH=/usr/bin:/bin'];

assert.throws(() => spawn(), TypeError);
assert.throws(() => spawn('x', [], env, null, [], false, -1, -1), TypeError);
assert.throws(() => spawn([], ['x'], env, null, [], false, -1, -1), TypeError);
assert.throws(() => spawn([1], ['x'], env, null, [], false, -1, -1), TypeError);
assert.throws(() => spawn(['/bin/true'], ['a\0b'], env, null, [], false, -1, -1), TypeError);
assert.throws(() => spawn(['/bin/true'], [], [{}], null, [], false, -1, -1), TypeError);
assert.throws(() => spawn(['/bin/true'], [], env, 5, [], false, -1, -1), TypeError);
assert.throws(() => spawn(['/bin/true'], [], env, 'x\0', [], false, -1, -1), TypeError);
assert.throws(() => spawn(['/bin/true'], [], env, null, {}, false, -1, -1), TypeError);
assert.throws(() => spawn(['/bin/true'], [], env, null, ['0'], false, -1, -1), TypeError);
assert.throws(() => spawn(['/bin/true'], [], env, null, [-5], false, -1, -1), RangeError);
assert.throws(() => spawn(['/bin/true'], [], env, null, new Array(2000).fill(-1), false, -1, -1), RangeError);
assert.throws(() => spawn(['/bin/true'], [], env, null, [], false, 'a', -1), TypeError);
assert.throws(() => spawn(['/bin/true'], [], env, null, [], false, -2, -1), RangeError);
assert.throws(() => spawn(['/bin/true'], [], env, null, [], false, 2 ** 33, -1), RangeError);

// Missing file, then a directory that is not executable: -ENOENT, -EACCES.
assert.strictEqual(spawn(['/nonexistent/a', '/nonexistent/b'], ['a'], env, null, [-1, -1, -1], false, -1, -1), -2);
assert.strictEqual(spawn(['/etc'], ['a'], env, null, [-1, -1, -1], false, -1, -1), -13);
assert.strictEqual(spawn(['/bin/true'], ['a'], env, '/nonexistent-dir', [-1, -1, -1], false, -1, -1), -2);

// Swapped fds: the child's stdout is our pipe B and its stderr our pipe A.
const a = new Int32Array(2);
const b = new Int32Array(2);
sys.check(sys.call('pipe2', a, 0o2000000), 'pipe2');
sys.check(sys.call('pipe2', b, 0o2000000), 'pipe2');
const pid = spawn(['/bin/sh'], ['sh', '-c', 'echo out; echo err >&2'], env, null, [-1, b[1], a[1]], false, -1, -1);
assert.ok(pid > 0);
sys.close(a[1]);
sys.close(b[1]);
const buf = new Uint8Array(64);
const n1 = sys.read(b[0], buf);
assert.strictEqual(Buffer.from(buf.subarray(0, n1)).toString(), 'out\n');
const n2 = sys.read(a[0], buf);
assert.strictEqual(Buffer.from(buf.subarray(0, n2)).toString(), 'err\n');
sys.close(a[0]);
sys.close(b[0]);
const info = new Int32Array(32);
assert.strictEqual(sys.call('waitid', 1, pid, info, 4, null), 0);
assert.strictEqual(info[6], 0);
console.log('ok');
