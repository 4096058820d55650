// Writable error paths and codes.
const { Writable } = require('stream');

function trace(name, w) {
  for (const ev of ['drain', 'finish', 'close', 'error']) {
    w.on(ev, (e) => console.log(name, ev, ev === 'error' ? `${e.code} ${e.message}` : ''));
  }
}

{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  trace('A', w);
  w.end();
  const r = w.write('x', (err) => console.log('A write cb', err.code));
  console.log('A write after end returns', r);
}

setTimeout(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  trace('B', w);
  try { w.write(null); } catch (e) { console.log('B null', e.code, e.name, e.message); }
  try { w.write(5); } catch (e) { console.log('B num', e.code, e.message); }
  try { w.write({}); } catch (e) { console.log('B obj', e.code, e.message); }
  try { w.write('a', 'bogus'); } catch (e) { console.log('B enc', e.code, e.message); }
  w.destroy();
  w.write('y', (err) => console.log('B destroyed cb', err.code, err.message));
}, 10);

setTimeout(() => {
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  trace('C', w);
  w.write('a');
}, 20);

setTimeout(() => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('boom')); } });
  trace('D', w);
  w.write('a', (err) => console.log('D cb', err.message));
  w.write('b', (err) => console.log('D cb2', err && err.message));
  console.log('D errored', w.errored && w.errored.message, w.writable);
}, 30);

setTimeout(() => {
  const w = new Writable({ write(c, e, cb) { setTimeout(() => cb(new Error('async boom')), 1); } });
  trace('E', w);
  w.write('a', (err) => console.log('E cb1', err.message));
  w.write('b', (err) => console.log('E cb2', err.message));
  w.end((err) => console.log('E end cb', err && err.message));
}, 40);

setTimeout(() => {
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(new Error('final fail')); },
  });
  trace('F', w);
  w.end((err) => console.log('F end cb', err && err.message));
}, 50);

setTimeout(() => {
  const w = new Writable();
  trace('G', w);
  try { w.write('x'); } catch (e) { console.log('G', e.code, e.message); }
}, 60);

setTimeout(() => {
  const w = new Writable({ write(c, e, cb) { cb(); }, autoDestroy: false });
  trace('H', w);
  w.write('x');
  w.end();
  setTimeout(() => {
    console.log('H destroyed?', w.destroyed, w.writableFinished);
    w.destroy(new Error('late'));
  }, 2);
}, 70);

setTimeout(() => {
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 2); } });
  trace('I', w);
  w.write('1', (err) => console.log('I cb1', err && err.code));
  w.write('2', (err) => console.log('I cb2', err && err.code));
  w.end((err) => console.log('I endcb', err && err.code));
  w.destroy();
  console.log('I aborted', w.writableAborted, w.destroyed);
}, 80);

setTimeout(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  trace('J', w);
  w.on('error', () => {});
  w.pipe();
  console.log('J', w.errored && w.errored.code);
}, 100);
