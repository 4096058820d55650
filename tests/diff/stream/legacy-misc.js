// The legacy Stream export, its pipe(), module shape and misc helpers.
const { Buffer } = require('buffer');
const stream = require('stream');
const EE = require('events');
const { Readable, Writable, Duplex, Transform, PassThrough, Stream } = stream;

console.log(typeof stream, stream === Stream, stream.Stream === stream);
console.log(new stream() instanceof EE, Readable.prototype instanceof stream, new Readable() instanceof stream);
console.log(new PassThrough() instanceof Transform, new Transform() instanceof Duplex, new Duplex() instanceof Readable);
console.log('duplex instanceof Writable', new Duplex() instanceof Writable, new Readable() instanceof Writable);
console.log('keys', Object.keys(stream).sort().join(','));
console.log('Readable statics', typeof Readable.from, typeof Readable.wrap, typeof Readable.ReadableState, typeof Readable._fromList);
console.log('Writable statics', typeof Writable.WritableState);
console.log('hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 1024);
stream.setDefaultHighWaterMark(true, 4);
console.log('hwm set', new Readable().readableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark);
stream.setDefaultHighWaterMark(false, 16384);
stream.setDefaultHighWaterMark(true, 16);
try { stream.setDefaultHighWaterMark(false, -1); } catch (e) { console.log(e.code, e.message); }
console.log(stream._isUint8Array(new Uint8Array(1)), stream._isUint8Array(Buffer.alloc(1)), stream._isUint8Array([]));
console.log(Buffer.isBuffer(stream._uint8ArrayToBuffer(new Uint8Array([1, 2]))));

// Calling constructors without new, and old-style inheritance.
const r = Readable({ read() {} });
console.log('no new', r instanceof Readable);
function Old(opts) { Writable.call(this, opts); }
Object.setPrototypeOf(Old.prototype, Writable.prototype);
Object.setPrototypeOf(Old, Writable);
const o = new Old({ write(c, e, cb) { console.log('old write', c.toString()); cb(); } });
o.write('hi');

// Legacy pipe between plain Streams.
const src = new stream();
src.readable = true;
const dst = new stream();
dst.writable = true;
dst.write = (c) => { console.log('legacy write', c); return true; };
dst.end = () => console.log('legacy end');
dst.on('pipe', () => console.log('legacy pipe event'));
src.pipe(dst);
src.emit('data', 'd1');
src.emit('end');
src.emit('data', 'after end');

// isReadable / isWritable / isErrored / isDestroyed / isDisturbed
const a = new Readable({ read() {} });
const b = new Writable({ write(c, e, cb) { cb(); } });
console.log('pred', stream.isReadable(a), stream.isWritable(b), stream.isErrored(a), stream.isDestroyed(a), stream.isDisturbed(a));
console.log('pred2', stream.isReadable(b), stream.isWritable(a), stream.isReadable({}), stream.isWritable(null));
a.on('error', () => {});
a.destroy(new Error('e'));
setTimeout(() => {
  console.log('pred after', stream.isReadable(a), stream.isErrored(a), stream.isDestroyed(a), stream.isDisturbed(a));
  const d = Duplex.from(Readable.from(['dup']));
  d.on('data', (c) => console.log('Duplex.from readable', c));
  const ac = new AbortController();
  const s = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
  s.on('error', (e) => console.log('aborted', e.name, e.code));
  s.on('close', () => console.log('aborted close'));
  ac.abort();
  try { stream.addAbortSignal('x', s); } catch (e) { console.log(e.code, e.message); }
}, 5);

// wrap()
setTimeout(() => {
  const old = new EE();
  old.pause = () => console.log('old pause');
  old.resume = () => console.log('old resume');
  const w = new Readable({ highWaterMark: 2 }).wrap(old);
  w.on('data', (c) => console.log('wrapped data', c.toString()));
  w.on('end', () => console.log('wrapped end'));
  old.emit('data', Buffer.from('ab'));
  old.emit('data', Buffer.from('cd'));
  old.emit('end');
}, 10);
