// http.Agent / https.Agent: option defaults, validation, pool keys, keep-alive and session cache.
const http = require('http'), https = require('https');
const fields = ['ca','cert','clientCertEngine','ciphers','key','pfx','rejectUnauthorized','servername','minVersion','maxVersion','secureProtocol','crl','honorCipherOrder','ecdhCurve','dhparam','secureOptions','sessionIdContext','sigalgs','privateKeyIdentifier','privateKeyEngine'];
const o = {}; fields.forEach((f, i) => o[f] = 'V' + i);
const s = new https.Agent();
console.log(s.getName(o));
const z = {}; fields.forEach((f) => z[f] = 0); console.log(s.getName(z));
const f = {}; fields.forEach((k) => f[k] = false); console.log(s.getName(f));
console.log(new http.Agent().getName({host: '', port: 0, localAddress: 0, family: 4}), new http.Agent().getName({family: '6', socketPath: ''}), new http.Agent().getName({family: 5}));
{ const x = new http.Agent({noDelay: false, path: "/p", defaultPort: 8, protocol: "x:", keepAliveMsecs: 0, maxFreeSockets: 0, keepAlive: 0, scheduling: "", timeout: 7, socketPath: "s"}); console.log(Object.keys(x).filter((k) => k[0] !== "_"), { ...x.options }, x.keepAlive, x.maxFreeSockets, x.scheduling); }
for (const o of [{maxTotalSockets: 'a'}, {maxTotalSockets: undefined}, {maxTotalSockets: null}, {maxTotalSockets: NaN}, {maxTotalSockets: 2.5}, {scheduling: 'fifo'}]) {
  try { const a = new http.Agent(o); console.log('ok', a.maxTotalSockets, a.scheduling) } catch (e) { console.log(e.code, e.message) }
}
const h = new https.Agent({maxCachedSessions: 0}); console.log(h.maxCachedSessions, new https.Agent({maxCachedSessions: null}).maxCachedSessions);
console.log(Object.keys(new https.Agent({ca: 'x'}).options));
console.log(https.Agent.length, http.Agent.length, https.Agent.name, https.Agent.prototype.constructor === https.Agent);
console.log(https.Agent() instanceof https.Agent);
const a = new http.Agent({keepAlive: true});
const calls = [];
const sock = { removeListener(...a) { calls.push(['rl', a[0]]) }, setKeepAlive(...a) { calls.push(['ka', ...a]) }, unref() { calls.push(['unref']) }, ref() { calls.push(['ref']) }, setTimeout(t) { calls.push(['to', t]) }, _httpMessage: 1, destroyed: false , timeout: undefined};
console.log(a.keepSocketAlive(sock), calls.splice(0), sock._httpMessage);
const rq = {}; a.reuseSocket(sock, rq); console.log(rq); console.log(calls.splice(0), sock._httpMessage);
console.log(typeof https.Agent.prototype.createConnection, https.Agent.prototype.getName === http.Agent.prototype.getName);
a.destroy(); console.log('destroyed');
console.log(http.globalAgent === require('_http_agent').globalAgent, https.globalAgent instanceof http.Agent);
const g = http.globalAgent; http.globalAgent = 5; console.log(http.globalAgent); http.globalAgent = g;
const a2 = new http.Agent({keepAlive: true});
for (const [to, hint] of [[0, 'timeout=5'], [0, 'timeout=1'], [3000, 'timeout=5'], [9000, 'max=3, timeout=5'], [0, 'xtimeout=5'], [0, undefined], [0, 'timeout=0']]) {
  const calls = [];
  a2.options.timeout = to;
  const sock = { setKeepAlive() {}, unref() {}, setTimeout(t) { calls.push(t) }, _httpMessage: { res: { headers: { 'keep-alive': hint } } } };
  console.log(to, hint, a2.keepSocketAlive(sock), calls);
}
const c = new https.Agent({ maxCachedSessions: 2 });
c._cacheSession('a', 1); c._cacheSession('b', 2); c._cacheSession('a', 3); c._cacheSession('c', 4);
console.log(JSON.stringify(c._sessionCache), c._getSession('a'), c._getSession('b'));
c._evictSession('a'); console.log(JSON.stringify(c._sessionCache));
