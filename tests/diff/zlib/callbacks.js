// zlib's callback helpers, sequenced: roundtrips, info, errors, maxOutputLength, input types.
const z = require('zlib');
const text = 'callback data '.repeat(2000);
const steps = [
  (next) => z.gzip(text, (err, g) => {
    console.log('gzip', err, g.length);
    z.gunzip(g, (err2, out) => {
      console.log('gunzip', err2, out.toString() === text);
      next();
    });
  }),
  (next) => z.deflate(Buffer.from(text), { level: 1 }, (err, d) => {
    console.log('deflate', err, d.toString('base64').slice(0, 40), d.equals(z.deflateSync(text, { level: 1 })));
    z.inflate(d, (e, out) => {
      console.log('inflate', e, out.length);
      next();
    });
  }),
  (next) => z.deflateRaw(new Uint8Array([1, 2, 3]).buffer, (err, d) => {
    console.log('deflateRaw', err, d.toString('hex'));
    z.inflateRaw(d, (e, out) => {
      console.log('inflateRaw', e, out.toString('hex'));
      next();
    });
  }),
  (next) => z.unzip(z.deflateSync('zz'), (err, out) => {
    console.log('unzip', err, out.toString());
    next();
  }),
  (next) => z.inflate(Buffer.from('garbage'), (err, out) => {
    console.log('bad', err.code, err.errno, err.message, out);
    next();
  }),
  (next) => z.gunzip(z.gzipSync('x'.repeat(100000)), { maxOutputLength: 1000 }, (err) => {
    console.log('max', err.name, err.code, err.message);
    next();
  }),
  (next) => z.deflate('info', { info: true }, (err, r) => {
    console.log('info', err, Object.keys(r), r.engine instanceof z.Deflate, r.buffer.length);
    next();
  }),
  (next) => {
    let sync = true;
    z.deflate('async?', () => {
      console.log('callback was async', !sync);
      next();
    });
    sync = false;
  },
  (next) => {
    try { z.inflate('x'); } catch (e) { console.log(e.code, e.message); }
    try { z.gzip(5, () => {}); } catch (e) { console.log(e.code, e.message); }
    next();
  },
];
(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
