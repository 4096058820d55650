// new Console(...) with custom streams: routing, options, errors, timers
const { Console } = require('console');
const out = [];
const ee = { listenerCount() { return 0; }, once() {}, removeListener() {} };
const mk = (name) => ({ ...ee, write(s) { out.push(`${name}:${JSON.stringify(s)}`); return true; } });
const flush = () => { for (const l of out.splice(0)) console.log(l); };

const c = new Console(mk('out'), mk('err'));
c.log('log %s', 'x');
c.info('info');
c.warn('warn');
c.error('error', { e: 1 });
c.assert(false, 'assertion %s', 'msg');
c.assert(false);
c.assert(0, { obj: 1 });
c.trace === undefined || c.dir([1, [2, [3, [4]]]]);
flush();

const c2 = new Console({ stdout: mk('o2'), stderr: mk('e2'), groupIndentation: 4 });
c2.group('g');
c2.error('indented err');
c2.log('a\nb');
c2.groupEnd();
c2.log('done');
flush();

const c3 = new Console({ stdout: mk('o3'), colorMode: true });
c3.log({ n: 1, s: 's' }, 'plain', 5);
c3.error('to stdout too', 7);
flush();
const c4 = new Console({ stdout: mk('o4'), inspectOptions: { depth: 0, breakLength: 10 } });
c4.log({ a: { b: 1 }, c: 'some string' });
c4.dir({ a: { b: 1 } });
flush();
const c5 = Console({ stdout: mk('o5') });
c5.log('called without new', c5 instanceof Console);
const { log } = c5;
log('bound');
flush();

for (const bad of [undefined, {}, { stdout: {} }, { stdout: mk('x'), stderr: 5 }]) {
  try { new Console(bad); } catch (e) { console.log(e.code, e.message); }
}
try { new Console({ stdout: mk('x'), colorMode: 'yes' }); } catch (e) { console.log(e.code, e.message); }
try { new Console({ stdout: mk('x'), groupIndentation: -1 }); } catch (e) { console.log(e.code, e.message); }
try { new Console({ stdout: mk('x'), inspectOptions: 5 }); } catch (e) { console.log(e.code, e.message); }
try { new Console({ stdout: mk('x'), colorMode: false, inspectOptions: { colors: true } }); } catch (e) { console.log(e.code, e.message); }

const timed = new Console({ stdout: { ...ee, write(s) { out.push(s.replace(/[\d.]+(ms|s)\b/, 'T')); } } });
timed.time();
timed.timeLog();
timed.timeLog('default', 'extra', { d: 1 });
timed.timeEnd();
timed.time('lbl');
timed.timeEnd('lbl');
flush();

const traced = new Console({ stdout: mk('t'), stderr: { ...ee, write(s) { out.push(s.split('\n')[0]); } } });
traced.trace('trace %s', 'message', 1);
traced.trace();
flush();
console.log(Object.keys(c).join());
console.log(Object.prototype.toString.call(c));
