// fs.statSync / lstatSync / fstatSync: Stats and BigIntStats shape, type checks, errors.
'use strict';
const fs = require('fs');
const path = require('path');
const tmp = path.join(process.env.TMPDIR || '/tmp', `unode-fs-stat-${process.pid}`);
const show = (s) => String(s).split(tmp).join('<tmp>');
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, 'ERR', e.name, e.code, e.syscall, show(e.message), e.path ? show(e.path) : '');
  }
}
const kinds = (s) => ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isCharacterDevice', 'isBlockDevice']
  .filter((k) => s[k]()).join(',');
fs.mkdirSync(tmp);
try {
  const f = path.join(tmp, 'file');
  fs.writeFileSync(f, 'twelve bytes');
  fs.symlinkSync('file', path.join(tmp, 'link'));
  fs.symlinkSync('missing', path.join(tmp, 'dangling'));
  const s = fs.statSync(f);
  console.log(s instanceof fs.Stats, s.constructor.name, Object.keys(s));
  console.log(Object.keys(s).map((k) => `${k}:${typeof s[k]}${s[k] instanceof Date ? '(Date)' : ''}`).join(' '));
  console.log(s.size, s.nlink, (s.mode & 0o170000).toString(8), s.blksize > 0, s.blocks >= 0);
  console.log(kinds(s), kinds(fs.statSync(tmp)), kinds(fs.lstatSync(path.join(tmp, 'link'))),
    kinds(fs.statSync(path.join(tmp, 'link'))), kinds(fs.statSync('/dev/null')));
  console.log(s.atime.getTime() === Math.round(s.atimeMs), s.mtime.getTime() === Math.round(s.mtimeMs),
    s.ctime.getTime() === Math.round(s.ctimeMs), s.birthtime.getTime() === Math.round(s.birthtimeMs));
  console.log(Math.abs(s.mtimeMs - Date.now()) < 60000);
  const b = fs.statSync(f, { bigint: true });
  console.log(b.constructor.name, Object.keys(b));
  console.log(Object.keys(b).map((k) => `${k}:${typeof b[k]}`).join(' '));
  console.log(b.size, b.isFile(), b.isDirectory(), b.mtimeMs === b.mtimeNs / 1000000n,
    Number(b.mtimeMs) === Math.floor(s.mtimeMs), b.ino === BigInt(s.ino), b.dev === BigInt(s.dev));
  console.log(b.mtime.getTime() === Number(b.mtimeMs));
  const fd = fs.openSync(f, 'r');
  const fsx = fs.fstatSync(fd);
  console.log(fsx.size, fsx.ino === s.ino, fs.fstatSync(fd, { bigint: true }).size);
  fs.closeSync(fd);
  const l = fs.lstatSync(path.join(tmp, 'link'));
  console.log(l.size, l.isSymbolicLink(), fs.lstatSync(path.join(tmp, 'dangling')).isSymbolicLink());
  t('stat dangling', () => fs.statSync(path.join(tmp, 'dangling')));
  t('stat missing', () => fs.statSync(path.join(tmp, 'nope')));
  t('lstat missing', () => fs.lstatSync(path.join(tmp, 'nope')));
  t('stat enotdir', () => fs.statSync(path.join(f, 'x')));
  t('stat noent false', () => fs.statSync(path.join(tmp, 'nope'), { throwIfNoEntry: false }));
  t('lstat noent false', () => fs.lstatSync(path.join(tmp, 'nope'), { throwIfNoEntry: false }));
  t('stat enotdir false', () => fs.statSync(path.join(f, 'x'), { throwIfNoEntry: false }));
  t('fstat bad', () => fs.fstatSync(9999));
  // utimes round trip
  fs.utimesSync(f, 1000, 2000.5);
  let u = fs.statSync(f);
  console.log(u.atimeMs, u.mtimeMs, u.atime.toISOString(), u.mtime.toISOString());
  fs.utimesSync(f, new Date('2020-01-02T03:04:05.678Z'), '1234567890');
  u = fs.statSync(f);
  console.log(u.atimeMs, u.mtimeMs, u.mtime.toISOString());
  const ub = fs.statSync(f, { bigint: true });
  console.log(ub.atimeNs, ub.atimeMs, ub.mtimeNs);
  fs.lutimesSync(path.join(tmp, 'link'), 5, 6);
  console.log(fs.lstatSync(path.join(tmp, 'link')).mtimeMs, fs.statSync(f).mtimeMs);
  const fd2 = fs.openSync(f, 'r+');
  fs.futimesSync(fd2, 7, 8);
  fs.closeSync(fd2);
  console.log(fs.statSync(f).mtimeMs);
  t('utimes missing', () => fs.utimesSync(path.join(tmp, 'nope'), 1, 1));
  t('lutimes missing', () => fs.lutimesSync(path.join(tmp, 'nope'), 1, 1));
  // chmod
  fs.chmodSync(f, 0o640);
  console.log((fs.statSync(f).mode & 0o777).toString(8));
  fs.chmodSync(f, '604');
  console.log((fs.statSync(f).mode & 0o777).toString(8));
  const fd3 = fs.openSync(f, 'r');
  fs.fchmodSync(fd3, 0o600);
  fs.closeSync(fd3);
  console.log((fs.statSync(f).mode & 0o777).toString(8));
  t('chmod missing', () => fs.chmodSync(path.join(tmp, 'nope'), 0o600));
  const uid = fs.statSync(f).uid;
  const gid = fs.statSync(f).gid;
  t('chown self', () => fs.chownSync(f, uid, gid));
  t('chown -1', () => fs.chownSync(f, -1, -1));
  t('lchown self', () => fs.lchownSync(path.join(tmp, 'link'), uid, gid));
  t('chown missing', () => fs.chownSync(path.join(tmp, 'nope'), uid, gid));
  t('lchown missing', () => fs.lchownSync(path.join(tmp, 'nope'), uid, gid));
  // Stats constructed by hand
  const hand = new fs.Stats(1, 0o100644, 1, 0, 0, 0, 4096, 2, 3, 0, 1000, 2000, 3000, 4000);
  console.log(hand.isFile(), hand.mtime.toISOString(), hand.birthtimeMs);
} finally {
  fs.rmSync(tmp, { recursive: true });
}
