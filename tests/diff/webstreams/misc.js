// Edge cases: ReadableStream.from inputs, fatal TextDecoderStream, surrogates in TextEncoderStream,
// failing close, cancel after release.
const t=(l,f)=>{try{const r=f(); console.log(l,'ok',r)}catch(e){console.log(l,e.name,e.code,e.message)}};
t('obj', ()=>ReadableStream.from({}));
t('null', ()=>ReadableStream.from(null));
t('str', ()=>ReadableStream.from('ab'));
(async()=>{
  for await (const c of ReadableStream.from('ab')) console.log(c);
  for await (const c of ReadableStream.from([Promise.resolve(1), 2])) console.log(c);
  const rs = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 1; } }; } });
  await rs.getReader().read().catch(e=>console.log('bad result', e.name, e.code, e.message));
  const d = new TextDecoderStream('utf-8', {fatal: true});
  const w = d.writable.getWriter(); w.write(new Uint8Array([0xff])).catch(e=>console.log('w', e.name, e.code)); w.close().catch(()=>{});
  await d.readable.getReader().read().catch(e=>console.log('fatal', e.name, e.code, e.message));
  const e = new TextEncoderStream(); const ew = e.writable.getWriter(); ew.write('\ud83d'); ew.write('\ude00x'); ew.write('\ud800'); ew.close();
  for await (const c of e.readable) console.log(Array.from(c));
  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(c); ctl.enqueue(c); } }, undefined, { highWaterMark: 4 });
  console.log(ts.writable.getWriter().desiredSize);
  const rs2 = new ReadableStream({ start(c) { c.enqueue(1); } });
  const rd = rs2.getReader(); await rd.read(); rd.releaseLock(); await rs2.cancel('x').then(v => console.log('cancel', v));
  const ws = new WritableStream({ close() { throw new Error('close fail'); } });
  await ws.close().catch(e => console.log('close fail', e.message));
})();
