// path.posix and path.win32 on seeded random inputs built from tricky fragments.
const path = require('path');
let seed = 20240601;
function rnd(n) {
  seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
const frags = ['a', 'b', 'Ab', '.', '..', '...', '.x', 'x.y', '/', '\\', '//', '\\\\', 'C:', 'c:', 'D:', ':', 'CON',
  'con:', 'COM1:', 'NUL', '?', '\\\\?\\', '\\\\.\\', '//./', 'UNC', ' ', 'a.b.c', 'srv', 'sh'];
function gen() {
  let s = '';
  const n = rnd(7);
  for (let i = 0; i < n; i++) s += frags[rnd(frags.length)];
  return s;
}
const cwdPosix = process.cwd();
const cwdWin = cwdPosix.replace(/\//g, '\\');
function show(v) {
  if (typeof v !== 'string') return JSON.stringify(v);
  return JSON.stringify(v.split(cwdWin).join('<cwd>').split(cwdPosix).join('<cwd>'));
}
for (const flavor of ['posix', 'win32']) {
  const p = path[flavor];
  for (let i = 0; i < 250; i++) {
    const a = gen();
    const b = gen();
    const out = [
      p.normalize(a), p.join(a, b), p.resolve(a, b), p.relative(a, b), p.dirname(a), p.basename(a),
      p.basename(a, b), p.basename(a, a.slice(rnd(a.length + 1))), p.extname(a), p.isAbsolute(a),
      p.toNamespacedPath(a), p.parse(a), p.format(p.parse(a)),
    ].map(show);
    console.log(flavor, JSON.stringify(a), JSON.stringify(b), out.join(' '));
  }
}
