// process.exit() while a compression job is still running on the pool.
const z = require('zlib');
z.gzip(Buffer.alloc(8e6, 'exit while busy '), () => console.log('not reached'));
const s = z.createDeflate();
s.write(Buffer.alloc(4e6, 'abc'));
console.log('exiting');
process.exit(3);
