// EventEmitter core API: adding, emitting, listing listeners, the _events shape.
const EventEmitter = require('events');
const { EventEmitter: EE2 } = require('events');

console.log(EE2 === EventEmitter, typeof EventEmitter, EventEmitter.name, EventEmitter.length);
console.log(Object.keys(EventEmitter));
console.log(EventEmitter.usingDomains, EventEmitter.defaultMaxListeners, String(EventEmitter.errorMonitor));
console.log(EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
console.log(String(EventEmitter.kMaxEventTargetListeners), String(EventEmitter.kMaxEventTargetListenersWarned));
console.log(Object.getOwnPropertyNames(EventEmitter.prototype));
console.log(EventEmitter.prototype.on === EventEmitter.prototype.addListener,
  EventEmitter.prototype.off === EventEmitter.prototype.removeListener,
  EventEmitter.prototype.on.name, EventEmitter.prototype.off.name);
console.log(EventEmitter.prototype.emit.length, EventEmitter.once.length, EventEmitter.on.length,
  EventEmitter.prototype.listenerCount.length, EventEmitter.setMaxListeners.name === '');

const e = new EventEmitter();
console.log(Object.keys(e), e._eventsCount, e._maxListeners, Object.getPrototypeOf(e._events));
console.log(e.emit('nothing'), e.eventNames(), e.listeners('x'), e.rawListeners('x'));

const calls = [];
function a(...args) { calls.push(['a', this === e, args]); }
function b(...args) { calls.push(['b', this === e, args]); }
console.log(e.on('ev', a) === e);
console.log(typeof e._events.ev, e._eventsCount);
e.on('ev', b);
console.log(Array.isArray(e._events.ev), e._events.ev.length, e._eventsCount);
console.log(e.emit('ev'), e.emit('ev', 1), e.emit('ev', 1, 2), e.emit('ev', 1, 2, 3), e.emit('ev', 1, 2, 3, 4, 5));
console.log(JSON.stringify(calls));
calls.length = 0;

e.prependListener('ev', function c() { calls.push('c'); });
e.once('ev', function d() { calls.push('d'); });
e.prependOnceListener('ev', function f() { calls.push('f'); });
console.log(e.listeners('ev').map((fn) => fn.name));
console.log(e.rawListeners('ev').map((fn) => fn.name));
console.log(e.rawListeners('ev')[0].listener.name);
e.emit('ev');
e.emit('ev');
console.log(calls.filter((x) => typeof x === 'string').join(','));
console.log(e.listenerCount('ev'), e.listenerCount('nope'), e.listenerCount('ev', a), e.listenerCount('ev', () => {}));

// once listener called with the arguments and removed before running
const o = new EventEmitter();
o.once('x', function(...args) {
  console.log('once', args, this === o, o.listenerCount('x'));
  o.emit('x', 'nested');
});
o.emit('x', 1, 2);
o.emit('x', 3);
// listenerCount with a once-wrapped listener
function g() {}
o.once('y', g);
console.log(o.listenerCount('y', g), o.listeners('y')[0] === g, o.rawListeners('y')[0] === g);
console.log(typeof o.rawListeners('y')[0].listener);
// calling the raw wrapper directly runs the listener and removes it
o.rawListeners('y')[0]();
console.log(o.listenerCount('y'));

// symbols as event names
const s1 = Symbol('s1');
const sym = new EventEmitter();
sym.on('str', () => {});
sym.on(s1, (v) => console.log('symbol event', v));
sym.on(42, () => console.log('numeric event'));
console.log(sym.eventNames());
sym.emit(s1, 'payload');
sym.emit('42');

// max listeners
const m = new EventEmitter();
console.log(m.getMaxListeners(), m.setMaxListeners(3) === m, m.getMaxListeners(), m._maxListeners);
m.setMaxListeners(0);
for (let i = 0; i < 20; i++) m.on('many', () => {});
console.log(m.listenerCount('many'));
console.log(EventEmitter.getMaxListeners(m), EventEmitter.getMaxListeners(new EventEmitter()));
EventEmitter.setMaxListeners(5, m);
console.log(m.getMaxListeners());
console.log(EventEmitter.listenerCount(m, 'many'));
console.log(EventEmitter.getEventListeners(m, 'many').length, EventEmitter.getEventListeners(m, 'none'));

// returning this from every mutator
const r = new EventEmitter();
const fn = () => {};
console.log([r.on('a', fn), r.addListener('a', fn), r.prependListener('a', fn), r.once('a', fn),
  r.prependOnceListener('a', fn), r.off('a', fn), r.removeListener('a', fn), r.removeAllListeners('a'),
  r.removeAllListeners()].every((x) => x === r));

// inheritance patterns
function Legacy() { EventEmitter.call(this); }
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Legacy, EventEmitter);
const l = new Legacy();
l.on('x', (v) => console.log('legacy', v));
l.emit('x', 1);
console.log(Object.keys(l), l instanceof EventEmitter);

class Sub extends EventEmitter {
  constructor() { super(); this.extra = true; }
}
const sub = new Sub();
console.log(Object.keys(sub));

// emitter without init: prototype _events undefined
const bare = Object.create(EventEmitter.prototype);
console.log(bare._events, bare.emit('x'), bare.listenerCount('x'), bare.eventNames());
bare.on('x', () => console.log('bare on'));
bare.emit('x');
console.log(Object.keys(bare));

// init() resets
const re = new EventEmitter();
re.on('a', () => {});
EventEmitter.init.call(re);
console.log(re.listenerCount('a'));
console.log(typeof EventEmitter.EventEmitterAsyncResource);
