// Child stdio streams are net.Socket instances over socket pairs: their events, their
// order against the child's 'exit' and 'close', writing to stdout, EPIPE, destroy().
const cp = require('child_process');
const net = require('net');

const steps = [];
function next() {
  const step = steps.shift();
  if (step) step();
}

steps.push(() => {
  const log = [];
  const c = cp.spawn('/bin/sh', ['-c', 'echo out; echo err >&2; cat'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
  console.log('instanceof', c.stdin instanceof net.Socket, c.stdout instanceof net.Socket,
    c.stderr instanceof net.Socket, c.stdio[3] instanceof net.Socket);
  console.log('stdin', c.stdin.readable, c.stdin.writable, 'stdout', c.stdout.readable, c.stdout.writable);
  console.log('fd3', c.stdio[3].readable, c.stdio[3].writable, 'allowHalfOpen', c.stdout.allowHalfOpen);
  c.stdout.setEncoding('utf8');
  let out = '';
  c.stdout.on('data', (d) => { out += d; });
  c.stdout.on('end', () => log.push('stdout end ' + JSON.stringify(out)));
  c.stderr.on('data', (d) => log.push('stderr data ' + typeof d));
  c.on('exit', (code) => log.push('exit ' + code));
  c.on('close', (code, sig) => {
    log.push('close ' + code + ' ' + sig);
    // 'exit' can come before or after the streams end; 'close' always comes last.
    // Each stream's own events in order (the two streams race each other).
    console.log(log.filter((l) => l.startsWith('stdout')).join('\n'));
    console.log(log.filter((l) => l.startsWith('stderr')).join('\n'));
    console.log('exit seen', log.includes('exit 0'));
    steps.push(() => {
  // One child's stdout handed to another as its stdin: the parent stops reading it.
  const a = cp.spawn('/bin/sh', ['-c', 'echo hi; echo there']);
  const b = cp.spawn('/bin/cat', [], { stdio: [a.stdout, 'pipe', 'inherit'] });
  let got = '';
  b.stdout.on('data', (d) => { got += d; });
  b.on('close', (code) => {
    console.log('b got', JSON.stringify(got), code, a.stdout.isPaused());
    next();
  });
});

next();
  });
  c.stdio[3].end();
  c.stdin.write('a');
  c.stdin.end('bc\n');
});

steps.push(() => {
  // The child reads what we write to its stdout, then says so on stderr.
  const c = cp.spawn('/bin/sh', ['-c', 'head -c 3 <&1 >&2']);
  c.stdout.write('xyz', (err) => console.log('stdout write cb', err));
  let got = '';
  c.stderr.on('data', (d) => { got += d; });
  c.on('close', (code) => {
    console.log('child read', JSON.stringify(got), code);
    next();
  });
});

steps.push(() => {
  // The child closes its stdin and waits: our write fails with EPIPE.
  const c = cp.spawn('/bin/sh', ['-c', 'exec 0<&-; echo ready; read x <&1']);
  c.stdout.once('data', () => {
    c.stdin.write('data\n', (err) => console.log('write cb', err && err.code));
  });
  c.stdin.on('error', (err) => {
    console.log('stdin error', err.code, err.syscall, err.message);
    c.stdout.end('go\n');
  });
  c.on('close', (code) => {
    console.log('close', code, c.stdin.destroyed);
    next();
  });
});

steps.push(() => {
  // destroy() of the streams: the child still ends and 'close' still comes.
  const c = cp.spawn('/bin/sh', ['-c', 'cat']);
  c.stdout.on('close', () => console.log('stdout close', c.stdout.destroyed));
  c.stdout.destroy();
  c.stderr.destroy();
  c.stdin.end();
  c.on('close', (code) => {
    console.log('destroyed close', code);
    next();
  });
});

steps.push(() => {
  // An extra pipe both ways.
  const c = cp.spawn('/bin/sh', ['-c', 'read x <&3; echo "got $x" >&3'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const s = c.stdio[3];
  console.log('stdin null', c.stdin === null, c.stdio.length);
  let got = '';
  s.setEncoding('latin1');
  s.on('data', (d) => { got += d; });
  s.write('hello\n');
  c.on('close', (code) => {
    console.log('fd3 got', JSON.stringify(got), code);
    next();
  });
});

next();
