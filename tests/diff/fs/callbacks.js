// fs callback API: results, error-first callbacks with Node's system errors, async delivery.
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');
const tmp = path.join(process.env.TMPDIR || '/tmp', `unode-fs-cb-${process.pid}`);
const show = (s) => String(s).split(tmp).join('<tmp>');
const p = (...a) => path.join(tmp, ...a);
const err = (e) => (e ? `${e.code} ${e.syscall} ${show(e.message)}` : e);

const steps = [
  (next) => fs.mkdir(tmp, (e, r) => { console.log('mkdir', err(e), r); next(); }),
  (next) => fs.mkdir(p('x', 'y'), { recursive: true }, (e, r) => { console.log('mkdir -p', err(e), show(r)); next(); }),
  (next) => fs.mkdir(tmp, (e) => { console.log('mkdir exists', err(e)); next(); }),
  (next) => fs.writeFile(p('f.txt'), 'hello', (e) => { console.log('writeFile', err(e)); next(); }),
  (next) => fs.appendFile(p('f.txt'), ' world', 'utf8', (e) => { console.log('appendFile', err(e)); next(); }),
  (next) => fs.readFile(p('f.txt'), 'utf8', (e, d) => { console.log('readFile', err(e), d); next(); }),
  (next) => fs.readFile(p('f.txt'), (e, d) => { console.log('readFile buf', err(e), d); next(); }),
  (next) => fs.readFile(p('nope'), (e, d) => { console.log('readFile missing', err(e), d); next(); }),
  (next) => fs.readFile(tmp, (e, d) => { console.log('readFile dir', err(e), d); next(); }),
  (next) => fs.stat(p('f.txt'), (e, s) => { console.log('stat', err(e), s.size, s.isFile()); next(); }),
  (next) => fs.stat(p('f.txt'), { bigint: true }, (e, s) => { console.log('stat big', err(e), s.size); next(); }),
  (next) => fs.lstat(p('nope'), (e, s) => { console.log('lstat missing', err(e), s); next(); }),
  (next) => fs.access(p('f.txt'), fs.constants.R_OK, (e) => { console.log('access', err(e)); next(); }),
  (next) => fs.access(p('nope'), (e) => { console.log('access missing', err(e)); next(); }),
  (next) => fs.exists(p('f.txt'), (x) => { console.log('exists', x); next(); }),
  (next) => fs.exists(p('nope'), (x) => { console.log('exists missing', x); next(); }),
  (next) => fs.readdir(tmp, (e, l) => { console.log('readdir', err(e), l); next(); }),
  (next) => fs.readdir(tmp, { withFileTypes: true }, (e, l) => { console.log('readdir types', err(e), l.map((d) => d.name + d.isDirectory())); next(); }),
  (next) => fs.readdir(p('nope'), (e, l) => { console.log('readdir missing', err(e), l); next(); }),
  (next) => fs.open(p('f.txt'), (e, fd) => {
    console.log('open', err(e), typeof fd);
    const buf = Buffer.alloc(5);
    fs.read(fd, buf, 0, 5, 0, (e2, n, b) => {
      console.log('read', err(e2), n, b.toString(), b === buf);
      fs.read(fd, { buffer: Buffer.alloc(3), position: 6 }, (e3, n3, b3) => {
        console.log('read params', err(e3), n3, b3.toString());
        fs.read(fd, Buffer.alloc(4), { position: 1 }, (e4, n4, b4) => {
          console.log('read options', err(e4), n4, b4.toString());
          fs.read(fd, (e5, n5, b5) => {
            console.log('read default', err(e5), n5, b5.length);
            fs.fstat(fd, (e6, s) => {
              console.log('fstat', err(e6), s.size);
              fs.close(fd, (e7) => {
                console.log('close', err(e7));
                fs.close(fd, (e8) => { console.log('close again', err(e8)); next(); });
              });
            });
          });
        });
      });
    });
  }),
  (next) => fs.open(p('w.txt'), 'w', 0o600, (e, fd) => {
    fs.write(fd, Buffer.from('abcdef'), 1, 3, (e2, n, b) => {
      console.log('write buf', err(e2), n, b.toString());
      fs.write(fd, 'str', (e3, n3, s3) => {
        console.log('write str', err(e3), n3, s3);
        fs.write(fd, '6869', 10, 'hex', (e4, n4, s4) => {
          console.log('write hex', err(e4), n4, s4);
          fs.write(fd, Buffer.from('OPT'), { offset: 0, length: 2, position: 0 }, (e5, n5) => {
            console.log('write options', err(e5), n5);
            fs.ftruncate(fd, 11, (e6) => {
              console.log('ftruncate', err(e6));
              fs.fsync(fd, (e7) => {
                console.log('fsync', err(e7));
                fs.fdatasync(fd, (e8) => {
                  console.log('fdatasync', err(e8));
                  fs.close(fd, () => {
                    console.log(JSON.stringify(fs.readFileSync(p('w.txt'), 'latin1')));
                    next();
                  });
                });
              });
            });
          });
        });
      });
    });
  }),
  (next) => fs.open(p('nope'), 'r', (e, fd) => { console.log('open missing', err(e), fd); next(); }),
  (next) => fs.write(9999, 'x', (e, n) => { console.log('write bad fd', err(e), n); next(); }),
  (next) => fs.read(9999, Buffer.alloc(2), 0, 2, null, (e, n) => { console.log('read bad fd', err(e), n); next(); }),
  (next) => fs.copyFile(p('f.txt'), p('c.txt'), (e) => { console.log('copyFile', err(e), fs.readFileSync(p('c.txt'), 'utf8')); next(); }),
  (next) => fs.copyFile(p('f.txt'), p('c.txt'), fs.constants.COPYFILE_EXCL, (e) => { console.log('copyFile excl', err(e)); next(); }),
  (next) => fs.rename(p('c.txt'), p('d.txt'), (e) => { console.log('rename', err(e)); next(); }),
  (next) => fs.rename(p('c.txt'), p('d.txt'), (e) => { console.log('rename missing', err(e)); next(); }),
  (next) => fs.symlink('d.txt', p('s'), (e) => { console.log('symlink', err(e)); next(); }),
  (next) => fs.readlink(p('s'), (e, r) => { console.log('readlink', err(e), r); next(); }),
  (next) => fs.realpath(p('s'), (e, r) => { console.log('realpath', err(e), show(r)); next(); }),
  (next) => fs.realpath.native(p('s'), (e, r) => { console.log('realpath native', err(e), show(r)); next(); }),
  (next) => fs.link(p('d.txt'), p('h'), (e) => { console.log('link', err(e)); next(); }),
  (next) => fs.chmod(p('d.txt'), 0o600, (e) => { console.log('chmod', err(e)); next(); }),
  (next) => fs.utimes(p('d.txt'), 100, 200, (e) => { console.log('utimes', err(e), fs.statSync(p('d.txt')).mtimeMs); next(); }),
  (next) => fs.truncate(p('d.txt'), 2, (e) => { console.log('truncate', err(e), fs.readFileSync(p('d.txt'), 'utf8')); next(); }),
  (next) => fs.truncate(p('d.txt'), (e) => { console.log('truncate 0', err(e), fs.statSync(p('d.txt')).size); next(); }),
  (next) => fs.mkdtemp(p('t-'), (e, d) => { console.log('mkdtemp', err(e), show(d).length); next(); }),
  (next) => fs.unlink(p('h'), (e) => { console.log('unlink', err(e)); next(); }),
  (next) => fs.unlink(p('h'), (e) => { console.log('unlink missing', err(e)); next(); }),
  (next) => fs.rmdir(p('x'), (e) => { console.log('rmdir notempty', err(e)); next(); }),
  (next) => fs.rm(p('x'), (e) => { console.log('rm dir', e.code, e.name, show(e.message)); next(); }),
  (next) => fs.rm(p('x'), { recursive: true }, (e) => { console.log('rm -r', err(e)); next(); }),
  (next) => fs.rm(p('x'), { force: true }, (e) => { console.log('rm -f missing', err(e)); next(); }),
  (next) => {
    const order = [];
    fs.stat(tmp, () => { order.push('stat cb'); });
    process.nextTick(() => order.push('tick'));
    Promise.resolve().then(() => order.push('microtask'));
    order.push('sync');
    setTimeout(() => { console.log('order', order.join(',')); next(); }, 20);
  },
  async (next) => {
    const stat = util.promisify(fs.stat);
    console.log('promisify stat', (await stat(p('d.txt'))).size);
    const read = util.promisify(fs.read);
    const fd = fs.openSync(p('f.txt'), 'r');
    const r = await read(fd, Buffer.alloc(3), 0, 3, 0);
    console.log('promisify read', r.bytesRead, r.buffer.toString());
    fs.closeSync(fd);
    console.log('promisify exists', await util.promisify(fs.exists)(p('f.txt')));
    next();
  },
];

function run(i) {
  if (i === steps.length) {
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log('done', fs.existsSync(tmp));
    return;
  }
  steps[i](() => run(i + 1));
}
run(0);
