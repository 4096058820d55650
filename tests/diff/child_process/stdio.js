// stdio options: inherit, ignore, fd numbers, streams, extra pipes beyond 2, and a child
// that exits without reading stdin (EPIPE on our side is reported, not fatal).
'use strict';
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function closed(child) {
  return new Promise((resolve) => child.on('close', (code, sig) => resolve([code, sig])));
}

(async () => {
  // inherit: the child writes to our stdout directly.
  let c = cp.spawn('/bin/sh', ['-c', 'echo inherited'], { stdio: 'inherit' });
  const shape = [c.stdio, c.stdin, c.stdout];
  console.log('inherit', await closed(c), shape);

  c = cp.spawn('/bin/sh', ['-c', 'echo ignored; cat; echo $?'], { stdio: 'ignore' });
  console.log('ignore', c.stdio, await closed(c));

  c = cp.spawn('/bin/sh', ['-c', 'echo via-fd-1'], { stdio: ['ignore', 1, 2] });
  console.log('fd numbers', await closed(c));

  c = cp.spawn('/bin/sh', ['-c', 'echo via-stream'], { stdio: ['ignore', process.stdout, process.stderr] });
  console.log('streams', await closed(c));

  // A file as the child's stdout.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-stdio-'));
  const file = path.join(dir, 'out.txt');
  const fd = fs.openSync(file, 'w');
  c = cp.spawn('/bin/sh', ['-c', 'echo to-file'], { stdio: ['ignore', fd, 'inherit'] });
  console.log('file', await closed(c));
  fs.closeSync(fd);
  console.log('file content', JSON.stringify(fs.readFileSync(file, 'utf8')));
  fs.rmSync(dir, { recursive: true });

  // Extra pipes: fd 3 written by the child, fd 4 read by it.
  c = cp.spawn('/bin/sh', ['-c', 'echo three >&3; read x <&4; echo "got $x"'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'pipe'] });
  console.log('extra', c.stdio.length, c.stdio.map((s) => s === null ? null : typeof s));
  let three = '';
  let out = '';
  c.stdio[3].on('data', (d) => { three += d; });
  c.stdout.on('data', (d) => { out += d; });
  c.stdio[4].end('four\n');
  console.log('extra', await closed(c), JSON.stringify(three), JSON.stringify(out));

  // Mixed array with null and undefined (pipes for 0-2).
  c = cp.spawn('/bin/sh', ['-c', 'echo mixed'], { stdio: [null, undefined, 'ignore'] });
  let mixed = '';
  c.stdout.on('data', (d) => { mixed += d; });
  console.log('mixed', c.stdin !== null, c.stderr, await closed(c), JSON.stringify(mixed));

  // stdin piped through.
  c = cp.spawn('/bin/sh', ['-c', 'tr a-z A-Z']);
  let upper = '';
  c.stdout.setEncoding('utf8');
  c.stdout.on('data', (d) => { upper += d; });
  c.stdin.write('hello ');
  c.stdin.end('world\n');
  console.log('tr', await closed(c), JSON.stringify(upper));

  // Broken pipe: the child closes its stdin without reading; our write fails with EPIPE.
  c = cp.spawn('/bin/sh', ['-c', 'exec 0<&-; echo ready; exec sleep 5']);
  c.stdout.once('data', () => {
    c.stdin.on('error', (e) => {
      console.log('stdin error', e.code, e.errno, e.syscall, e.message);
      c.kill();
    });
    c.stdin.write(Buffer.alloc(1 << 16, 120));
  });
  console.log('epipe', await closed(c));
})();
