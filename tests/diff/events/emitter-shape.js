// Module shape, once-wrappers, removal order, listenerCount(type, fn), init and the async-resource emitter.
const EventEmitter = require('events');

console.log(Object.keys(EventEmitter));
console.log(Object.getOwnPropertyNames(EventEmitter.prototype));
console.log(EventEmitter.init.name === '', EventEmitter.init.length, EventEmitter.setMaxListeners.length,
  EventEmitter.prototype.emit.length, EventEmitter.prototype.on === EventEmitter.prototype.addListener,
  EventEmitter.prototype.off.name, EventEmitter.once.length, EventEmitter.on.length);
console.log(typeof EventEmitter.kMaxEventTargetListeners, EventEmitter.usingDomains,
  EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'), String(EventEmitter.errorMonitor));

const e = new EventEmitter();
function a1() {}
function a2() {}
e.on('removeListener', (t, l) => console.log('removed', t, l.name));
e.on('newListener', (t, l) => console.log('new', String(t), l.name));
e.on('a', a1);
e.once('a', a2);
e.prependOnceListener('a', a1);
const raw = e.rawListeners('a');
console.log(raw.map((f) => f.name), e.listeners('a').map((f) => f.name), raw[0].length, Object.keys(raw[0]));
console.log(e.listenerCount('a'), e.listenerCount('a', a1), e.listenerCount('a', a2), e.listenerCount('zz', a1));
e.removeAllListeners('a');
console.log(e.eventNames());
const s = Symbol('s');
e.on(s, a1);
e.removeListener(s, a1);
e.removeListener('nope', a1);
console.log(e._eventsCount, Object.getPrototypeOf(e._events));

// emit argument counts reach listeners unchanged
const n = new EventEmitter();
n.on('x', function(...args) { console.log('argc', arguments.length, args, this === n); });
n.emit('x');
n.emit('x', undefined);
n.emit('x', 1, 2);
n.emit('x', 1, 2, 3);
n.emit('x', 1, 2, 3, 4, 5);
console.log(n.emit('none'), n.emit('x', 'r'));

// a listener removing another during emit does not affect the current emit
const m = new EventEmitter();
const later = () => console.log('later still ran');
m.on('go', () => { m.removeListener('go', later); console.log('first'); });
m.on('go', later);
m.emit('go');
m.emit('go');

// once-wrapper called by hand only fires once
const o = new EventEmitter();
o.once('q', (v) => { console.log('q got', v); return 'ret'; });
const w = o.rawListeners('q')[0];
console.log(w('a'), w('b'), o.listenerCount('q'));

// init on a plain object, util.inherits style
const util = require('util');
function Legacy() { EventEmitter.call(this); }
util.inherits(Legacy, EventEmitter);
const l = new Legacy();
l.on('z', (v) => console.log('legacy', v));
l.emit('z', 5);
const bare = Object.create(EventEmitter.prototype);
bare.on('k', () => console.log('bare ok'));
bare.emit('k');
console.log(EventEmitter.listenerCount(l, 'z'), EventEmitter.listenerCount({}, 'z'));

// static getters / setters
console.log(EventEmitter.getMaxListeners(new EventTarget()), EventEmitter.getEventListeners(e, 'none'));
const et = new EventTarget();
EventEmitter.setMaxListeners(3, et, new EventEmitter());
console.log(EventEmitter.getMaxListeners(et));
const handler = () => {};
et.addEventListener('foo', handler);
console.log(EventEmitter.getEventListeners(et, 'foo').length, EventEmitter.getEventListeners(et, 'foo')[0] === handler);

// EventEmitterAsyncResource
const { EventEmitterAsyncResource } = EventEmitter;
try {
  const r = new EventEmitterAsyncResource({ name: 'R' });
  r.on('p', (v) => console.log('async resource emit', v));
  console.log(r.emit('p', 1), typeof r.asyncId, r.asyncResource.eventEmitter === r);
} catch (err) {
  console.log('ear', err.code);
}
try {
  new EventEmitterAsyncResource();
} catch (err) {
  console.log('ear', err.code, err.message);
}
class Named extends EventEmitterAsyncResource {}
console.log(new Named() instanceof EventEmitter);
