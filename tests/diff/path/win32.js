// path.win32: drive letters, UNC and device paths, reserved names, on curated inputs.
const w = require('path').win32;
const cwd = process.cwd().replace(/\//g, '\\');
const show = (v) => JSON.stringify(typeof v === 'string' ? v.split(cwd).join('<cwd>') : v);
function run(name, ...args) {
  let out;
  try { out = show(w[name](...args)); } catch (e) { out = `${e.name} ${e.code} ${e.message}`; }
  console.log(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')}) = ${out}`);
}
const samples = ['', '.', '\\', '/', '\\\\', '//', 'C:', 'c:', 'C:\\', 'C:/', 'C:a', 'C:a\\b', 'C:\\a\\..\\..', 'C:..',
  '\\\\server', '\\\\server\\', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\a\\b', '//server/share/x/../..',
  '\\\\?\\C:\\x', '\\\\?\\', '\\\\.\\', '\\\\.\\x\\..\\..', '//./pipe/name', '\\\\?\\UNC\\srv\\sh', '\\\\.', '\\\\..\\x',
  'a:b', 'a:b:c', 'x/a:', 'CON', 'CON:', 'con:', 'CON:x', 'COM1:', 'COM0:', 'LPT9:\\a', 'LPT\u00b9:', 'NUL.txt:',
  'AUX:..\\..', 'x/../y:z', 'a/b\\c/d', 'a\\..\\..\\b', 'file.txt', 'C:file.txt', 'C:\\dir\\file.tar.gz', '\\\\srv\\sh\\.ext',
  'C:\\..', '\\..\\a', 'a.', '.a', '..', 'C:..\\a:b', '\\\\\\x', '\\\\x\\\\y'];
for (const s of samples) {
  for (const fn of ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'parse', 'toNamespacedPath']) run(fn, s);
  run('resolve', s);
  run('resolve', 'D:\\base', s);
  run('join', s, 'x');
  run('join', 'x', s);
}
run('join', '\\\\', 'server', 'share');
run('join', '//server', 'share');
run('join', '\\\\\\server', 'share');
run('join', '', '', '\\\\srv');
run('resolve', 'C:\\a', 'D:b', 'c:c');
run('resolve', 'c:/ignore', 'd:\\a/b\\c/d', '\\e.exe');
run('resolve', '\\\\server\\share', '..', 'relative\\');
for (const [a, b] of [['C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'], ['C:\\a', 'D:\\a'], ['C:\\', 'C:\\a'], ['C:\\a', 'C:\\'],
  ['c:\\A\\b', 'C:\\a\\B'], ['C:\\foo', 'C:\\foobar'], ['C:\\ab', 'C:\\a\\b'], ['\\\\srv\\sh\\a', '\\\\srv\\sh\\b'],
  ['\\\\srv1\\sh\\a', '\\\\srv2\\sh\\a'], ['\\\\srv\\share1\\a', '\\\\srv\\share2\\b'], ['\\a', '\\ab'], ['C:\\a\\b', 'C:\\a\\b\\c'],
  ['\\\\?\\C:\\x', 'C:\\x'], ['a', 'b']]) {
  run('relative', a, b);
}
for (const [a, b] of [['C:\\a\\b.js', '.js'], ['C:b.js', '.js'], ['C:', 'C:'], ['\\\\srv\\sh\\f.js', 'f.js'], ['a\\b\\', 'ab']]) {
  run('basename', a, b);
}
for (const o of [{ root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt' }, { root: 'C:\\', name: 'x', ext: 'y' },
  { root: 'C:\\', dir: 'C:\\', base: 'b' }, { dir: 'a', base: 'b' }]) {
  run('format', o);
}
run('normalize', {});
run('join', 'a', 1);
run('resolve', 2);
run('relative', 'a', false);
console.log(w.sep, w.delimiter, JSON.stringify(w.toNamespacedPath(null)));
