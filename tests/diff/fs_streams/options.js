// fs.createReadStream / createWriteStream: option validation, defaults and prototype shape.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'fsopt-'));
const file = path.join(dir, 'f.txt');
const out = path.join(dir, 'o.txt');
fs.writeFileSync(file, 'hello world\n');
const tries = [
  () => fs.createReadStream(file, { start: -1 }),
  () => fs.createReadStream(file, { start: 'a' }),
  () => fs.createReadStream(file, { start: 5, end: 2 }),
  () => fs.createReadStream(file, { end: -1 }),
  () => fs.createReadStream(file, { end: 1.5 }),
  () => fs.createReadStream(file, 5),
  () => fs.createReadStream(file, { encoding: 'bogus' }),
  () => fs.createReadStream(5),
  () => fs.createReadStream('f\0.txt'),
  () => fs.createReadStream(undefined, { fd: 'x' }),
  () => fs.createReadStream(undefined, { fd: -1 }),
  () => fs.createReadStream(file, { fs: { open: 1 } }),
  () => fs.createReadStream(file, { fs: { open() {}, close() {} } }),
  () => fs.createReadStream(file, { mode: 'zz' }),
  () => fs.createReadStream(file, { flags: 'bogus' }),
  () => fs.createReadStream(file, 'latin1'),
  () => fs.createWriteStream(out, { start: -1 }),
  () => fs.createWriteStream(out, { flags: 'bogus' }),
  () => fs.createWriteStream(out, { fs: { open() {}, close() {}, writev() {} } }),
  () => fs.createWriteStream(out, { fs: { open() {}, close() {} } }),
  () => fs.createWriteStream(out, { fs: { open() {}, write() {} } }),
  () => fs.createWriteStream(out, { fs: { open() {}, close() {}, write() {}, writev: 'no' } }),
  () => fs.createReadStream(file, { signal: 1 }),
  () => fs.createWriteStream(out, { flush: 1 }),
  () => fs.createReadStream(new URL(`file://${file}`)),
  () => fs.createReadStream(Buffer.from(file)),
];
let pending = 0;
for (const t of tries) {
  try {
    const s = t();
    console.log('ok', s.constructor.name, typeof s.path, s.fd, s.flags, s.mode, s.start, s.end === Infinity ? 'Inf' : typeof s.end, s.pos,
      s.pending, s.readableHighWaterMark || s.writableHighWaterMark, s.autoClose, s.readableEncoding);
    pending++;
    s.on('error', (e) => console.log('  async', e.code, e.message));
    s.on('close', () => { if (--pending === 0) fs.rmSync(dir, { recursive: true }); });
    s.destroy();
  } catch (e) {
    console.log(e.name, e.code, e.message.replace(dir, 'DIR'));
  }
}
const r = fs.ReadStream(file);
console.log(r instanceof fs.ReadStream, Object.keys(r).filter((k) => k[0] !== '_'), r.bytesRead);
const w = fs.WriteStream(out);
console.log(w instanceof fs.WriteStream, Object.keys(w).filter((k) => k[0] !== '_'), w.bytesWritten, w.pending);
pending += 2;
for (const s of [r, w]) { s.on('close', () => { if (--pending === 0) fs.rmSync(dir, { recursive: true }); }); s.destroy(); }
console.log(Object.getOwnPropertyNames(fs.ReadStream.prototype), Object.getOwnPropertyNames(fs.WriteStream.prototype));
console.log(fs.ReadStream.prototype instanceof require('stream').Readable, fs.WriteStream.prototype instanceof require('stream').Writable);
