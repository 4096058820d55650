// stream.finished and stream.pipeline (callback forms), including generator stages.
const { Readable, Writable, PassThrough, Transform, finished, pipeline } = require('stream');

// Sections (A, B, ... by their first letter) run on separate timers and may interleave when
// the machine is slow; lines are printed grouped by section, in order within each section.
const sectionLines = new Map();
const print = console.log;
console.log = (...args) => {
  const line = args.map((a) => (typeof a === 'string' ? a : require('util').inspect(a))).join(' ');
  const key = line[0];
  if (!sectionLines.has(key)) sectionLines.set(key, []);
  sectionLines.get(key).push(line);
};
process.on('exit', () => {
  for (const key of [...sectionLines.keys()].sort()) for (const line of sectionLines.get(key)) print(line);
});

function collector(name) {
  const out = [];
  const w = new Writable({
    objectMode: true,
    write(c, e, cb) { out.push(String(c)); cb(); },
  });
  w.on('finish', () => console.log(name, 'collected', out.join('|')));
  return w;
}

{
  const r = Readable.from(['a', 'b']);
  finished(r, (err) => console.log('A finished', err, r.readableEnded));
  r.resume();
}

setTimeout(() => {
  const r = new Readable({ read() {} });
  finished(r, (err) => console.log('B finished', err && err.code, err && err.message));
  r.destroy();
}, 10);

setTimeout(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const cleanup = finished(w, (err) => console.log('C finished', err));
  console.log('C cleanup type', typeof cleanup);
  w.end('x');
}, 20);

setTimeout(() => {
  const r = new Readable({ read() {} });
  finished(r, { error: false }, (err) => console.log('D finished', err && err.message));
  r.on('error', (e) => console.log('D error', e.message));
  r.destroy(new Error('derr'));
}, 30);

setTimeout(() => {
  const r = new Readable({ read() {} });
  r.push(null);
  r.resume();
  setTimeout(() => {
    finished(r, (err) => console.log('E late finished', err));
  }, 5);
}, 40);

setTimeout(() => {
  try { finished({}, () => {}); } catch (e) { console.log('F', e.code, e.message); }
  try { finished(new Readable(), 'nope'); } catch (e) { console.log('F2', e.code, e.message); }
}, 60);

setTimeout(() => {
  const res = pipeline(
    Readable.from(['x', 'y', 'z']),
    new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c.toUpperCase()); } }),
    collector('G'),
    (err) => console.log('G done', err),
  );
  console.log('G returns last', res instanceof Writable);
}, 70);

setTimeout(() => {
  pipeline(
    Readable.from([1, 2, 3]),
    async function* (source) {
      for await (const x of source) yield x * 2;
    },
    async function* (source) {
      for await (const x of source) yield `${x}!`;
    },
    collector('H'),
    (err) => console.log('H done', err),
  );
}, 80);

setTimeout(() => {
  const t = new Transform({
    transform(c, e, cb) { cb(new Error('mid fail')); },
  });
  const r = new Readable({ read() { this.push('data'); } });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  r.on('close', () => console.log('I src close', r.destroyed));
  w.on('close', () => console.log('I dst close', w.destroyed));
  pipeline(r, t, w, (err) => console.log('I done', err && err.message));
}, 100);

setTimeout(() => {
  pipeline(
    function* () { yield 'g1'; yield 'g2'; },
    async function (source) {
      const all = [];
      for await (const x of source) all.push(x);
      return all.join('+');
    },
    (err, val) => console.log('J done', err, val),
  );
}, 120);

setTimeout(() => {
  try { pipeline(Readable.from([])); } catch (e) { console.log('K', e.code, e.message); }
  try { pipeline(Readable.from([]), (err) => {}); } catch (e) { console.log('K2', e.code, e.message); }
  try { pipeline(Readable.from([]), new PassThrough()); } catch (e) { console.log('K3', e.code, e.message); }
}, 140);

setTimeout(() => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(r, w, (err) => console.log('L done', err && err.code));
  r.push('a');
  setTimeout(() => w.destroy(), 2);
}, 160);

setTimeout(() => {
  pipeline([Readable.from(['arr']), collector('M')], (err) => console.log('M done', err));
}, 180);

setTimeout(() => {
  const r = Readable.from(['n1', 'n2']);
  const pt = new PassThrough({ objectMode: true });
  pipeline(r, pt, (err) => console.log('N done', err));
  pt.on('data', (d) => console.log('N data', d));
  pt.on('end', () => console.log('N end'));
}, 200);
