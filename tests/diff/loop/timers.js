// Timers: intervals, clear, refresh, ref/unref, hasRef, ids, argument passing, promises.
// Each step starts from the previous one, so the output never depends on timing.
const { setTimeout: sleep, setImmediate: immediateP, setInterval: every } = require('timers/promises');
const t = setTimeout(() => console.log('never'), 10);
clearTimeout(t);
const u = setTimeout(() => console.log('unref never runs'), 100000);
u.unref();
console.log(u.hasRef(), t.hasRef(), typeof u[Symbol.toPrimitive]());
const im = setImmediate(() => console.log('cleared immediate'));
clearImmediate(im);
clearTimeout(undefined); clearTimeout(null); clearTimeout({}); clearInterval('x');
const byId = setTimeout(() => console.log('never by id'), 5);
clearTimeout(+byId);
try { setTimeout('str'); } catch (e) { console.log(e.code, e.message); }
function step1() {
  let n = 0;
  const iv = setInterval((a, b) => {
    n++;
    if (n === 3) { clearInterval(iv); console.log('interval done', a, b); step2(); }
  }, 1, 'x', 'y');
}
function step2() {
  const r = setTimeout(() => { console.log('ref again runs'); step3(); }, 2);
  r.unref(); r.ref();
}
function step3() {
  setTimeout((...args) => { console.log('args', ...args); step4(); }, 1, 1, 2);
}
function step4() {
  const refreshed = setTimeout(() => { console.log('refreshed fired'); step5(); }, 1);
  refreshed.refresh();
}
async function step5() {
  console.log('sleep', await sleep(2, 'value'));
  console.log('immediate', await immediateP('iv'));
  let k = 0;
  for await (const v of every(1, 'tick')) { console.log(v, ++k); if (k === 2) break; }
  const ac = new AbortController();
  const pr = sleep(1000, null, { signal: ac.signal });
  ac.abort();
  try { await pr; } catch (e) { console.log(e.name, e.code); }
  try { await sleep(1, null, { signal: 1 }); } catch (e) { console.log(e.code); }
}
step1();
