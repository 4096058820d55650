// How emitters, events, targets and signals print.
const util = require('util');
const EventEmitter = require('events');

const e = new EventEmitter();
console.log(e);
function named() {}
e.on('a', named);
e.once('b', named);
e.on('b', () => {});
console.log(e);
console.log(util.inspect(e, { depth: 0 }));

class Custom extends EventEmitter {}
console.log(util.inspect(new Custom(), { depth: -1 }));

const stamp = (s) => s.replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: N');
console.log(stamp(util.inspect(new Event('foo'), { breakLength: Infinity })));
console.log(stamp(util.inspect(new Event('bar', { cancelable: true }), { breakLength: Infinity })));
console.log(stamp(util.inspect(new CustomEvent('c', { detail: 1 }), { compact: false })));
console.log(stamp(util.inspect([new Event('x')], { depth: 0 })));
console.log(stamp(util.inspect({ a: { b: new Event('x') } }, { depth: 1 })));
console.log(new EventTarget(), util.inspect(new EventTarget(), { depth: -1 }));
class MyTarget extends EventTarget {}
console.log(new MyTarget());

const ac = new AbortController();
console.log(ac, ac.signal, [ac.signal], { ac });
ac.abort();
console.log(ac.signal);
console.log(util.inspect(ac.signal, { depth: -1 }), util.inspect({ a: ac }, { depth: 0 }),
  util.inspect({ a: ac }, { depth: 1 }));
console.log(AbortSignal.abort('x'));

const d = new DOMException('msg', 'NotFoundError');
console.log(util.inspect(d).split('\n')[0]);
console.log(util.inspect(d.name), util.inspect(d.code));
