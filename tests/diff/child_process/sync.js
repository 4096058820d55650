// spawnSync, execSync, execFileSync: results, input, encodings, errors, timeout, maxBuffer.
'use strict';
const cp = require('child_process');

let r = cp.spawnSync('/bin/sh', ['-c', 'echo out; echo err >&2; exit 4']);
console.log('spawnSync', r.status, r.signal, r.output, r.stdout, r.stderr, typeof r.pid, r.error);
r = cp.spawnSync('cat', { input: 'from input' });
console.log('input', r.stdout.toString(), r.status);
r = cp.spawnSync('cat', { input: Buffer.from('buf input'), encoding: 'utf8' });
console.log('input buffer', r.output, r.status);
r = cp.spawnSync('/bin/sh', ['-c', 'kill -9 $$']);
console.log('signal', r.status, r.signal);
r = cp.spawnSync('/bin/sh', ['-c', 'sleep 5'], { timeout: 50 });
console.log('timeout', r.status, r.signal, r.error.message, r.error.code, r.error.errno, r.error.spawnargs);
r = cp.spawnSync('/bin/sh', ['-c', 'sleep 5'], { timeout: 50, killSignal: 'SIGKILL' });
console.log('timeout kill', r.signal, r.error.code);
r = cp.spawnSync('/bin/sh', ['-c', 'echo 1234567890'], { maxBuffer: 4 });
console.log('maxBuffer', r.error.code, r.error.message, r.stdout.length);
r = cp.spawnSync('/bin/sh', ['-c', 'echo $V'], { env: { V: 'env-value' }, encoding: 'utf8' });
console.log('env', JSON.stringify(r.stdout));
r = cp.spawnSync('/bin/sh', ['-c', 'exit 0'], { stdio: 'ignore' });
console.log('ignore', r.output, r.stdout, r.status);
r = cp.spawnSync('pwd', { cwd: '/', encoding: 'utf8' });
console.log('cwd', JSON.stringify(r.stdout));
r = cp.spawnSync(process.execPath, ['-e', 'process.stdout.write("y".repeat(200000))']);
console.log('big', r.stdout.length, r.status);

console.log('execSync', JSON.stringify(cp.execSync('echo exec-sync').toString()));
console.log('execSync enc', JSON.stringify(cp.execSync('echo x', { encoding: 'utf8' })));
console.log('execFileSync', JSON.stringify(cp.execFileSync('/bin/sh', ['-c', 'echo efs'], { encoding: 'utf8' })));
try {
  cp.execSync('echo before; echo oops >&2; exit 3', { stdio: 'pipe' });
} catch (e) {
  console.log('execSync throw', JSON.stringify(e.message), e.status, e.signal, e.stdout.toString(), e.stderr.toString(),
    Object.keys(e));
}
try {
  cp.execFileSync('nonexistent-xyz', ['a']);
} catch (e) {
  console.log('execFileSync enoent', e.message, e.code, e.syscall, e.path, e.spawnargs, e.status, e.pid,
    e.error === e, Object.keys(e));
}
try {
  cp.execFileSync('/bin/sh', ['-c', 'sleep 5'], { timeout: 50 });
} catch (e) {
  console.log('execFileSync timeout', e.message, e.code, e.signal, e.status);
}
