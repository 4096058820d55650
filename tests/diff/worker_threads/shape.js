// worker_threads export shape on the main thread and environment data
const wt = require('worker_threads');
for (const k of Object.keys(wt)) {
  const v = wt[k];
  console.log(k, typeof v, typeof v === 'function' ? `${v.name}/${v.length}` : String(v && typeof v === 'object' ? JSON.stringify(v) : v));
}
console.log(wt.SHARE_ENV === Symbol.for('nodejs.worker_threads.SHARE_ENV'), wt.postMessageToThread.constructor.name);
const key = { k: 1 };
wt.setEnvironmentData(key, 'obj'); wt.setEnvironmentData('n', null);
console.log(wt.getEnvironmentData(key), wt.getEnvironmentData('n'), wt.getEnvironmentData('missing'));
wt.setEnvironmentData(key); console.log(wt.getEnvironmentData(key));
try { wt.Worker('x'); } catch (e) { console.log(e instanceof TypeError); }
try { wt.BroadcastChannel('x'); } catch (e) { console.log(e instanceof TypeError); }
