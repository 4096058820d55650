// The Web Crypto object: property shapes, errors, and getRandomValues' result identity.
const c = require('crypto').webcrypto;
const p=Object.getPrototypeOf(c); console.log(Object.getOwnPropertyDescriptor(p,'getRandomValues').enumerable, Object.getOwnPropertyDescriptor(p,'subtle').enumerable);
try{c.getRandomValues()}catch(e){console.log(e.name,e.code,e.message)}
try{new (c.constructor)()}catch(e){console.log(e.name,e.code,e.message)}
try{require('crypto').getRandomValues()}catch(e){console.log(e.name,e.code,e.message)}
console.log(require('crypto').getRandomValues.name, require('crypto').getRandomValues.length, c.getRandomValues.length, c.randomUUID.length)
const b = Buffer.alloc(4); console.log(c.getRandomValues(b) === b);
const u = c.randomUUID();
console.log(typeof u, u.length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u));
const crypto = require('crypto');
const uuids = new Set();
for (let i = 0; i < 300; i++) uuids.add(crypto.randomUUID());
console.log(uuids.size, [...uuids].every((x) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(x)));
console.log(/^[0-9a-f-]{36}$/.test(crypto.randomUUID({ disableEntropyCache: true })));
for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
  const a = new T(8);
  console.log(T.name, c.getRandomValues(a) === a, a.length);
}
const big = crypto.randomBytes(100000);
console.log(big.length, big.some((x) => x !== 0), Buffer.isBuffer(big));
const z = new Uint8Array(64);
crypto.randomFillSync(z, 60);
console.log(z.subarray(0, 60).every((x) => x === 0));
const ints = new Set();
for (let i = 0; i < 2000; i++) ints.add(crypto.randomInt(3, 7));
console.log([...ints].sort().join());
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
console.log(crypto.timingSafeEqual(new Uint16Array([1, 2]), new Uint8Array([1, 0, 2, 0]).buffer));
console.log(Object.prototype.toString.call(c), Object.keys(crypto.webcrypto));
console.log(crypto.getFips(), crypto.fips, typeof crypto.constants.defaultCipherList);
