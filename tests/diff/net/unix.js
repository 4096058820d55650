// Unix domain sockets in a temp dir: listen(path), connect(path), address(), unlink on close.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unode-net-'));
const sock = path.join(dir, 's.sock');
const server = net.createServer((c) => {
  c.setEncoding('utf8');
  c.on('data', (d) => c.end(`echo:${d}`));
});
server.listen(sock, () => {
  console.log('address is path', server.address() === sock);
  const c = net.connect(sock, () => console.log('connected', c.remoteAddress, c.address()));
  c.setEncoding('utf8');
  c.write('hi');
  c.on('data', (d) => console.log('got', d));
  c.on('close', () => {
    server.close(() => {
      console.log('socket file gone', !fs.existsSync(sock));
      fs.rmSync(dir, { recursive: true, force: true });
      const bad = net.connect(path.join(dir, 'missing.sock'));
      bad.on('error', (e) => console.log(e.code, e.syscall, e.message.startsWith('connect ENOENT')));
    });
  });
});
