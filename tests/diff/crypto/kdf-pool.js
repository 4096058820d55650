// pbkdf2 and scrypt callbacks (derived on the worker pool), several at once; results are
// printed at exit in a fixed order. scrypt's parameter check is synchronous even with a callback.
const c = require('crypto');
const lines = {};
let n = 0;
for (let i = 0; i < 4; i++) {
  c.pbkdf2(`pw${i}`, 'salt', 5000, 32, 'sha512', (e, k) => {
    if (e === null && k.equals(c.pbkdf2Sync(`pw${i}`, 'salt', 5000, 32, 'sha512'))) n++;
  });
}
c.scrypt('pw', 'salt', 64, { N: 1024 }, (e, k) => {
  lines.scrypt = `scrypt ${e} ${k.equals(c.scryptSync('pw', 'salt', 64, { N: 1024 }))}`;
});
try { c.scrypt('pw', 'salt', 16, { N: 2 ** 20 }, () => {}); } catch (e) { console.log(e.code, e.message); }
c.pbkdf2('pw', 'salt', 1, 0, 'sha1', (e, k) => { lines.empty = `empty key ${e} ${k.length}`; });
process.on('exit', () => console.log(lines.scrypt, '|', lines.empty, '| pbkdf2 ok', n));
