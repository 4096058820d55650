// EventTarget / Event / CustomEvent: dispatch order, options, errors in listeners, properties.
const process = require('process');
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
process.on('warning', (w) => console.log('warning:', w.name, w.message, w.count, w.type));

function show(fn) {
  try {
    console.log('ok', fn());
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

const flags = (o, k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  return `${String(k)}:${d.get ? 'g' : ''}${d.set ? 's' : ''}${d.enumerable ? 'E' : ''}${d.configurable ? 'C' : ''}${d.writable ? 'W' : ''}`;
};
console.log(Object.getOwnPropertyNames(Event.prototype).map((k) => flags(Event.prototype, k)).join(' '));
console.log(Object.getOwnPropertyNames(Event).map((k) => flags(Event, k)).join(' '));
console.log(Object.getOwnPropertyNames(EventTarget.prototype).map((k) => flags(EventTarget.prototype, k)).join(' '));
console.log(Object.getOwnPropertyNames(CustomEvent.prototype).map((k) => flags(CustomEvent.prototype, k)).join(' '));
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, Event.prototype.AT_TARGET);
console.log(Object.prototype.toString.call(new Event('x')), Object.prototype.toString.call(new EventTarget()),
  Object.prototype.toString.call(new CustomEvent('x')));

// Event properties
const e = new Event('foo');
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.isTrusted, e.eventPhase,
  e.target, e.currentTarget, e.srcElement, e.returnValue, e.cancelBubble, e.composedPath(), typeof e.timeStamp);
const opt = new Event('bar', { bubbles: true, cancelable: true, composed: true });
console.log(opt.bubbles, opt.cancelable, opt.composed);
opt.preventDefault();
console.log(opt.defaultPrevented, opt.returnValue);
const nc = new Event('nc');
nc.preventDefault();
console.log(nc.defaultPrevented, nc.returnValue);
nc.cancelBubble = false;
console.log(nc.cancelBubble);
nc.cancelBubble = true;
console.log(nc.cancelBubble);
const ie = new Event('a');
ie.initEvent('b', true, true);
console.log(ie.type, ie.bubbles, ie.cancelable);
console.log(new Event(undefined).type, new Event(null).type, new Event(12).type, new Event('x', null).type);
show(() => new Event());
show(() => new Event('x', 5));
show(() => new Event('x', []));
show(() => new Event(Symbol('s')));
show(() => Event.prototype.type);
show(() => Event.prototype.isTrusted);
show(() => ie.initEvent());
show(() => new CustomEvent());
show(() => CustomEvent.prototype.detail);
console.log(new CustomEvent('c', { detail: { a: 1 } }).detail, new CustomEvent('c').detail,
  new CustomEvent('c', { detail: undefined }).detail, new CustomEvent('c') instanceof Event);

// dispatching
const t = new EventTarget();
t.addEventListener('x', function(ev) {
  console.log('l1', this === t, ev.target === t, ev.currentTarget === t, ev.srcElement === t, ev.eventPhase,
    ev.composedPath().length);
});
t.addEventListener('x', (ev) => console.log('l2', ev.eventPhase, ev.currentTarget));
const ev = new Event('x');
console.log(t.dispatchEvent(ev), ev.target === t, ev.currentTarget, ev.eventPhase);
console.log(t.dispatchEvent(ev));

// duplicate registration, capture flag is part of identity; removeEventListener(…, true) quirk
const t2 = new EventTarget();
const f = () => console.log('f');
t2.addEventListener('a', f);
t2.addEventListener('a', f);
t2.addEventListener('a', f, true);
t2.addEventListener('a', f, { capture: true });
t2.dispatchEvent(new Event('a'));
t2.removeEventListener('a', f, true);
t2.dispatchEvent(new Event('a'));
t2.removeEventListener('a', f, { capture: true });
t2.dispatchEvent(new Event('a'));
console.log('--');

// once, handleEvent objects, passive, stopImmediatePropagation, stopPropagation
const t3 = new EventTarget();
t3.addEventListener('o', () => console.log('once'), { once: true });
t3.dispatchEvent(new Event('o'));
t3.dispatchEvent(new Event('o'));
const handler = { handleEvent(evt) { console.log('handleEvent', this === handler, evt.type); } };
t3.addEventListener('h', handler);
t3.dispatchEvent(new Event('h'));
t3.removeEventListener('h', handler);
t3.dispatchEvent(new Event('h'));
t3.addEventListener('p', (evt) => { evt.preventDefault(); }, { passive: true });
const pe = new Event('p', { cancelable: true });
console.log(t3.dispatchEvent(pe), pe.defaultPrevented);
t3.addEventListener('s', (evt) => { console.log('s1'); evt.stopImmediatePropagation(); });
t3.addEventListener('s', () => console.log('s2'));
t3.dispatchEvent(new Event('s'));
t3.addEventListener('sp', (evt) => { console.log('sp1'); evt.stopPropagation(); });
t3.addEventListener('sp', () => console.log('sp2'));
t3.dispatchEvent(new Event('sp'));
const stopped = new Event('sp');
stopped.stopImmediatePropagation();
console.log(t3.dispatchEvent(stopped), stopped.cancelBubble);

// listener removal during dispatch
const t4 = new EventTarget();
const r2 = () => console.log('r2');
t4.addEventListener('r', () => { console.log('r1'); t4.removeEventListener('r', r2); });
t4.addEventListener('r', r2);
t4.addEventListener('r', () => { console.log('r3'); t4.addEventListener('r', () => console.log('r4')); });
t4.dispatchEvent(new Event('r'));
console.log('--');
t4.dispatchEvent(new Event('r'));

// recursion
const t5 = new EventTarget();
t5.addEventListener('rec', (evt) => show(() => t5.dispatchEvent(evt)));
t5.dispatchEvent(new Event('rec'));

// argument validation
show(() => t5.addEventListener('x'));
show(() => t5.addEventListener('x', 5));
show(() => t5.addEventListener('x', () => {}, 5));
show(() => t5.addEventListener('x', () => {}, { signal: 5 }));
show(() => t5.removeEventListener('x'));
show(() => t5.removeEventListener('x', 5));
show(() => t5.dispatchEvent({ type: 'x' }));
show(() => t5.dispatchEvent());
show(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {}));
show(() => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));
show(() => t5.addEventListener(Symbol('s'), () => {}));
show(() => t5.addEventListener('x', () => {}, null));
show(() => t5.removeEventListener('nothing', () => {}));
show(() => t5.removeEventListener('x', null));
t5.addEventListener('y', null);
t5.addEventListener('y', undefined);

// signal option
const t6 = new EventTarget();
const ac = new AbortController();
t6.addEventListener('sig', () => console.log('sig'), { signal: ac.signal });
t6.dispatchEvent(new Event('sig'));
ac.abort();
t6.dispatchEvent(new Event('sig'));
t6.addEventListener('sig', () => console.log('sig after abort'), { signal: ac.signal });
t6.dispatchEvent(new Event('sig'));

// max listeners warning
const t7 = new EventTarget();
for (let i = 0; i < 12; i++) t7.addEventListener('many', () => {});
const EventEmitter = require('events');
const t8 = new EventTarget();
EventEmitter.setMaxListeners(1, t8);
console.log(EventEmitter.getMaxListeners(t8), EventEmitter.getMaxListeners(t7));
t8.addEventListener('two', () => {});
t8.addEventListener('two', () => {});
console.log(EventEmitter.getEventListeners(t8, 'two').length, EventEmitter.getEventListeners(t8, 'none'));
const hl = () => {};
t8.addEventListener('three', hl);
console.log(EventEmitter.getEventListeners(t8, 'three')[0] === hl);

// errors thrown by listeners are uncaught exceptions on the next tick; dispatch continues
const t9 = new EventTarget();
t9.addEventListener('th', () => { throw new Error('boom'); });
t9.addEventListener('th', () => console.log('after throw'));
t9.addEventListener('as', async () => { throw new Error('async boom'); });
t9.addEventListener('he', { handleEvent() { throw new Error('handleEvent boom'); } });
t9.addEventListener('he3', {});
console.log(t9.dispatchEvent(new Event('th')));
t9.dispatchEvent(new Event('as'));
t9.dispatchEvent(new Event('he'));
t9.dispatchEvent(new Event('he3'));

// subclassing
class MyTarget extends EventTarget {}
const mt = new MyTarget();
mt.addEventListener('m', (evt) => console.log('subclass', evt instanceof Event, evt.target === mt));
mt.dispatchEvent(new CustomEvent('m', { detail: 1 }));
class MyEvent extends Event {
  constructor() { super('my', { cancelable: true }); }
}
const me = new MyEvent();
mt.addEventListener('my', (evt) => evt.preventDefault());
console.log(mt.dispatchEvent(me), me.defaultPrevented, me.type);
console.log('sync end');
