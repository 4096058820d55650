// Readable flowing/paused modes, pause/resume events, event ordering with nextTick.
const step = require('../fixtures/steps.js');
const { Readable } = require('stream');

function mk(name, chunks, opts) {
  let i = 0;
  const r = new Readable({
    ...opts,
    read() {
      console.log(name, '_read');
      if (i < chunks.length) this.push(chunks[i++]);
      else this.push(null);
    },
  });
  for (const ev of ['end', 'close', 'pause', 'resume', 'error']) r.on(ev, () => console.log(name, ev));
  return r;
}

{
  const r = mk('A', ['a', 'b', 'c']);
  r.on('data', (d) => console.log('A data', d.toString(), r.readableFlowing));
  console.log('A flowing', r.readableFlowing, r.isPaused());
  process.nextTick(() => console.log('A tick'));
  Promise.resolve().then(() => console.log('A micro'));
}

step(() => {
  const r = mk('B', ['x', 'y', 'z']);
  r.pause();
  console.log('B paused', r.isPaused(), r.readableFlowing);
  r.on('data', (d) => {
    console.log('B data', d.toString());
    if (d.toString() === 'x') {
      r.pause();
      setTimeout(() => { console.log('B resume'); r.resume(); }, 5);
    }
  });
  setTimeout(() => r.resume(), 1);
});

step(() => {
  const r = mk('C', ['1', '2']);
  r.on('readable', () => {
    console.log('C readable', r.readableLength, r.readableFlowing);
    let d;
    while ((d = r.read()) !== null) console.log('C read', d.toString());
  });
  r.on('data', (d) => console.log('C data', d.toString()));
});

step(() => {
  const r = mk('D', ['p', 'q'], { objectMode: true });
  r.resume();
  console.log('D flowing', r.readableFlowing);
  r.on('end', () => console.log('D readableEnded', r.readableEnded, r.readable, r.destroyed));
  r.on('close', () => console.log('D after close', r.closed, r.destroyed));
});

step(() => {
  const r = new Readable({ read() {} });
  r.on('data', (d) => console.log('E data', d.toString()));
  r.push('one');
  console.log('E sync push len', r.readableLength);
  process.nextTick(() => {
    r.push('two');
    console.log('E after push2', r.readableLength);
    r.push(null);
  });
  r.on('end', () => console.log('E end'));
});

step(() => {
  const r = new Readable({ read() {} });
  r.readableFlowing = false;
  r.on('data', (d) => console.log('F data', d.toString()));
  r.push('nope');
  setTimeout(() => {
    console.log('F still', r.readableLength, r.readableFlowing);
    r.removeAllListeners('data');
    r.destroy();
  }, 5);
});
