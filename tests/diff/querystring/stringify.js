// querystring.stringify/encode and escape/unescape/unescapeBuffer.
const qs = require('querystring');
function run(fn, ...args) {
  let out;
  try {
    out = qs[fn](...args);
    out = out instanceof Uint8Array ?
      `<buf ${Array.from(out, (b) => b.toString(16).padStart(2, '0')).join('')}> ${out.toString()}` :
      JSON.stringify(out);
  } catch (e) {
    out = `${e.name} ${e.code} ${e.message}`;
  }
  console.log(fn, out);
}
const objs = [
  { a: 1, b: [1, 2, 'x y'], c: [], d: null, e: undefined, f: true, g: 1e21, h: -1e22, i: NaN, j: 10n, k: {}, l: 'é😀' },
  { 'a b': 'c&d', '': '', '=': '=' },
  { x: Infinity, y: -0, z: 0.5, w: [null, undefined, false, 3n] },
  'str', null, undefined, 42, [1, 2], { a: [{}, null, 3n] }, Object.create({ inherited: 1 }),
];
for (const o of objs) {
  run('stringify', o);
  run('stringify', o, ';', ':');
  run('encode', o, null, null, { encodeURIComponent: (s) => `<${s}>` });
  run('stringify', o, '', '', { encodeURIComponent: 5 });
}
run('stringify', { bad: '\uD800' });
run('stringify', { ok: '\uD800\uDC00', pair: '\uDC00x' });
for (const v of ['', 'abc', "!'()*-._~", ' &=+/?#', 'é😀€', '\u0000\u007f\u0080\u07ff\u0800\uffff', 1, 1.5, true, null,
  undefined, {}, [1, 2], { toString() { return 'x y'; } }, '\uD800\uD800', '\uDC00a']) {
  run('escape', v);
}
run('escape', '\uD800');
for (const s of ['', 'abc', '%41%42', 'a+b', '%', '%4', '%4z', '%%41', '%E9', 'é%', '%C3%A9', '%zz%41', '%ED%A0%80', '\u0100%',
  '%F0%9F%98%80', 'a%2']) {
  run('unescape', s);
  run('unescape', s, true);
  run('unescapeBuffer', s);
  run('unescapeBuffer', s, true);
}
console.log(Object.keys(qs).join(','), qs.encode === qs.stringify);
