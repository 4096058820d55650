// Readable: push/read(n), highWaterMark accounting, 'readable', encodings, unshift.
const { Buffer } = require('buffer');
const { Readable } = require('stream');

function trace(name, s) {
  for (const ev of ['readable', 'end', 'close', 'error', 'pause', 'resume']) {
    s.on(ev, (a) => console.log(name, ev, ev === 'error' ? a.code || a.message : ''));
  }
}

{
  const r = new Readable({ read() {} });
  console.log('defaults', r.readableHighWaterMark, r.readableObjectMode, r.readableFlowing,
    r.readableLength, r.readableEnded, r.readable, r.destroyed, r.errored, r.closed,
    r.readableEncoding, r.readableDidRead, r.readableAborted, r.isPaused());
  console.log('push', r.push('hello'), r.readableLength);
  console.log('push big', r.push(Buffer.alloc(20000)), r.readableLength);
  const a = r.read(3);
  console.log('read3', a.toString(), r.readableLength);
  const b = r.read(100);
  console.log('read100', b.length, r.readableLength);
  console.log('read all', r.read().length, r.readableLength, r.read());
}

{
  const r = new Readable({ objectMode: true, read() {} });
  console.log('obj hwm', r.readableHighWaterMark, r.readableObjectMode);
  for (let i = 0; i < 17; i++) {
    const ok = r.push({ i });
    if (!ok) console.log('full at', i, r.readableLength);
  }
  console.log(r.read(), r.read(5), r.readableLength);
  r.push(0); r.push(''); r.push(false);
  console.log(r.readableLength);
}

{
  let n = 0;
  const r = new Readable({
    highWaterMark: 4,
    read(size) {
      console.log('_read', size, n);
      if (n++ < 3) this.push(String(n).repeat(3));
      else this.push(null);
    },
  });
  trace('r3', r);
  r.on('readable', () => {
    let c;
    while ((c = r.read()) !== null) console.log('got', c.toString());
  });
}

{
  const r = new Readable({ encoding: 'utf8', read() {} });
  r.push(Buffer.from([0xe2, 0x82]));
  r.push(Buffer.from([0xac, 0x41]));
  r.push(null);
  r.on('data', (d) => console.log('enc data', JSON.stringify(d), typeof d));
  r.on('end', () => console.log('enc end', r.readableEncoding));
}

{
  const r = new Readable({ read() {} });
  r.push('abc');
  r.setEncoding('hex');
  r.push('de');
  console.log('hex', r.read(), r.readableLength);
  r.unshift('zz');
  console.log('unshift', r.read());
}

{
  const r = new Readable({ read() {} });
  r.push('abcdef');
  r.push(null);
  console.log(r.read(2).toString());
  r.unshift(Buffer.from('XY'));
  r.on('data', (d) => console.log('after unshift', d.toString()));
  r.on('end', () => {
    console.log('ended', r.readableEnded);
    r.on('error', (e) => console.log('unshift after end', e.code, e.message));
    r.unshift('q');
  });
}

{
  const r = new Readable({ read() {} });
  r.on('error', (e) => console.log('err', e.code, e.message));
  r.push(null);
  r.push('late');
  const r2 = new Readable({ read() {} });
  r2.on('error', (e) => console.log('err2', e.code, e.name, e.message));
  r2.push(42);
}

{
  const r = new Readable();
  r.on('error', (e) => console.log('noimpl', e.code, e.message));
  r.read();
}

{
  const r = new Readable({ read() {}, highWaterMark: 10 });
  r.read(20);
  console.log('hwm bump', r.readableHighWaterMark);
  r.read(1000);
  console.log('hwm bump2', r.readableHighWaterMark);
  try { new Readable({ highWaterMark: -1 }); } catch (e) { console.log(e.code, e.message); }
  try { new Readable({ highWaterMark: 1.5 }); } catch (e) { console.log(e.code, e.message); }
  try { new Readable({ highWaterMark: 'x' }); } catch (e) { console.log(e.code, e.message); }
  console.log(new Readable({ highWaterMark: 0 }).readableHighWaterMark);
}
