// crypto.subtle.digest and the argument checks of SubtleCrypto.
const s=require('crypto').webcrypto.subtle;
console.log(Object.prototype.toString.call(s), s.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(s)).join());
(async()=>{
console.log(Buffer.from(await s.digest('SHA-256', Buffer.from('abc'))).toString('hex'));
console.log(Buffer.from(await s.digest({name:'sha-1'}, new Uint8Array([1]).buffer)).toString('hex'));
console.log(Buffer.from(await s.digest('sha-384', new DataView(new ArrayBuffer(4)))).toString('base64'));
console.log(Buffer.from(await s.digest('SHA-512', new Uint8Array(0))).toString('hex'));
for (const a of ['MD5', 'nope', 1, {}]) { try{await s.digest(a, new Uint8Array(1))}catch(e){console.log(e.name,e.code,e.message)} }
try{await s.digest('SHA-256', 'abc')}catch(e){console.log(e.name,e.code,e.message)}
try{await s.digest('SHA-256')}catch(e){console.log(e.name,e.code,e.message)}
try{await s.encrypt()}catch(e){console.log(e.name,e.code,e.message)}
try{await s.digest.call({}, 'SHA-256', new Uint8Array(1))}catch(e){console.log(e.name,e.code,e.message)}
console.log(s === require('crypto').webcrypto.subtle, s === require('crypto').subtle);
})()
