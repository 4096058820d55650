// terminal:true: question, word motions, ctrl-l, home/end/delete, end of input
const {PassThrough}=require('stream');const readline=require('readline');
const i=new PassThrough();const o=new PassThrough();
let out='';o.on('data',d=>out+=d);
const flush=(l)=>{console.log(l, JSON.stringify(out));out='';};
const r=readline.createInterface({input:i,output:o,terminal:true});
['line','close','pause','resume'].forEach(e=>r.on(e,(...a)=>console.log('ev',e,JSON.stringify(a))));
i.write('abc'); flush('abc');
i.write('\x15'); flush('u'); r.question('name? ', (a)=>console.log('answer', a)); flush('q');
i.write('bob\r'); flush('after');
i.write('\x1b[1;5D'); i.write('x\x1bb\x1bf\x1b\x7f'); flush('words');
i.write('a\x0c'); flush('ctrl-l');
i.write('\x1b[H\x1b[F\x1b[3~\x1b[D\x1b[3~'); flush('home end del');
console.log(JSON.stringify(r.line), r.cursor);
i.end(); flush('end');
const r2=readline.createInterface({input:new PassThrough(),output:null,terminal:false});
console.log(r2.terminal, r2.getPrompt(), r2.line, r2.cursor, r2.history, typeof r2.input, r2.output);
