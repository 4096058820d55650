// fs.watch over inotify: the first event for a new file, a file watcher's change event with
// a Buffer name, close semantics, the ENOENT error, and fs.promises.watch with an abort.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unode-watch-'));
try { fs.watch(path.join(dir, 'missing')); } catch (e) {
  console.log(e.message.replace(dir, 'DIR'), e.code, e.errno, e.syscall, Object.keys(e));
}

const w = fs.watch(dir);
console.log(w.constructor.name, typeof w.ref, typeof w.unref, w.ref() === w, w.unref() === w);
w.ref();
w.once('change', (type, name) => {
  console.log('dir', type, name);
  w.close();
  w.close();
});
w.on('close', () => {
  console.log('dir watcher closed');
  const f = path.join(dir, 'file');
  const fw = fs.watch(f, { encoding: 'buffer' }, (type, name) => {
    console.log('file', type, Buffer.isBuffer(name), name.toString());
    fw.close();
    promisesPart();
  });
  fs.appendFileSync(f, 'more');
});
fs.writeFileSync(path.join(dir, 'file'), 'x');

async function promisesPart() {
  const ac = new AbortController();
  const it = fs.promises.watch(dir, { signal: ac.signal });
  setImmediate(() => fs.writeFileSync(path.join(dir, 'p'), 'y'));
  try {
    for await (const ev of it) {
      console.log('promise', ev.eventType, ev.filename);
      ac.abort();
    }
  } catch (e) {
    console.log(e.name, e.code);
  }
  fs.rmSync(dir, { recursive: true });
}
