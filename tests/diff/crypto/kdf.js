// pbkdf2 and hkdf: known outputs, sync and callback, argument errors.
const c = require('crypto');
const t = (f) => { try { const r = f(); console.log('ok', r instanceof ArrayBuffer ? Buffer.from(r).toString('hex') : r.toString('hex')); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => c.pbkdf2Sync('password', 'salt', 1, 20, 'sha1'));
t(() => c.pbkdf2Sync('password', 'salt', 4096, 32, 'sha256'));
t(() => c.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2]), 10, 64, 'sha512'));
t(() => c.pbkdf2Sync('', '', 1, 0, 'md5'));
t(() => c.pbkdf2Sync('a', 'b', 0, 10, 'sha1'));
t(() => c.pbkdf2Sync('a', 'b', 1, -1, 'sha1'));
t(() => c.pbkdf2Sync('a', 'b', 1, 10, 'nope'));
t(() => c.pbkdf2Sync('a', 'b', 1, 10));
t(() => c.pbkdf2Sync(1, 'b', 1, 10, 'sha1'));
t(() => c.pbkdf2Sync('a', 'b', 1.5, 10, 'sha1'));
t(() => c.pbkdf2('a', 'b', 1, 10, 'sha1'));
t(() => c.hkdfSync('sha256', 'key', 'salt', 'info', 16));
t(() => c.hkdfSync('sha512', Buffer.alloc(0), '', '', 64));
t(() => c.hkdfSync('nope', 'key', 'salt', 'info', 16));
t(() => c.hkdfSync('sha256', 'key', 'salt', 'info', 100000));
t(() => c.hkdfSync('sha256', 1, 'salt', 'info', 10));
t(() => c.hkdfSync('sha256', 'k', 1, 'info', 10));
t(() => c.hkdfSync('sha256', 'k', 's', 'i'.repeat(1025), 10));
c.pbkdf2('pw', 'salt', 100, 16, 'sha256', (err, key) => {
  console.log('pbkdf2 cb', err, key.toString('hex'));
  c.hkdf('sha1', 'k', 's', 'i', 8, (err2, key2) => {
    console.log('hkdf cb', err2, Buffer.from(key2).toString('hex'));
  });
});
