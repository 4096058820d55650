// terminal:true: history option, removeHistoryDuplicates, prefix search, async and promise
// completers, grouped and multi-row candidate listing, Ctrl+C closing
const { PassThrough } = require('stream');
const readline = require('readline');
const run = (opts, steps, done) => {
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = 30;
  let out = '';
  output.on('data', (d) => { out += d; });
  const rl = readline.createInterface({ input, output, terminal: true, ...opts });
  rl.on('history', (h) => console.log('history', JSON.stringify(h)));
  rl.on('line', (l) => console.log('line', JSON.stringify(l)));
  rl.on('close', () => console.log('close'));
  const next = (k) => {
    if (k === steps.length) { rl.close(); if (done) done(); return; }
    input.write(steps[k]);
    setImmediate(() => {
      console.log(JSON.stringify(steps[k]), JSON.stringify(out), JSON.stringify(rl.line), rl.cursor);
      out = '';
      next(k + 1);
    });
  };
  next(0);
};
run({ history: ['gamma', 'beta', 'alpha'], removeHistoryDuplicates: true, historySize: 4 },
  ['\x1b[A', '\x1b[A', '\x1b[B', '\r', 'al', '\x1b[A', '\x1b[A', '\r', 'x', '\r', 'y', '\r', '\x1b[A\x1b[A\x1b[A\x1b[A\x1b[A'],
  () => run({ completer: (line, cb) => setImmediate(cb, null, [['foo', 'food', '', 'bar', 'baz', 'barn'].filter((c) => !c || c.startsWith(line.slice(0, 1))), line]) },
    ['f', '\t', '\t', '\x15b', '\t', '\t', '\r'],
    () => run({ completer: (line) => Promise.resolve([['one', 'only'], line]) },
      ['o', '\t', 'n\t', '\r'],
      () => run({ completer: (line) => [['apple', 'applet', 'application', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8'].filter((x) => x.startsWith(line)), line] },
        ['a', '\t', '\t', '\x15b', '\t', '\t', '\x03'], promisesCompleter))));

// readline/promises takes a completer that returns a promise.
function promisesCompleter() {
  const rp = require('readline/promises').createInterface({
    input: new PassThrough(), output: new PassThrough(), terminal: true,
    completer: async (l) => [['one', 'only'], l],
  });
  rp.input.write('o\t');
  setImmediate(() => setImmediate(() => {
    console.log('promises completer', JSON.stringify(rp.line));
    rp.close();
  }));
}
