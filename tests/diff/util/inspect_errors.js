// util.inspect of errors (with fixed stacks so the output is engine independent)
const util = require('util');
const show = (v, o) => console.log(o === undefined ? util.inspect(v) : util.inspect(v, o));
const withStack = (err, frames) => {
  Object.defineProperty(err, 'stack', {
    value: `${err.name}: ${err.message}${frames.map((f) => `\n    at ${f}`).join('')}`,
    writable: true, configurable: true, enumerable: false,
  });
  return err;
};

const e1 = withStack(new Error('boom'), ['f (file.js:1:1)', 'g (file.js:2:2)']);
show(e1);
show({ e1 });
show([e1]);
const e2 = withStack(new TypeError('bad type'), ['h (x.js:3:4)']);
e2.code = 'ERR_X';
e2.info = { a: 1 };
show(e2);
show({ nested: { e2 } });
const noStack = new RangeError('no stack here');
Object.defineProperty(noStack, 'stack', { value: undefined, writable: true, configurable: true });
show(noStack);
show([noStack]);
const noStack2 = new Error('with props');
noStack2.stack = '';
noStack2.extra = 42;
show(noStack2);
const emptyMsg = new Error();
emptyMsg.stack = 'Error';
show(emptyMsg);
class MyError extends Error {}
show(withStack(new MyError('mine'), ['m (m.js:1:1)']));
class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }
show(withStack(new NamedError('named'), ['n (n.js:1:1)']));
const renamed = withStack(new Error('renamed'), ['r (r.js:1:1)']);
renamed.name = 'CustomName';
show(renamed);
const cause = withStack(new Error('root cause'), ['a (c.js:1:1)']);
const top = withStack(new Error('top', { cause }), ['b (c.js:2:2)']);
show(top);
const primCause = withStack(new Error('prim', { cause: 'just a string' }), ['p (p.js:1:1)']);
show(primCause);
const agg = withStack(new AggregateError([withStack(new Error('one'), ['o (o.js:1:1)'])], 'many'), ['q (q.js:1:1)']);
show(agg);
const nullProtoErr = withStack(new Error('np'), ['z (z.js:1:1)']);
Object.setPrototypeOf(nullProtoErr, null);
show(nullProtoErr);
const fakeStack = new Error('msg');
fakeStack.stack = 'something weird';
show(fakeStack);
const shared = ['s1 (s.js:1:1)', 's2 (s.js:2:2)', 's3 (s.js:3:3)', 's4 (s.js:4:4)', 's5 (s.js:5:5)'];
const inner = withStack(new Error('inner'), ['i0 (i.js:1:1)', ...shared]);
const outer = withStack(new Error('outer', { cause: inner }), ['o0 (o.js:1:1)', ...shared]);
show(outer);
show(withStack(new Error('deep'), ['d (d.js:1:1)']), { depth: 0 });
show({ a: { b: { c: withStack(new Error('deep'), ['d (d.js:1:1)']) } } });
const msgInName = new Error('xyz');
msgInName.stack = 'Error: xyz';
msgInName.message = 'xyz';
show(msgInName);
console.log(util.format('%s', withStack(new Error('fmt'), ['f (f.js:1:1)'])));
console.log(util.format('%s', noStack));
