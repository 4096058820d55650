// non-terminal Interface: line splitting (\n, \r\n, \r, across chunks), events, close at end
const { PassThrough } = require('stream');
const readline = require('readline');
const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: Infinity });
for (const ev of ['line', 'close', 'pause', 'resume', 'history']) rl.on(ev, (...a) => console.log(ev, JSON.stringify(a)));
console.log(rl.terminal, rl.line, rl.cursor, rl.getPrompt(), rl.crlfDelay, rl.historySize);
input.write('one\ntwo\r\nthree\rfour');
input.write('\n\n');
input.write('é'.slice(0, 1));
input.write(Buffer.from([0xe2, 0x82]));
input.write(Buffer.from([0xac, 0x0a]));
input.write('tail without newline');
input.end();
rl.on('close', () => {
  for (const bad of [{ input, historySize: -1 }, { input, completer: 5 }, { input, tabSize: 0 }, { input, history: 'x' }]) {
    try { readline.createInterface(bad); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
});
