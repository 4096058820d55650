// terminal:true with a narrow output: wrapping, wide characters, tabs, pasted chunks
const {PassThrough}=require('stream');const readline=require('readline');
const i=new PassThrough();const o=new PassThrough();o.columns=20;
let out='';o.on('data',d=>out+=d);
const flush=(l)=>{console.log(l, JSON.stringify(out));out='';};
const r=readline.createInterface({input:i,output:o,terminal:true, prompt:'>> '});
r.prompt(); flush('p');
i.write('0123456789abcdefghijklmnop'); flush('wrap'); console.log(r.getCursorPos());
i.write('\x1b[H'); flush('home'); console.log(r.getCursorPos());
i.write('\x1b[F'); flush('end');
i.write('日本語'); flush('wide'); console.log(r.getCursorPos());
i.write('\x1b[D\x1b[D'); flush('left2');
i.write('\t'); flush('tab'); console.log(r.getCursorPos(), JSON.stringify(r.line));
i.write('\r'); flush('ret');
r.close();
