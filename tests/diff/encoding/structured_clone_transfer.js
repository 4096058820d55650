// structuredClone with a transfer list: the clone owns the bytes, the originals are detached.
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
const sc = structuredClone;
t('transfer', () => { const ab = new Uint8Array([7, 8]).buffer; const c = sc({ ab, v: new Uint8Array(ab) }, { transfer: [ab] }); return [ab.byteLength, c.ab.byteLength, Array.from(c.v), c.v.buffer === c.ab]; });
t('transfer dup', () => { const ab = new ArrayBuffer(4); return sc(ab, { transfer: [ab, ab] }); });
t('transfer failing clone keeps buffer', () => { const ab = new ArrayBuffer(4); try { sc({ ab, f() {} }, { transfer: [ab] }); } catch (e) { return [e.name, ab.byteLength]; } });
t('transfer empty', () => sc({ a: 1 }, { transfer: [] }));
