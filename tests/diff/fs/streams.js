// fs.createReadStream / createWriteStream: events, ranges, encodings, fds, errors.
'use strict';
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream');
const tmp = path.join(process.env.TMPDIR || '/tmp', `unode-fs-streams-${process.pid}`);
const show = (s) => String(s).split(tmp).join('<tmp>');
const p = (...a) => path.join(tmp, ...a);
fs.mkdirSync(tmp);
const data = Buffer.alloc(150000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
fs.writeFileSync(p('src'), data);
fs.writeFileSync(p('text'), 'the quick brown fox jumps over the lazy dog');

function readAll(label, opts) {
  return new Promise((resolve) => {
    const events = [];
    const chunks = [];
    const rs = fs.createReadStream(opts.path || p('text'), opts);
    console.log(label, 'pending', rs.pending, rs instanceof fs.ReadStream, show(rs.path));
    rs.on('open', (fd) => events.push(`open:${typeof fd}`));
    rs.on('ready', () => events.push('ready'));
    rs.on('data', (c) => { chunks.push(c); events.push(`data:${c.length}`); });
    rs.on('end', () => {
      events.push('end');
      if (opts.autoClose === false) {
        console.log(label, events.join(' '), rs.bytesRead, rs.destroyed);
        resolve();
      }
    });
    rs.on('error', (e) => events.push(`error:${e.code}:${e.syscall}:${show(e.message)}`));
    rs.on('close', () => {
      events.push('close');
      const body = typeof chunks[0] === 'string' ? chunks.join('') : Buffer.concat(chunks).toString('latin1');
      console.log(label, events.join(' '), JSON.stringify(body.length > 60 ? body.length : body), rs.bytesRead, rs.destroyed);
      resolve();
    });
  });
}

function writeAll(label, file, opts, pieces) {
  return new Promise((resolve) => {
    const events = [];
    const ws = fs.createWriteStream(file, opts);
    console.log(label, 'pending', ws.pending, ws instanceof fs.WriteStream);
    ws.on('open', (fd) => events.push(`open:${typeof fd}`));
    ws.on('ready', () => events.push('ready'));
    ws.on('finish', () => events.push('finish'));
    ws.on('error', (e) => events.push(`error:${e.code}:${e.syscall}:${show(e.message)}`));
    ws.on('close', () => {
      events.push('close');
      let content = null;
      try { content = fs.readFileSync(file, 'utf8'); } catch (e) { content = e.code; }
      console.log(label, events.join(' '), JSON.stringify(content), ws.bytesWritten);
      resolve();
    });
    for (const piece of pieces) ws.write(piece);
    ws.end();
  });
}

(async () => {
  await readAll('whole', {});
  await readAll('utf8', { encoding: 'utf8' });
  await readAll('range', { start: 4, end: 8 });
  await readAll('start only', { start: 35 });
  await readAll('end only', { end: 2 });
  await readAll('hwm', { highWaterMark: 10, encoding: 'utf8' });
  await readAll('big', { path: p('src') });
  await readAll('missing', { path: p('nope') });
  await readAll('dir', { path: tmp });
  const fd = fs.openSync(p('text'), 'r');
  await readAll('fd', { fd, start: 10, end: 14 });
  let fdClosed = false;
  try { fs.fstatSync(fd); } catch { fdClosed = true; }
  console.log('fd closed by stream', fdClosed);
  const fd2 = fs.openSync(p('text'), 'r');
  await readAll('fd noautoclose', { fd: fd2, autoClose: false, end: 2 });
  console.log('fd2 still open', fs.fstatSync(fd2).size);
  fs.closeSync(fd2);
  for (const bad of [{ start: -1 }, { start: 5, end: 2 }, { end: 'x' }, { fd: 'x' }, { highWaterMark: -1 }]) {
    try { fs.createReadStream(p('text'), bad); console.log('no error', bad); } catch (e) { console.log(e.code, e.message); }
  }
  try { fs.createReadStream(12); } catch (e) { console.log(e.code, e.message); }

  await writeAll('write', p('out1'), {}, ['hello ', Buffer.from('world')]);
  await writeAll('write enc', p('out2'), { encoding: 'hex' }, ['414243']);
  await writeAll('write flags a', p('out1'), { flags: 'a' }, ['!']);
  await writeAll('write start', p('out1'), { flags: 'r+', start: 2 }, ['XY']);
  await writeAll('write wx', p('out1'), { flags: 'wx' }, []);
  await writeAll('write missing dir', p('nodir', 'x'), {}, ['x']);
  const wfd = fs.openSync(p('out3'), 'w');
  await writeAll('write fd', p('out3'), { fd: wfd }, ['via fd']);

  // close() and destroy
  await new Promise((resolve) => {
    const rs = fs.createReadStream(p('src'), { highWaterMark: 1000 });
    rs.once('data', () => {
      rs.close((err) => { console.log('closed with', err && err.code, rs.destroyed); resolve(); });
    });
  });
  await new Promise((resolve) => {
    const ws = fs.createWriteStream(p('out4'));
    ws.write('abc');
    ws.close(() => { console.log('ws closed', fs.readFileSync(p('out4'), 'utf8'), ws.closed); resolve(); });
  });
  // pipe copy
  await new Promise((resolve) => {
    pipeline(fs.createReadStream(p('src')), fs.createWriteStream(p('copy')), (err) => {
      console.log('pipeline', err, fs.readFileSync(p('copy')).equals(data));
      resolve();
    });
  });
  fs.rmSync(tmp, { recursive: true });
  console.log('done', fs.existsSync(tmp));
})();
