// util.inspect line breaking and array grouping over generated nested values
const util = require('util');
let seed = 12345;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const words = ['a', 'bb', 'ccc', 'delta', 'epsilon', 'zeta-eta', 'theta iota', 'kappa_lambda_mu', "o'neil", 'x\ny'];
function gen(depth) {
  const k = rnd(depth > 3 ? 6 : 11);
  switch (k) {
    case 0: return rnd(2000) - 1000;
    case 1: return words[rnd(words.length)];
    case 2: return rnd(3) === 0 ? null : rnd(2) === 0;
    case 3: return rnd(100) / 7;
    case 4: return BigInt(rnd(100000));
    case 5: return undefined;
    case 6: case 7: {
      const len = rnd(rnd(3) === 0 ? 40 : 8);
      return Array.from({ length: len }, () => gen(depth + 1));
    }
    case 8: {
      const o = {};
      const n = rnd(7);
      for (let i = 0; i < n; i++) o[words[rnd(words.length)] + (rnd(3) ? '' : i)] = gen(depth + 1);
      return o;
    }
    case 9: {
      const m = new Map();
      const n = rnd(4);
      for (let i = 0; i < n; i++) m.set(gen(depth + 2), gen(depth + 1));
      return m;
    }
    default: {
      const len = 5 + rnd(60);
      const kind = rnd(3);
      return Array.from({ length: len }, (_, i) => (kind === 0 ? rnd(100000) - 50 : kind === 1 ? words[rnd(5)] : i % 2 ? i : `s${i}`));
    }
  }
}
const optionSets = [undefined, { depth: 4 }, { breakLength: 40 }, { compact: 1 }, { compact: false, depth: 1 },
  { breakLength: Infinity }, { compact: 5, breakLength: 120 }, { maxArrayLength: 4 }];
for (let i = 0; i < 60; i++) {
  const v = gen(0);
  const opts = optionSets[i % optionSets.length];
  console.log(`#${i} ${JSON.stringify(opts) || ''}`);
  console.log(opts === undefined ? util.inspect(v) : util.inspect(v, opts));
}
console.log(util.inspect(Array.from({ length: 50 }, (_, i) => i * i * i)));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => 'w'.repeat(i % 13))));
console.log(util.inspect(Array.from({ length: 16 }, (_, i) => (i % 3 ? i : `${i}`))));
console.log(util.inspect({ key: Array.from({ length: 20 }, (_, i) => i), other: { nested: Array.from({ length: 8 }, (_, i) => -i) } }));
console.log(util.inspect(Array.from({ length: 8 }, (_, i) => [i, i + 1])));
console.log(util.inspect(Array.from({ length: 101 }, (_, i) => i % 10)));
console.log(util.inspect(new Uint32Array(40).map((_, i) => i * 97)));
console.log(util.inspect(new Float32Array(10).map((_, i) => i / 3)));
console.log(util.inspect(new Set(Array.from({ length: 20 }, (_, i) => i))));
