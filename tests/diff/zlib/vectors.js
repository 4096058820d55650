// Known vectors. Node bundles Chromium's zlib, whose default deflate output differs from stock
// zlib's; stored, Huffman-only and RLE output is the same, and inflate of node's bytes is exact.
const z = require('zlib');
const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(40) + 'xyz0123456789'.repeat(7));
const h = (b) => require('crypto').createHash('sha1').update(b).digest('hex').slice(0, 16);
for (const level of [-1, 0, 1, 5, 9]) {
  for (const strategy of [0, 1, 2, 3, 4]) {
    const d = z.deflateSync(text, { level, strategy });
    const exact = level === 0 || strategy === 2 || strategy === 3;
    console.log('deflate', level, strategy, exact ? `${d.length} ${h(d)}` : '', z.inflateSync(d).equals(text));
  }
}
for (const windowBits of [8, 9, 12, 15]) {
  for (const memLevel of [1, 8, 9]) {
    const r = z.deflateRawSync(text, { windowBits, memLevel, strategy: 2 });
    console.log('raw', windowBits, memLevel, r.length, h(r), z.inflateRawSync(r, { windowBits: 15 }).equals(text));
  }
}
const fromNode = {
  deflate: 'eNoLyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKMlIVchJrKpUSMlP11MIGVU8qnhU8ajiUcWjioeX4orKKgNDI2MTUzNzC0vqcgC3XJ5/',
  gzip: 'H4sIAAAAAAAAAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoyUhVyEmsqlRIyU/XUwgZVTyqeFTxqOJRxaOKh5fiisoqA0MjYxNTM3MLS+pyAClUBIFjBwAA',
  raw: 'C8lIVSgszUzOVkgqyi/PU0jLr1DIKs0tKFbIL0stUijJSFXISayqVEjJT9dTCBlVPBoao2ljNKeMFgWjBePwqiYqKqsMDI2MTUzNzC0sqcsBAA==',
};
console.log(z.inflateSync(Buffer.from(fromNode.deflate, 'base64')).equals(text));
console.log(z.gunzipSync(Buffer.from(fromNode.gzip, 'base64')).equals(text));
console.log(z.unzipSync(Buffer.from(fromNode.gzip, 'base64')).equals(text));
console.log(z.inflateRawSync(Buffer.from(fromNode.raw, 'base64')).equals(text));
const partial = Buffer.from(fromNode.deflate, 'base64').subarray(0, 50);
console.log(z.inflateSync(partial, { finishFlush: z.constants.Z_SYNC_FLUSH }).toString('hex'));
console.log(z.deflateSync('', { strategy: 2 }).toString('hex'), z.gzipSync('', { level: 0 }).toString('hex'));
console.log(z.inflateSync(z.deflateSync('')).length, z.gunzipSync(z.gzipSync(Buffer.alloc(0))).length);
console.log(z.deflateSync('hello', { chunkSize: 64, level: 0 }).toString('base64'));
const big = Buffer.alloc(300000);
for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 251;
const bd = z.deflateSync(big, { chunkSize: 1024 });
console.log('big', z.inflateSync(bd, { chunkSize: 100 }).equals(big));
const fl = z.deflateSync(text, { flush: z.constants.Z_FULL_FLUSH, strategy: 3 });
console.log('fullflush', fl.length, h(fl));
