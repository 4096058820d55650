// exec and execFile: callbacks, error objects, encodings, maxBuffer, timeout, promisify.
'use strict';
const cp = require('child_process');
const util = require('util');

const steps = [
  (next) => cp.exec('echo hi; echo there >&2', (err, out, errOut) => {
    console.log('exec ok', err, JSON.stringify(out), JSON.stringify(errOut));
    next();
  }),
  (next) => cp.exec('echo partial; echo bad >&2; exit 3', (err, out, errOut) => {
    console.log('exec fail', JSON.stringify(err.message), err.code, err.killed, err.signal, err.cmd,
      JSON.stringify(out), JSON.stringify(errOut));
    next();
  }),
  (next) => cp.execFile('/bin/sh', ['-c', 'echo file'], (err, out) => {
    console.log('execFile', err, JSON.stringify(out));
    next();
  }),
  (next) => cp.execFile('nonexistent-xyz', ['x'], (err, out, errOut) => {
    console.log('execFile enoent', err.message, err.code, err.errno, err.syscall, err.path, err.spawnargs, err.cmd,
      JSON.stringify(out), JSON.stringify(errOut));
    next();
  }),
  (next) => cp.execFile('/bin/sh', ['-c', 'printf abc'], { encoding: 'buffer' }, (err, out, errOut) => {
    console.log('buffer', err, out, errOut);
    next();
  }),
  (next) => cp.execFile('/bin/sh', ['-c', 'printf 68656c6c6f'], { encoding: 'hex' }, (err, out) => {
    console.log('hex', err, out);
    next();
  }),
  (next) => cp.execFile('/bin/sh', ['-c', 'echo 1234567890'], { maxBuffer: 5 }, (err, out) => {
    console.log('maxBuffer', err.code, err.name, err.message, JSON.stringify(out), err.cmd);
    next();
  }),
  (next) => cp.execFile('/bin/sh', ['-c', 'sleep 5'], { timeout: 50 }, (err) => {
    console.log('timeout', JSON.stringify(err.message), err.code, err.killed, err.signal);
    next();
  }),
  (next) => cp.execFile('/bin/sh', ['-c', 'sleep 5'], { timeout: 50, killSignal: 'SIGKILL' }, (err) => {
    console.log('timeout kill', err.code, err.killed, err.signal);
    next();
  }),
  (next) => cp.exec('echo $0', { shell: '/bin/sh' }, (err, out) => {
    console.log('shell', err, JSON.stringify(out));
    next();
  }),
  (next) => cp.exec('echo $X', { env: { X: 'from-env' } }, (err, out) => {
    console.log('env', err, JSON.stringify(out));
    next();
  }),
  (next) => {
    util.promisify(cp.exec)('echo promised').then(({ stdout, stderr }) => {
      console.log('promisify', JSON.stringify(stdout), JSON.stringify(stderr));
      return util.promisify(cp.execFile)('/bin/sh', ['-c', 'echo o; echo e >&2; exit 2']);
    }).catch((err) => {
      console.log('promisify reject', err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr));
      next();
    });
  },
  (next) => {
    const c = cp.exec('exit 0', () => {
      console.log('exec child', c.spawnfile, c.spawnargs);
      next();
    });
  },
];

let i = 0;
(function next() {
  if (i < steps.length) steps[i++](next);
})();
