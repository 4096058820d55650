// AbortController / AbortSignal: abort, reason, onabort, static abort/timeout/any.
const process = require('process');
const { setTimeout } = require('timers');

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
console.log(Object.getOwnPropertyNames(AbortSignal.prototype).map((k) => flags(AbortSignal.prototype, k)).join(' '));
console.log(Object.getOwnPropertyNames(AbortSignal).join(' '));
console.log(Object.getOwnPropertyNames(AbortController.prototype).map((k) => flags(AbortController.prototype, k)).join(' '));
console.log(Object.prototype.toString.call(new AbortController()), Object.prototype.toString.call(AbortSignal.abort()));

const ac = new AbortController();
const s = ac.signal;
console.log(s === ac.signal, s instanceof EventTarget, s instanceof AbortSignal, s.aborted, s.reason, s.onabort);
show(() => s.throwIfAborted());
s.onabort = (e) => console.log('onabort', e.type, e.isTrusted, e instanceof Event, e.constructor.name, s.aborted,
  e.target === s);
s.addEventListener('abort', (e) => console.log('listener', e.eventPhase, e.isTrusted));
console.log(typeof s.onabort);
ac.abort();
ac.abort('again');
console.log(s.aborted, s.reason.name, s.reason.message, s.reason.code, s.reason instanceof DOMException,
  s.reason instanceof Error);
try {
  s.throwIfAborted();
} catch (err) {
  console.log('thrown reason', err === s.reason);
}

// custom reasons
const ac2 = new AbortController();
ac2.abort({ custom: true });
console.log(ac2.signal.reason);
const ac3 = new AbortController();
ac3.abort(undefined);
console.log(ac3.signal.reason.name);
const ac4 = new AbortController();
ac4.abort(null);
console.log(ac4.signal.reason);

// onabort handler semantics
const ac5 = new AbortController();
const log = [];
ac5.signal.addEventListener('abort', () => log.push('first'));
ac5.signal.onabort = () => log.push('handler-v1');
ac5.signal.addEventListener('abort', () => log.push('third'));
ac5.signal.onabort = () => log.push('handler-v2');
ac5.abort();
console.log(log);
const ac6 = new AbortController();
ac6.signal.onabort = 'not a function';
console.log(ac6.signal.onabort);
ac6.signal.onabort = null;
console.log(ac6.signal.onabort);
ac6.abort();

// brand checks
show(() => new AbortSignal());
show(() => AbortSignal.prototype.aborted);
show(() => AbortSignal.prototype.reason);
show(() => AbortSignal.prototype.throwIfAborted.call({}));
show(() => AbortController.prototype.signal);
show(() => AbortController.prototype.abort.call({}));
show(() => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').get.call({}));

// AbortSignal.abort
const a1 = AbortSignal.abort();
console.log(a1.aborted, a1.reason.name, a1.reason.message);
console.log(AbortSignal.abort('r').reason, AbortSignal.abort(undefined).reason.name, AbortSignal.abort(null).reason);

// AbortSignal.timeout
show(() => AbortSignal.timeout(-1));
show(() => AbortSignal.timeout('1'));
show(() => AbortSignal.timeout(1.5));
show(() => AbortSignal.timeout(2 ** 32));
// Started once any(timeout(1)) below has fired, so the two never race on a loaded machine.
// AbortSignal.timeout's timers are unref'd: `hold` keeps the process alive meanwhile.
const hold = setInterval(() => {}, 1000);
function timeoutPart() {
  const ts = AbortSignal.timeout(5);
  console.log(ts.aborted);
  ts.addEventListener('abort', () => {
    console.log('timeout fired', ts.reason.name, ts.reason.message, ts.reason.code, ts.reason instanceof DOMException);
    clearInterval(hold);
    // an unreferenced long timeout does not keep the process alive
    AbortSignal.timeout(100000).addEventListener('abort', () => console.log('never'));
    setTimeout(() => console.log('keepalive done'), 5);
  });
}

// AbortSignal.any
show(() => AbortSignal.any(5));
show(() => AbortSignal.any([5]));
show(() => AbortSignal.any([new AbortController().signal, {}]));
console.log(AbortSignal.any([]).aborted, AbortSignal.any([AbortSignal.abort('pre')]).reason);
const c1 = new AbortController();
const c2 = new AbortController();
const any = AbortSignal.any([c1.signal, c2.signal]);
const any2 = AbortSignal.any([any, c1.signal]);
any.addEventListener('abort', () => console.log('any aborted', any.reason, any2.aborted));
any2.addEventListener('abort', () => console.log('any2 aborted', any2.reason));
c1.signal.addEventListener('abort', () => console.log('c1 aborted', any.aborted));
c2.abort('r2');
c1.abort('r1');
console.log(any.reason, any2.reason);
const anyTimeout = AbortSignal.any([AbortSignal.timeout(1)]);
anyTimeout.onabort = () => { console.log('any(timeout)', anyTimeout.reason.name); timeoutPart(); };

// signals are EventTargets: once via events
const EventEmitter = require('events');
const ac7 = new AbortController();
EventEmitter.once(ac7.signal, 'abort').then(([ev]) => console.log('events.once abort', ev.type));
ac7.abort();
console.log(EventEmitter.getMaxListeners(ac7.signal));
process.on('warning', (w) => console.log('warning:', w.message));
const ac8 = new AbortController();
for (let i = 0; i < 11; i++) ac8.signal.addEventListener('abort', () => {});
console.log('sync end');
