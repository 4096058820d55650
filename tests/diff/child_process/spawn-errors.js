// spawn failures and argument validation: error shapes and messages.
'use strict';
const cp = require('child_process');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

show('file type', () => cp.spawn(1));
show('file empty', () => cp.spawn(''));
show('file nul', () => cp.spawn('a\0b'));
show('args type', () => cp.spawn('ls', 5));
show('args nul', () => cp.spawn('ls', ['a\0b']));
show('options type', () => cp.spawn('ls', [], 5));
show('stdio bad', () => cp.spawn('ls', [], { stdio: 'foo' }));
show('stdio entry', () => cp.spawn('ls', [], { stdio: ['pipe', 'bogus'] }));
show('two ipc', () => cp.spawn('ls', [], { stdio: ['ipc', 'ipc'] }));
show('sync ipc', () => cp.spawnSync('ls', { stdio: ['ipc'] }));
show('shell type', () => cp.spawn('ls', [], { shell: 5 }));
show('cwd type', () => cp.spawn('ls', [], { cwd: 5 }));
show('cwd nul', () => cp.spawn('ls', [], { cwd: 'x\0' }));
show('env nul', () => cp.spawn('ls', [], { env: { A: 'x\0' } }));
show('uid', () => cp.spawn('ls', [], { uid: 'a' }));
show('gid', () => cp.spawn('ls', [], { gid: 1.5 }));
show('timeout', () => cp.spawn('ls', [], { timeout: -1 }));
show('killSignal', () => cp.spawn('ls', [], { killSignal: 'FOO' }));
show('argv0', () => cp.spawn('ls', [], { argv0: 5 }));
show('detached', () => cp.spawn('ls', [], { detached: 1 }));
show('exec type', () => cp.exec(5));
show('execFile cb', () => cp.execFile('ls', [], {}, 5));
show('fork path', () => cp.fork(5));
show('fork stdio', () => cp.fork('x.js', { stdio: ['pipe', 'pipe', 'pipe'] }));

const child = cp.spawn('nonexistent-command-xyz', ['a', 'b']);
console.log('pid', child.pid, child.stdin !== null);
child.on('error', (e) => {
  console.log('error', e.message, e.errno, e.code, e.syscall, e.path, e.spawnargs, Object.keys(e));
});
child.on('exit', () => console.log('exit should not happen'));
child.on('close', (code, sig) => {
  console.log('close', code, sig, child.exitCode);
  const c2 = cp.spawn('/bin/sh', [], { cwd: '/nonexistent-dir-xyz' });
  c2.on('error', (e) => console.log('cwd error', e.message, e.code, e.syscall, e.path));
  c2.on('close', (code) => {
    console.log('cwd close', code);
    const r = cp.spawnSync('nonexistent-command-xyz', ['q']);
    console.log('sync', r.error.message, r.error.syscall, r.error.spawnargs, r.status, r.signal, r.output, r.pid, r.stdout);
    const c3 = cp.spawn('/etc/passwd');
    c3.on('error', (e) => console.log('eacces', e.message, e.errno));
  });
});
