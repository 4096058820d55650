// diagnostics_channel: channels, subscribers, errors and tracing channels.
const dc = require('diagnostics_channel');

const ch = dc.channel('my-channel');
console.log(ch === dc.channel('my-channel'), ch instanceof dc.Channel, ch.name, ch.hasSubscribers, dc.hasSubscribers('my-channel'));
const sym = Symbol('s');
console.log(dc.channel(sym).name === sym);
const seen = [];
const sub = (msg, name) => seen.push([msg, name]);
ch.subscribe(sub);
console.log(ch.hasSubscribers, dc.hasSubscribers('my-channel'), dc.hasSubscribers('nobody'));
ch.publish({ x: 1 });
dc.subscribe('my-channel', (m) => seen.push(['second', m]));
ch.publish(2);
console.log(JSON.stringify(seen));
console.log(ch.unsubscribe(sub), ch.unsubscribe(sub), dc.unsubscribe('other', sub));
for (const f of [() => dc.channel(1), () => ch.subscribe('x'), () => dc.subscribe('a', null), () => dc.tracingChannel(5),
  () => dc.tracingChannel({ start: 1 }), () => dc.channel({})]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}

const tc = dc.tracingChannel('op');
console.log(Object.keys(tc), tc.start.name, tc.asyncEnd.name, tc.hasSubscribers);
const log = [];
const handlers = {
  start(ctx) { log.push(`start ${JSON.stringify(ctx)}`); },
  end(ctx) { log.push(`end ${JSON.stringify(ctx)}`); },
  asyncStart(ctx) { log.push(`asyncStart ${JSON.stringify(ctx)}`); },
  asyncEnd(ctx) { log.push(`asyncEnd ${JSON.stringify(ctx)}`); },
  error(ctx) { log.push(`error ${ctx.error.message}`); },
};
tc.subscribe(handlers);
console.log(tc.hasSubscribers);
console.log(tc.traceSync(function(a, b) { return this.k + a + b; }, { id: 1 }, { k: 10 }, 1, 2));
try { tc.traceSync(() => { throw new Error('boom'); }, { id: 2 }); } catch (e) { log.push(`caught ${e.message}`); }
console.log(log.splice(0).join('\n'));

const custom = dc.tracingChannel({
  start: dc.channel('c:start'), end: dc.channel('c:end'), asyncStart: dc.channel('c:as'),
  asyncEnd: dc.channel('c:ae'), error: dc.channel('c:err'),
});
console.log(custom.start.name, custom.hasSubscribers);

(async () => {
  console.log(await tc.tracePromise(async (x) => x * 2, { id: 3 }, null, 21));
  await tc.tracePromise(async () => { throw new Error('async boom'); }, { id: 4 }).catch((e) => log.push(`rejected ${e.message}`));
  console.log(log.splice(0).join('\n'));
  await new Promise((resolve) => {
    tc.traceCallback((a, cb) => setImmediate(() => cb(null, a + 1)), -1, { id: 5 }, null, 41, (err, res) => {
      log.push(`callback ${err} ${res}`);
      resolve();
    });
  });
  await new Promise((resolve) => {
    tc.traceCallback((cb, a) => setImmediate(() => cb(new Error('cb boom'))), 0, { id: 6 }, null, (err) => {
      log.push(`callback ${err.message}`);
      resolve();
    }, 1);
  });
  console.log(log.splice(0).join('\n'));
  try { tc.traceCallback(() => {}, -1, {}, null, 1); } catch (e) { console.log(e.code, e.message); }
  console.log(tc.unsubscribe(handlers), tc.hasSubscribers, tc.unsubscribe(handlers));
  console.log(tc.traceSync(() => 'plain'));
  process.on('uncaughtException', (e) => console.log('uncaught', e.message));
  const bad = dc.channel('bad');
  bad.subscribe(() => { throw new Error('subscriber failed'); });
  bad.subscribe(() => console.log('next subscriber still runs'));
  bad.publish(1);
  console.log('after publish');
})();
