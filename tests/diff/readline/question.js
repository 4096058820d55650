// question() with callbacks, signals and readline/promises; the Readline command buffer
const { PassThrough } = require('stream');
const readline = require('readline');
const rlp = require('readline/promises');
const util = require('util');
const out = new PassThrough();
let text = '';
out.on('data', (d) => { text += d; });
(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: out, terminal: false });
  rl.question('name? ', (a) => console.log('answer', JSON.stringify(a)));
  input.write('ada\n');
  const ac = new AbortController();
  rl.question('never? ', { signal: ac.signal }, () => console.log('not called'));
  ac.abort();
  input.write('after abort\n');
  rl.on('line', (l) => console.log('line', l));
  input.write('plain\n');
  const q = util.promisify(rl.question).bind(rl);
  const p = q('promisified? ');
  input.write('yes\n');
  console.log('promisified', await p);
  rl.close();
  try { rl.question('x', () => {}); } catch (e) { console.log(e.code, e.message); }
  const in2 = new PassThrough();
  const r2 = rlp.createInterface({ input: in2, output: out });
  const p2 = r2.question('age? ');
  in2.write('42\n');
  console.log('promise answer', await p2);
  const ac2 = new AbortController();
  const p3 = r2.question('q3', { signal: ac2.signal });
  ac2.abort();
  await p3.catch((e) => console.log('aborted', e.name, e.code, e.message));
  r2.close();
  console.log(JSON.stringify(text));
  const sink = new PassThrough();
  sink.on('data', (d) => console.log('sink', JSON.stringify(String(d))));
  const r = new rlp.Readline(sink);
  r.cursorTo(1).cursorTo(2, 3).moveCursor(0, 0).moveCursor(-1, 2).clearLine(-1).clearLine(0).clearLine(1).clearScreenDown();
  await r.commit();
  for (const f of [() => r.cursorTo('1'), () => r.cursorTo(1.5), () => r.moveCursor(NaN, 1), () => new rlp.Readline({}),
    () => r.clearLine(5), () => new rlp.Readline(sink, { autoCommit: 1 })]) {
    try { f(); console.log('ok'); } catch (e) { console.log(e.code, e.message); }
  }
  console.log(r.rollback() === r);
})();
