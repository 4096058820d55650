// util.inspect: custom inspect hooks, options passing, proxies, colors, defaultOptions
const util = require('util');
const show = (v, o) => console.log(o === undefined ? util.inspect(v) : util.inspect(v, o));

class Money {
  constructor(v) { this.v = v; }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${this.v}> depth=${depth} ${typeof options.stylize} ${inspect === util.inspect}`;
  }
}
show(new Money(5));
show({ m: new Money(6) });
show([[new Money(7)]]);
show({ m: new Money(8) }, { depth: 5 });
show({ m: new Money(8) }, { depth: null });
const multi = { [util.inspect.custom]() { return 'line1\nline2'; } };
show({ a: { multi } });
const retObj = { [util.inspect.custom]() { return { replaced: [1, 2] }; } };
show(retObj);
show({ nested: retObj });
const retSelf = { x: 1, [util.inspect.custom]() { return this; } };
show(retSelf);
const optsSeen = { [util.inspect.custom](d, o) { return `${o.depth} ${o.compact} ${o.breakLength} ${o.colors} ${o.myOpt}`; } };
show(optsSeen, { myOpt: 'yes', depth: 3 });
show(optsSeen, { customInspect: false });
const styled = { [util.inspect.custom](d, o) { return o.stylize('sty', 'special'); } };
show(styled);
show(styled, { colors: true });
const proto = { [util.inspect.custom]() { return 'never'; } };
proto.constructor = function P() {};
proto.constructor.prototype = proto;
show(proto);
show(Object.create(proto));
const inspectFnItself = { [util.inspect.custom]: util.inspect };
show(inspectFnItself);

show(new Proxy({ a: 1 }, {}));
show(new Proxy([1, 2], {}));
show(new Proxy(function target() {}, {}));
show({ p: new Proxy({ b: 2 }, { get() { return 'trap'; } }) });
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
show(proxy);

show({ s: 'str', n: 1, b: true, u: undefined, nl: null, sy: Symbol('q'), big: 2n, d: new Date(0), r: /x/,
  f() {}, arr: [1], e: [,] }, { colors: true });
show(new Map([['k', 1]]), { colors: true });
show('x', { colors: true });
show({ m: new Money(1) }, { colors: true });
console.log(Object.keys(util.inspect.colors).length, util.inspect.colors.red, util.inspect.colors.grey, util.inspect.styles.number);
console.log(util.inspect(1, false, 0, true));
console.log(util.inspect({ a: { b: { c: 1 } } }, false, 0));
console.log(util.inspect({ a: 1 }, true));

const saved = { ...util.inspect.defaultOptions };
util.inspect.defaultOptions = { depth: 0, breakLength: 20 };
show({ a: { b: 1 }, c: 'longer string here' });
util.inspect.defaultOptions = saved;
show({ a: { b: 1 } });
try { util.inspect.defaultOptions = null; } catch (e) { console.log(e.code, e.message); }
console.log(util.inspect.defaultOptions.depth);

class Base { method() {} get acc() { return 1; } }
class Derived extends Base { constructor() { super(); this.own = 1; } other() {} }
show(new Derived(), { showHidden: true });
show(new Derived(), { showHidden: true, depth: 0 });
show([1, [2]], { showHidden: true });
show(new Map([[1, 2]]), { showHidden: true });
show(new Set([1]), { showHidden: true });
show(Object.assign(Object.create({ inherited: 1 }), { own: 2 }));
show(new Uint8Array(2), { showHidden: true });
