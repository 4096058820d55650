// path.posix: every function on curated inputs, plus argument errors.
const path = require('path');
const p = path.posix;
const cwd = process.cwd();
const show = (v) => JSON.stringify(typeof v === 'string' ? v.split(cwd).join('<cwd>') : v);
function run(name, ...args) {
  let out;
  try { out = show(p[name](...args)); } catch (e) { out = `${e.name} ${e.code} ${e.message}`; }
  console.log(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')}) = ${out}`);
}
const samples = ['', '.', '..', '/', '//', '///', 'a', 'a/', 'a//', '/a', '//a', '///a', 'a/b', 'a//b', 'a/b/',
  '/a/b/c/..', './a/./b', '../a/../../b', 'a/../..', '/..', '/../a', '.a', 'a.', 'a.b', 'a.b.c', '..a', 'a..',
  '...', '.a.b', '/foo/bar/baz/asdf/quux.html', 'file.txt/', '/x/y.z//', 'ab.', 'C:\\a\\b'];
for (const s of samples) {
  for (const fn of ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'parse', 'toNamespacedPath']) run(fn, s);
  run('resolve', s);
  run('resolve', '/base', s);
}
for (const [a, b] of [['a', 'b'], ['/a', 'b'], ['a', '/b'], ['', ''], ['a/', '/'], ['..', '../x'], ['/foo', 'bar', 'baz/asdf', 'quux', '..']]) {
  run('join', a, b);
}
run('join');
run('join', '');
run('join', '/foo', 'bar', 'baz/asdf', 'quux', '..');
run('resolve');
run('resolve', '/foo/bar', './baz');
run('resolve', '/foo/bar', '/tmp/file/');
run('resolve', 'wwwroot', 'static_files/png/', '../gif/image.gif');
for (const [a, b] of [['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['/a', '/ab'], ['/ab', '/a'], ['/', '/a'],
  ['/a', '/'], ['/a/b', '/a/b'], ['a', 'b'], ['/foo/bar/baz-quux', '/foo/bar/baz'], ['/a/b/c', '/a'], ['', '/']]) {
  run('relative', a, b);
}
for (const [a, b] of [['/a/b.js', '.js'], ['b.js', 'b.js'], ['/a/b.js', 'b.js'], ['a/b/', 'ab'], ['a/b/', 'b'],
  ['a.js/', '.js'], ['aaa', 'a'], ['/aaa/', 'aa'], ['x', 'xy'], ['/a/b.js', ''], ['js', '.js']]) {
  run('basename', a, b);
}
for (const o of [{ root: '/', dir: '/home/user/dir', base: 'file.txt' }, { root: '/', base: 'file.txt', ext: 'ignored' },
  { root: '/', name: 'file', ext: '.txt' }, { name: 'x', ext: 'txt' }, { dir: 'd', name: 'n' }, { root: '/', dir: '/' },
  {}, { root: 'r' }, { dir: '', root: '', base: '' }]) {
  run('format', o);
}
// argument errors
run('normalize', 5);
run('join', 'a', null);
run('resolve', 'a', {});
run('relative', 'a', 1);
run('relative', undefined, 'a');
run('basename', 'a', 1);
run('basename', 1);
run('dirname', true);
run('extname', Symbol.iterator.description);
run('parse', []);
run('format', null);
run('format', 'x');
run('isAbsolute', 1.5);
console.log(p.sep, p.delimiter, JSON.stringify(p.toNamespacedPath(12)));
