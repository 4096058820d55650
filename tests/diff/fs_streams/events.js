// fs.ReadStream / fs.WriteStream: events, ranges, fds, custom fs, FileHandle, close and abort.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'fsx-'));
const file = path.join(dir, 'a.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz');
const steps = [];
function run(name, fn) { steps.push([name, fn]); }
function next() { const s = steps.shift(); if (!s) { fs.rmSync(dir, { recursive: true }); return; } console.log('==', s[0]); s[1](next); }
function trace(s, done, extra = {}) {
  const log = [];
  if (extra.endEvent) s.on(extra.endEvent, () => setTimeout(() => { console.log(log.join(' | '), '[no close]'); if (extra.after) extra.after(); done(); }, 30));
  for (const ev of ['open', 'ready', 'data', 'end', 'finish', 'error', 'close']) {
    s.on(ev, (x) => {
      log.push(ev === 'open' ? `open ${typeof x}` : ev === 'data' ? `data ${JSON.stringify(String(x))}` : ev === 'error' ? `error ${x.code || x.name} ${x.message.replace(dir, 'DIR')}` : ev);
      if (ev === 'close') { console.log(log.join(' | ')); if (extra.after) extra.after(); done(); }
    });
  }
}
run('read all', (d) => { const s = fs.createReadStream(file, { highWaterMark: 10 }); console.log(s.pending, s.bytesRead); trace(s, d, { after() { console.log(s.bytesRead, s.pending, s.fd, s.destroyed); } }); });
run('start end', (d) => { const s = fs.createReadStream(file, { start: 3, end: 7, encoding: 'utf8' }); console.log(s.pos); trace(s, d, { after() { console.log(s.pos, s.bytesRead); } }); });
run('start only', (d) => { const s = fs.createReadStream(file, { start: 20 }); trace(s, d); });
run('end 0', (d) => { const s = fs.createReadStream(file, { end: 0 }); trace(s, d); });
run('start past eof', (d) => { const s = fs.createReadStream(file, { start: 100 }); trace(s, d); });
run('enoent', (d) => { const s = fs.createReadStream(path.join(dir, 'nope')); trace(s, d); });
run('eisdir', (d) => { const s = fs.createReadStream(dir); trace(s, d); });
run('fd given', (d) => { const fd = fs.openSync(file, 'r'); const s = fs.createReadStream(null, { fd, start: 24 }); console.log(s.fd === fd, s.path, s.pending); trace(s, d, { after() { try { fs.fstatSync(fd); console.log('fd open'); } catch (e) { console.log('fd closed', e.code); } } }); });
run('autoClose false', (d) => { const fd = fs.openSync(file, 'r'); const s = fs.createReadStream(null, { fd, start: 24, autoClose: false }); trace(s, d, { endEvent: 'end', after() { try { fs.fstatSync(fd); console.log('fd open'); fs.closeSync(fd); } catch (e) { console.log('fd closed', e.code); } } }); });
run('destroy early', (d) => { const s = fs.createReadStream(file); trace(s, d); s.destroy(); });
run('close cb', (d) => { const s = fs.createReadStream(file); s.close((err) => console.log('close cb', err && err.code)); trace(s, d); });
run('emitClose false', (d) => { const s = fs.createReadStream(file, { emitClose: false }); s.on('end', () => setTimeout(() => { console.log('no close?', s.destroyed); d(); }, 20)); s.resume(); });
run('write', (d) => { const out = path.join(dir, 'w.txt'); const s = fs.createWriteStream(out); console.log(s.pending, s.bytesWritten); s.write('hello '); s.write(Buffer.from('world')); s.end('!', () => console.log('end cb')); trace(s, d, { after() { console.log(s.bytesWritten, JSON.stringify(fs.readFileSync(out, 'utf8')), s.closed); } }); });
run('write start r+', (d) => { const out = path.join(dir, 'w.txt'); const s = fs.createWriteStream(out, { flags: 'r+', start: 2 }); s.end('XY'); trace(s, d, { after() { console.log(JSON.stringify(fs.readFileSync(out, 'utf8')), s.pos, s.bytesWritten); } }); });
run('write append', (d) => { const out = path.join(dir, 'w.txt'); const s = fs.createWriteStream(out, { flags: 'a' }); s.write('1'); s.write('2'); s.write('3'); s.end(); trace(s, d, { after() { console.log(JSON.stringify(fs.readFileSync(out, 'utf8'))); } }); });
run('write enoent', (d) => { const s = fs.createWriteStream(path.join(dir, 'no/such')); s.write('x', (e) => console.log('write cb', e && e.code)); trace(s, d); });
run('write close', (d) => { const out = path.join(dir, 'w2.txt'); const s = fs.createWriteStream(out); s.write('data'); s.close((e) => console.log('close cb', e)); trace(s, d, { after() { console.log(JSON.stringify(fs.readFileSync(out, 'utf8'))); } }); });
run('write destroySoon', (d) => { const out = path.join(dir, 'w3.txt'); const s = fs.createWriteStream(out); s.write('q'); s.destroySoon(); trace(s, d, { after() { console.log(JSON.stringify(fs.readFileSync(out, 'utf8'))); } }); });
run('write after end', (d) => { const out = path.join(dir, 'w4.txt'); const s = fs.createWriteStream(out); s.end('a'); s.write('b'); trace(s, d); });
run('write flush', (d) => { const out = path.join(dir, 'w5.txt'); const s = fs.createWriteStream(out, { flush: true }); s.end('z'); trace(s, d, { after() { console.log(s.flush, JSON.stringify(fs.readFileSync(out, 'utf8'))); } }); });
run('write fd autoClose false', (d) => { const out = path.join(dir, 'w6.txt'); const fd = fs.openSync(out, 'w'); const s = fs.createWriteStream(null, { fd, autoClose: false }); s.end('k'); trace(s, d, { endEvent: 'finish', after() { try { fs.fstatSync(fd); console.log('fd open'); fs.closeSync(fd); } catch (e) { console.log('fd closed'); } } }); });
run('writev', (d) => { const out = path.join(dir, 'w7.txt'); const s = fs.createWriteStream(out); s.cork(); s.write('a'); s.write('b'); s.write('c'); s.uncork(); s.end(); trace(s, d, { after() { console.log(JSON.stringify(fs.readFileSync(out, 'utf8')), s.bytesWritten); } }); });
run('custom fs', (d) => { const calls = []; const cfs = { open(p, f, m, cb) { calls.push('open ' + f); fs.open(p, f, m, cb); }, write(...a) { calls.push('write'); fs.write(...a); }, close(fd, cb) { calls.push('close'); fs.close(fd, cb); } }; const s = fs.createWriteStream(path.join(dir, 'w8.txt'), { fs: cfs }); console.log(s._writev); s.write('1'); s.write('2'); s.end('3'); trace(s, d, { after() { console.log(calls.join(',')); } }); });
run('read custom fs', (d) => { const calls = []; const cfs = { open(p, f, m, cb) { calls.push('open'); fs.open(p, f, m, cb); }, read(...a) { calls.push('read'); fs.read(...a); }, close(fd, cb) { calls.push('close'); fs.close(fd, cb); } }; const s = fs.createReadStream(file, { fs: cfs, start: 20 }); trace(s, d, { after() { console.log(calls.join(',')); } }); });
run('filehandle read', (d) => { fs.promises.open(file).then((h) => { const s = h.createReadStream({ start: 22 }); console.log(s.fd === h.fd, typeof s.fd); h.on('close', () => console.log('handle close')); trace(s, d); }); });
run('filehandle write', (d) => { fs.promises.open(path.join(dir, 'w9.txt'), 'w').then((h) => { const s = h.createWriteStream(); h.on('close', () => console.log('handle close')); s.end('fh'); trace(s, d, { after() { console.log(JSON.stringify(fs.readFileSync(path.join(dir, 'w9.txt'), 'utf8'))); } }); }); });
run('signal', (d) => { const ac = new AbortController(); const s = fs.createReadStream(file, { signal: ac.signal }); trace(s, d); ac.abort(); });
next();
