// Children that end by a signal: kill(), kill(name/number), timeout + killSignal, AbortSignal.
'use strict';
const cp = require('child_process');

function wait(child, label) {
  return new Promise((resolve) => {
    child.on('error', (e) => console.log(label, 'error', e.name, e.code, e.message));
    child.on('exit', (code, sig) => console.log(label, 'exit', code, sig, child.exitCode, child.signalCode, child.killed));
    child.on('close', (code, sig) => { console.log(label, 'close', code, sig); resolve(); });
  });
}

(async () => {
  let c = cp.spawn('/bin/sh', ['-c', 'exec sleep 5']);
  console.log('kill()', c.kill(), c.killed);
  await wait(c, 'term');

  c = cp.spawn('/bin/sh', ['-c', 'exec sleep 5']);
  console.log('kill(9)', c.kill(9));
  await wait(c, 'kill9');

  c = cp.spawn('/bin/sh', ['-c', 'exec sleep 5']);
  console.log('kill(SIGINT)', c.kill('SIGINT'));
  await wait(c, 'int');
  console.log('kill after exit', c.kill());
  try { c.kill('SIGFOO'); } catch (e) { console.log('bad signal', e.code, e.message); }

  c = cp.spawn('/bin/sh', ['-c', 'kill -USR2 $$']);
  await wait(c, 'self');

  c = cp.spawn('/bin/sh', ['-c', 'exec sleep 5'], { timeout: 30 });
  await wait(c, 'timeout');

  c = cp.spawn('/bin/sh', ['-c', 'exec sleep 5'], { timeout: 30, killSignal: 'SIGKILL' });
  await wait(c, 'timeout-kill');

  const ac = new AbortController();
  c = cp.spawn('/bin/sh', ['-c', 'exec sleep 5'], { signal: ac.signal });
  c.on('spawn', () => ac.abort());
  await wait(c, 'abort');

  c = cp.spawn('/bin/sh', ['-c', 'exec sleep 5'], { signal: AbortSignal.abort() });
  await wait(c, 'pre-aborted');

  const ac2 = new AbortController();
  cp.execFile('/bin/sh', ['-c', 'exec sleep 5'], { signal: ac2.signal }, (err) => {
    console.log('execFile abort', err.name, err.code, err.message, err.cmd);
  });
  ac2.abort();
})();
