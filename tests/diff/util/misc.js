// util helpers: promisify, callbackify, inherits, deprecate, debuglog, styleText, misc
const util = require('util');
const show = (...a) => console.log(...a.map((x) => (typeof x === 'string' ? x : util.inspect(x))));

function cbApi(a, b, cb) { setTimeout(() => (a < 0 ? cb(new Error('neg')) : cb(null, a + b, 'ignored')), 1); }
const p = util.promisify(cbApi);
show(p.name, p.length, typeof p, util.promisify(cbApi) === util.promisify(p));
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('from custom');
show(util.promisify(custom) === custom[util.promisify.custom], util.promisify.custom);
for (const bad of [1, null, {}]) {
  try { util.promisify(bad); } catch (e) { show(e.code, e.message); }
}
const badCustom = () => {}; badCustom[util.promisify.custom] = 5;
try { util.promisify(badCustom); } catch (e) { show(e.code, e.message); }

async function asyncOk(x) { return x * 2; }
async function asyncFail() { throw new Error('failed'); }
async function asyncFalsy() { return Promise.reject(null); }
const cbOk = util.callbackify(asyncOk);
show(cbOk.name, cbOk.length);
try { util.callbackify('x'); } catch (e) { show(e.code, e.message); }
try { cbOk(1); } catch (e) { show(e.code, e.message); }

function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} speaks`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
show(new Dog('rex').speak(), Dog.super_ === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
for (const args of [[null, Animal], [Dog, null], [Dog, Object.create(null)]]) {
  try { util.inherits(...args); } catch (e) { show(e.code, e.message); }
}
show(util._extend({ a: 1 }, { b: 2, c: 3 }), util._extend({ a: 1 }, null));

const dep = util.deprecate(function oldFn(x) { return x + 1; }, 'oldFn is deprecated', 'DEP0999');
show(dep(1), dep.name, typeof dep);
class OldClass { constructor(v) { this.v = v; } }
const DepClass = util.deprecate(OldClass, 'old class');
show(new DepClass(3), new DepClass(3) instanceof OldClass);
try { util.deprecate(() => {}, 'm', 5); } catch (e) { show(e.code, e.message); }

const dbg = util.debuglog('unodetestsection');
show(typeof dbg, dbg.enabled);
dbg('not shown %s', 'x');
show(util.debug === util.debuglog);

show(util.toUSVString('ok\ud800x'), util.toUSVString('fine'));
show(JSON.stringify(util.styleText('red', 'txt', { validateStream: false })));
show(JSON.stringify(util.styleText(['bold', 'underline'], 'txt')));
try { util.styleText('nope', 'x'); } catch (e) { show(e.code, e.message.slice(0, 60)); }
try { util.styleText('red', 5); } catch (e) { show(e.code, e.message); }

show(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-111));
show(util.getSystemErrorMap().get(-2));
for (const bad of [2, 0, 1.5, 'x']) {
  try { util.getSystemErrorName(bad); } catch (e) { show(e.code, e.message); }
}
show(util.types.isPromise(util.aborted(new AbortController().signal, {})));
util.aborted({}, {}).catch((e) => show('aborted bad signal', e.code));

(async () => {
  show(await p(1, 2));
  try { await p(-1, 0); } catch (e) { show('rejected:', e.message); }
  show(await util.promisify(custom)());
  await new Promise((resolve) => cbOk(21, (err, v) => { show('cb', err, v); resolve(); }));
  await new Promise((resolve) => util.callbackify(asyncFail)((err) => { show('cbfail', err.message); resolve(); }));
  await new Promise((resolve) => util.callbackify(asyncFalsy)((err) => { show('falsy', err.code, err.message, err.reason); resolve(); }));
  const ac = new AbortController();
  const ab = util.aborted(ac.signal, {});
  ac.abort();
  const ev = await ab;
  show('aborted resolves', ev && ev.type);
})();
show(Object.keys(util).join());
show(typeof util.TextEncoder, typeof util.TextDecoder, new util.TextEncoder().encode('hi'));
show(util.isDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }), util.isDeepStrictEqual([1], ['1']));
try { new util.MIMEType('text/plain'); show('MIMEType ok'); } catch (e) { show('MIMEType', e.code); }
