// vm in the main context: runInThisContext, Script, compileFunction and argument errors.
const vm = require('vm');

console.log(vm.runInThisContext('var vmGlobal = 5; vmGlobal + 1'), typeof vmGlobal, globalThis.vmGlobal);
console.log(vm.runInThisContext(5), vm.runInThisContext('"s"', 'file.js'));
const s = new vm.Script('globalThis.counter = (globalThis.counter || 0) + 1', { filename: 'counter.js' });
console.log(s.runInThisContext(), s.runInThisContext(), vm.createScript('counter * 10').runInThisContext());
console.log(Object.getOwnPropertyNames(vm.Script.prototype).filter((k) => k.startsWith('run')).sort().join());
try { new vm.Script('a b', { filename: 'f.js' }); } catch (e) { console.log(e.name, e instanceof SyntaxError); }
try { vm.runInThisContext('throw new TypeError("inner")'); } catch (e) { console.log(e.name, e.message); }
try { vm.runInThisContext('let x = ;'); } catch (e) { console.log(e.name); }
const f = vm.compileFunction('return a + b + (typeof require)', ['a', 'b']);
console.log(f(1, 2), typeof f, f.length, JSON.stringify(f.name));
console.log(vm.compileFunction('return this')() === globalThis);
console.log(vm.isContext({}), vm.isContext([]));
for (const fn of [() => vm.compileFunction('return a', 'a'), () => vm.compileFunction(5), () => vm.compileFunction('1', [1]),
  () => vm.isContext(1), () => new vm.Script('1', 5), () => vm.runInThisContext('1', { filename: 5 }),
  () => new vm.Script('1', { lineOffset: 'x' }), () => vm.compileFunction('1', [], { filename: 1 })]) {
  try { fn(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(Object.keys(vm.constants).join(), typeof vm.constants.DONT_CONTEXTIFY);
try { vm.runInThisContext('(function(){ throw new Error("where") })()', { filename: 'named.js' }); } catch (e) {
  console.log(e.stack.split('\n').some((l) => l.includes(' at ') && l.includes('named.js')));
}
