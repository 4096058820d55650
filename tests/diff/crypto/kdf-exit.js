// process.exit() while a key derivation is still running on the worker pool.
const c = require('crypto');
c.pbkdf2('pw', 'salt', 2000000, 64, 'sha512', () => console.log('not reached'));
console.log('exiting');
process.exit(2);
