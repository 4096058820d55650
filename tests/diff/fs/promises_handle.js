// fs/promises: FileHandle argument forms, readv/writev, iterables, AbortSignal, disposal.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const tmp = path.join(process.env.TMPDIR || '/tmp', `unode-fsp-h-${process.pid}`);
const p = (...a) => path.join(tmp, ...a);
const show = (s) => String(s).split(tmp).join('<tmp>');
async function t(label, fn) {
  try {
    const r = await fn();
    console.log(label, 'ok', typeof r === 'string' ? show(r) : r);
  } catch (e) {
    console.log(label, 'ERR', e.name, e.code, e.syscall, show(e.message));
  }
}

(async () => {
  fs.mkdirSync(tmp);
  fs.writeFileSync(p('src.txt'), 'abcdefghij');
  const fh = await fsp.open(p('src.txt'), 'r+');
  const B = (n) => Buffer.alloc(n);
  const rd = async (...a) => { const r = await fh.read(...a); return [r.bytesRead, r.buffer.toString('latin1').replace(/\0/g, '.')]; };
  await t('read pos 0', () => rd(B(4), 0, 4, 0));
  await t('read pos str', () => rd(B(4), 0, 2, 'x'));
  await t('read pos bigint', () => rd(B(4), 0, 2, 3n));
  await t('read off 1.5', () => rd(B(4), 1.5));
  await t('read off str', () => rd(B(4), '1'));
  await t('read len big', () => rd(B(4), 0, 5));
  await t('read len neg', () => rd(B(4), 0, -1));
  await t('read off past', () => rd(B(4), 5));
  await t('read opts off', () => rd(B(4), { offset: -1 }));
  await t('read opts buffer bad', () => rd({ buffer: 'x' }));
  await t('read str', () => rd('str'));
  await t('read null', async () => (await fh.read(null)).buffer.length);
  await t('read len 0', () => rd(B(4), 4, 0));
  await t('read off 2 len 3', () => rd(B(4), 2, 3));
  await t('read u16', async () => { const r = await fh.read(new Uint16Array(2), 0, 4, 0); return [r.bytesRead, r.buffer.constructor.name]; });
  const W = () => Buffer.from('WXYZ');
  const wr = async (...a) => { const r = await fh.write(...a); return [r.bytesWritten, typeof r.buffer]; };
  await t('write neg off', () => wr(W(), -1));
  await t('write len', () => wr(W(), 0, 5));
  await t('write off str', () => wr(W(), '1'));
  await t('write num', () => wr(123));
  await t('write null', () => wr(null));
  await t('write hex odd', () => wr('abc', null, 'hex'));
  await t('write str pos', () => wr('QQ', 8, 'latin1'));
  await t('write opts', () => wr(W(), { offset: 1, length: 2, position: 0 }));
  await t('content', () => fs.readFileSync(p('src.txt'), 'latin1'));
  await t('writev', async () => { const r = await fh.writev([Buffer.from('12'), Buffer.from('34')], 2); return [r.bytesWritten, r.buffers.length, Object.getPrototypeOf(r)]; });
  await t('writev bad', () => fh.writev('x'));
  await t('writev bad elem', () => fh.writev([1]));
  await t('readv', async () => { const bufs = [B(3), B(3)]; const r = await fh.readv(bufs, 1); return [r.bytesRead, bufs.map(String), Object.keys(r)]; });
  await t('readv bad', () => fh.readv('x'));
  await t('stat bigint', async () => typeof (await fh.stat({ bigint: true })).size);
  await t('readFile opts', async () => { const r = await fh.readFile({ encoding: 'utf8' }); return r.length; });
  await t('chown', () => fh.chown(process.getuid(), process.getgid()));
  await t('chmod bad', () => fh.chmod('zz'));
  await t('truncate default', async () => { await fh.truncate(); return (await fh.stat()).size; });
  const dispose = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');
  await t('dispose', async () => { await fh[dispose](); return fh.fd; });
  for (const m of ['sync', 'datasync', 'truncate', 'readv', 'writev', 'writeFile', 'appendFile', 'readFile', 'write', 'utimes']) {
    const args = m.endsWith('v') ? [[B(1)]] : m.endsWith('File') ? ['x'] : m === 'utimes' ? [1, 1] : m === 'write' ? ['x'] : [];
    await t('closed ' + m, () => fh[m](...args));
  }

  // whole-file helpers
  await t('writeFile async iter', () => fsp.writeFile(p('it.txt'), (async function* () { yield 'ab'; yield Buffer.from('c'); yield new Uint16Array([0x4141]); })(), 'latin1'));
  await t('readFile it', () => fsp.readFile(p('it.txt'), 'latin1'));
  await t('writeFile bad chunk', () => fsp.writeFile(p('it.txt'), [1]));
  await t('writeFile set', async () => { await fsp.writeFile(p('it.txt'), new Set(['s', 't'])); return fs.readFileSync(p('it.txt'), 'utf8'); });
  await t('appendFile iter', async () => { await fsp.appendFile(p('it.txt'), ['q']); return fs.readFileSync(p('it.txt'), 'utf8'); });
  await t('writeFile obj', () => fsp.writeFile(p('it.txt'), {}));
  await t('writeFile flush', () => fsp.writeFile(p('it.txt'), 'zz', { flush: true }));
  await t('writeFile flush bad', () => fsp.writeFile(p('it.txt'), 'zz', { flush: 'x' }));
  await t('writeFile enc bad', () => fsp.writeFile(p('it.txt'), 'zz', 'bogus'));
  await t('writeFile fd', () => fsp.writeFile(5, 'zz'));
  await t('writeFile flag', async () => { await fsp.writeFile(p('it.txt'), 'more', { flag: 'a' }); return fs.readFileSync(p('it.txt'), 'utf8'); });
  await t('appendFile typed', async () => { await fsp.appendFile(p('it.txt'), new Uint8Array([65, 66])); return fs.readFileSync(p('it.txt'), 'utf8'); });
  await t('readFile dir', () => fsp.readFile(tmp, 'utf8'));
  await t('readFile flag', () => fsp.readFile(p('new.txt'), { flag: 'a+', encoding: 'utf8' }));
  await t('readFile signal bad', () => fsp.readFile(p('it.txt'), { signal: 1 }));
  const ac = new AbortController();
  ac.abort();
  await t('readFile aborted', () => fsp.readFile(p('it.txt'), { signal: ac.signal }));
  await t('writeFile aborted', () => fsp.writeFile(p('ab.txt'), 'x', { signal: ac.signal }));
  await t('writeFile iter aborted', () => fsp.writeFile(p('ab.txt'), ['x'], { signal: ac.signal }));
  console.log('ab exists', fs.existsSync(p('ab.txt')));
  const ac2 = new AbortController();
  const pr = fsp.readFile(p('it.txt'), { signal: ac2.signal });
  ac2.abort();
  await t('readFile aborted later', () => pr);
  await t('truncate fd', () => fsp.truncate(5));
  await t('open null mode', async () => { const h = await fsp.open(p('it.txt'), 'r', null); await h.close(); return h.fd; });
  await t('open num path', () => fsp.open(1));
  await t('access bad mode', () => fsp.access(tmp, 'x'));
  await t('realpath missing', () => fsp.realpath(p('no', 'x')));
  await t('realpath buffer', async () => Buffer.isBuffer(await fsp.realpath(tmp, { encoding: 'buffer' })));
  await t('lchmod bad', () => fsp.lchmod(1, 2));
  await t('lchown', () => fsp.lchown(p('it.txt'), process.getuid(), process.getgid()));
  await t('statfs', async () => typeof (await fsp.statfs(tmp)).bsize);
  await t('opendir', async () => { const d = await fsp.opendir(tmp); const names = []; for await (const e of d) names.push(e.name); return names.sort(); });
  await t('fn lengths', () => Object.entries(fsp).map(([k, v]) => (typeof v === 'function' ? k + v.length : k)).join(' '));

  // close event, close while closing, readLines, streams
  const fh2 = await fsp.open(p('it.txt'));
  const events = [];
  fh2.on('close', () => events.push('close'));
  const c1 = fh2.close();
  const c2 = fh2.close();
  await t('read while closing', () => fh2.read());
  await Promise.all([c1, c2]);
  console.log('events', events, fh2.fd);
  fs.writeFileSync(p('lines.txt'), 'one\ntwo\r\nthree');
  const fh4 = await fsp.open(p('lines.txt'));
  const chunks = [];
  await new Promise((resolve) => fh4.createReadStream({ encoding: 'utf8', start: 4 }).on('data', (d) => chunks.push(d)).on('close', resolve));
  console.log('stream', chunks, fh4.fd);
  const fh5 = await fsp.open(p('w.txt'), 'w');
  await new Promise((resolve) => { const ws = fh5.createWriteStream(); ws.end('written', resolve); });
  console.log('wstream', fs.readFileSync(p('w.txt'), 'utf8'));
  await t('readableWebStream', async () => { const h = await fsp.open(p('w.txt')); try { return typeof h.readableWebStream; } finally { await h.close(); } });

  const order = [];
  const a = fsp.readFile(p('w.txt')).then(() => order.push('readFile'));
  Promise.resolve().then(() => order.push('micro'));
  process.nextTick(() => order.push('tick'));
  await a;
  console.log(order.join(','));
  fs.rmSync(tmp, { recursive: true });
})();
