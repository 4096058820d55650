// fs sync file API: open/read/write/close, readFileSync/writeFileSync/appendFileSync, flags.
'use strict';
const fs = require('fs');
const path = require('path');
const tmp = path.join(process.env.TMPDIR || '/tmp', `unode-fs-files-${process.pid}`);
const show = (s) => String(s).split(tmp).join('<tmp>');
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, 'ERR', e.name, e.code, e.syscall, show(e.message), e.path ? show(e.path) : '', e.dest ? show(e.dest) : '');
  }
}
fs.mkdirSync(tmp);
try {
  const f = path.join(tmp, 'a.txt');
  fs.writeFileSync(f, 'hello world\n');
  console.log(fs.readFileSync(f));
  console.log(fs.readFileSync(f, 'utf8'));
  console.log(fs.readFileSync(f, { encoding: 'hex' }));
  console.log(fs.readFileSync(f, { encoding: 'base64', flag: 'r' }));
  fs.appendFileSync(f, 'more\n');
  fs.appendFileSync(f, Buffer.from('bytes\n'));
  fs.appendFileSync(f, new Uint16Array([0x4141, 0x0a42]));
  console.log(JSON.stringify(fs.readFileSync(f, 'latin1')));
  fs.writeFileSync(f, '68656c6c6f', 'hex');
  console.log(fs.readFileSync(f, 'utf8'));
  fs.writeFileSync(f, 'x', { flag: 'a' });
  console.log(fs.readFileSync(f, 'utf8'));
  t('wx existing', () => fs.writeFileSync(f, 'y', { flag: 'wx' }));
  t('ax existing', () => fs.appendFileSync(f, 'y', { flag: 'ax' }));
  fs.writeFileSync(path.join(tmp, 'mode.txt'), 'm', { mode: 0o600 });
  console.log((fs.statSync(path.join(tmp, 'mode.txt')).mode & 0o777).toString(8));
  fs.writeFileSync(path.join(tmp, 'mode2.txt'), 'm', { mode: '640' });
  console.log((fs.statSync(path.join(tmp, 'mode2.txt')).mode & 0o777).toString(8));

  // fds
  const fd = fs.openSync(f, 'w+');
  console.log(typeof fd, fd > 2);
  console.log(fs.writeSync(fd, 'abcdef'));
  console.log(fs.writeSync(fd, Buffer.from('XYZ'), 1, 2));
  console.log(fs.writeSync(fd, Buffer.from('123'), 0, 3, 0));
  console.log(fs.writeSync(fd, 'QQ', 10));
  console.log(fs.writeSync(fd, '4142', null, 'hex'));
  console.log(fs.writeSync(fd, Buffer.from('opt'), { offset: 1, length: 2, position: 20 }));
  const buf = Buffer.alloc(32);
  console.log(fs.readSync(fd, buf, 0, 32, 0), JSON.stringify(buf.toString('latin1')));
  const b2 = Buffer.alloc(4);
  console.log(fs.readSync(fd, b2, 0, 4, 2), b2.toString());
  console.log(fs.readSync(fd, b2, { position: 0 }), b2.toString());
  console.log(fs.readSync(fd, b2, { offset: 2, length: 2, position: 1 }), b2.toString());
  console.log(fs.readSync(fd, b2), 'eof at current position');
  console.log(fs.readSync(fd, b2, 0, 0, 0));
  console.log(fs.readSync(fd, b2, 0, 2, 0n), b2.toString());
  console.log(fs.readSync(fd, new Uint16Array(2), 0, 4, 0));
  console.log(fs.readFileSync(fd, 'utf8').length, 'readFileSync on fd at end');
  fs.ftruncateSync(fd, 3);
  console.log(fs.fstatSync(fd).size);
  fs.ftruncateSync(fd);
  console.log(fs.fstatSync(fd).size);
  fs.fsyncSync(fd);
  fs.fdatasyncSync(fd);
  fs.writeFileSync(fd, 'via fd');
  fs.appendFileSync(fd, '+more');
  console.log(fs.readFileSync(f, 'utf8'));
  fs.closeSync(fd);
  t('close twice', () => fs.closeSync(fd));
  t('read closed', () => fs.readSync(fd, buf));
  t('write closed', () => fs.writeSync(fd, 'x'));
  t('fstat closed', () => fs.fstatSync(fd));
  t('ftruncate closed', () => fs.ftruncateSync(fd));
  t('fsync closed', () => fs.fsyncSync(fd));
  t('fdatasync closed', () => fs.fdatasyncSync(fd));
  t('fchmod closed', () => fs.fchmodSync(fd, 0o644));
  t('fchown closed', () => fs.fchownSync(fd, 0, 0));
  t('futimes closed', () => fs.futimesSync(fd, 1, 1));
  t('readFileSync closed fd', () => fs.readFileSync(fd));

  // flags
  for (const flag of ['r', 'r+', 'rs+', 'w', 'wx', 'w+', 'a', 'ax', 'as', 'a+', 'as+', 0, fs.constants.O_RDWR]) {
    t(`flag ${flag}`, () => { const d = fs.openSync(f, flag); fs.closeSync(d); return 'opened'; });
  }
  const nf = path.join(tmp, 'new.txt');
  t('r missing', () => fs.openSync(nf, 'r'));
  t('wx new', () => { fs.closeSync(fs.openSync(nf, 'wx')); return fs.existsSync(nf); });
  t('a creates', () => { fs.closeSync(fs.openSync(path.join(tmp, 'new2'), 'a', 0o600)); return 'made'; });
  t('open dir w', () => fs.openSync(tmp, 'w'));
  t('open dir r', () => { const d = fs.openSync(tmp, 'r'); fs.closeSync(d); return 'dir opened'; });
  t('readFile dir', () => fs.readFileSync(tmp));
  t('writeFile dir', () => fs.writeFileSync(tmp, 'x'));
  t('readFile missing', () => fs.readFileSync(path.join(tmp, 'nope')));
  t('readFile enotdir', () => fs.readFileSync(path.join(f, 'x')));
  t('readFile buffer path', () => fs.readFileSync(Buffer.from(f), 'utf8'));
  t('readFile URL', () => fs.readFileSync(new URL(`file://${f}`), 'utf8'));
  t('truncate', () => { fs.truncateSync(f, 2); return fs.readFileSync(f, 'utf8'); });
  t('truncate default', () => { fs.truncateSync(f); return fs.readFileSync(f, 'utf8').length; });
  t('truncate missing', () => fs.truncateSync(path.join(tmp, 'nope')));
  t('truncate dir', () => fs.truncateSync(tmp));
  t('exists', () => [fs.existsSync(f), fs.existsSync(path.join(tmp, 'nope')), fs.existsSync(), fs.existsSync(123), fs.existsSync('a\0b')]);
  t('access', () => fs.accessSync(f, fs.constants.R_OK | fs.constants.W_OK));
  t('access missing', () => fs.accessSync(path.join(tmp, 'nope')));
  t('access F_OK', () => fs.accessSync(f, fs.F_OK));
  // big file through readFileSync
  const big = Buffer.alloc(200000, 'abc');
  fs.writeFileSync(f, big);
  t('big', () => fs.readFileSync(f).equals(big));
  // readFileSync on a non-regular file
  t('proc file', () => fs.readFileSync('/proc/self/stat', 'utf8').length > 0);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log('exists after cleanup', fs.existsSync(tmp));
