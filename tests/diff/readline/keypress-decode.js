// emitKeypressEvents: key objects for text, control bytes, meta keys and escape sequences
const { PassThrough } = require('stream');
const readline = require('readline');
const s = new PassThrough();
readline.emitKeypressEvents(s);
s.on('keypress', (c, k) => console.log(JSON.stringify(c), JSON.stringify(k)));
for (const seq of ['a', 'A', '1', ' ', '\r', '\n', '\r\n', '\t', '\x7f', '\b', '\x1b', '\x1b\x1b', '\x01', '\x1ba', '\x1bA', '\x1b[A', '\x1b[1;5C', '\x1b[3~', '\x1bOP', '\x1b[[A', '\x1b[Z', 'é', '😀', '\x1b\x7f', '\x1b[200~', '%', '\x1b[1;2D','\x1b[5;3~', '\x1bOH', '\x00', '\x1b\r', '\x1b[M', '\x1b[2;5~'])
  s.write(seq);
