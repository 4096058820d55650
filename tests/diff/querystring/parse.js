// querystring.parse/decode: separators, '+', percent sequences (valid, malformed), maxKeys, custom decoders.
const qs = require('querystring');
const show = (o) => JSON.stringify(Object.entries(o));
function run(...args) {
  let out;
  try { out = show(qs.parse(...args)); } catch (e) { out = `${e.name} ${e.message}`; }
  console.log(JSON.stringify(args.slice(0, 3)), out);
}
const inputs = ['', 'a', 'a=', '=', '=b', 'a=b', 'a=b&c=d', 'a=1&a=2&a=3', 'a&b&&c', '&&&', 'a=b=c', 'a+b=c+d',
  'a%20b=c%20d', '%41=%42', '%zz=%4', '%=%%', 'k=%E9', 'k=%C3%A9', 'é=ü', 'é%=x', 'x%+==éx', '%41%41=%2xé',
  '%F0%9F=%2xaé', 'a=%2', 'a=b&', '&a=b', 'a[]=1&a[]=2', '__proto__=x', 'constructor=y&hasOwnProperty=z',
  'a=%E4%BD%A0%E5%A5%BD', 'a=%ED%A0%80', 'k=v;k2=v2', 'a:1;b:2', 'x==y', 'a=1&&b=2'];
for (const s of inputs) run(s);
for (const [sep, eq] of [[';', ':'], ['&&', '=='], ['ab', 'ba'], ['', ''], [null, '=a'], [';;;', undefined]]) {
  for (const s of ['a:1;b:2', 'a==1&&b==2&&&c', 'xbaybabz', 'k=a;;;k=b;;', 'abab=ba', 'q=ax&y']) run(s, sep, eq);
}
for (const maxKeys of [0, 1, 2, -1, 1.5, '2']) run('a=1&&b=2&c=3&d', null, null, { maxKeys });
run('a+b=c%20d', null, null, { decodeURIComponent: (s) => `<${s}>` });
run('a=%zz&b=%41', null, null, { decodeURIComponent: (s) => { throw new Error(s); } });
run('a=%41', null, null, { decodeURIComponent: 'no' });
run(5);
run(null);
run({ toString() { return 'a=b'; } });
const r = qs.parse('a=1&b=2&a=3');
console.log(Object.getPrototypeOf(r), Array.isArray(r.a), qs.decode === qs.parse);
console.log(r);
