// terminal:true editing: prompt, completion listing, history, ctrl keys, write() with key objects
const {PassThrough}=require('stream');const readline=require('readline');
const i=new PassThrough();const o=new PassThrough();o.columns=40;
let out='';o.on('data',d=>out+=d);
const flush=(l)=>{console.log(l, JSON.stringify(out));out='';};
const r=readline.createInterface({input:i,output:o,terminal:true,historySize:3,
  completer:(l)=>{const c=['apple','apricot','banana','band'].filter(x=>x.startsWith(l));return [c,l];}});
['line','close','pause','resume','history','SIGINT'].forEach(e=>r.on(e,(...a)=>console.log('ev',e,JSON.stringify(a))));
r.setPrompt('$ '); r.prompt(); flush('prompt');
i.write('ap'); flush('ap'); i.write('\t'); flush('tab1'); i.write('\t'); flush('tab2');
i.write('r\t'); flush('tab3'); console.log(JSON.stringify(r.line), r.cursor, r.getCursorPos());
i.write('\r'); flush('ret');
i.write('one\rtwo\r'); flush('two');
i.write('\x1b[A'); flush('up'); i.write('\x1b[A'); flush('up2'); i.write('\x1b[B'); flush('down');
i.write('\x15'); flush('ctrl-u');
i.write('hello world'); i.write('\x17'); flush('ctrl-w'); i.write('\x02\x02'); flush('ctrl-b');i.write('\x0b'); flush('ctrl-k');
i.write('\x03'); flush('ctrl-c');
r.write('xyz'); r.write(null,{ctrl:true,name:'a'}); flush('write key'); console.log(r.cursor, r.line);
i.write('\x04'); flush('ctrl-d');
console.log(r.getPrompt(), r.closed, r.terminal);
try { r.question('q?', ()=>{}); } catch (e) { console.log(e.code, e.message); }
r.close(); console.log('closed twice ok');
try { r.write('x'); } catch (e) { console.log(e.code, e.message); }
