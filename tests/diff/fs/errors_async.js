// Error paths of the pool-backed callback and promise APIs: code, errno, syscall, path, dest
// and message for ENOENT, EISDIR, ENOTEMPTY, EEXIST, ENOTDIR, EBADF.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unode-errs-'));
const show = (label, e) => {
  if (!e) return console.log(label, 'no error');
  const clean = (v) => (typeof v === 'string' ? v.split(dir).join('DIR') : v);
  console.log(label, e.code, e.errno, e.syscall, clean(e.path), clean(e.dest), clean(e.message),
    Object.keys(e).join());
};
fs.mkdirSync(path.join(dir, 'full'));
fs.writeFileSync(path.join(dir, 'full', 'x'), 'x');
fs.writeFileSync(path.join(dir, 'file'), 'data');
const p = (n) => path.join(dir, n);

const steps = [
  (next) => fs.readFile(p('missing'), (e) => { show('readFile', e); next(); }),
  (next) => fs.readFile(dir, (e) => { show('readFile dir', e); next(); }),
  (next) => fs.open(p('missing'), 'r', (e) => { show('open', e); next(); }),
  (next) => fs.stat(p('missing'), (e) => { show('stat', e); next(); }),
  (next) => fs.lstat(p('missing'), (e) => { show('lstat', e); next(); }),
  (next) => fs.rmdir(p('full'), (e) => { show('rmdir', e); next(); }),
  (next) => fs.mkdir(p('full'), (e) => { show('mkdir', e); next(); }),
  (next) => fs.mkdir(p('file/sub'), { recursive: true }, (e) => { show('mkdir -p', e); next(); }),
  (next) => fs.rename(p('missing'), p('other'), (e) => { show('rename', e); next(); }),
  (next) => fs.link(p('missing'), p('other'), (e) => { show('link', e); next(); }),
  (next) => fs.symlink(p('file'), p('full'), (e) => { show('symlink', e); next(); }),
  (next) => fs.copyFile(p('missing'), p('other'), (e) => { show('copyFile', e); next(); }),
  (next) => fs.readdir(p('file'), (e) => { show('readdir', e); next(); }),
  (next) => fs.readlink(p('file'), (e) => { show('readlink', e); next(); }),
  (next) => fs.unlink(p('full'), (e) => { show('unlink', e); next(); }),
  (next) => fs.access(p('missing'), (e) => { show('access', e); next(); }),
  (next) => fs.writeFile(p('full'), 'x', (e) => { show('writeFile dir', e); next(); }),
  (next) => fs.close(987654, (e) => { show('close', e); next(); }),
  (next) => fs.fstat(987654, (e) => { show('fstat', e); next(); }),
  (next) => fs.read(987654, Buffer.alloc(4), 0, 4, 0, (e, n) => { show('read', e); console.log(n); next(); }),
  (next) => fs.truncate(p('missing'), (e) => { show('truncate', e); next(); }),
  (next) => fs.chmod(p('missing'), 0o644, (e) => { show('chmod', e); next(); }),
  (next) => fs.utimes(p('missing'), 1, 1, (e) => { show('utimes', e); next(); }),
  (next) => fs.exists(p('missing'), (ok) => { console.log('exists', ok); next(); }),
  (next) => fs.promises.readFile(p('missing')).catch((e) => { show('p.readFile', e); next(); }),
  (next) => fs.promises.open(p('full'), 'w').catch((e) => { show('p.open', e); next(); }),
  (next) => fs.promises.rm(p('full')).catch((e) => { show('p.rm', e); next(); }),
  (next) => fs.promises.rm(p('missing')).catch((e) => { show('p.rm missing', e); next(); }),
  (next) => fs.promises.stat(p('missing')).catch((e) => { show('p.stat', e); next(); }),
  (next) => fs.promises.rename(p('full'), p('file')).catch((e) => { show('p.rename', e); next(); }),
  (next) => fs.promises.readdir(p('missing'), { recursive: true }).catch((e) => { show('p.readdir', e); next(); }),
];
let i = 0;
const next = () => {
  if (i < steps.length) steps[i++](next);
  else fs.rmSync(dir, { recursive: true });
};
next();
