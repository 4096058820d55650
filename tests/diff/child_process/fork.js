// fork: IPC messages both ways, process.send/connected/disconnect in the child, exit codes.
'use strict';
const cp = require('child_process');

if (process.argv[2] === 'child') {
  console.log('child', process.connected, typeof process.send, process.env.NODE_CHANNEL_FD, process.argv.slice(2));
  process.on('message', (m) => {
    if (m === 'bye') {
      process.disconnect();
      console.log('child after disconnect', process.connected);
      return;
    }
    process.send({ echo: m, type: typeof m }, (err) => {
      if (err) console.log('child send error', err);
    });
  });
  process.on('disconnect', () => console.log('child disconnect event'));
} else if (process.argv[2] === 'exiter') {
  process.send('hello from exiter');
  process.exitCode = 5;
  process.disconnect();
} else {
  const c = cp.fork(__filename, ['child', 'x']);
  console.log('parent', c.connected, typeof c.send, typeof c.disconnect, c.stdin, c.stdout, c.stdio.length);
  const queue = [1, 'two', { three: [3] }, null, true];
  c.on('message', (m) => {
    console.log('parent got', JSON.stringify(m));
    if (queue.length > 0) c.send(queue.shift());
    else c.send('bye');
  });
  // 'disconnect' and 'exit' may come in either order; print them sorted.
  const seen = [];
  c.on('disconnect', () => seen.push(`parent disconnect ${c.connected}`));
  c.on('exit', (code, sig) => seen.push(`exit ${code} ${sig}`));
  c.on('close', (code, sig) => {
    console.log(seen.sort().join('; '));
    console.log('close', code, sig);
    console.log('send after close', c.send('x', (err) => {
      console.log('send cb', err.code, err.message);
      const e = cp.fork(__filename, ['exiter'], { silent: true });
      let out = '';
      e.stdout.on('data', (d) => { out += d; });
      e.on('message', (m) => console.log('exiter says', m));
      e.on('close', (code) => {
        console.log('exiter close', code, JSON.stringify(out));
      });
    }));
  });
  c.send(0);
}
