// scrypt and scryptSync: known outputs, option aliases, parameter and memory errors.
const c = require('crypto');
const t = (f) => { try { const r = f(); console.log('ok', r.toString('hex')); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => c.scryptSync('pw', 'salt', 16));
t(() => c.scryptSync('pw', 'salt', 16, { N: 1024, r: 8, p: 1 }));
t(() => c.scryptSync('pw', 'salt', 16, { cost: 16, blockSize: 1, parallelization: 1 }));
t(() => c.scryptSync(Buffer.from('pw'), new Uint8Array(4), 32, { N: 32 }));
t(() => c.scryptSync('pw', 'salt', 16, { N: 3 }));
t(() => c.scryptSync('pw', 'salt', 16, { N: 1024, cost: 1024 }));
t(() => c.scryptSync('pw', 'salt', 16, { N: 2 ** 20 }));
t(() => c.scryptSync('pw', 'salt', -1));
t(() => c.scryptSync(1, 'salt', 16));
t(() => c.scryptSync('pw', 'salt', 16, { maxmem: 1 }));
t(() => c.scryptSync('pw', 'salt', 16, { r: 'a' }));
t(() => c.scryptSync('pw', 'salt', 0));
t(() => c.scrypt('pw', 'salt', 16));
c.scrypt('pw', 'salt', 8, (e, k) => {
  console.log('cb', e, k.toString('hex'));
  c.scrypt('pw', 'salt', 8, { N: 16 }, (e2, k2) => console.log('cb2', e2, k2.toString('hex')));
});
