// os: machine-independent facts (types, shapes, relations) and the exact constant tables.
const os = require('os');

console.log(Object.keys(os).join());
console.log(os.EOL === '\n', os.devNull, os.platform(), os.type(), os.endianness(), os.arch() === process.arch);
console.log(`${os.arch}` === os.arch(), `${os.platform}`, typeof os.hostname(), os.hostname().length > 0);
console.log(typeof os.release(), typeof os.version(), typeof os.machine(), os.machine().length > 0);
const total = os.totalmem();
const free = os.freemem();
console.log(Number.isInteger(total), Number.isInteger(free), free > 0, free < total);
const up = os.uptime();
console.log(typeof up, up > 0);
const la = os.loadavg();
console.log(Array.isArray(la), la.length, la.every((x) => typeof x === 'number' && x >= 0));
const cpus = os.cpus();
console.log(cpus.length > 0, cpus.every((c) => typeof c.model === 'string' && Number.isInteger(c.speed) &&
  Object.keys(c).join() === 'model,speed,times' && Object.keys(c.times).join() === 'user,nice,sys,idle,irq' &&
  Object.values(c.times).every((t) => Number.isInteger(t) && t >= 0)));
const par = os.availableParallelism();
console.log(Number.isInteger(par), par >= 1, par <= cpus.length);
const u = os.userInfo();
console.log(Object.getPrototypeOf(u), Object.keys(u).join(), u.uid === process.getuid(), u.gid === process.getgid());
console.log(typeof u.username, typeof u.homedir, typeof u.shell);
const ub = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(ub.username), ub.username.toString() === u.username, ub.homedir.toString() === u.homedir);
console.log(os.userInfo({ encoding: 'hex' }).username === Buffer.from(u.username).toString('hex'));
console.log(os.userInfo('buffer').username === u.username, os.userInfo(null).uid === u.uid);
console.log(os.homedir() === process.env.HOME, typeof os.tmpdir());
console.log(os.getPriority(), os.getPriority(0) === os.getPriority(process.pid));

const env = process.env;
const saved = { TMPDIR: env.TMPDIR, TMP: env.TMP, TEMP: env.TEMP };
delete env.TMPDIR; delete env.TMP; delete env.TEMP;
console.log(os.tmpdir());
env.TEMP = '/temp/'; console.log(os.tmpdir());
env.TMP = '/tmp2'; console.log(os.tmpdir());
env.TMPDIR = '/x/y//'; console.log(os.tmpdir());
env.TMPDIR = '/'; console.log(os.tmpdir());
for (const [k, v] of Object.entries(saved)) { if (v === undefined) delete env[k]; else env[k] = v; }

console.log(JSON.stringify(os.constants));
console.log(Object.getPrototypeOf(os.constants), Object.getPrototypeOf(os.constants.signals), Object.isFrozen(os.constants));
const c = require('constants');
console.log(Object.keys(c).length, Object.isFrozen(c), Object.keys(c).join());
console.log(c.O_DIRECTORY === require('fs').constants.O_DIRECTORY, c.SIGTERM, c.ENOENT, c.PRIORITY_HIGH);
