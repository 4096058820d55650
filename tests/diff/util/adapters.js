// promisify / callbackify / deprecate edge cases and fs's multi-value promisification
const util = require('util');
const fs = require('fs');
const seen = [];
process.on('warning', (w) => seen.push(`${w.name} ${w.code} ${w.message}`));

function f(a, b) {} f.extra = 1;
const p = util.promisify(f);
console.log(Object.getOwnPropertyNames(p).filter((k) => k !== 'arguments' && k !== 'caller').sort().join(), p.extra, p[util.promisify.custom] === p);
const d = Object.getOwnPropertyDescriptor(p, util.promisify.custom);
console.log(d.writable, d.enumerable, d.configurable);
function thrower() { throw new Error('sync boom'); }
util.promisify(thrower)().catch((e) => console.log('sync throw ->', e.message));
function multi(cb) { cb(null, 1, 2); }
util.promisify(multi)().then((v) => console.log('multi ->', v));
function errs(cb) { cb(0, 'zero-err-is-ok'); }
util.promisify(errs)().then((v) => console.log('falsy err ->', v));

async function af(a) { return a; }
const c = util.callbackify(af);
console.log(c.name, c.length, Object.getOwnPropertyNames(c).sort().join());
try { c(1, 2); } catch (e) { console.log(e.code, e.message); }
const named = function () {}; Object.defineProperty(named, 'name', { value: 5 });
console.log(util.callbackify(named).name);
const ctx = { k: 'ctx' };
util.callbackify(async function () { return this.k; }).call(ctx, function (err, v) {
  console.log('this ->', err, v, this === ctx);
});
util.callbackify(async () => { throw undefined; })((err) => console.log(err.code, err.reason, 'reason' in err));
util.callbackify(async () => 0)((...a) => console.log('args', a));

function Base(v) { this.v = v; } Base.stat = () => 'static';
const D = util.deprecate(Base, 'Base is old', 'DEP_T1');
console.log(D.name, D.length, D.stat(), new D(4).v, new D(4) instanceof Base, D.prototype === Base.prototype);
const D2 = util.deprecate(() => 2, 'second with same code', 'DEP_T1');
D2(); D2();
const n1 = util.deprecate(() => 1, 'no code'); n1(); n1();
const n2 = util.deprecate(() => 1, 'no code'); n2();
for (const bad of [null, 5, {}]) {
  try { util.deprecate(() => {}, 'm', bad); } catch (e) { console.log(e.code, e.message); }
}
console.log(util.isError({ [Symbol.toStringTag]: 'Error' }), util.isError(Object.create(Error.prototype)),
  util.isError({}), util.isError(new TypeError()));
console.log(JSON.stringify(util.toUSVString(5)), JSON.stringify(util.toUSVString('a\ud800\udc00\udc00\ud800')));
console.log(util.getSystemErrorName(-99999), util.getSystemErrorName(-1), util.getSystemErrorMap() instanceof Map);
const desc = Object.getOwnPropertyDescriptor(util, 'TextEncoder');
console.log(typeof desc.get, desc.get.name, desc.set.name, desc.enumerable);

const fd = fs.openSync(__filename, 'r');
util.promisify(fs.read)(fd, Buffer.alloc(4), 0, 4, 0).then((r) => {
  console.log('fs.read ->', Object.keys(r).join(), r.bytesRead, r.buffer.toString());
  fs.closeSync(fd);
  // Printed after the read, not on a timer: a timer's start is the loop's cached time, so a
  // slow start-up (the ASan build) could let it fire first.
  setTimeout(() => console.log(seen.join('\n')), 20);
});
