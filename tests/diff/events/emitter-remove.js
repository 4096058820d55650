// Removing listeners: during emit, 'newListener'/'removeListener' events, removeAllListeners.
const EventEmitter = require('events');

const log = [];
const e = new EventEmitter();
e.on('newListener', (type, fn) => log.push(`new:${String(type)}:${fn.name}`));
e.on('removeListener', (type, fn) => log.push(`remove:${String(type)}:${fn.name}`));
function one() { log.push('one'); }
function two() { log.push('two'); }
function three() { log.push('three'); }
e.on('x', one);
e.once('x', two);
e.on('x', three);
e.on(Symbol.for('s'), one);
console.log(log.splice(0));
e.emit('x');
console.log(log.splice(0));
e.removeListener('x', one);
e.removeListener('x', 'nope' === 'x' ? one : three);
console.log(log.splice(0), e.listenerCount('x'), e.eventNames());
e.removeListener('x', function notThere() {});
console.log(log.splice(0));

// newListener is emitted before the listener is added
const n = new EventEmitter();
let added = false;
n.on('newListener', (type) => {
  if (type === 'evt' && !added) {
    added = true;
    n.on('evt', function inner() { log.push('inner'); });
  }
});
n.on('evt', function outer() { log.push('outer'); });
n.emit('evt');
console.log(log.splice(0));

// removal during emit does not affect the current emit
const d = new EventEmitter();
function r1() { log.push('r1'); d.removeListener('e', r2); }
function r2() { log.push('r2'); }
d.on('e', r1);
d.on('e', r2);
d.emit('e');
d.emit('e');
console.log(log.splice(0));
// adding during emit doesn't run the new one now
const ad = new EventEmitter();
ad.on('e', () => { log.push('first'); ad.on('e', () => log.push('added')); });
ad.emit('e');
ad.emit('e');
console.log(log.splice(0));

// duplicate listeners: removes the last added instance
const dup = new EventEmitter();
function same() { log.push('same'); }
dup.on('e', same);
dup.on('e', () => log.push('between'));
dup.on('e', same);
dup.removeListener('e', same);
dup.emit('e');
console.log(log.splice(0), dup.listenerCount('e'));
dup.removeListener('e', same);
console.log(typeof dup._events.e, dup.listenerCount('e'));

// removeAllListeners with removeListener listeners: order and the final cleanup
const all = new EventEmitter();
all.on('removeListener', function rl(type, fn) { log.push(`rm ${String(type)} ${fn.name}`); });
all.on('a', function a1() {});
all.on('a', function a2() {});
all.on('b', function b1() {});
all.once('c', function c1() {});
all.removeAllListeners('a');
console.log(log.splice(0), all.eventNames());
all.removeAllListeners();
console.log(log.splice(0), all.eventNames(), all._eventsCount);
all.removeAllListeners('zzz');
console.log(all.eventNames());

// removeAllListeners without removeListener listeners
const quiet = new EventEmitter();
quiet.on('a', () => {});
quiet.on('b', () => {});
quiet.removeAllListeners('a');
console.log(quiet.eventNames(), quiet._eventsCount);
quiet.removeAllListeners('b');
console.log(quiet.eventNames(), quiet._eventsCount, Object.getPrototypeOf(quiet._events));
quiet.on('c', () => {});
quiet.removeAllListeners();
console.log(quiet.eventNames(), quiet._eventsCount);

// off with a once listener by original function
const of = new EventEmitter();
function orig() { log.push('orig'); }
of.once('z', orig);
of.off('z', orig);
console.log(of.emit('z'), log.splice(0));

// removing the last listener resets _events
const last = new EventEmitter();
last.on('q', orig);
const before = last._events;
last.off('q', orig);
console.log(last._events === before, last._eventsCount);

// array collapses back to a function
const col = new EventEmitter();
col.on('k', orig);
col.on('k', one);
col.off('k', one);
console.log(typeof col._events.k, col._events.k === orig);

// listener validation
for (const bad of [undefined, null, 'str', 1, {}]) {
  for (const m of ['on', 'once', 'prependListener', 'prependOnceListener', 'removeListener']) {
    try {
      col[m]('k', bad);
      console.log(m, 'no throw');
    } catch (err) {
      console.log(m, err.name, err.code, err.message);
    }
  }
}

// newListener receives the original function for once()
const nl = new EventEmitter();
nl.on('newListener', (t, fn) => console.log('newListener', t, fn === orig));
nl.once('w', orig);
nl.prependOnceListener('w', orig);
