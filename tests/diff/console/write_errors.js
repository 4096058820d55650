// Console write failures: swallowed unless ignoreErrors is false; stack overflow propagates;
// asynchronous stream errors do not crash and leave no listeners behind.
const { Console } = require('console');
const { Writable } = require('stream');

const thrower = { write() { throw new Error('boom'); }, listenerCount() { return 0; }, once() {}, removeListener() {} };
new Console(thrower).log('swallowed');
new Console(thrower).warn('swallowed');
const nullThrower = { ...thrower, write() { throw null; } };
new Console(nullThrower).log('null thrown');
try { new Console(thrower, thrower, false).log('x'); } catch (e) { console.log('rethrown', e.message); }
try { new Console(thrower, thrower, false).error('x'); } catch (e) { console.log('rethrown', e.message); }

function deep() { return deep(); }
try {
  new Console({ ...thrower, write: deep }).log('overflow');
} catch (e) { console.log('overflow', e.name); }

const calls = [];
const spy = {
  write(s, cb) { calls.push(`write ${JSON.stringify(s)} ${typeof cb}`); return true; },
  listenerCount(ev) { calls.push(`listenerCount ${ev}`); return 0; },
  once(ev, fn) { calls.push(`once ${ev} ${fn.name}`); },
  removeListener(ev, fn) { calls.push(`removeListener ${ev} ${fn.name}`); },
};
new Console(spy).log('a');
new Console(spy, spy, false).log('b');
console.log(calls.join('\n'));

const failing = new Writable({ write(chunk, enc, cb) { process.nextTick(cb, new Error('async fail')); } });
new Console(failing, failing, true).log('abc');
console.log('listeners right after', failing.listenerCount('error'));
const syncFail = new Writable({ write(chunk, enc, cb) { cb(new Error('sync fail')); } });
new Console(syncFail).dir('abc');
setTimeout(() => console.log('still alive', failing.destroyed, syncFail.destroyed), 5);
