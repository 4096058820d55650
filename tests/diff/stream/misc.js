// duplexPair, Duplex.from variants, Readable.wrap, hwm 0, setEncoding edge cases.
const { Buffer } = require('buffer');
const { Readable, Writable, Duplex, PassThrough, duplexPair } = require('stream');

async function main() {
  {
    const [a, b] = duplexPair();
    b.on('data', (d) => console.log('pair b got', d.toString()));
    a.on('data', (d) => console.log('pair a got', d.toString()));
    a.write('to b');
    b.write('to a');
    a.end();
    await new Promise((res) => b.on('end', res));
    console.log('pair b end');
    b.end();
    await new Promise((res) => setTimeout(res, 5));
    console.log('pair states', a.writableFinished, b.writableFinished, a.readableEnded);
  }
  {
    const d = Duplex.from(async function* (source) {
      for await (const chunk of source) yield String(chunk).toUpperCase();
    });
    d.write('abc');
    d.end('def');
    console.log('from gen fn', await d.toArray());
  }
  {
    const d = Duplex.from(Promise.resolve('promised'));
    console.log('from promise', await d.toArray());
    const d2 = Duplex.from(['i1', 'i2']);
    console.log('from iterable', await d2.toArray(), d2.writable);
  }
  {
    const out = [];
    const w = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
    const r = new Readable({ read() {} });
    const d = Duplex.from({ readable: r, writable: w });
    d.write('into w');
    r.push('from r');
    r.push(null);
    console.log('pair readable', (await d.toArray()).map(String));
    d.end();
    await new Promise((res) => setTimeout(res, 5));
    console.log('pair written', out);
  }
  {
    const pt = new PassThrough();
    console.log('from duplex identity', Duplex.from(pt) === pt);
    try { Duplex.from(42); } catch (e) { console.log('from bad', e.code, e.message); }
  }
  {
    const r = new Readable({ highWaterMark: 0, read() { console.log('hwm0 _read'); } });
    console.log('hwm0 push', r.push('x'), r.readableLength);
    r.on('readable', () => console.log('hwm0 readable', r.read() + ''));
    await new Promise((res) => setTimeout(res, 5));
  }
  {
    const r = new Readable({ read() {} });
    r.setEncoding('utf8');
    r.push(Buffer.from([0xf0, 0x9f]));
    r.push(Buffer.from([0x98, 0x80]));
    r.push(null);
    let s = '';
    r.on('data', (d) => { s += d; });
    await new Promise((res) => r.on('end', res));
    console.log('emoji', s.length, s.codePointAt(0).toString(16));
    const r2 = new Readable({ read() {}, encoding: 'base64' });
    r2.push('hello');
    r2.push(null);
    console.log('base64', (await r2.toArray()).join(''));
  }
  {
    const r = new Readable({ objectMode: true, read() {} });
    r.push('a');
    r.push('b');
    console.log('objmode read(5)', r.read(5), r.read(0), r.readableLength);
    const r2 = new Readable({ read() {} });
    r2.push('abc');
    r2.push('def');
    console.log('read(4)', String(r2.read(4)), String(r2.read('1')), r2.readableLength);
    console.log('readableBuffer', r2.readableBuffer.length, String(r2.readableBuffer[0]));
  }
  {
    const w = new Writable({
      writev(chunks, cb) { console.log('writev only', chunks.length); cb(); },
    });
    w.write('a');
    w.write('b');
    w.write('c');
    w.end();
    await new Promise((res) => w.on('finish', res));
    const w2 = new Writable({
      write(c, e, cb) { setTimeout(cb, 1); },
      writev(chunks, cb) { console.log('writev batch', chunks.map((x) => String(x.chunk)).join('')); setTimeout(cb, 1); },
    });
    for (const ch of 'abcde') w2.write(ch, () => console.log('cb', ch));
    w2.end();
    await new Promise((res) => w2.on('finish', res));
  }
  {
    const old = new (require('events'))();
    const r = Readable.wrap(old);
    console.log('static wrap', r.readableObjectMode);
    r.on('data', (d) => console.log('wrap data', d));
    old.emit('data', { obj: 1 });
    old.emit('end');
    await new Promise((res) => r.on('end', res));
  }
  {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.cork();
    w.write('a');
    console.log('writableBuffer', w.writableBuffer.length, w._writableState.bufferedRequestCount);
    w.uncork();
    console.log('after uncork', w.writableBuffer.length);
  }
}
main();
