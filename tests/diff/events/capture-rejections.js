// captureRejections: rejected promises from listeners become 'error' or Symbol.for('nodejs.rejection').
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;

console.log(EventEmitter.captureRejections);

const a = new EventEmitter({ captureRejections: true });
a.on('job', async (n) => { throw new Error(`fail ${n}`); });
a.on('error', (err) => console.log('a error:', err.message));
a.emit('job', 1);

const b = new EventEmitter({ captureRejections: true });
b.on('job', async () => { throw new Error('to symbol'); });
b[captureRejectionSymbol] = (err, type, ...args) => console.log('b rejection:', err.message, type, args);
b.emit('job', 'x', 'y');

// thenables count too
const c = new EventEmitter({ captureRejections: true });
c.on('t', () => ({ then(res, rej) { rej(new Error('thenable')); } }));
c.on('error', (err) => console.log('c error:', err.message));
c.emit('t');

// a getter on then that throws is reported synchronously as 'error'
const d = new EventEmitter({ captureRejections: true });
d.on('g', () => ({ get then() { throw new Error('bad then'); } }));
d.on('error', (err) => console.log('d error:', err.message));
d.emit('g');

// without capture, rejections are not handled by the emitter
const e = new EventEmitter();
const p = Promise.reject(new Error('ignored'));
p.catch(() => console.log('handled outside'));
e.on('x', () => p);
e.emit('x');

// global switch
EventEmitter.captureRejections = true;
const f = new EventEmitter();
f.on('y', async () => { throw new Error('global'); });
f.on('error', (err) => console.log('f error:', err.message));
f.emit('y');
EventEmitter.captureRejections = false;
console.log(new EventEmitter().listenerCount('y'));

// the error listener rejecting again does not loop
const g = new EventEmitter({ captureRejections: true });
g.on('z', async () => { throw new Error('first'); });
let count = 0;
g.on('error', (err) => { count++; console.log('g error:', err.message); });
g.emit('z');
setTimeout(() => console.log('g count', count), 5);
console.log('sync end');
