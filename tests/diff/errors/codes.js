// Node-style coded errors from library validation.
const check = (fn) => { try { fn(); } catch (e) { console.log(e.name, e.code, e.message, e instanceof TypeError || e instanceof RangeError, e.stack.split('\n')[0]); } };
check(() => Buffer.alloc('x'));
check(() => Buffer.alloc(-1));
check(() => require('path').join(1));
check(() => setTimeout(null));
check(() => require('events').once());
check(() => new (require('events'))().emit('error', new Error('emitted')));
check(() => new (require('events'))().emit('error', 'a string'));
check(() => require('util').promisify(5));
check(() => process.nextTick(5));
check(() => require('no-such-module-anywhere'));
check(() => require(''));
check(() => require(5));
const e = (() => { try { Buffer.alloc('x'); } catch (x) { return x; } })();
console.log(Object.keys(e), String(e));
