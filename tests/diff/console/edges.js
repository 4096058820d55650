// Console edge cases: table column order and cells, properties lists, timers' labels,
// assert/count formatting, group indentation of every stream, method shapes.
const { Console } = require('console');
const out = [];
const sink = (tag) => ({ write(s) { out.push(`${tag}${JSON.stringify(s.replace(/\d+(\.\d+)?ms/g, 'T'))}`); return true; } });
const flush = () => { for (const l of out.splice(0)) console.log(l); };
const c = new Console({ stdout: sink('o'), stderr: sink('e'), ignoreErrors: false });

c.table([{ b: 1, 2: 1 }, { a: 1, 1: 1 }]);
c.table([{ b: 1 }], ['b', '1', 'a', 'b']);
c.table([[1, 2]], ['length', 0]);
c.table([{ x: undefined }], ['x']);
c.table([{}, Object.create({ inh: 1 })], ['toString', 'inh']);
c.table([{ a: 1 }, 'x', { b: 2 }, function f() {}]);
c.table([1, 2], []);
c.table({ a: 1 }, ['a']);
c.table(Object.assign([1, , 3], { foo: 'bar' }));
c.table([{ x: { a: 1 }, y: { a: 1, b: 2 }, z: { a: 1, b: 2, c: 3 }, w: [1, 2, 3, 4], v: [1, [2, [3]]], t: 'a\nb', s: { d: { x: { y: 1 } } }, n: null, m: undefined, o: 1n, q: -0 }]);
c.table(new Set([[1, 2], { a: 1 }]), ['a']);
c.table(new Map([[{ k: 1 }, { a: 1 }]]), ['a']);
c.table(new Uint8Array(2));
c.table({ foo: '￥', bar: '¥', baz: '你好' });
c.table(function named() {});
c.table(Symbol('s'));
flush();

c.time('a%sb');
c.timeLog('a%sb', 'Q', { z: 1 }, '%d');
c.timeEnd('a%sb');
c.time(null);
c.timeEnd(null);
c.count('%s');
c.count({});
c.assert(false, '%s!', 'x', 'y');
c.assert(false, { obj: 1 }, 2);
c.assert(null);
c.assert(1, 'nope');
c.group('%s-%d', 'g', 5);
c.log();
c.log('x\n');
c.warn('w1\nw2');
c.dir('q\nr');
c.table([1]);
c.groupEnd();
c.groupEnd();
c.log('%%', '%');
c.log('100%');
c.log('%c%s', 'css', 'text');
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
c.dir(1, null);
flush();

for (const m of ['log', 'dir', 'table', 'groupCollapsed']) {
  try { new c[m](); } catch (e) { console.log(m, e.name); }
  console.log(c[m].name, Console.prototype[m].name, c[m].length, console[m].length);
}
console.log(Object.keys(console).slice(19).join());
console.log(typeof console.profile(), typeof console.profileEnd(), typeof console.timeStamp());
console.log(Object.getOwnPropertyNames(c).filter((k) => k.startsWith('_') && !k.includes('Handler')).join());
console.log(Object.getOwnPropertyNames(Console.prototype).join());
class Mine extends Console { log() { return 'mine'; } }
const mine = new Mine(sink('m'));
console.log(mine.log(), (0, mine.log)(), mine instanceof Console, console instanceof Console, {} instanceof Console);
try { c.count(Symbol('x')); } catch (e) { console.log(e.name); }
try { c.time(Symbol('x')); } catch (e) { console.log(e.name); }
