// Argument validation errors of connect, listen, Socket and Server.
const net = require('net');
function t(f) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
t(() => net.connect({ port: -1 }));
t(() => net.connect({ port: 70000 }));
t(() => net.connect({ port: 'abc' }));
t(() => net.connect({ port: true }));
t(() => net.connect({}));
t(() => net.connect());
t(() => new net.Server().listen({ port: -1 }));
t(() => new net.Server().listen({}));
t(() => new net.Socket({ fd: -2 }));
t(() => net.connect({ port: 80, family: 5 }));
t(() => net.connect({ port: 80, localAddress: 'x' }));
const s = net.createServer();
s.close((e) => console.log('close cb', e.code, e.message));
const sock = new net.Socket();
console.log(sock.readyState, sock.pending, sock.connecting, sock.bytesRead, sock.bytesWritten, sock.remoteAddress);
console.log(JSON.stringify(sock.address()), sock.timeout);
console.log(sock.setNoDelay() === sock, sock.setKeepAlive(true) === sock, sock.setTimeout(0) === sock);
console.log(sock.ref() === sock, sock.unref() === sock);
sock.destroy();
sock.write('x', (e) => console.log('write cb', e.code, e.message));
console.log(net.isIP('::1'), net.isIP('1.2.3.4'), net.isIP('x'), net.isIPv4('1.2.3.4'), net.isIPv6('::ffff:1.2.3.4'));
