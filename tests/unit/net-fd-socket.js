'use strict';
// new net.Socket({ fd }) over fds that are not TCP: a pipe (readable and writable ends) and
// a socketpair made by a Unix-socket server/client pair's raw fd are plain Duplex streams.
const net = require('net');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

// A pipe through the syscall-free API: a FIFO in a temp dir opened non-blocking on both ends.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unode-netfd-'));
const fifo = path.join(dir, 'p');
require('child_process').execFileSync('mkfifo', [fifo]);
const rfd = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
const wfd = fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
const reader = new net.Socket({ fd: rfd, readable: true, writable: false });
const writer = new net.Socket({ fd: wfd, readable: false, writable: true });
let got = '';
reader.setEncoding('utf8');
reader.on('data', (d) => { got += d; });
reader.on('end', () => {
  assert.strictEqual(got, 'through a pipe'.repeat(1000));
  reader.on('close', () => {
    fs.rmSync(dir, { recursive: true, force: true });
    console.log('ok pipe');
  });
});
writer.end('through a pipe'.repeat(1000));
