// for await over an Interface fed by a file stream; breaking out closes the interface
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-'));
const file = path.join(dir, 'lines.txt');
const lines = [];
for (let i = 0; i < 5000; i++) lines.push(`line ${i} ${'x'.repeat(i % 50)}`);
fs.writeFileSync(file, lines.join('\n') + '\nlast');
(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let n = 0;
  let sum = 0;
  for await (const line of rl) { n++; sum += line.length; }
  console.log('read', n, sum);
  const rl2 = readline.createInterface({ input: fs.createReadStream(file) });
  let k = 0;
  for await (const line of rl2) { if (++k === 3) { console.log('break at', line); break; } }
  const rlp = require('readline/promises').createInterface({ input: fs.createReadStream(file) });
  const first = [];
  for await (const line of rlp) { first.push(line); if (first.length === 2) break; }
  console.log(first);
  fs.rmSync(dir, { recursive: true });
})();
