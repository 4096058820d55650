// 'error' events, errorMonitor, argument validation and the max-listeners warning.
const EventEmitter = require('events');
const process = require('process');

function show(fn) {
  try {
    const r = fn();
    console.log('ok', r);
  } catch (err) {
    console.log(err.name, err.code, err.message, 'context' in err ? err.context : '-');
  }
}

const e = new EventEmitter();
const err = new TypeError('boom');
show(() => { try { e.emit('error', err); } catch (x) { return x === err; } });
show(() => e.emit('error', 'a string'));
show(() => e.emit('error'));
show(() => e.emit('error', 42));
show(() => e.emit('error', { message: 'obj' }));
show(() => e.emit('error', null));
show(() => e.emit('error', [1, 2]));
show(() => e.emit('error', Symbol('s')));

// errorMonitor sees the error first and doesn't count as a handler
const mon = new EventEmitter();
mon.on(EventEmitter.errorMonitor, (x, y) => console.log('monitor', x.message, y));
show(() => mon.emit('error', new Error('watched'), 'extra'));
mon.on('error', (x) => console.log('handled', x.message));
show(() => mon.emit('error', new Error('second')));
console.log(mon.eventNames());

// error with a handler is just an event
const h = new EventEmitter();
h.on('error', (a, b) => console.log('got error', a, b));
console.log(h.emit('error', 'x', 'y'));

// max listeners validation
show(() => e.setMaxListeners(-1));
show(() => e.setMaxListeners('3'));
show(() => e.setMaxListeners(NaN));
show(() => e.setMaxListeners(Infinity).getMaxListeners());
show(() => { EventEmitter.defaultMaxListeners = -1; });
show(() => { EventEmitter.defaultMaxListeners = 'x'; });
show(() => { EventEmitter.defaultMaxListeners = NaN; });
show(() => EventEmitter.setMaxListeners(-5));
show(() => EventEmitter.setMaxListeners(3, {}));
show(() => EventEmitter.setMaxListeners(3, null));
show(() => EventEmitter.getEventListeners({}, 'x'));
show(() => EventEmitter.getMaxListeners({}));
show(() => EventEmitter.getMaxListeners(null));
show(() => { EventEmitter.captureRejections = 'yes'; });
show(() => new EventEmitter({ captureRejections: 'yes' }));
show(() => new EventEmitter({ captureRejections: 0 })[Object.getOwnPropertySymbols(new EventEmitter()).find((s) => String(s) === 'Symbol(kCapture)')]);
show(() => EventEmitter.addAbortListener(undefined, () => {}));
show(() => EventEmitter.addAbortListener({}, () => {}));
show(() => EventEmitter.addAbortListener(new AbortController().signal, 'x'));
show(() => EventEmitter.on({}, 'x'));
show(() => EventEmitter.on(new EventEmitter(), 'x', { signal: 1 }));
show(() => typeof EventEmitter.on(new EventEmitter(), 'x', 'opts'));
show(() => EventEmitter.on(new EventEmitter(), 'x', { highWaterMark: 0 }));
show(() => EventEmitter.on(new EventEmitter(), 'x', { lowWaterMark: 1.5 }));
show(() => EventEmitter.on(new EventEmitter(), 'x', { highWatermark: 'a' }));

// the default applies to emitters without their own limit
EventEmitter.defaultMaxListeners = 2;
const dm = new EventEmitter();
console.log(dm.getMaxListeners(), EventEmitter.getMaxListeners(dm));
EventEmitter.setMaxListeners(10);
console.log(EventEmitter.defaultMaxListeners, dm.getMaxListeners());
EventEmitter.setMaxListeners();
console.log(EventEmitter.defaultMaxListeners);

// MaxListenersExceededWarning, once per event name
process.on('warning', (w) => {
  console.log('warning:', w.name, w.message, w.count, String(w.type), w.emitter === leak || w.emitter === symLeak || w.emitter instanceof Custom);
});
const leak = new EventEmitter();
for (let i = 0; i < 12; i++) leak.on('data', () => {});
for (let i = 0; i < 12; i++) leak.on('data', () => {});
leak.setMaxListeners(1);
leak.on('other', () => {});
leak.on('other', () => {});
const symLeak = new EventEmitter();
const sk = Symbol('sk');
for (let i = 0; i < 11; i++) symLeak.on(sk, () => {});
class Custom extends EventEmitter {}
const c = new Custom();
c.setMaxListeners(2);
for (let i = 0; i < 3; i++) c.prependListener('p', () => {});
console.log('sync done');
