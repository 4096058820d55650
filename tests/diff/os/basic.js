'use strict';
// os: stable values and the shapes of the changing ones.
const os = require('os');

console.log(Object.keys(os).sort().join(','));
console.log(os.arch(), os.platform(), os.type(), os.release(), os.machine(), os.endianness());
console.log(os.hostname(), os.homedir(), os.tmpdir(), JSON.stringify(os.EOL), os.devNull);
console.log(`${os.arch}`, `${os.platform}`, String(os.type));
console.log(os.version() === require('child_process') ? 0 : typeof os.version());
console.log(os.availableParallelism() >= 1, os.cpus().length >= 1);
const c = os.cpus()[0];
console.log(Object.keys(c).join(','), Object.keys(c.times).join(','), typeof c.model, typeof c.speed);
console.log(os.cpus().map((x) => x.model).join('|'));
console.log(os.totalmem() === os.totalmem(), os.totalmem() > os.freemem(), os.freemem() > 0);
const la = os.loadavg();
console.log(la.length, la.every((x) => typeof x === 'number'));
console.log(typeof os.uptime(), os.uptime() > 0);
console.log(os.userInfo());
console.log(os.userInfo({ encoding: 'buffer' }).username);
console.log(os.getPriority(), os.getPriority(0), os.getPriority(process.pid));
for (const bad of ['x', 1.5, 2 ** 40]) {
  try { os.getPriority(bad); } catch (e) { console.log(e.code, e.message); }
}
for (const args of [[0, 100], [0, 'x'], ['a', 1]]) {
  try { os.setPriority(...args); } catch (e) { console.log(e.code, e.message); }
}
try { os.getPriority(2 ** 30); } catch (e) { console.log(e.name, e.code, e.message, e.info.code, e.info.syscall); }
os.setPriority(os.getPriority());
console.log(JSON.stringify(os.constants.priority));
console.log(JSON.stringify(os.constants.signals));
console.log(JSON.stringify(os.constants.errno));
console.log(JSON.stringify(os.constants.dlopen), os.constants.UV_UDP_REUSEADDR);
console.log(Object.getPrototypeOf(os.constants), Object.isFrozen(os.constants));
console.log(JSON.stringify(os.networkInterfaces()));
const ni = os.networkInterfaces();
for (const name of Object.keys(ni)) {
  for (const a of ni[name]) console.log(name, Object.keys(a).join(','));
}
