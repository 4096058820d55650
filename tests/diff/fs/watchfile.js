// fs.watchFile / fs.unwatchFile: a missing file reports zeroed stats once, then its creation
// and its removal, each step started from the previous callback; bigint stats; validation.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unode-wf-'));
const f = path.join(dir, 'file');
try { fs.watchFile(f); } catch (e) { console.log(e.code, e.message); }
try { fs.watchFile(f, { interval: 'x' }, () => {}); } catch (e) { console.log(e.code, e.message); }
let step = 0;
const w = fs.watchFile(f, { interval: 10 }, function listener(curr, prev) {
  step++;
  console.log('step', step, curr.size, prev.size, curr.isFile(), prev.isFile(), curr.mtimeMs === 0, prev.mtimeMs === 0);
  if (step === 1) fs.writeFileSync(f, 'hello');
  else if (step === 2) fs.unlinkSync(f);
  else {
    fs.unwatchFile(f, listener);
    bigint();
  }
});
console.log(w.constructor.name, typeof w.ref, typeof w.unref);
w.on('stop', () => console.log('stopped'));

function bigint() {
  fs.watchFile(f, { interval: 10, bigint: true }, (curr, prev) => {
    console.log('bigint', typeof curr.size, curr.size, prev.size, curr.mtimeNs);
    fs.unwatchFile(f);
    fs.rmSync(dir, { recursive: true });
  });
}
