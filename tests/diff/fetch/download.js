// Downloading a fetch() body into a file with stream.pipeline (web body and Readable.fromWeb).
'use strict';
const http = require('http'); const fs = require('fs'); const os = require('os'); const path = require('path');
const { pipeline } = require('stream/promises'); const { Readable } = require('stream');
const srv = http.createServer((q, s) => s.end('z'.repeat(300000))).listen(0, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-'));
  const url = `http://127.0.0.1:${srv.address().port}/`;
  await pipeline(Readable.fromWeb((await fetch(url)).body), fs.createWriteStream(path.join(dir, 'a')));
  await pipeline((await fetch(url)).body, fs.createWriteStream(path.join(dir, 'b')));
  console.log(fs.statSync(path.join(dir, 'a')).size, fs.statSync(path.join(dir, 'b')).size);
  fs.rmSync(dir, { recursive: true }); srv.close();
});
