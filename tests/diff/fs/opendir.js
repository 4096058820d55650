// fs.opendir / opendirSync / fs.promises.opendir and fs.Dir (entry order sorted for output).
'use strict';
const fs = require('fs');
const path = require('path');
const tmp = path.join(process.env.TMPDIR || '/tmp', `unode-fs-opendir-${process.pid}`);
const show = (s) => String(s).split(tmp).join('<tmp>');
const p = (...a) => path.join(tmp, ...a);
fs.mkdirSync(p('sub', 'deep'), { recursive: true });
for (const n of ['a', 'b', 'c']) fs.writeFileSync(p(n), n);
fs.writeFileSync(p('sub', 'x'), 'x');
fs.symlinkSync('a', p('lnk'));

function drain(dir) {
  const out = [];
  let e;
  while ((e = dir.readSync()) !== null) {
    out.push(`${show(e.parentPath)}|${e.name}|${e.isFile()}${e.isDirectory()}${e.isSymbolicLink()}`);
  }
  return out.sort();
}

(async () => {
  const d = fs.opendirSync(tmp);
  console.log(d instanceof fs.Dir, show(d.path), Object.keys(d));
  console.log(drain(d));
  console.log(d.readSync());
  d.closeSync();
  for (const fn of [() => d.readSync(), () => d.closeSync()]) {
    try { fn(); } catch (e) { console.log(e.code, e.name, e.message); }
  }
  const r = fs.opendirSync(tmp, { recursive: true });
  console.log(drain(r));
  r.closeSync();
  const b = fs.opendirSync(tmp, { encoding: 'buffer' });
  const first = b.readSync();
  console.log(Buffer.isBuffer(first.name));
  b.closeSync();
  for (const [label, fn] of [
    ['missing', () => fs.opendirSync(p('nope'))],
    ['file', () => fs.opendirSync(p('a'))],
    ['bufferSize', () => fs.opendirSync(tmp, { bufferSize: 0 })],
    ['recursive', () => fs.opendirSync(tmp, { recursive: 'x' })],
    ['path', () => fs.opendirSync(42)],
    ['cb', () => fs.opendir(tmp)],
  ]) {
    try { fn(); console.log(label, 'no error'); } catch (e) { console.log(label, e.code, e.syscall, show(e.message)); }
  }
  const names = [];
  for await (const e of await fs.promises.opendir(tmp)) names.push(e.name);
  console.log('iterated', names.sort());
  await fs.promises.opendir(p('nope')).catch((e) => console.log('promise', e.code, show(e.message)));
  await new Promise((resolve) => fs.opendir(p('nope'), (e) => { console.log('callback', e.code, show(e.message)); resolve(); }));
  const d2 = await fs.promises.opendir(p('sub'));
  const got = [];
  let e;
  while ((e = await d2.read()) !== null) got.push(e.name);
  console.log('read promise', got.sort());
  await d2.close();
  await d2.close().catch((err) => console.log('close twice', err.code));
  await new Promise((resolve) => {
    const d3 = fs.opendirSync(p('sub', 'deep'));
    d3.read((err, ent) => {
      console.log('read cb', err, ent);
      d3.close((err2) => { console.log('close cb', err2); resolve(); });
    });
  });
  fs.rmSync(tmp, { recursive: true });
  console.log('done', fs.existsSync(tmp));
})();
