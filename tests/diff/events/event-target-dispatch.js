// EventTarget dispatch details: phase/currentTarget after the first listener, listener chain
// mutation during dispatch, once, signal removal, handleEvent errors, onabort ordering.
const process = require('process');
const util = require('util');
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));

const t = new EventTarget();
for (let i = 0; i < 3; i++) {
  t.addEventListener('x', function(e) {
    console.log(i, e.eventPhase, e.currentTarget === t, e.target === t, e.composedPath().length, this === t);
  });
}
t.dispatchEvent(new Event('x'));

// boolean options select capture on add but not on remove
let n = 0;
const f = () => console.log('f', ++n);
const t3 = new EventTarget();
t3.addEventListener('b', f, true);
t3.removeEventListener('b', f, true);
t3.dispatchEvent(new Event('b'));
t3.removeEventListener('b', f, { capture: true });
t3.dispatchEvent(new Event('b'));

// once listeners removed before they run, even if they dispatch again
const t4 = new EventTarget();
t4.addEventListener('o', () => { console.log('once run'); t4.dispatchEvent(new Event('o')); }, { once: true });
t4.dispatchEvent(new Event('o'));

// signal removes; aborting twice is harmless
const ac = new AbortController();
const t5 = new EventTarget();
t5.addEventListener('s', () => console.log('s1'), { signal: ac.signal });
t5.addEventListener('s', () => console.log('s2'), { signal: ac.signal, once: true });
console.log(require('events').getEventListeners(ac.signal, 'abort').length);
ac.abort();
t5.dispatchEvent(new Event('s'));
console.log(require('events').getEventListeners(ac.signal, 'abort').length);

// errors: sync, async and handleEvent, interleaved with ticks and microtasks
const t9 = new EventTarget();
t9.addEventListener('th', () => { throw new Error('boom'); });
t9.addEventListener('as', async () => { throw new Error('async boom'); });
t9.addEventListener('he', { handleEvent() { throw new Error('handleEvent boom'); } });
process.nextTick(() => console.log('tick A'));
queueMicrotask(() => console.log('micro A'));
t9.dispatchEvent(new Event('th'));
t9.dispatchEvent(new Event('as'));
t9.dispatchEvent(new Event('he'));
process.nextTick(() => console.log('tick B'));

// handler attribute values
const ac2 = new AbortController();
ac2.signal.onabort = { handleEvent() { console.log('object handler'); } };
console.log(typeof ac2.signal.onabort);
ac2.signal.onabort = () => console.log('fn handler');
ac2.abort();
console.log(require('events').getEventListeners(ac2.signal, 'abort').length);

// any(): sources fire before dependents
const src = new AbortController();
const dep = AbortSignal.any([src.signal]);
src.signal.addEventListener('abort', () => console.log('src', dep.aborted));
dep.addEventListener('abort', () => console.log('dep', dep.reason));
src.abort('why');
console.log(AbortSignal.any([dep]) === dep, AbortSignal.any([dep]).reason);

// inspect
class AC extends AbortController {}
const a = new AC();
console.log(util.inspect(a), util.inspect({ x: { y: a } }, { depth: 1 }));
console.log(util.inspect(new AbortController(), { depth: 0 }));
class E2 extends Event {}
console.log(util.inspect(new E2('x'), { depth: -1 }));
const stamp = (s) => s.replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: N');
const ce = new Event('c', { cancelable: true });
ce.preventDefault();
console.log(stamp(util.inspect(ce, { breakLength: Infinity })));
console.log(util.inspect(new AbortController(), { depth: null }));
console.log(util.inspect({ a: new AbortController() }, { depth: 1 }), util.inspect([[new AbortController()]]));
