// async_hooks at top level: ids, AsyncResource binding, argument errors, provider table.
const ah = require('async_hooks');

console.log(ah.executionAsyncId(), ah.triggerAsyncId(), typeof ah.executionAsyncResource());
console.log(Object.keys(ah.asyncWrapProviders).length, ah.asyncWrapProviders.MESSAGEPORT, Object.isFrozen(ah.asyncWrapProviders));
const r = new ah.AsyncResource('X');
console.log(typeof r.asyncId(), r.asyncId() > 1, r.triggerAsyncId(), Object.keys(r), r.emitDestroy() === r);
const r2 = new ah.AsyncResource('Y', { triggerAsyncId: 7 });
const r3 = new ah.AsyncResource('Z', 9);
console.log(r2.triggerAsyncId(), r3.triggerAsyncId(), r2.asyncId() !== r.asyncId());
console.log(r.runInAsyncScope(function(a, b) { return [this.k, a, b]; }, { k: 1 }, 2, 3));
const b = r.bind(function f(x, y) { return [this && this.k, x, y]; });
console.log(b.name, b.length, b.call({ k: 5 }, 1, 2));
const b2 = r.bind(function(x) { return this.k + x; }, { k: 10 });
console.log(b2(1));
console.log(ah.AsyncResource.bind((a) => a * 2)(21));
for (const f of [() => new ah.AsyncResource(1), () => new ah.AsyncResource('x', { triggerAsyncId: -2 }),
  () => r.bind(1)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
const { EventEmitterAsyncResource } = require('events');
const ee = new EventEmitterAsyncResource({ name: 'E' });
ee.on('x', (v) => console.log('event', v));
ee.emit('x', 1);
console.log(typeof ee.asyncId, typeof ee.asyncResource);
