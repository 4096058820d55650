// fs.promises and FileHandle: results, null-prototype result objects, rejections.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const tmp = path.join(process.env.TMPDIR || '/tmp', `unode-fs-prom-${process.pid}`);
const show = (s) => String(s).split(tmp).join('<tmp>');
const p = (...a) => path.join(tmp, ...a);
async function t(label, fn) {
  try {
    const r = await fn();
    console.log(label, 'ok', typeof r === 'string' ? show(r) : r);
  } catch (e) {
    console.log(label, 'ERR', e.name, e.code, e.syscall, show(e.message));
  }
}

(async () => {
  console.log(fsp === fs.promises, Object.keys(fsp).join(' '));
  console.log(fsp.constants === fs.constants);
  await t('mkdir', () => fsp.mkdir(tmp));
  await t('mkdir -p', () => fsp.mkdir(p('a', 'b'), { recursive: true }));
  await t('mkdir exists', () => fsp.mkdir(tmp));
  await t('writeFile', () => fsp.writeFile(p('f.txt'), 'hello'));
  await t('appendFile', () => fsp.appendFile(p('f.txt'), Buffer.from(' there')));
  await t('readFile', () => fsp.readFile(p('f.txt'), 'utf8'));
  await t('readFile buf', () => fsp.readFile(p('f.txt')));
  await t('readFile missing', () => fsp.readFile(p('nope')));
  await t('readFile bad path', () => fsp.readFile(123));
  await t('writeFile iterable', () => fsp.writeFile(p('it.txt'), ['a', 'b', Buffer.from('c')]));
  await t('readFile iterable', () => fsp.readFile(p('it.txt'), 'utf8'));
  await t('writeFile bad data', () => fsp.writeFile(p('x'), 42));
  await t('stat', async () => (await fsp.stat(p('f.txt'))).size);
  await t('stat big', async () => (await fsp.stat(p('f.txt'), { bigint: true })).size);
  await t('lstat missing', () => fsp.lstat(p('nope')));
  await t('access', () => fsp.access(p('f.txt')));
  await t('access missing', () => fsp.access(p('nope'), fs.constants.W_OK));
  await t('readdir', () => fsp.readdir(tmp));
  await t('readdir types', async () => (await fsp.readdir(tmp, { withFileTypes: true })).map((d) => d.name + d.isFile()));
  await t('readdir missing', () => fsp.readdir(p('nope')));
  await t('copyFile', () => fsp.copyFile(p('f.txt'), p('c.txt')));
  await t('copyFile excl', () => fsp.copyFile(p('f.txt'), p('c.txt'), fs.constants.COPYFILE_EXCL));
  await t('rename', () => fsp.rename(p('c.txt'), p('d.txt')));
  await t('rename missing', () => fsp.rename(p('c.txt'), p('d.txt')));
  await t('symlink', () => fsp.symlink('d.txt', p('s')));
  await t('readlink', () => fsp.readlink(p('s')));
  await t('realpath', () => fsp.realpath(p('s')));
  await t('link', () => fsp.link(p('d.txt'), p('h')));
  await t('unlink', () => fsp.unlink(p('h')));
  await t('unlink missing', () => fsp.unlink(p('h')));
  await t('chmod', () => fsp.chmod(p('d.txt'), 0o600));
  await t('lchmod', () => fsp.lchmod(p('d.txt'), 0o600));
  await t('utimes', async () => { await fsp.utimes(p('d.txt'), 10, 20); return fs.statSync(p('d.txt')).mtimeMs; });
  await t('lutimes', async () => { await fsp.lutimes(p('s'), 30, 40); return fs.lstatSync(p('s')).mtimeMs; });
  await t('truncate', async () => { await fsp.truncate(p('d.txt'), 3); return fs.readFileSync(p('d.txt'), 'utf8'); });
  await t('mkdtemp', async () => (await fsp.mkdtemp(p('t-'))).length - p('t-').length);
  await t('rmdir notempty', () => fsp.rmdir(p('a')));
  await t('rm dir', () => fsp.rm(p('a')));
  await t('rm -r', () => fsp.rm(p('a'), { recursive: true }));
  await t('rm missing', () => fsp.rm(p('a')));
  await t('rm -f', () => fsp.rm(p('a'), { force: true }));

  // FileHandle
  const fh = await fsp.open(p('fh.txt'), 'w+');
  console.log(typeof fh.fd, fh.constructor.name);
  await t('fh write', async () => { const r = await fh.write(Buffer.from('0123456789')); return [Object.getPrototypeOf(r), r.bytesWritten, r.buffer.toString()]; });
  await t('fh write str', async () => { const r = await fh.write('abc', 2); return [r.bytesWritten, r.buffer]; });
  await t('fh write opts', async () => (await fh.write(Buffer.from('XYZ'), { offset: 1, length: 2, position: 8 })).bytesWritten);
  await t('fh read', async () => { const r = await fh.read(Buffer.alloc(10), 0, 10, 0); return [Object.getPrototypeOf(r), r.bytesRead, r.buffer.toString()]; });
  await t('fh read params', async () => { const r = await fh.read({ buffer: Buffer.alloc(4), position: 2 }); return [r.bytesRead, r.buffer.toString()]; });
  await t('fh read opts', async () => { const r = await fh.read(Buffer.alloc(4), { position: 6 }); return [r.bytesRead, r.buffer.toString()]; });
  await t('fh read default', async () => { const r = await fh.read(); return [r.bytesRead, r.buffer.length]; });
  await t('fh read empty', async () => { const r = await fh.read(Buffer.alloc(0)); return [r.bytesRead]; });
  await t('fh stat', async () => (await fh.stat()).size);
  await t('fh truncate', async () => { await fh.truncate(4); return (await fh.stat()).size; });
  await t('fh sync', () => fh.sync());
  await t('fh datasync', () => fh.datasync());
  await t('fh chmod', () => fh.chmod(0o644));
  await t('fh utimes', async () => { await fh.utimes(1, 2); return (await fh.stat()).mtimeMs; });
  await t('fh writeFile', () => fh.writeFile('replaced'));
  await t('fh readFile at end', () => fh.readFile('utf8'));
  await t('fh read bad', () => fh.read(Buffer.alloc(2), -1));
  let closed = false;
  fh.on('close', () => { closed = true; });
  await t('fh close', () => fh.close());
  console.log('close event', closed, fh.fd);
  await t('fh close again', () => fh.close());
  await t('fh read closed', () => fh.read());
  await t('fh stat closed', () => fh.stat());
  await t('readFile content', () => fsp.readFile(p('fh.txt'), 'latin1'));
  const fh2 = await fsp.open(p('fh.txt'));
  await t('readFile handle', () => fsp.readFile(fh2, { encoding: 'utf8' }));
  await fh2.close();
  const fh3 = await fsp.open(p('fh3.txt'), 'a');
  await t('fh appendFile', async () => { await fh3.appendFile('one'); await fh3.appendFile('two'); return fs.readFileSync(p('fh3.txt'), 'utf8'); });
  await t('writeFile handle', () => fsp.writeFile(fh3, 'three'));
  await fh3.close();
  console.log(fs.readFileSync(p('fh3.txt'), 'utf8'));
  await t('open missing', () => fsp.open(p('nope')));
  await t('open bad flags', () => fsp.open(p('nope'), 'qq'));

  // ordering: promise settles after nextTicks and earlier microtasks
  const order = [];
  const pr = fsp.stat(tmp).then(() => order.push('stat'));
  Promise.resolve().then(() => order.push('micro'));
  process.nextTick(() => order.push('tick'));
  await pr;
  console.log(order.join(','));

  fs.rmSync(tmp, { recursive: true });
  console.log('done', fs.existsSync(tmp));
})();
