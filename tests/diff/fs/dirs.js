// fs directory and link operations: readdir, mkdir, mkdtemp, rmdir, rm, rename, copyFile,
// link, symlink, readlink, realpath, unlink.
'use strict';
const fs = require('fs');
const path = require('path');
const tmp = path.join(process.env.TMPDIR || '/tmp', `unode-fs-dirs-${process.pid}`);
const show = (s) => (Array.isArray(s) ? s.map(show) : String(s).split(tmp).join('<tmp>'));
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', show(r));
  } catch (e) {
    console.log(label, 'ERR', e.name, e.code, e.syscall, show(e.message), e.path ? show(e.path) : '', e.dest ? show(e.dest) : '');
  }
}
const p = (...a) => path.join(tmp, ...a);
fs.mkdirSync(tmp);
try {
  // mkdir
  t('mkdir', () => fs.mkdirSync(p('a')));
  t('mkdir exists', () => fs.mkdirSync(p('a')));
  t('mkdir noent', () => fs.mkdirSync(p('x', 'y')));
  t('mkdir recursive', () => fs.mkdirSync(p('a', 'b', 'c'), { recursive: true }));
  t('mkdir recursive again', () => fs.mkdirSync(p('a', 'b', 'c'), { recursive: true }));
  t('mkdir recursive deep', () => fs.mkdirSync(p('r1', 'r2', 'r3', 'r4'), { recursive: true }));
  t('mkdir recursive relative-ish', () => fs.mkdirSync(p('a', 'b', '..', 'b2', 'c2'), { recursive: true }));
  fs.writeFileSync(p('file'), 'F');
  t('mkdir recursive over file', () => fs.mkdirSync(p('file'), { recursive: true }));
  t('mkdir recursive under file', () => fs.mkdirSync(p('file', 'sub'), { recursive: true }));
  t('mkdir recursive under file deep', () => fs.mkdirSync(p('file', 'sub', 'deeper'), { recursive: true }));
  t('mkdir under file', () => fs.mkdirSync(p('file', 'sub')));
  t('mkdir mode', () => { fs.mkdirSync(p('m'), 0o700); return (fs.statSync(p('m')).mode & 0o777).toString(8); });
  t('mkdir mode str', () => { fs.mkdirSync(p('m2'), { mode: '750' }); return (fs.statSync(p('m2')).mode & 0o777).toString(8); });
  t('mkdir buffer', () => fs.mkdirSync(Buffer.from(p('bufdir'))));
  t('mkdir URL', () => fs.mkdirSync(new URL(`file://${p('urldir')}`)));
  // readdir
  fs.writeFileSync(p('a', 'z.txt'), 'z');
  fs.writeFileSync(p('a', 'B.txt'), 'b');
  fs.writeFileSync(p('a', 'b', 'inner.txt'), 'i');
  fs.symlinkSync('z.txt', p('a', 'lnk'));
  fs.symlinkSync('b', p('a', 'dirlnk'));
  t('readdir', () => fs.readdirSync(p('a')));
  t('readdir buffer', () => fs.readdirSync(p('a'), 'buffer').map((b) => Buffer.isBuffer(b) && b.toString()));
  t('readdir hex', () => fs.readdirSync(p('a'), { encoding: 'hex' }));
  t('readdir types', () => fs.readdirSync(p('a'), { withFileTypes: true }).map((d) =>
    `${d.name}:${d.isFile()}${d.isDirectory()}${d.isSymbolicLink()}:${show(d.parentPath)}:${show(d.path)}:${d instanceof fs.Dirent}`));
  t('readdir recursive', () => fs.readdirSync(p('a'), { recursive: true }));
  t('readdir recursive types', () => fs.readdirSync(p('a'), { recursive: true, withFileTypes: true }).map((d) =>
    `${show(d.parentPath)}|${d.name}|${d.isDirectory()}`));
  t('readdir recursive buffer', () => fs.readdirSync(p('a'), { recursive: true, encoding: 'buffer' }).map(String));
  t('readdir empty', () => fs.readdirSync(p('m')));
  t('readdir missing', () => fs.readdirSync(p('nope')));
  t('readdir file', () => fs.readdirSync(p('file')));
  t('readdir URL', () => fs.readdirSync(new URL(`file://${p('a')}`)).length);
  const many = p('many');
  fs.mkdirSync(many);
  for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(many, `entry-with-a-long-name-${i}`), '');
  t('readdir many', () => { const l = fs.readdirSync(many); return [l.length, l[0], l[299]]; });
  // mkdtemp
  t('mkdtemp', () => { const d = fs.mkdtempSync(p('tmp-')); return [d.length - p('tmp-').length, fs.statSync(d).isDirectory(), (fs.statSync(d).mode & 0o777).toString(8)]; });
  t('mkdtemp buffer', () => Buffer.isBuffer(fs.mkdtempSync(p('tb-'), 'buffer')));
  t('mkdtemp missing', () => fs.mkdtempSync(p('nope', 'x-')));
  // rmdir / unlink
  t('rmdir notempty', () => fs.rmdirSync(p('a')));
  t('rmdir file', () => fs.rmdirSync(p('file')));
  t('rmdir missing', () => fs.rmdirSync(p('nope')));
  t('rmdir', () => fs.rmdirSync(p('m')));
  t('unlink dir', () => fs.unlinkSync(p('m2')));
  t('unlink missing', () => fs.unlinkSync(p('nope')));
  t('unlink enotdir', () => fs.unlinkSync(p('file', 'x')));
  // rm
  t('rm dir no recursive', () => fs.rmSync(p('a')));
  t('rm missing', () => fs.rmSync(p('nope')));
  t('rm missing force', () => fs.rmSync(p('nope'), { force: true }));
  t('rm enotdir', () => fs.rmSync(p('file', 'x')));
  t('rm enotdir force', () => fs.rmSync(p('file', 'x'), { force: true }));
  t('rm recursive', () => { fs.rmSync(p('r1'), { recursive: true }); return fs.existsSync(p('r1')); });
  t('rm link', () => { fs.rmSync(p('a', 'dirlnk')); return [fs.existsSync(p('a', 'dirlnk')), fs.existsSync(p('a', 'b'))]; });
  t('rm empty dir recursive', () => fs.rmSync(p('bufdir'), { recursive: true }));
  // rename
  fs.writeFileSync(p('src.txt'), 'source');
  t('rename', () => { fs.renameSync(p('src.txt'), p('dst.txt')); return fs.readFileSync(p('dst.txt'), 'utf8'); });
  t('rename missing', () => fs.renameSync(p('src.txt'), p('dst2.txt')));
  t('rename file over dir', () => fs.renameSync(p('dst.txt'), p('a')));
  t('rename dir over notempty', () => fs.renameSync(p('urldir'), p('a')));
  t('rename dir over file', () => fs.renameSync(p('urldir'), p('file')));
  // copyFile
  t('copyFile', () => { fs.copyFileSync(p('dst.txt'), p('copy.txt')); return fs.readFileSync(p('copy.txt'), 'utf8'); });
  t('copyFile overwrite', () => { fs.copyFileSync(p('file'), p('copy.txt')); return fs.readFileSync(p('copy.txt'), 'utf8'); });
  t('copyFile excl', () => fs.copyFileSync(p('file'), p('copy.txt'), fs.constants.COPYFILE_EXCL));
  t('copyFile missing', () => fs.copyFileSync(p('nope'), p('copy2.txt')));
  t('copyFile to dir', () => fs.copyFileSync(p('file'), p('a')));
  t('copyFile mode', () => { fs.chmodSync(p('file'), 0o640); fs.copyFileSync(p('file'), p('copy3.txt')); return (fs.statSync(p('copy3.txt')).mode & 0o777).toString(8); });
  const big = Buffer.alloc(300000, 'xyz');
  fs.writeFileSync(p('big'), big);
  t('copyFile big', () => { fs.copyFileSync(p('big'), p('big2')); return fs.readFileSync(p('big2')).equals(big); });
  t('copyFile self', () => { fs.copyFileSync(p('big'), p('big')); return fs.statSync(p('big')).size; });
  // links
  t('link', () => { fs.linkSync(p('file'), p('hard')); return [fs.statSync(p('file')).nlink, fs.readFileSync(p('hard'), 'utf8')]; });
  t('link exists', () => fs.linkSync(p('file'), p('hard')));
  t('link missing', () => fs.linkSync(p('nope'), p('hard2')));
  t('symlink', () => { fs.symlinkSync(p('file'), p('sym')); return fs.readlinkSync(p('sym')); });
  t('symlink exists', () => fs.symlinkSync('whatever', p('sym')));
  t('symlink dir type', () => { fs.symlinkSync(p('a'), p('symdir'), 'dir'); return fs.readdirSync(p('symdir')).length; });
  t('readlink buffer', () => fs.readlinkSync(p('sym'), 'buffer').toString());
  t('readlink not link', () => fs.readlinkSync(p('file')));
  t('readlink missing', () => fs.readlinkSync(p('nope')));
  // realpath
  fs.symlinkSync('a/b', p('chain1'));
  fs.symlinkSync('chain1/c', p('chain2'));
  fs.symlinkSync('loop2', p('loop1'));
  fs.symlinkSync('loop1', p('loop2'));
  t('realpath', () => fs.realpathSync(p('chain2')));
  t('realpath native', () => fs.realpathSync.native(p('chain2')));
  t('realpath dots', () => fs.realpathSync(p('a', '..', 'a', '.', 'b')));
  t('realpath buffer', () => fs.realpathSync(p('chain1'), 'buffer').toString());
  t('realpath native buffer', () => fs.realpathSync.native(p('chain1'), { encoding: 'buffer' }).toString());
  t('realpath missing', () => fs.realpathSync(p('a', 'nope', 'x')));
  t('realpath native missing', () => fs.realpathSync.native(p('a', 'nope', 'x')));
  t('realpath loop', () => fs.realpathSync(p('loop1')));
  t('realpath native loop', () => fs.realpathSync.native(p('loop1')));
  t('realpath through file', () => fs.realpathSync(p('file', 'x')));
  t('realpath root', () => fs.realpathSync('/'));
} finally {
  fs.rmSync(tmp, { recursive: true });
}
console.log(fs.existsSync(tmp));
