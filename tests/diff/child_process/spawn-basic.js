// spawn: events, exit codes, stdout/stderr/stdin pipes, env, cwd, shell, argv0.
'use strict';
const cp = require('child_process');
const os = require('os');
const fs = require('fs');
const path = require('path');

function run(label, file, args, options, input) {
  return new Promise((resolve) => {
    const child = cp.spawn(file, args, options);
    const events = [];
    let out = '';
    let err = '';
    child.on('spawn', () => events.push('spawn'));
    if (child.stdout) child.stdout.on('data', (d) => { out += d; });
    if (child.stderr) child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code, sig) => events.push(`exit ${code} ${sig}`));
    child.on('close', (code, sig) => {
      events.push(`close ${code} ${sig}`);
      console.log(label, JSON.stringify(out), JSON.stringify(err), events.join(', '),
        child.exitCode, child.signalCode, child.killed, typeof child.pid);
      resolve();
    });
    if (input !== undefined) child.stdin.end(input);
  });
}

(async () => {
  const c = cp.spawn('/bin/sh', ['-c', 'exit 0']);
  console.log(c instanceof cp.ChildProcess, c.spawnfile, c.spawnargs, c.stdio.length,
    c.stdin !== null, c.stdout !== null, c.stderr !== null, c.connected, c.exitCode, c.signalCode, c.killed);
  await new Promise((r) => c.on('close', r));
  await run('echo', '/bin/sh', ['-c', 'echo out; echo err >&2']);
  await run('exit7', '/bin/sh', ['-c', 'exit 7']);
  await run('cat', 'cat', [], {}, 'hello stdin\n');
  await run('env', '/bin/sh', ['-c', 'echo $FOO-$BAR'], { env: { FOO: 'foo', BAR: 'bar', PATH: process.env.PATH } });
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cp-')));
  await new Promise((resolve) => {
    const child = cp.spawn('pwd', { cwd: dir });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('close', (code) => { console.log('cwd', out.trim() === dir, code); resolve(); });
  });
  fs.rmdirSync(dir);
  await run('shell', 'echo $((6*7))', [], { shell: true });
  await run('shell-args', 'echo', ['a', 'b'], { shell: '/bin/sh' });
  await run('argv0', '/bin/sh', ['-c', 'echo $0'], { argv0: 'custom0' });
  await run('node', process.execPath, ['-e', 'console.log(process.argv.length); process.exitCode = 3']);
  await new Promise((resolve) => {
    const child = cp.spawn(process.execPath, ["-e", "process.stdout.write(\"x\".repeat(300000))"]);
    let n = 0;
    child.stdout.on("data", (d) => { n += d.length; });
    child.on("close", (code) => { console.log("big", n, code); resolve(); });
  });
  // Output nobody reads does not stop 'close'.
  await new Promise((resolve) => {
    const child = cp.spawn('/bin/sh', ['-c', 'echo unread']);
    child.on('close', (code) => { console.log('unread close', code); resolve(); });
  });
})();
