// vm: Script/runInThisContext/compileFunction in the main context, validation messages
const vm=require('vm');
const t=(f)=>{try{const r=f();console.log('ok',typeof r==='function'?'fn:'+r.name+'/'+r.length:r)}catch(e){console.log(e.name,e.code,e.message)}};
t(()=>new vm.Script('1',42));
t(()=>new vm.Script('1',{lineOffset:0.1}));
t(()=>new vm.Script('1',{filename:1}));
t(()=>new vm.Script('1',{cachedData:1}));
t(()=>new vm.Script('1',{produceCachedData:1}));
t(()=>new vm.Script('1',null));
t(()=>new vm.Script('1','file.js').runInThisContext());
t(()=>new vm.Script('1').runInThisContext(null));
t(()=>new vm.Script('1').runInThisContext({timeout:-1}));
t(()=>new vm.Script('1').runInThisContext({timeout:'x'}));
t(()=>new vm.Script('1').runInThisContext({displayErrors:1}));
t(()=>new vm.Script('1').runInThisContext({breakOnSigint:1}));
t(()=>new vm.Script('1').runInThisContext('str'));
t(()=>vm.runInThisContext('1+1', 'x.js'));
t(()=>vm.runInThisContext('1+1', 5));
t(()=>vm.runInThisContext(5));
t(()=>vm.runInThisContext({toString(){return '3'}}));
t(()=>vm.compileFunction('return a+b',['a','b']));
t(()=>vm.compileFunction(5));
t(()=>vm.compileFunction('1','a'));
t(()=>vm.compileFunction('1',[1]));
t(()=>vm.compileFunction('1',[],null));
t(()=>vm.compileFunction('1',[],{filename:1}));
t(()=>vm.compileFunction('1',[],{parsingContext:1}));
t(()=>vm.compileFunction('1',[],{parsingContext:{}}));
t(()=>vm.compileFunction('1',[],{contextExtensions:1}));
t(()=>vm.compileFunction('1',[],{contextExtensions:[1]}));
t(()=>vm.compileFunction('1',[],{produceCachedData:1}));
t(()=>vm.compileFunction('1',[],{lineOffset:'1'}));
t(()=>vm.isContext({}));
t(()=>vm.isContext([]));
t(()=>vm.isContext(1));
t(()=>vm.isContext(()=>{}));
t(()=>vm.isContext(null));
t(()=>vm.compileFunction('return this')() === globalThis);
t(()=>new vm.Script('var vmGlobalX = 7; vmGlobalX * 2').runInThisContext() + globalThis.vmGlobalX);
t(()=>vm.runInThisContext('throw new TypeError("inner")'));
t(()=>vm.runInThisContext('typeof require'));
const isSyntax = (f) => { try { f(); return 'no error'; } catch (e) { return e instanceof SyntaxError; } };
console.log('syntax', isSyntax(() => new vm.Script('(')), isSyntax(() => vm.runInThisContext('a b', 'syn.js')),
  isSyntax(() => vm.compileFunction('x y')));
let ran = 0; globalThis.vmMark = () => ran++;
const s = new vm.Script('vmMark(); vmMark()', { filename: 'marks.js' });
console.log('after construct', ran); s.runInThisContext(); s.runInThisContext(); console.log('after run', ran);
console.log(vm.Script.name, vm.Script.length, typeof vm.Script.prototype.createCachedData, s instanceof vm.Script);
try { vm.Script('1'); } catch (e) { console.log(e instanceof TypeError); }
try { vm.runInThisContext('throw new RangeError("line")', { filename: 'lines.js', lineOffset: 4 }); } catch (e) {
  console.log(/lines\.js:5/.test(e.stack));
}
const add = vm.compileFunction('return a + b + c', ['a', 'b', 'c']);
console.log(add(1, 2, 3), add.length);
console.log(Object.keys(vm).join(), Object.keys(vm.constants).join(), typeof vm.constants.DONT_CONTEXTIFY);
