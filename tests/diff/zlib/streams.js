// zlib streams: piping, flush(), params(), reset(), bytesWritten, errors, close, one-byte chunks.
const z = require('zlib');
const { pipeline, Readable, PassThrough } = require('stream');
const text = Buffer.from('Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(500));

function collect(stream, cb) {
  const parts = [];
  stream.on('data', (d) => parts.push(d));
  stream.on('end', () => cb(Buffer.concat(parts)));
}

const steps = [
  (next) => {
    const gz = z.createGzip();
    const gunz = z.createGunzip();
    collect(gunz, (out) => {
      console.log('pipe roundtrip', out.equals(text), gz.bytesWritten, gunz.bytesWritten > 0);
      next();
    });
    gz.pipe(gunz);
    for (let i = 0; i < text.length; i += 1000) gz.write(text.subarray(i, i + 1000));
    gz.end();
  },
  (next) => {
    pipeline(Readable.from([text.subarray(0, 5000), text.subarray(5000)]), z.createDeflate({ level: 9 }),
      z.createInflate(), new PassThrough(), (err) => {
        console.log('pipeline done', err);
        next();
      }).resume();
  },
  (next) => {
    const d = z.createDeflate();
    const parts = [];
    d.on('data', (c) => parts.push(c));
    d.write('hello ');
    d.flush(() => {
      const flushed = Buffer.concat(parts);
      console.log('after flush', flushed.toString('hex'));
      console.log('inflates to', z.inflateSync(flushed, { finishFlush: z.constants.Z_SYNC_FLUSH }).toString());
      d.params(0, 0, (err) => {
        console.log('params cb', err);
        d.end('world');
      });
    });
    d.on('end', () => {
      const all = Buffer.concat(parts);
      console.log('params stream', all.toString('hex'), z.inflateSync(all).toString(), d.bytesWritten);
      next();
    });
  },
  (next) => {
    const u = z.createGunzip();
    u.on('error', (e) => {
      console.log('stream error', e.code, e.errno, e.message, u.destroyed);
      next();
    });
    u.on('data', () => console.log('no data expected'));
    u.end(Buffer.from('not gzip at all'));
  },
  (next) => {
    const g = z.gzipSync(text);
    const u = z.createUnzip();
    collect(u, (out) => {
      console.log('one-byte chunks', out.equals(text));
      next();
    });
    let i = 0;
    (function feed() {
      while (i < g.length) {
        if (!u.write(g.subarray(i, i + 1))) {
          i++;
          u.once('drain', feed);
          return;
        }
        i++;
      }
      u.end();
    })();
  },
  (next) => {
    const d = z.createDeflate();
    d.close(() => {
      console.log('closed', d.destroyed, d._closed);
      next();
    });
  },
  (next) => {
    const d = z.createDeflateRaw();
    d.write('abc');
    d.flush(() => {
      d.reset();
      d.end('xyz');
    });
    collect(d, (out) => {
      console.log('after reset', z.inflateRawSync(out).toString());
      next();
    });
  },
  (next) => {
    const g = z.gzipSync('truncated data here');
    const u = z.createGunzip();
    u.on('error', (e) => {
      console.log('truncated', e.code, e.message);
      next();
    });
    u.resume();
    u.end(g.subarray(0, g.length - 4));
  },
  (next) => {
    const d = z.createDeflate();
    d.end('x');
    d.resume();
    d.on('end', () => {
      d.write('more', (err) => {
        console.log('write after end', err && err.code);
        next();
      });
      d.on('error', () => {});
    });
  },
];

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
