// Hash and Hmac as streams: write/end/read, pipe, setEncoding, and the instance shape.
const crypto = require('crypto');
const { Readable, Transform, pipeline } = require('stream');

const steps = [
  (next) => {
    const h = crypto.createHash('sha256');
    h.on('readable', () => {
      const d = h.read();
      if (d) console.log('readable', d.toString('hex'));
    });
    h.on('end', next);
    h.write('abc');
    h.end('def');
  },
  (next) => {
    const h = crypto.createHmac('sha1', 'secret');
    h.setEncoding('base64');
    h.on('data', (d) => console.log('data', typeof d, d));
    h.on('finish', () => console.log('finish'));
    h.on('end', next);
    h.end(Buffer.from('payload'));
  },
  (next) => {
    const h = crypto.createHash('md5');
    pipeline(Readable.from(['a', 'b', 'c']), h, (err) => {
      console.log('pipeline', err, h.read().toString('hex'));
      next();
    });
  },
  (next) => {
    const h = crypto.createHash('sha1');
    console.log(h instanceof Transform, Object.keys(h), h.writable, h.readable);
    h.update('x');
    h.end('y');
    h.on('data', (d) => {
      console.log('update+end', d.toString('hex'));
      next();
    });
  },
];
(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
