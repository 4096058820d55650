// Legacy url.parse/format/resolve/resolveObject on generated inputs (seeded, deterministic).
const url = require('url');
let seed = Number(process.env.SEED || 1);
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const pieces = ['http:', 'https:', 'file:', 'mailto:', 'foo:', 'javascript:', 'HTTP:', 'ws:', '//', '/', '\\', '?', '#', '@', ':', '.', '..', './', '../', 'a', 'b', 'x.com', 'ä', '80', ' ', '\t', '%', '%41', '[', ']', '::1', '=', '&', '{', '"', ';', '|', '~', '\u00a0', 'user:pw@', 'q=1', 'é', '-', '+', '*', '$', ','];
function gen() { let s = ''; const n = 1 + rnd(9); for (let i = 0; i < n; i++) s += pieces[rnd(pieces.length)]; return s; }
const inputs = [];
for (let i = 0; i < 400; i++) inputs.push(gen());
for (const s of inputs) {
  const args = [[], [true], [false, true]][rnd(3)];
  let line;
  try { const u = url.parse(s, ...args); line = JSON.stringify(u) + ' ' + JSON.stringify(url.format(u)); } catch (e) { line = e.name + ' ' + e.code; }
  console.log(JSON.stringify([s, args]), line);
}
for (let i = 0; i < 400; i++) {
  const a = gen(), b = gen();
  let line;
  try { line = JSON.stringify(url.resolve(a, b)); } catch (e) { line = e.name + ' ' + e.code; }
  try { line += ' ' + JSON.stringify(url.resolveObject(a, b)); } catch (e) { line += ' ' + e.name + ' ' + e.code; }
  console.log(JSON.stringify([a, b]), line);
}
