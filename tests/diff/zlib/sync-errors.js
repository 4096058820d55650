// zlib's sync helpers: errors (corrupt, truncated, dictionaries), option checks, concatenated gzip.
const z=require('zlib');
const show=(e)=>console.log(e.name, e.code, e.errno, JSON.stringify(e.message), Object.keys(e));
try{z.inflateSync(Buffer.from('hello world'))}catch(e){show(e)}
try{z.gunzipSync(Buffer.from('hello world'))}catch(e){show(e)}
const g=z.gzipSync('hello hello hello');
try{z.gunzipSync(g.subarray(0,10))}catch(e){show(e)}
try{z.inflateRawSync(Buffer.from([0xff,0xff]))}catch(e){show(e)}
console.log(z.gunzipSync(Buffer.concat([g,g])).toString());
try{console.log(z.gunzipSync(Buffer.concat([g,Buffer.from("garbage")])).toString())}catch(e){show(e)}
console.log(z.gunzipSync(Buffer.concat([g,Buffer.from([0,0,0])])).toString());
try{console.log(z.gunzipSync(Buffer.concat([g,Buffer.from([0,1,0])])).toString())}catch(e){show(e)}
try{console.log(z.gunzipSync(Buffer.concat([g,Buffer.from([0x1f,0x8b,1,2])])).toString())}catch(e){show(e)}
console.log(z.inflateSync(Buffer.concat([z.deflateSync('abc'),Buffer.from('zzz')])).toString());
console.log(z.unzipSync(Buffer.concat([g,g])).toString());
console.log(z.unzipSync(z.deflateSync('abc')).toString());
try{z.deflateSync(1)}catch(e){show(e)}
try{z.createGzip({level:10})}catch(e){show(e)}
try{z.createGzip({chunkSize:10})}catch(e){show(e)}
try{z.createGzip({windowBits:7})}catch(e){show(e)}
try{z.createGzip({level:'a'})}catch(e){show(e)}
try{z.createGzip({flush:9})}catch(e){show(e)}
try{z.createGzip({dictionary:'abc'})}catch(e){show(e)}
try{z.createGzip({strategy:9})}catch(e){show(e)}
try{z.createGzip({memLevel:0})}catch(e){show(e)}
try{z.createGzip({maxOutputLength:0})}catch(e){show(e)}
try{z.createGzip({level:NaN})}catch(e){show(e)}
try{z.createGzip({level:1.5})}catch(e){show(e)}
try{z.createGzip(5)}catch(e){show(e)}
console.log(z.deflateSync('hello', {windowBits:8}).toString('hex'));
console.log(z.deflateRawSync('hello', {windowBits:8}).toString('hex'));
console.log(z.inflateSync(z.deflateSync('hello'), {windowBits:0}).toString());
const d=z.deflateSync('hello dict', {dictionary:Buffer.from('hello')});
try{z.inflateSync(d)}catch(e){show(e)}
try{z.inflateSync(d,{dictionary:Buffer.from('xx')})}catch(e){show(e)}
console.log(z.inflateSync(d,{dictionary:Buffer.from('hello')}).toString());
try{z.deflate('a')}catch(e){show(e)}
const r=z.gzipSync('abc',{info:true}); console.log(Object.keys(r), r.engine.constructor.name, r.engine.bytesWritten);
console.log(z.deflateSync(new ArrayBuffer(3)).toString('hex'), z.deflateSync(new Uint16Array([1,2])).toString('hex'));
const st = z.createDeflate();
console.log(typeof st._processChunk, st.bytesWritten, st._level, st._strategy, st._chunkSize, st._defaultFlushFlag,
  st._finishFlushFlag, st._defaultFullFlushFlag, st._maxOutputLength);
st.close();
console.log(z.crc32('hello'), z.crc32(Buffer.from('world'), 12345), z.crc32(new Uint8Array(0)));
try { z.crc32(5); } catch (e) { show(e); }
