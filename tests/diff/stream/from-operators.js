// Readable.from and the iterator-helper operators.
const { Buffer } = require('buffer');
const { Readable } = require('stream');

async function main() {
  console.log('A', await Readable.from([1, 2, 3]).toArray());
  console.log('B', await Readable.from('str').toArray());
  const bufs = await Readable.from(Buffer.from('buf')).toArray();
  console.log('B2', bufs.length, Buffer.isBuffer(bufs[0]));
  console.log('C', await Readable.from((function* () { yield 'g'; yield 'h'; })()).toArray());
  console.log('D', await Readable.from((async function* () { yield 1; yield Promise.resolve(2); })()).toArray());
  const r = Readable.from([1]);
  console.log('E', r.readableObjectMode, r.readableHighWaterMark);
  const r2 = Readable.from(['a'], { objectMode: false });
  console.log('E2', r2.readableObjectMode, r2.readableHighWaterMark);
  try { Readable.from(42); } catch (e) { console.log('F', e.code, e.message); }
  try { await Readable.from([1, null, 2]).toArray(); } catch (e) { console.log('G', e.code, e.message); }

  console.log('map', await Readable.from([1, 2, 3]).map((x) => x * 2).toArray());
  console.log('map async', await Readable.from([1, 2, 3]).map(async (x) => x + 1, { concurrency: 2 }).toArray());
  console.log('filter', await Readable.from([1, 2, 3, 4]).filter((x) => x % 2).toArray());
  const seen = [];
  await Readable.from([5, 6]).forEach((x) => { seen.push(x); });
  console.log('forEach', seen);
  console.log('some', await Readable.from([1, 2]).some((x) => x > 1), await Readable.from([1]).some((x) => x > 1));
  console.log('every', await Readable.from([1, 2]).every((x) => x > 0), await Readable.from([1, 2]).every((x) => x > 1));
  console.log('find', await Readable.from([1, 2, 3]).find((x) => x > 1), await Readable.from([1]).find((x) => x > 5));
  console.log('reduce', await Readable.from([1, 2, 3]).reduce((a, b) => a + b), await Readable.from([1, 2]).reduce((a, b) => a + b, 10));
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { console.log('reduce empty', e.code, e.name, e.message); }
  console.log('take', await Readable.from([1, 2, 3]).take(2).toArray());
  console.log('drop', await Readable.from([1, 2, 3]).drop(1).toArray());
  console.log('flatMap', await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray());
  console.log('chain', await Readable.from([1, 2, 3, 4, 5]).filter((x) => x > 1).map((x) => x * x).take(2).toArray());
  try { Readable.from([1]).map(3); } catch (e) { console.log('bad fn', e.code, e.message); }
  try { Readable.from([1]).map((x) => x, { concurrency: 0 }); } catch (e) { console.log('bad conc', e.code, e.message); }
  try { Readable.from([1]).take(-1); } catch (e) { console.log('bad take', e.code, e.message); }
  try { Readable.from([1]).map((x) => x, 'opts'); } catch (e) { console.log('bad opts', e.code, e.message); }
  try { await Readable.from([1, 2]).map((x) => { throw new Error('in map ' + x); }).toArray(); } catch (e) { console.log('map throw', e.message); }
  const m = Readable.from([1]).map((x) => x);
  console.log('map returns Readable', m instanceof Readable, m.readableObjectMode);
  try { new (Readable.prototype.map)(); } catch (e) { console.log('new op', e.code, e.message); }
  console.log('isDisturbed', Readable.isDisturbed(Readable.from([1])));
  const d = Readable.from([1]);
  await d.toArray();
  console.log('isDisturbed after', Readable.isDisturbed(d));
  const order = [];
  await Readable.from([30, 10, 20]).map(async (x) => {
    await new Promise((res) => setTimeout(res, x));
    order.push(x);
    return x;
  }, { concurrency: 3 }).toArray().then((v) => console.log('concurrent result', v, order));
}
main();

setTimeout(async () => {
  const names = ['map', 'filter', 'take', 'drop', 'flatMap', 'compose', 'every', 'forEach', 'reduce', 'toArray', 'some', 'find'];
  console.log(names.map((n) => `${n}:${Readable.prototype[n].name}/${Readable.prototype[n].length}`).join(' '));
  console.log(Object.keys(Readable.prototype).includes('map'));
  const { PassThrough, Transform, compose } = require('stream');
  const up = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  const c = compose(up, new PassThrough());
  c.end('composed');
  const parts = [];
  for await (const x of c) parts.push(x.toString());
  console.log('compose', parts);
  const c2 = compose(async function* (src) { for await (const x of src) yield x.toString() + '?'; });
  c2.end('gen');
  console.log('compose gen', await c2.toArray());
  console.log('compose op', await Readable.from(['a', 'b']).compose(async function* (src) {
    for await (const x of src) yield x + x;
  }).toArray());
  const pairs = await Readable.from(['p', 'q']).asIndexedPairs().toArray();
  console.log('pairs', JSON.stringify(pairs));
}, 200);
