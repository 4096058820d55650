// for await over Readables, iterator({ destroyOnReturn }), errors during iteration.
const { Buffer } = require('buffer');
const { Readable, PassThrough } = require('stream');

async function main() {
  {
    const r = new Readable({ objectMode: true, read() {} });
    r.push(1); r.push(2);
    setTimeout(() => { r.push(3); r.push(null); }, 2);
    const got = [];
    for await (const x of r) got.push(x);
    console.log('A', got, r.destroyed, r.readableEnded);
  }
  {
    const r = Readable.from(['a', 'b', 'c']);
    for await (const x of r) {
      console.log('B', x);
      if (x === 'b') break;
    }
    console.log('B destroyed after break', r.destroyed);
  }
  {
    const r = Readable.from(['a', 'b', 'c']);
    for await (const x of r.iterator({ destroyOnReturn: false })) {
      console.log('C', x);
      break;
    }
    console.log('C destroyed', r.destroyed);
    const rest = [];
    for await (const x of r) rest.push(x);
    console.log('C rest', rest);
  }
  {
    const r = new Readable({ read() {} });
    setTimeout(() => r.destroy(new Error('iter fail')), 2);
    r.push('x');
    try {
      for await (const c of r) console.log('D chunk', c.toString());
    } catch (e) {
      console.log('D caught', e.message);
    }
  }
  {
    const r = new Readable({ read() {} });
    setTimeout(() => r.destroy(), 2);
    try {
      for await (const c of r) console.log('E', c);
      console.log('E no throw');
    } catch (e) {
      console.log('E caught', e.code);
    }
  }
  {
    const p = new PassThrough();
    p.end('bytes');
    const parts = [];
    for await (const c of p) parts.push(Buffer.isBuffer(c), c.toString());
    console.log('F', parts);
  }
  {
    const r = Readable.from(['x']);
    try { r.iterator('bad'); } catch (e) { console.log('G', e.code, e.message); }
    const it = r[Symbol.asyncIterator]();
    console.log('G stream prop', it.stream === r);
    console.log('G next', await it.next());
    console.log('G next2', await it.next());
  }
  {
    const r = new Readable({ read() {} });
    r.push('q');
    const it = r[Symbol.asyncIterator]();
    const v = await it.next();
    console.log('H', v.value.toString());
    await it.return();
    console.log('H destroyed', r.destroyed);
  }
  {
    const r = Readable.from(['err']);
    try {
      for await (const x of r) throw new Error('from body ' + x);
    } catch (e) {
      console.log('I', e.message, r.destroyed);
    }
  }
}
main();
