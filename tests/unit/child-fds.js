// A child inherits only its stdio and what the parent itself inherited without close-on-exec:
// none of unode's own descriptors (epoll, signalfd, pidfds, pipes of other children, the
// pool's eventfd, open files) leak into it.
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');

process.on('SIGUSR2', () => {}); // a signalfd
const file = fs.openSync(__filename, 'r'); // an open file
fs.readFile(__filename, () => {}); // the pool, if the fs uses it
const sleeper = cp.spawn('/bin/sh', ['-c', 'exec sleep 5']); // another child's pipes and pidfd

// Our own descriptors without FD_CLOEXEC: what we inherited and pass on, as any program does.
const inheritable = new Set();
for (const name of fs.readdirSync('/proc/self/fd')) {
  let info;
  try {
    info = fs.readFileSync(`/proc/self/fdinfo/${name}`, 'utf8');
  } catch {
    continue;
  }
  const flags = parseInt(/flags:\s*([0-7]+)/.exec(info)[1], 8);
  if (!(flags & 0o2000000)) inheritable.add(Number(name));
}

const r = cp.spawnSync('/bin/sh', ['-c', 'cd /proc/self/fd && echo *'], { encoding: 'utf8' });
const childFds = r.stdout.trim().split(' ').map(Number).filter((fd) => fd > 2);
for (const fd of childFds) {
  // The shell's own descriptor for the directory it lists may show up too.
  if (inheritable.has(fd)) continue;
  const target = cp.spawnSync('/bin/sh', ['-c', `readlink /proc/self/fd/${fd}`], { encoding: 'utf8' }).stdout.trim();
  assert.ok(target === '' || target.startsWith('/proc/'), `fd ${fd} leaked into the child (${target})`);
}
sleeper.kill();
fs.closeSync(file);
process.removeAllListeners('SIGUSR2');
console.log('ok');
