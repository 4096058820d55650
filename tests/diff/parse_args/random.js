// util.parseArgs on seeded random argument lists and option sets (strict and loose).
const { parseArgs } = require('util');
let seed = 31337;
function rnd(n) {
  seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
const argToks = ['-f', '-b', '-x', '-fb', '-bf', '-bfv', '-fv', '--foo', '--bar', '--foo=1', '--bar=', '--no-foo', '--no-bar',
  '--no-baz', '--', '-', 'pos', '-1', '--x=-y', '-abc', '-bx', '--__proto__', '--no-__proto__', '-=', '---', '--baz', 'v', '-n',
  '--no-', '-vf'];
const enc = (r) => JSON.stringify(r, (k, v) => (v === undefined ? '<u>' : v));
for (let i = 0; i < 300; i++) {
  const args = [];
  for (let k = rnd(6); k > 0; k--) args.push(argToks[rnd(argToks.length)]);
  const options = {};
  for (const name of ['foo', 'bar', 'baz', 'no-foo', 'v']) {
    if (rnd(2)) continue;
    const o = { type: rnd(2) ? 'string' : 'boolean' };
    if (rnd(2)) o.short = ['f', 'b', 'v', 'n', 'x'][rnd(5)];
    if (rnd(3) === 0) o.multiple = true;
    if (rnd(4) === 0) o.default = o.type === 'string' ? (o.multiple ? ['d'] : 'd') : (o.multiple ? [true] : false);
    options[name] = o;
  }
  const cfg = { args, options };
  if (rnd(2)) cfg.strict = rnd(2) === 1;
  if (rnd(2)) cfg.allowPositionals = rnd(2) === 1;
  if (rnd(2)) cfg.allowNegative = rnd(2) === 1;
  if (rnd(2)) cfg.tokens = true;
  let out;
  try { out = enc(parseArgs(cfg)); } catch (e) { out = `${e.code} ${JSON.stringify(e.message)}`; }
  console.log(JSON.stringify(cfg));
  console.log('  ', out);
}
