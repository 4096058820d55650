// createHash/createHmac/hash: digests in every encoding, errors, copy, XOF lengths, long HMAC keys.
const c=require('crypto');
try{c.createHash('nope')}catch(e){console.log(e.name,e.code,e.message, Object.keys(e))}
try{c.createHmac('nope','k')}catch(e){console.log(e.name,e.code,e.message)}
const h=c.createHash('sha256');h.digest();try{h.update('a')}catch(e){console.log(e.name,e.code,e.message)}
try{h.digest()}catch(e){console.log(e.name,e.code,e.message)}
try{c.createHash('sha256').update(1)}catch(e){console.log(e.name,e.code,e.message)}
console.log(c.createHash('shake256',{outputLength:5}).update('a').digest('hex'));
console.log(c.createHash('shake256').update('a').digest('hex'));
try{c.createHash('sha256',{outputLength:5})}catch(e){console.log(e.name,e.code,e.message)}
console.log(c.hash('sha1','abc'), c.hash('md5','abc','base64'));
try{c.createHmac('sha256')}catch(e){console.log(e.name,e.code,e.message)}
const hm=c.createHmac('sha256','k');hm.digest();console.log(hm.digest('hex'));
try{hm.update('x')}catch(e){console.log(e.name,e.code,e.message)}
console.log(c.createHash('md5').update('a').digest('bogus'));
console.log(c.createHash('md5').update('é','latin1').digest('latin1').length);
console.log(c.createHash('md5').update('ff','bogus').digest('hex'));
const h2=c.createHash('md5'); console.log(h2 instanceof require('stream').Transform, Object.keys(h2), typeof h2._options);
try{c.createHash()}catch(e){console.log(e.code,e.message)}
try{c.createHash('shake256',{outputLength:-1})}catch(e){console.log(e.code,e.message)}
try{c.createHash('shake256',{outputLength:'a'})}catch(e){console.log(e.code,e.message)}
try{c.createHmac('sha256', 5)}catch(e){console.log(e.code,e.message)}
try{c.createHmac('shake256', 'k')}catch(e){console.log(e.code,e.message)}
try{c.hash(1)}catch(e){console.log(e.code,e.message)}
try{c.hash('sha1',1)}catch(e){console.log(e.code,e.message)}
try{c.hash('nope','a')}catch(e){console.log(e.name,e.code,e.message)}
try{c.hash('sha1','a', 'bogus')}catch(e){console.log(e.name,e.code,e.message)}
console.log(c.hash('sha1',Buffer.from('a'),'buffer'));
const hh=c.createHash('sha256'); hh.update('x'); const cp=hh.copy(); console.log(hh.digest('hex')===cp.digest('hex'));
try{hh.copy()}catch(e){console.log(e.code,e.message)}
console.log(c.createHash('md5').update(new Uint16Array([1,2])).digest('base64url'));
console.log(c.createHash('SHA256').update('').digest('hex'));
console.log(typeof c.Hash, c.Hash.length, c.Hash('md5') instanceof c.Hash);
console.log(c.pbkdf2Sync('pw','salt',1000,20,'sha256').toString('hex'));
console.log(Buffer.from(c.hkdfSync('sha256','key','salt','info',16)).toString('hex'));
console.log(c.createHmac('sha512', 'k'.repeat(300)).update('data').digest('base64'));
console.log(c.createHmac('sha256', '').update('data').digest('hex'));
const hashes = c.getHashes();
for (const n of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256', 'sha3-256', 'shake256', 'RSA-SHA256', 'ripemd160']) {
  console.log(n, hashes.includes(n), c.createHash(n).update('The quick brown fox').digest('hex'));
}
const input = 'héllo wörld ✓ \u{1F600}';
for (const enc of ['utf8', 'utf-8', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le', 'hex', 'base64', 'base64url']) {
  console.log(enc, c.createHash('sha256').update(input, enc).digest(enc));
  console.log(enc, c.createHmac('sha1', 'key').update('abcd', enc).digest(enc));
}
const big = Buffer.alloc(1 << 20, 'abc');
const inc = c.createHash('sha512');
for (let i = 0; i < big.length; i += 1000) inc.update(big.subarray(i, i + 1000));
console.log(inc.digest('hex') === c.createHash('sha512').update(big).digest('hex'));
for (const klen of [0, 1, 63, 64, 65, 128, 129, 1000]) {
  console.log(klen, c.createHmac('sha256', Buffer.alloc(klen, 7)).update('msg').digest('hex'),
    c.createHmac('sha384', 'k'.repeat(klen)).update('msg').digest('base64'));
}
const x = c.createHash('shake128');
x.update('abc');
console.log(x.copy({ outputLength: 3 }).digest('hex'), x.copy({ outputLength: 0 }).digest('hex'), x.digest('hex'));
console.log(c.createHmac('md5', new ArrayBuffer(4)).update(new DataView(new ArrayBuffer(3))).digest('hex'));
console.log(c.createHash('sha1').update(new Float64Array([1.5])).digest('hex'));
