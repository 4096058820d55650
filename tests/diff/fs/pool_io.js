// The pool-backed callback and promise APIs: positioned reads and writes with buffers and
// strings, readv/writev, readFile/writeFile/appendFile options (encoding, flag, signal,
// flush), concurrent FileHandle operations and close, mkdir -p results, recursive readdir,
// bigint stats, copyFile modes, truncate and the ordering of callbacks against ticks.
const fs = require('fs');
const fsp = fs.promises;
const os = require('os');
const path = require('path');
const util = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unode-poolio-'));
const p = (n) => path.join(dir, n);
const clean = (v) => (typeof v === 'string' ? v.split(dir).join('DIR') : v);

async function main() {
  // Ordering: a nextTick and a promise job queued after the call run before the callback.
  await new Promise((resolve) => {
    const order = [];
    fs.writeFile(p('a'), 'hello world', (err) => { order.push('cb ' + err); console.log(order.join()); resolve(); });
    process.nextTick(() => order.push('tick'));
    Promise.resolve().then(() => order.push('micro'));
  });
  const fd = await util.promisify(fs.open)(p('a'), 'r+');
  await new Promise((resolve) => fs.write(fd, 'HELLO', 0, 'utf8', (err, n, s) => { console.log('write str', err, n, s); resolve(); }));
  await new Promise((resolve) => fs.write(fd, Buffer.from('xyz'), 1, 2, 6, (err, n, b) => { console.log('write buf', err, n, b.toString()); resolve(); }));
  const buf = Buffer.alloc(11);
  await new Promise((resolve) => fs.read(fd, buf, 0, 11, 0, (err, n, b) => { console.log('read', err, n, b.toString()); resolve(); }));
  await new Promise((resolve) => fs.read(fd, { buffer: Buffer.alloc(4), position: 2 }, (err, n, b) => { console.log('read opts', err, n, b.toString()); resolve(); }));
  const bufs = [Buffer.alloc(3), Buffer.alloc(0), Buffer.alloc(4)];
  console.log('readv', await util.promisify(fs.readv)(fd, bufs, 1).then((r) => [r.bytesRead, r.buffers.map(String)]));
  console.log('writev', await util.promisify(fs.writev)(fd, [Buffer.from('ab'), Buffer.from('cd')], 20).then((r) => r.bytesWritten));
  await util.promisify(fs.fsync)(fd);
  await util.promisify(fs.ftruncate)(fd, 8);
  console.log('fstat size', (await util.promisify(fs.fstat)(fd)).size);
  await util.promisify(fs.close)(fd);

  console.log('readFile', await fsp.readFile(p('a'), 'base64'), await fsp.readFile(p('a'), { encoding: 'latin1' }));
  await fsp.appendFile(p('a'), Buffer.from('++'));
  await fsp.writeFile(p('a'), 'tail', { flag: 'a', flush: true });
  console.log('appended', await util.promisify(fs.readFile)(p('a'), 'utf8'));
  const ac = new AbortController();
  const reading = fsp.readFile(p('a'), { signal: ac.signal });
  ac.abort();
  await reading.then(() => console.log('not aborted'), (e) => console.log('abort', e.name, e.code));
  await new Promise((resolve) => fs.readFile(p('a'), { signal: AbortSignal.abort() }, (e) => { console.log('cb abort', e.name); resolve(); }));
  await fsp.writeFile(p('empty'), '');
  console.log('empty', JSON.stringify(await fsp.readFile(p('empty'), 'utf8')));
  try { await fsp.writeFile(p('x'), 'x', { flag: 'wx' }); await fsp.writeFile(p('x'), 'x', { flag: 'wx' }); } catch (e) { console.log('wx', e.code, e.syscall, clean(e.path)); }

  // FileHandle: concurrent reads, then close waits for them.
  const fh = await fsp.open(p('a'), 'r');
  const reads = [0, 2, 4].map((pos) => fh.read(Buffer.alloc(2), 0, 2, pos));
  const closing = fh.close();
  console.log('handle reads', (await Promise.all(reads)).map((r) => r.buffer.toString()), await closing, fh.fd);
  await fh.read().catch((e) => console.log('after close', e.code, e.message));
  const wh = await fsp.open(p('w'), 'w+');
  await wh.write('abc');
  await wh.write(Buffer.from('def'), 0, 3, 3);
  await wh.writev([Buffer.from('1'), Buffer.from('2')], 6);
  console.log('handle', (await wh.stat()).size, (await wh.readFile('utf8')), (await wh.read({ position: 0 })).bytesRead);
  await wh.truncate(2);
  await wh.sync();
  await wh.datasync();
  await wh.close();
  console.log('truncated', fs.readFileSync(p('w'), 'utf8'));

  console.log('mkdir -p', clean(await fsp.mkdir(p('m/n/o'), { recursive: true })), await fsp.mkdir(p('m/n'), { recursive: true }));
  fs.writeFileSync(p('m/n/o/f'), 'f');
  fs.symlinkSync('n', p('m/link'));
  console.log('readdir -r', (await fsp.readdir(p('m'), { recursive: true })).sort());
  console.log('dirents', (await fsp.readdir(p('m'), { withFileTypes: true })).map((d) => [d.name, d.isDirectory(), d.isSymbolicLink(), clean(d.path)]));
  const st = await fsp.stat(p('a'), { bigint: true });
  console.log('bigint', typeof st.size, st.size, st.isFile(), typeof st.mtimeNs);
  console.log('lstat link', (await fsp.lstat(p('m/link'))).isSymbolicLink(), (await fsp.stat(p('m/link'))).isDirectory());
  await fsp.copyFile(p('a'), p('copy'));
  await fsp.copyFile(p('a'), p('copy'), fs.constants.COPYFILE_EXCL).catch((e) => console.log('excl', e.code, e.syscall, clean(e.path), clean(e.dest)));
  console.log('copy', fs.readFileSync(p('copy'), 'utf8'));
  await util.promisify(fs.truncate)(p('copy'), 3);
  console.log('truncate', fs.readFileSync(p('copy'), 'utf8'));
  console.log('access', await fsp.access(p('a'), fs.constants.R_OK), await util.promisify(fs.exists)(p('nope')));
  await fsp.rename(p('copy'), p('moved'));
  await fsp.utimes(p('moved'), 1000, 2000);
  console.log('utimes', fs.statSync(p('moved')).mtimeMs);
  await fsp.chmod(p('moved'), 0o600);
  console.log('mode', (fs.statSync(p('moved')).mode & 0o777).toString(8));
  await fsp.link(p('moved'), p('hard'));
  console.log('nlink', fs.statSync(p('moved')).nlink, clean(await fsp.readlink(p('m/link'))));
  await fsp.unlink(p('hard'));
  console.log('mkdtemp', path.basename(await fsp.mkdtemp(p('t-'))).length);
  console.log('realpath', clean(await fsp.realpath(p('m/link/../n/./o'))), clean(await util.promisify(fs.realpath.native)(p('m/link'), 'buffer').then(String)));
  await fsp.realpath(p('nope')).catch((e) => console.log(e.code, e.syscall, clean(e.message)));
  const sfs = await fsp.statfs(dir);
  console.log('statfs', sfs.constructor.name, typeof sfs.bsize, typeof (await util.promisify(fs.statfs)(dir, { bigint: true })).blocks);
  await fsp.rm(dir, { recursive: true });
  console.log('done', fs.existsSync(dir));
}
main();
